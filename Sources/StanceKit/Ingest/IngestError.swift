/// Why an input could not be read.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, String)
    case binary(String)
    case unsupported(String, String)
    /// A report Stance wrote, found among the inputs: left out by design, so no document is lost.
    case ownReport(String)

    public var description: String {
        switch self {
        case .notFound(let path): "cannot read '\(path)': no such file or folder"
        case .unreadable(let path, let reason): "cannot read '\(path)': \(reason)"
        case .binary(let path): "skipped '\(path)': binary file, not text or HTML"
        case .unsupported(let path, let reason): "skipped '\(path)': \(reason)"
        case .ownReport(let path): "skipped '\(path)': \(Self.ownReportReason)"
        }
    }

    /// The reason alone, for the report's list of sources.
    public var reason: String {
        switch self {
        case .notFound: "no such file or folder"
        case .unreadable(_, let reason): reason
        case .binary: "binary file, not text or HTML"
        case .unsupported(_, let reason): reason
        case .ownReport: Self.ownReportReason
        }
    }

    static let ownReportReason = "a report Stance wrote, not a document"

    /// Whether a document the user meant to be read was lost (everything but Stance's own reports): the exit status
    /// says so.
    public var losesDocument: Bool {
        if case .ownReport = self { false } else { true }
    }
}
