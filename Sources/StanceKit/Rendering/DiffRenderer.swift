/// Writes a report diff as text, Markdown, an HTML page with old and new side by side, or JSON.
public struct DiffRenderer: Sendable {
    let templates: TemplateLibrary

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// Old and new side by side, changed cells marked by word and symbol, edited words marked inside the evidence.
    public func html(_ diff: ComparisonDiff, onlyChanges: Bool = false) throws(RenderError) -> String {
        try templates.render(DiffView(diff, onlyChanges: onlyChanges), template: "diff.html")
    }

    /// The diff as text, no line wider than `width` display columns.
    public static func text(_ diff: ComparisonDiff, width: Int = 100, onlyChanges: Bool = false, ascii: Bool = false) -> String {
        let view = DiffView(diff, onlyChanges: onlyChanges)
        let rules = TextRules(ascii: ascii)
        var out = TextWrap.lines(view.title.uppercased(), width: width)
        out.append(String(repeating: rules.double, count: min(width, max(20, out.map { DisplayWidth.of($0) }.max() ?? 20))))
        out += TextWrap.lines(view.summary, width: width)
        for (label, items) in view.listings {
            out.append("")
            out += TextWrap.lines("\(label):", width: width)
            for item in items { out += TextWrap.indented("- " + item, by: 2, width: width) }
        }
        for issue in view.issues where !issue.isUnchanged {
            out.append("")
            out += TextWrap.lines("\(issue.label) [\(issue.changeWord)]", width: width, indent: "  ")
            for cell in issue.cells {
                out += TextWrap.indented("\(cell.ascii) \(cell.actorName) (\(cell.actor)): \(cell.changeWord), \(cell.oldStance) → \(cell.newStance)",
                                by: 2, width: width)
                for (mark, list) in [("-", cell.removed), ("+", cell.added)] {
                    for e in list {
                        let when = e.hasDate ? ", \(e.date)" : ""
                        out += TextWrap.indented("\(mark) \u{201C}\(e.sentence)\u{201D} (\(e.source)\(when))", by: 6, width: width)
                    }
                }
            }
        }
        let unchanged = view.issues.filter(\.isUnchanged)
        if !unchanged.isEmpty {
            out.append("")
            out += TextWrap.lines("No change:", width: width)
            for issue in unchanged { out += TextWrap.indented("- " + issue.label, by: 2, width: width) }
        }
        if view.hasHidden {
            out.append("")
            out += TextWrap.lines(view.hiddenNote, width: width)
        }
        return out.map(TextWrap.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// The diff as Markdown lists; removed evidence struck through.
    public static func markdown(_ diff: ComparisonDiff, onlyChanges: Bool = false) -> String {
        let view = DiffView(diff, onlyChanges: onlyChanges)
        let md = MarkdownReportView.escape
        var out = ["# " + md(view.title), "", md(view.summary)]
        for (label, items) in view.listings {
            out += ["", "**\(label):**", ""] + items.map { "- " + md($0) }
        }
        for issue in view.issues where !issue.isUnchanged {
            out += ["", "## \(md(issue.label)) (\(issue.changeWord))"]
            if !issue.cells.isEmpty { out.append("") }
            for cell in issue.cells {
                out.append("- \(cell.symbol) **\(md(cell.actorName)) (\(cell.actor))**: \(cell.changeWord), \(cell.oldStance) → \(cell.newStance)")
                out += cell.removed.map { "  - ~~“\(md($0.sentence))”~~ (\(md($0.source)))" }
                out += cell.added.map { "  - “\(md($0.sentence))” (\(md($0.source)))" }
            }
        }
        let unchanged = view.issues.filter(\.isUnchanged)
        if !unchanged.isEmpty { out += ["", "**No change:**", ""] + unchanged.map { "- " + md($0.label) } }
        if view.hasHidden { out += ["", view.hiddenNote] }
        return out.joined(separator: "\n") + "\n"
    }

    /// The diff as JSON (`stance.diff/1`), keys sorted.
    public static func json(_ diff: ComparisonDiff) -> String { ReportRenderer.prettyJSON(diff) }
}
