/// A report as comma-separated values (RFC 4180) for spreadsheets: one row per position, or one per cell.
public enum CSVReport {
    /// Every position behind the report's cells, in report order, then the authors' recommendations.
    public static func positions(_ comparison: Comparison) -> String {
        let sources = Dictionary(comparison.sources.map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })
        let labels = Dictionary(comparison.issues.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        let header = ["issue", "issue_label", "actor", "actor_name", "stance", "kind", "confidence", "cue", "evidence",
                      "source_number", "source", "date", "paragraph", "start", "end", "id"]
        let rows = (comparison.positions + comparison.recommendations).map { p -> [String] in
            let source = sources[p.document]
            return [p.issue, labels[p.issue] ?? p.issueLabel, p.actor, p.actorName, p.stance.rawValue, p.kind.rawValue,
                    String(p.confidence), p.cue, p.evidence, source.map { String($0.number) } ?? "", p.source, p.date ?? "",
                    String(p.paragraph), String(p.start), String(p.end), p.id]
        }
        return table([header] + rows)
    }

    /// One row per issue and actor: the aggregated stance, its trend, and the latest evidence behind it.
    public static func cells(_ comparison: Comparison) -> String {
        let positions = Dictionary(comparison.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sources = Dictionary(comparison.sources.map { ($0.document, $0.number) }, uniquingKeysWith: { a, _ in a })
        let header = ["issue", "issue_label", "actor", "actor_name", "stance", "trend", "positions", "latest_evidence",
                      "latest_source_number", "latest_date"]
        let rows = comparison.issues.flatMap { row in
            row.cells.map { cell -> [String] in
                let latest = cell.positions.first.flatMap { positions[$0] }
                return [row.id, row.label, cell.actor, cell.actorName, cell.stance.rawValue, cell.trend ?? "",
                        String(cell.positions.count), latest?.evidence ?? "",
                        latest.flatMap { sources[$0.document] }.map(String.init) ?? "", latest?.date ?? ""]
            }
        }
        return table([header] + rows)
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it holds a comma, quote or line break; a leading =, +, - or @ is set off with an
    /// apostrophe so that a spreadsheet does not run it as a formula.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + String(text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }
}
