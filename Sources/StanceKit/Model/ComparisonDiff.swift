/// What changed between two reports: documents, actors, and per issue and actor the cells that moved.
public struct ComparisonDiff: Sendable, Equatable, Codable {
    public static let schema = "stance.diff/1"
    public var schema: String
    public var oldTitle: String
    public var newTitle: String
    public var documentsAdded: [DocumentRef]
    public var documentsRemoved: [DocumentRef]
    public var actorsAdded: [ActorRef]
    public var actorsDropped: [ActorRef]
    /// Every issue of either report, in the new report's order then the old one's; unchanged ones included.
    public var issues: [IssueChange]

    /// True when nothing moved: the reports say the same thing on the same evidence.
    public var isEmpty: Bool {
        documentsAdded.isEmpty && documentsRemoved.isEmpty && actorsAdded.isEmpty && actorsDropped.isEmpty
            && issues.allSatisfy { $0.change == .unchanged }
    }

    public init(oldTitle: String, newTitle: String, documentsAdded: [DocumentRef], documentsRemoved: [DocumentRef],
                actorsAdded: [ActorRef], actorsDropped: [ActorRef], issues: [IssueChange]) {
        schema = Self.schema
        self.oldTitle = oldTitle
        self.newTitle = newTitle
        self.documentsAdded = documentsAdded
        self.documentsRemoved = documentsRemoved
        self.actorsAdded = actorsAdded
        self.actorsDropped = actorsDropped
        self.issues = issues
    }

    enum CodingKeys: String, CodingKey {
        case schema, oldTitle = "old_title", newTitle = "new_title", documentsAdded = "documents_added",
             documentsRemoved = "documents_removed", actorsAdded = "actors_added", actorsDropped = "actors_dropped", issues
    }
}

public struct DocumentRef: Sendable, Equatable, Codable {
    public var document: String
    public var title: String
    public var path: String
}

public struct ActorRef: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
}

/// One issue across the two reports.
public struct IssueChange: Sendable, Equatable, Codable {
    public enum Change: String, Sendable, Codable {
        /// Only the new report has the issue.
        case new
        /// Only the old report had it.
        case gone
        case changed, unchanged
    }

    public var id: String
    public var label: String
    public var change: Change
    /// Each actor with a cell in either report, in the new report's order then the old one's.
    public var cells: [CellChange]
}

/// One actor's cell on one issue across the two reports.
public struct CellChange: Sendable, Equatable, Codable {
    public enum Change: String, Sendable, Codable {
        /// The actor took a position on the issue where it had none.
        case newPosition = "new_position"
        /// The actor's position on the issue is gone.
        case withdrawn
        /// Support turned into oppose or the other way.
        case stanceShift = "stance_shift"
        /// Mixed or neutral became support or oppose.
        case strengthened
        /// Support or oppose became mixed or neutral.
        case weakened
        /// Same stance, other evidence: positions added, removed or replaced.
        case evidenceReplaced = "evidence_replaced"
        case unchanged
    }

    public var actor: String
    public var actorName: String
    public var change: Change
    public var oldStance: StanceValue?
    public var newStance: StanceValue?
    /// Positions behind the new cell that the old one did not have.
    public var added: [EvidenceRef]
    /// Positions behind the old cell that the new one does not have.
    public var removed: [EvidenceRef]

    enum CodingKeys: String, CodingKey {
        case actor, actorName = "actor_name", change, oldStance = "old_stance", newStance = "new_stance", added, removed
    }
}

/// A position as the diff shows it: the sentence and where it came from.
public struct EvidenceRef: Sendable, Equatable, Codable {
    public var id: String
    public var stance: StanceValue
    public var kind: PositionKind
    public var sentence: String
    public var document: String
    public var source: String
    public var date: String?
}
