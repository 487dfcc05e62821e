/// A word or phrase by which a government states or acts out a position ("condemn", "impose sanctions").
public struct Cue: Sendable, Equatable, Codable {
    public var phrase: String
    public var pos: CuePartOfSpeech
    public var stance: CueDirection
    public var kind: PositionKind

    public init(phrase: String, pos: CuePartOfSpeech = .verb, stance: CueDirection, kind: PositionKind = .statement) {
        self.phrase = phrase
        self.pos = pos
        self.stance = stance
        self.kind = kind
    }
}

/// How a cue's words are matched: verbs and nouns across inflections, fixed phrases as written.
public enum CuePartOfSpeech: String, Sendable, Codable {
    case verb, noun, fixed
}

/// The direction a cue gives toward what follows it; `report` cues (say, tell) carry none of their own.
public enum CueDirection: String, Sendable, Codable {
    case support, oppose, neutral, report

    var stance: StanceValue? {
        switch self {
        case .support: .support
        case .oppose: .oppose
        case .neutral: .neutral
        case .report: nil
        }
    }
}
