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
    /// For each pair of actors, the issues on which they agree, disagree, or only one of them speaks.
    public var agreement: [AgreementPair]
    /// Actors whose positions on one issue point both ways, with evidence for each side.
    public var tensions: [Tension]

    public init(title: String, sources: [Source], actors: [ActorSummary], issues: [IssueRow],
                positions: [Position], recommendations: [Position], agreement: [AgreementPair] = [],
                tensions: [Tension] = []) {
        self.schema = Self.schema
        self.title = title
        self.sources = sources
        self.actors = actors
        self.issues = issues
        self.positions = positions
        self.recommendations = recommendations
        self.agreement = agreement
        self.tensions = tensions
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
    /// Read, or skipped and why.
    public var status: SourceStatus

    public init(number: Int, document: String, path: String, title: String? = nil, date: String? = nil,
                publisher: String? = nil, url: String? = nil, status: SourceStatus = .read) {
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

/// Whether an input was read, or skipped and why. Written in reports as the string `read` or `skipped: <reason>`.
public enum SourceStatus: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    case read
    case skipped(String)

    public var isRead: Bool { self == .read }

    public var description: String {
        switch self {
        case .read: "read"
        case .skipped(let reason): "skipped: \(reason)"
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if text == "read" {
            self = .read
        } else {
            self = .skipped(text.hasPrefix("skipped: ") ? String(text.dropFirst("skipped: ".count)) : text)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
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
    /// How the stance moved over dated documents ("support (2018-05-04) → oppose (2021-04-01)"); nil when it did not.
    public var trend: String?

    public init(actor: String, actorName: String, stance: StanceValue, positions: [String], trend: String? = nil) {
        self.actor = actor
        self.actorName = actorName
        self.stance = stance
        self.positions = positions
        self.trend = trend
    }

    enum CodingKeys: String, CodingKey { case actor, actorName = "actor_name", stance, positions, trend }
}

/// Where two actors stand relative to each other across the report's issues.
public struct AgreementPair: Sendable, Equatable, Codable {
    public var first: String
    public var second: String
    /// Issues on which both take the same direction.
    public var agree: [String]
    /// Issues on which they take opposite directions.
    public var disagree: [String]
    /// Issues on which only one of the two takes a position.
    public var onlyFirst: [String]
    public var onlySecond: [String]

    public init(first: String, second: String, agree: [String], disagree: [String], onlyFirst: [String], onlySecond: [String]) {
        self.first = first
        self.second = second
        self.agree = agree
        self.disagree = disagree
        self.onlyFirst = onlyFirst
        self.onlySecond = onlySecond
    }

    enum CodingKeys: String, CodingKey { case first, second, agree, disagree, onlyFirst = "only_first", onlySecond = "only_second" }
}

/// An actor whose positions on one issue point both ways, with a position for each side.
public struct Tension: Sendable, Equatable, Codable {
    public var actor: String
    public var actorName: String
    public var issue: String
    public var issueLabel: String
    public var support: String
    public var oppose: String

    public init(actor: String, actorName: String, issue: String, issueLabel: String, support: String, oppose: String) {
        self.actor = actor
        self.actorName = actorName
        self.issue = issue
        self.issueLabel = issueLabel
        self.support = support
        self.oppose = oppose
    }

    enum CodingKeys: String, CodingKey { case actor, actorName = "actor_name", issue, issueLabel = "issue_label", support, oppose }
}
