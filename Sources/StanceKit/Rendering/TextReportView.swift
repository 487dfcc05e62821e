/// The text report's blocks, laid out in Swift (columns need display-width arithmetic) and joined by the template.
struct TextReportView {
    var title: String
    var rule: String
    var overview: String
    var matrix: String
    var legend: String
    var issues: [Section]
    var agreementHeading: String
    var agreement: String
    var hasAgreement: Bool
    var tensionsHeading: String
    var tensions: String
    var hasTensions: Bool
    var recommendationsHeading: String
    var recommendations: String
    var hasRecommendations: Bool
    var sources: String

    struct Section { var heading: String; var body: String }
}

/// The lines a text report is drawn with: box-drawing characters, or plain ASCII for terminals and mail that lack them.
struct TextRules {
    var column: String
    var single: String
    var double: String

    init(ascii: Bool) {
        (column, single, double) = ascii ? (" | ", "-", "=") : (" \u{2502} ", "\u{2500}", "\u{2550}")
    }
}

extension TextReportView {
    init(_ view: ReportView, width: Int, ascii: Bool = false) {
        let width = max(40, width)
        let rules = TextRules(ascii: ascii)
        title = TextWrap.paragraph(view.title.uppercased(), width: width)
        rule = String(repeating: rules.double, count: min(width, max(DisplayWidth.of(view.title), 20)))
        overview = TextWrap.paragraph(view.overview, width: width)
        matrix = Self.matrix(view, width: width)
        legend = TextWrap.paragraph("Key: " + view.legend.map { "\($0.ascii) \($0.word)" }.joined(separator: ", "), width: width)
        issues = view.issues.map {
            Section(heading: Self.heading($0, width: width, rules: rules), body: Self.columns($0, width: width, rules: rules))
        }
        agreementHeading = TextWrap.paragraph(
            "AGREEMENT BETWEEN ACTORS (issues agreed on / disagreed on, where both take a direction)", width: width)
        tensionsHeading = TextWrap.paragraph("TENSIONS (positions on one issue that point both ways)", width: width)
        agreement = Self.agreementMatrix(view, width: width)
        hasAgreement = view.hasAgreement
        tensions = view.tensions.map { t in
            let quote = { (mark: String, e: ReportView.EvidenceView) in
                TextWrap.indented("\(mark) \u{201C}\(e.sentence)\u{201D} [\(e.sourceNumber)]", by: 2, width: width)
            }
            return (TextWrap.lines("* \(t.actorName) (\(t.actor)) on \(t.issueLabel):", width: width, indent: "  ")
                + quote("+", t.support) + quote("-", t.oppose)).joined(separator: "\n")
        }.joined(separator: "\n")
        hasTensions = view.hasTensions
        recommendations = view.recommendations.map { e in
            TextWrap.paragraph("- About \(e.actorName): \u{201C}\(e.sentence)\u{201D} [\(e.sourceNumber)]", width: width, indent: "  ")
        }.joined(separator: "\n")
        hasRecommendations = view.hasRecommendations
        recommendationsHeading = TextWrap.paragraph(
            "AUTHORS' RECOMMENDATIONS (the authors' views, not the governments' positions)", width: width)
        sources = view.sources.map { s in
            var line = "[\(s.number)] \(s.title)"
            if s.hasPublisher { line += ". \(s.publisher)" }
            if s.hasDate { line += ", \(s.date)" }
            line += ". " + (s.hasLink ? s.link : s.path)
            if !s.isRead { line += " (\(s.status))" }
            return TextWrap.paragraph(line, width: width, indent: "    ")
        }.joined(separator: "\n")
    }

    /// Actors down and across; each cell "agree/disagree" counts of issues.
    private static func agreementMatrix(_ view: ReportView, width: Int) -> String {
        let codeWidth = max(5, view.agreementRows.map { DisplayWidth.of($0.actor) }.max() ?? 3)
        let perBlock = max(1, (width - codeWidth) / (codeWidth + 1))
        var blocks: [String] = []
        var start = 0
        while start < view.agreementRows.count {
            let columns = start..<min(view.agreementRows.count, start + perBlock)
            var lines = [TextWrap.pad("", to: codeWidth) + columns.map { " " + TextWrap.pad(view.agreementRows[$0].actor, to: codeWidth) }.joined()]
            for row in view.agreementRows {
                lines.append(TextWrap.pad(row.actor, to: codeWidth) + columns.map { " " + TextWrap.pad(row.cells[$0].text, to: codeWidth) }.joined())
            }
            blocks.append(lines.map(TextWrap.trimmingTrailingSpaces).joined(separator: "\n"))
            start += perBlock
        }
        return blocks.joined(separator: "\n\n")
    }

    private static func heading(_ issue: ReportView.IssueView, width: Int, rules: TextRules) -> String {
        var lines = TextWrap.lines(issue.label + (issue.discovered ? " (grouped from the documents)" : ""), width: width)
        lines.append(String(repeating: rules.single, count: min(width, lines.map { DisplayWidth.of($0) }.max() ?? 0)))
        if issue.hasSupport { lines += TextWrap.lines("Support means: " + issue.support, width: width) }
        return lines.joined(separator: "\n")
    }

    /// Issues down, actors across; each cell a mark. Actor columns that do not fit go to a further block.
    private static func matrix(_ view: ReportView, width: Int) -> String {
        let codeWidth = max(3, view.actors.map { DisplayWidth.of($0.code) }.max() ?? 3)
        let labelWidth = min(40, max(12, width / 3))
        let perBlock = max(1, (width - labelWidth) / (codeWidth + 1))
        var blocks: [String] = []
        var start = 0
        repeat {
            let actors = Array(view.actors[start..<min(view.actors.count, start + perBlock)])
            let indices = Array(start..<(start + actors.count))
            var lines = [TextWrap.pad("Issue", to: labelWidth) + actors.map { " " + TextWrap.pad($0.code, to: codeWidth) }.joined()]
            lines[0] = TextWrap.trimmingTrailingSpaces(lines[0])
            for row in view.matrix {
                let label = TextWrap.lines(row.label, width: labelWidth - 1)
                let marks = indices.map { " " + TextWrap.pad(StanceMark.ascii(for: row.cells[$0].css), to: codeWidth) }.joined()
                for (n, part) in label.enumerated() {
                    let line = TextWrap.pad(part, to: labelWidth) + (n == 0 ? marks : "")
                    lines.append(TextWrap.trimmingTrailingSpaces(line))
                }
            }
            blocks.append(lines.joined(separator: "\n"))
            start += perBlock
        } while start < view.actors.count
        return blocks.joined(separator: "\n\n")
    }

    /// The actors' cells side by side, as many per band as the width allows (at least 28 columns each).
    private static func columns(_ issue: ReportView.IssueView, width: Int, rules: TextRules) -> String {
        let gap = DisplayWidth.of(rules.column)
        let perBand = max(1, min(issue.cells.count, (width + gap) / (28 + gap)))
        var bands: [String] = []
        var start = 0
        while start < issue.cells.count {
            let cells = Array(issue.cells[start..<min(issue.cells.count, start + perBand)])
            let columnWidth = (width - gap * (cells.count - 1)) / cells.count
            let columns = cells.map { cell -> [String] in
                var lines = TextWrap.lines("\(cell.actorName) (\(cell.actor))", width: columnWidth)
                lines += TextWrap.lines("\(StanceMark.ascii(for: cell.css)) \(cell.word)", width: columnWidth)
                if cell.hasTrend { lines += TextWrap.lines("trend: " + cell.trend, width: columnWidth, indent: "  ") }
                for e in cell.evidence {
                    lines.append("")
                    lines += TextWrap.lines("* \u{201C}\(e.sentence)\u{201D} [\(e.sourceNumber)]", width: columnWidth, indent: "  ")
                }
                return lines
            }
            bands.append(TextWrap.sideBySide(columns, widths: Array(repeating: columnWidth, count: cells.count), separator: rules.column)
                .joined(separator: "\n"))
            start += perBand
        }
        return bands.joined(separator: "\n\n")
    }
}

extension StanceMark {
    static func ascii(for css: String) -> String {
        [StanceValue.support, .oppose, .mixed, .neutral].map { StanceMark($0) }.first { $0.cssClass == css }?.ascii ?? "."
    }
}
