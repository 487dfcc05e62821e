/// One input as Stance read it: where it came from, what it says about itself, and its main text.
///
/// Offsets in `paragraphs` (and everywhere else) count Unicode scalars in `text`, so they
/// index the same characters a Python or JavaScript consumer of the JSON output sees.
public struct Document: Sendable, Equatable, Codable {
    /// Stable id: the path relative to the folder given on the command line, without extensions.
    public var id: String
    /// The path or URL the document was read from.
    public var source: String
    public var format: DocumentFormat
    public var metadata: DocumentMetadata
    /// The main text, paragraphs separated by a blank line.
    public var text: String
    public var paragraphs: [Paragraph]

    /// The main text without the page headline: what a reader of the article body sees.
    public var bodyText: String {
        guard let first = paragraphs.first(where: { !$0.isTitle }) else { return "" }
        guard first.start > 0 else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(first.start)))
    }

    public init(id: String, source: String, format: DocumentFormat, metadata: DocumentMetadata, text: String, paragraphs: [Paragraph]) {
        self.id = id
        self.source = source
        self.format = format
        self.metadata = metadata
        self.text = text
        self.paragraphs = paragraphs
    }
}

/// The format an input was read as.
public enum DocumentFormat: String, Sendable, Codable {
    case text, markdown, html
}

/// A paragraph of a document's main text, as a range of Unicode-scalar offsets into it.
public struct Paragraph: Sendable, Equatable, Codable {
    public var index: Int
    public var start: Int
    public var end: Int
    /// True for headings and titles, which often state a position in a few words.
    public var isHeading: Bool
    /// True for a web page's headline, read for positions but not part of the article body.
    public var isTitle: Bool

    public init(index: Int, start: Int, end: Int, isHeading: Bool = false, isTitle: Bool = false) {
        self.index = index
        self.start = start
        self.end = end
        self.isHeading = isHeading
        self.isTitle = isTitle
    }
}
