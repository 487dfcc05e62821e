/// A government or intergovernmental body, with every name by which documents refer to it.
public struct Actor: Sendable, Equatable, Codable {
    /// ISO 3166-1 alpha-3 for states, a short code for bodies (`UN`, `EU`, `NATO`).
    public var code: String
    public var name: String
    public var type: ActorType
    public var names: [String]
    public var demonyms: [String]
    /// Capitals and seats of government used to mean the government ("Seoul", "the Kremlin").
    public var capitals: [String]
    /// Phrases that name a body of this government by themselves ("State Department").
    public var institutions: [String]
    /// Names used in "the X administration", "the X regime".
    public var leaders: [String]

    public init(code: String, name: String, type: ActorType = .state, names: [String] = [], demonyms: [String] = [],
                capitals: [String] = [], institutions: [String] = [], leaders: [String] = []) {
        self.code = code
        self.name = name
        self.type = type
        self.names = names
        self.demonyms = demonyms
        self.capitals = capitals
        self.institutions = institutions
        self.leaders = leaders
    }

    enum CodingKeys: String, CodingKey {
        case code, name, type, names, demonyms, capitals, institutions, leaders
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decodeIfPresent(ActorType.self, forKey: .type) ?? .state
        names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        demonyms = try c.decodeIfPresent([String].self, forKey: .demonyms) ?? []
        capitals = try c.decodeIfPresent([String].self, forKey: .capitals) ?? []
        institutions = try c.decodeIfPresent([String].self, forKey: .institutions) ?? []
        leaders = try c.decodeIfPresent([String].self, forKey: .leaders) ?? []
    }
}

public enum ActorType: String, Sendable, Codable {
    case state, organization
}

/// A person who held an office of a government between two dates.
public struct Official: Sendable, Equatable, Codable {
    public var actor: String
    public var name: String
    public var aliases: [String]
    public var role: String
    /// ISO dates; `to` is nil while the person is in office.
    public var from: String
    public var to: String?

    public init(actor: String, name: String, aliases: [String] = [], role: String, from: String, to: String? = nil) {
        self.actor = actor
        self.name = name
        self.aliases = aliases
        self.role = role
        self.from = from
        self.to = to
    }

    enum CodingKeys: String, CodingKey { case actor, name, aliases, role, from, to }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actor = try c.decode(String.self, forKey: .actor)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        role = try c.decode(String.self, forKey: .role)
        from = try c.decode(String.self, forKey: .from)
        to = try c.decodeIfPresent(String.self, forKey: .to)
    }

    /// Whether the person held the office on an ISO date; true when the date is unknown.
    public func inOffice(on date: String?) -> Bool {
        guard let date, date.count >= 10 else { return true }
        let day = String(date.prefix(10))
        return day >= from && (to.map { day <= $0 } ?? true)
    }

    /// Whether the person held the office at some time in one of the years a text names; true when none is known.
    /// Years before the office-holders' records begin (2000) tell nothing: a 2025 story may recall a 1951 treaty.
    public func inOffice(duringAnyOf years: Set<Int>) -> Bool {
        let recorded = years.filter { $0 >= Self.recordsBegin }
        return recorded.isEmpty || recorded.contains { year in from <= "\(year)-12-31" && (to.map { $0 >= "\(year)-01-01" } ?? true) }
    }

    /// Whether a text that calls the person "former" may be recalling what they said or did in office: its date is
    /// within a year of their leaving ("former Foreign Minister Kang claimed" in a story of the next spring), or, with no
    /// date, it names a year of their time in office. Otherwise they speak for themselves, or for a body they now serve.
    public func leftOfficeRecently(before date: String?, yearsNamed years: Set<Int>) -> Bool {
        guard let to, let left = Int(to.prefix(4)) else { return true }
        if let date, date.count >= 10 { return String(date.prefix(10)) <= "\(left + 1)" + to.dropFirst(4) }
        let began = Int(from.prefix(4)) ?? left
        return years.contains { (began...left).contains($0) }
    }

    /// The first year the built-in office-holders cover.
    static let recordsBegin = 2000
}
