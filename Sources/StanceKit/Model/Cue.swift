/// A word or phrase by which a government states or acts out a position ("condemn", "impose sanctions").
public struct Cue: Sendable, Equatable, Codable {
    public var phrase: String
    public var pos: CuePartOfSpeech
    public var stance: CueDirection
    public var kind: PositionKind
    /// A loaded word ("railroad", "provocation", "puppet") is the speaker's verdict on what it describes, never the
    /// described government's own view; nil for plain cues.
    public var loaded: LoadedWord?
    /// A verb that says what its subject does to something worth having ("the law erodes freedoms", "the ordinance
    /// protects security"): when its subject is a thing, it is a verdict on that thing, and its object is valued.
    public var judgesSubject: Bool
    /// A phrase whose holder is named right after it ("convened at the request of Germany and Iceland").
    public var holderFollows: Bool

    public init(phrase: String, pos: CuePartOfSpeech = .verb, stance: CueDirection, kind: PositionKind = .statement,
                loaded: LoadedWord? = nil, judgesSubject: Bool = false, holderFollows: Bool = false) {
        self.phrase = phrase
        self.pos = pos
        self.stance = stance
        self.kind = kind
        self.loaded = loaded
        self.judgesSubject = judgesSubject
        self.holderFollows = holderFollows
    }

    enum CodingKeys: String, CodingKey {
        case phrase, pos, stance, kind, loaded
        case judgesSubject = "judges_subject"
        case holderFollows = "holder_follows"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        phrase = try c.decode(String.self, forKey: .phrase)
        pos = try c.decodeIfPresent(CuePartOfSpeech.self, forKey: .pos) ?? .verb
        stance = try c.decode(CueDirection.self, forKey: .stance)
        kind = try c.decodeIfPresent(PositionKind.self, forKey: .kind) ?? .statement
        loaded = try c.decodeIfPresent(LoadedWord.self, forKey: .loaded)
        judgesSubject = try c.decodeIfPresent(Bool.self, forKey: .judgesSubject) ?? false
        holderFollows = try c.decodeIfPresent(Bool.self, forKey: .holderFollows) ?? false
    }
}

/// What a loaded word says of the government it names: that it did the condemned thing ("the U.S. railroaded the
/// resolution", an action in favour of it), or only what the speaker calls it ("a puppet", no position of its own).
public enum LoadedWord: String, Sendable, Codable {
    case act, label
}

/// How a cue's words are matched: verbs and nouns across inflections, fixed phrases as written.
public enum CuePartOfSpeech: String, Sendable, Codable {
    case verb, noun, fixed
}

/// The direction a cue gives toward what follows it; `report` cues (say, tell) carry none of their own, and `same`
/// cues ("followed suit", "in the same way") the direction of the position stated just before.
public enum CueDirection: String, Sendable, Codable {
    case support, oppose, neutral, report, same

    /// Whether the cue points one way or the other: support or oppose.
    var isDirected: Bool { self == .support || self == .oppose }

    var stance: StanceValue? {
        switch self {
        case .support: .support
        case .oppose: .oppose
        case .neutral: .neutral
        case .report, .same: nil
        }
    }
}
