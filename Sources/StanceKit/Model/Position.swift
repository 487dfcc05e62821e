/// One government's stance on one issue, as stated or acted out in one sentence of one document.
public struct Position: Sendable, Equatable, Codable, Hashable {
    public var id: String
    public var document: String
    /// Actor code: ISO 3166-1 alpha-3 for states, a short code for bodies (`UN`, `EU`).
    public var actor: String
    public var actorName: String
    /// The words in the sentence that name who holds the position ("the ministry", "we").
    public var speaker: String
    /// The words that carry the stance ("criticized", "imposed sanctions on").
    public var cue: String
    public var kind: PositionKind
    public var issue: String
    public var issueLabel: String
    /// How strongly the sentence's own words point to the issue (trigger score); nil when the issue was taken
    /// from the sentences around it.
    public var issueScore: Double?
    public var stance: StanceValue
    public var confidence: Double
    /// The whole sentence the position was read from.
    public var evidence: String
    public var paragraph: Int
    /// Unicode-scalar offsets of the evidence sentence in the document's text.
    public var start: Int
    public var end: Int
    public var date: String?
    public var source: String
    /// The clues the confidence was learned from (`stance extract --features`); nil otherwise.
    public var features: [String]?

    public init(id: String = "", document: String, actor: String, actorName: String, speaker: String, cue: String,
                kind: PositionKind, issue: String = "", issueLabel: String = "", stance: StanceValue, confidence: Double,
                evidence: String, paragraph: Int, start: Int, end: Int, date: String?, source: String) {
        self.id = id
        self.document = document
        self.actor = actor
        self.actorName = actorName
        self.speaker = speaker
        self.cue = cue
        self.kind = kind
        self.issue = issue
        self.issueLabel = issueLabel
        self.issueScore = nil
        self.stance = stance
        self.confidence = confidence
        self.evidence = evidence
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.date = date
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, document, actor, actorName = "actor_name", speaker, cue, kind, issue, issueLabel = "issue_label",
             issueScore = "issue_score", stance, confidence, evidence, paragraph, start, end, date, source, features
    }
}

/// Whether a government said something, did something, or is only the subject of the author's advice.
public enum PositionKind: String, Sendable, Codable, Hashable, CaseIterable {
    case statement, action
    /// The author's prescription about a government ("Seoul should ..."): listed apart, never that government's position.
    case recommendation
}

/// Direction of a position relative to its issue's label.
public enum StanceValue: String, Sendable, Codable, Hashable, CaseIterable {
    case support, oppose, neutral, mixed

    /// The opposite direction; neutral and mixed stay as they are.
    public var reversed: StanceValue {
        switch self {
        case .support: .oppose
        case .oppose: .support
        case .neutral, .mixed: self
        }
    }
}
