/// The Markdown report's blocks (GitHub tables and lists), escaped in Swift and joined by the template.
struct MarkdownReportView {
    var title: String
    var overview: String
    var matrix: String
    var legend: String
    var agreement: String
    var hasAgreement: Bool
    var tensions: String
    var hasTensions: Bool
    var issues: [Section]
    var recommendations: String
    var hasRecommendations: Bool
    var sources: String

    struct Section { var heading: String; var body: String }
}

extension MarkdownReportView {
    init(_ view: ReportView) {
        let md = Self.escape
        title = md(view.title)
        overview = md(view.overview)
        matrix = Self.table(header: ["Issue"] + view.actors.map(\.code), rows: view.matrix.map { row in
            [md(row.label)] + row.cells.map { "\($0.symbol) \($0.word)" }
        })
        legend = "Key: " + view.legend.map { "\($0.symbol) \($0.word)" }.joined(separator: " · ")
        agreement = Self.table(header: ["Actor"] + view.agreementRows.map(\.actor), rows: view.agreementRows.map { row in
            ["\(md(row.actorName)) (\(row.actor))"] + row.cells.map { $0.isSelf ? "—" : $0.none ? "·" : "\($0.agree) agree / \($0.disagree) disagree" }
        })
        hasAgreement = view.hasAgreement
        tensions = view.tensions.map { t in
            "- **\(md(t.actorName)) (\(t.actor)) on \(md(t.issueLabel))**\n"
                + "  - ✔ supports: “\(md(t.support.sentence))” [\(t.support.sourceNumber)]\n"
                + "  - ✘ opposes: “\(md(t.oppose.sentence))” [\(t.oppose.sourceNumber)]"
        }.joined(separator: "\n")
        hasTensions = view.hasTensions
        issues = view.issues.map { issue in
            var body: [String] = []
            if issue.hasDescription { body.append(md(issue.description)) }
            if issue.hasSupport { body.append("*Support means:* " + md(issue.support)) }
            for cell in issue.cells {
                var lines = ["### \(md(cell.actorName)) (\(cell.actor)): \(cell.symbol) \(cell.word)"]
                if cell.hasTrend { lines.append("") ; lines.append("Trend: " + md(cell.trend)) }
                lines.append("")
                lines += cell.evidence.map { e in
                    "- “\(md(e.sentence))” (\(e.kind): *\(md(e.cue))*) [\(e.sourceNumber)]" + (e.hasDate ? ", \(e.date)" : "")
                }
                body.append(lines.joined(separator: "\n"))
            }
            return Section(heading: md(issue.label) + (issue.discovered ? " (grouped from the documents)" : ""),
                           body: body.joined(separator: "\n\n"))
        }
        recommendations = view.recommendations.map { e in
            "- **About \(md(e.actorName)):** “\(md(e.sentence))” [\(e.sourceNumber)]"
        }.joined(separator: "\n")
        hasRecommendations = view.hasRecommendations
        sources = view.sources.map { s in
            var line = "\(s.number). \(md(s.title))"
            if s.hasPublisher { line += ". " + md(s.publisher) }
            if s.hasDate { line += ", " + s.date }
            line += ". " + (s.hasLink && Self.isSafeLink(s.link) ? "<\(s.link.filter { !"<> ".contains($0) && !$0.isNewline })>"
                                : "`\(Self.codeSpan(s.hasLink ? s.link : s.path))`")
            if !s.isRead { line += " *(\(md(s.status)))*" }
            return line
        }.joined(separator: "\n")
    }

    /// A GitHub table; cells are already escaped.
    static func table(header: [String], rows: [[String]]) -> String {
        let lines = [header, header.map { _ in "---" }] + rows
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    /// A link a reader may follow: http, https or a relative path, never `javascript:` or `data:`.
    static func isSafeLink(_ link: String) -> Bool {
        let lower = link.lowercased().filter { !$0.isWhitespace }
        guard let colon = lower.firstIndex(of: ":"), !lower[..<colon].contains("/") else { return true }
        return lower.hasPrefix("http:") || lower.hasPrefix("https:")
    }

    /// Text for a code span: one line, no backticks, no control characters.
    static func codeSpan(_ text: String) -> String {
        String(text.map { $0 == "`" ? "'" : $0.isNewline || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? " " : $0 })
    }

    /// Text set off from Markdown: punctuation that could start markup, a table cell or raw HTML is backslashed,
    /// and line breaks become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if ch == "\n" || ch == "\r" { out.append(" "); continue }
            if "\\`*_[]<>|#~!".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
