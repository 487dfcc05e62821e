import Foundation

/// Writes a comparison as an HTML page, a text report with side-by-side columns, or versioned JSON.
public struct ReportRenderer: Sendable {
    let templates: TemplateLibrary

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// A self-contained HTML page: inline CSS, no scripts, no external requests. A fragment is the page's body
    /// alone (header, sections, footer), for pasting into a larger briefing packet with its own styles.
    public func html(_ comparison: Comparison, fragment: Bool = false) throws(RenderError) -> String {
        try templates.render(ReportView(comparison), template: fragment ? "report-body.html" : "report.html")
    }

    /// The plain-text report, no line wider than `width` display columns, drawn with box-drawing characters or,
    /// with `ascii`, plain ASCII.
    public func text(_ comparison: Comparison, width: Int = 100, ascii: Bool = false) throws(RenderError) -> String {
        let view = TextReportView(ReportView(comparison), width: width, ascii: ascii)
        let text = try templates.render(view, template: "report.txt")
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// The report as Markdown: GitHub tables for the matrices, lists for the evidence.
    public func markdown(_ comparison: Comparison) throws(RenderError) -> String {
        let text = try templates.render(MarkdownReportView(ReportView(comparison)), template: "report.md")
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// The report as JSON (`stance.report/1`), keys sorted so that equal reports are equal bytes.
    public static func json(_ comparison: Comparison) -> String { prettyJSON(comparison) }

    /// Pretty JSON with sorted keys and a final newline: equal values are equal bytes.
    static func prettyJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// Positions as JSON Lines, one object a line, keys sorted.
    public static func jsonLines(_ positions: [Position]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return positions.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) + "\n" }.joined()
    }
}
