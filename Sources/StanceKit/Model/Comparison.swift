/// Positions lined up by issue and actor: the content of a report, and what `diff` compares.
public struct Comparison: Sendable, Equatable, Codable {
    public static let schema = "stance.report/1"

    public var schema: String
    public var title: String
    public var sources: [Source]
    public var actors: [ActorSummary]
    /// Issues in report order, each with one cell per actor that took a position on it.
    public var issues: [IssueRow]
    /// Every position behind a cell, in report order.
    public var positions: [Position]
    /// The authors' own prescriptions about governments, kept apart from positions.
    public var recommendations: [Position]

    public init(title: String, sources: [Source], actors: [ActorSummary], issues: [IssueRow],
                positions: [Position], recommendations: [Position]) {
        self.schema = Self.schema
        self.title = title
        self.sources = sources
        self.actors = actors
        self.issues = issues
        self.positions = positions
        self.recommendations = recommendations
    }
}

/// One input of a report, read or skipped.
public struct Source: Sendable, Equatable, Codable {
    public var number: Int
    public var document: String
    public var path: String
    public var title: String?
    public var date: String?
    public var publisher: String?
    public var url: String?
    /// `read`, or why the input was skipped.
    public var status: String

    public init(number: Int, document: String, path: String, title: String? = nil, date: String? = nil,
                publisher: String? = nil, url: String? = nil, status: String = "read") {
        self.number = number
        self.document = document
        self.path = path
        self.title = title
        self.date = date
        self.publisher = publisher
        self.url = url
        self.status = status
    }
}

public struct ActorSummary: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var positionCount: Int

    public init(code: String, name: String, positionCount: Int) {
        self.code = code
        self.name = name
        self.positionCount = positionCount
    }

    enum CodingKeys: String, CodingKey { case code, name, positionCount = "positions" }
}

/// One issue of a report with each actor's cell.
public struct IssueRow: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var description: String
    public var support: String
    /// True when the issue was grouped from the documents rather than taken from the taxonomy.
    public var discovered: Bool
    public var cells: [Cell]

    public init(id: String, label: String, description: String, support: String, discovered: Bool, cells: [Cell]) {
        self.id = id
        self.label = label
        self.description = description
        self.support = support
        self.discovered = discovered
        self.cells = cells
    }
}

/// One actor's aggregated stance on one issue, with the positions behind it, latest first.
public struct Cell: Sendable, Equatable, Codable {
    public var actor: String
    public var actorName: String
    public var stance: StanceValue
    public var positions: [String]

    public init(actor: String, actorName: String, stance: StanceValue, positions: [String]) {
        self.actor = actor
        self.actorName = actorName
        self.stance = stance
        self.positions = positions
    }

    enum CodingKeys: String, CodingKey { case actor, actorName = "actor_name", stance, positions }
}
