/// A policy question on which governments take positions, worded so that "support" has one meaning.
public struct Issue: Sendable, Equatable, Codable {
    public var id: String
    public var area: String
    public var label: String
    public var description: String
    /// What a `support` stance means on this issue.
    public var support: String
    public var triggers: [String]
    /// Phrases naming the other side of the question (for a ban: the banned activity): opposing one of them supports the issue.
    public var counterTriggers: [String]
    /// Words that count for this issue only in a document that also names it by one of its own triggers: "ceasefire"
    /// is about Gaza in a report on Gaza, and about nothing in particular elsewhere.
    public var contextTriggers: [String]
    /// Counter-triggers that count only where the document names the issue by its own triggers ("sanctions relief" is
    /// North Korea's only in a document on North Korea's sanctions).
    public var contextCounterTriggers: [String]
    public var weight: Double

    public init(id: String, area: String = "other", label: String, description: String = "", support: String = "",
                triggers: [String] = [], counterTriggers: [String] = [], contextTriggers: [String] = [],
                contextCounterTriggers: [String] = [], weight: Double = 1) {
        self.id = id
        self.area = area
        self.label = label
        self.description = description
        self.support = support
        self.triggers = triggers
        self.counterTriggers = counterTriggers
        self.contextTriggers = contextTriggers
        self.contextCounterTriggers = contextCounterTriggers
        self.weight = weight
    }

    enum CodingKeys: String, CodingKey {
        case id, area, label, description, support, triggers, counterTriggers = "counter_triggers"
        case contextTriggers = "context_triggers", contextCounterTriggers = "context_counter_triggers", weight
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        area = try c.decodeIfPresent(String.self, forKey: .area) ?? "other"
        label = try c.decode(String.self, forKey: .label)
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        support = try c.decodeIfPresent(String.self, forKey: .support) ?? ""
        triggers = try c.decodeIfPresent([String].self, forKey: .triggers) ?? []
        counterTriggers = try c.decodeIfPresent([String].self, forKey: .counterTriggers) ?? []
        contextTriggers = try c.decodeIfPresent([String].self, forKey: .contextTriggers) ?? []
        contextCounterTriggers = try c.decodeIfPresent([String].self, forKey: .contextCounterTriggers) ?? []
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
    }
}
