import Testing
@testable import StanceKit

@Suite struct ReportRendererTests {
    func comparison(evidence: String, url: String?) -> Comparison {
        var p = Position(document: "d", actor: "KOR", actorName: "South Korea", speaker: "Seoul", cue: "said", kind: .statement,
                         issue: "x", issueLabel: "X <b>", stance: .support, confidence: 0.8, evidence: evidence, paragraph: 0,
                         start: 0, end: 5, date: nil, source: "d.html")
        p.id = "p1"
        let source = Source(number: 1, document: "d", path: "d.html", title: "T \"quoted\" <i>", url: url)
        return ComparisonBuilder.build(title: "Report <script>", sources: [source], positions: [p], issues: [])
    }

    let renderer: ReportRenderer = {
        do { return ReportRenderer(templates: try TemplateLibrary()) } catch { fatalError("\(error)") }
    }()

    @Test func hostileTextIsEscapedInHTML() throws {
        let html = try renderer.html(comparison(evidence: "He said <script>alert(1)</script> \"x\" onload='y'", url: "javascript:alert(1)"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("<i>"))
    }

    @Test func onlyHTTPSourceAddressesBecomeLinks() throws {
        let html = try renderer.html(comparison(evidence: "Seoul agreed.", url: "https://example.org/a"))
        #expect(html.contains("<a href=\"https://example.org/a\">"))
    }

    @Test func textReportShowsStanceByWordAndMark() throws {
        let text = try renderer.text(comparison(evidence: "Seoul agreed.", url: nil), width: 60)
        #expect(text.contains("+ supports"))
        #expect(text.contains("“Seoul agreed.” [1]"))
    }

    @Test func aFragmentIsTheBodyAlone() throws {
        let fragment = try renderer.html(comparison(evidence: "Seoul agreed.", url: nil), fragment: true)
        #expect(!fragment.contains("<html") && !fragment.contains("<head>") && !fragment.contains("<style"))
        #expect(fragment.hasPrefix("<header>"))
        #expect(fragment.contains("<h2 id=\"summary\">Summary</h2>") && fragment.contains("id=\"sources\""))
    }

    @Test func textReportDrawsBoxesOrASCII() throws {
        let c = comparison(evidence: "Seoul agreed.", url: nil)
        let boxed = try renderer.text(c, width: 60)
        let plain = try renderer.text(c, width: 60, ascii: true)
        #expect(boxed.contains("\u{2500}"))
        #expect(plain.unicodeScalars.allSatisfy { $0.isASCII || "“”".unicodeScalars.contains($0) })
        #expect(plain.contains("---"))
    }

    @Test func aLinkOrFileNameWithLineBreaksStaysOneLineOfTextInMarkdown() throws {
        var p = Position(document: "d", actor: "KOR", actorName: "South Korea", speaker: "Seoul", cue: "said", kind: .statement,
                         issue: "x", issueLabel: "X", stance: .support, confidence: 0.8, evidence: "Seoul said so.", paragraph: 0,
                         start: 0, end: 5, date: nil, source: "d.html")
        p.id = "p1"
        let linked = Source(number: 1, document: "d", path: "d.html", title: "T", url: "https://example.org/a\n<script>x</script>")
        let named = Source(number: 2, document: "e", path: "e\n\n<img src=x onerror=alert(1)>`.txt", title: "U", url: nil)
        let mdLinked = try renderer.markdown(ComparisonBuilder.build(title: "R", sources: [linked, named], positions: [p], issues: []))
        let sources = mdLinked.components(separatedBy: "## Sources").last ?? ""
        #expect(!sources.contains("<script"))
        // The file name stays inside one code span on its line, where "<img …>" is shown as text, not markup.
        let second = sources.split(separator: "\n").first { $0.hasPrefix("2.") } ?? ""
        #expect(second.contains("`e <img src=x onerror=alert(1)>'.txt`"))
        #expect(!sources.contains("\n<img"))
        #expect(!MarkdownReportView.isSafeLink("javascript:alert(1)") && !MarkdownReportView.isSafeLink("data:text/html,x"))
        #expect(MarkdownReportView.isSafeLink("https://example.org/x") && MarkdownReportView.isSafeLink("reports/a.html"))
    }

    @Test func hostileTextIsEscapedInMarkdown() throws {
        let md = try renderer.markdown(comparison(evidence: "A | B <script>alert(1)</script> [x](javascript:y) *z*",
                                                  url: "javascript:alert(1)"))
        let unescaped = { (pattern: String) in md.range(of: "(?<!\\\\)" + pattern, options: .regularExpression) != nil }
        #expect(!unescaped("<script"))
        #expect(md.contains("A \\| B \\<script\\>"))
        #expect(!unescaped("\\]\\(javascript:"))
        #expect(!md.contains("<javascript:"))
        // Every row of the summary table has as many cells as its header.
        let table = md.split(separator: "\n").drop { !$0.hasPrefix("| Issue") }.prefix { $0.hasPrefix("|") }
        let counts = Set(table.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count })
        #expect(counts.count == 1)
    }

    @Test func csvQuotesFieldsAndDisarmsFormulas() {
        let csv = CSVReport.positions(comparison(evidence: "=HYPERLINK(\"http://x\"), then \"more\"", url: nil))
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("issue,issue_label,actor,"))
        #expect(lines[1].contains("\"'=HYPERLINK(\"\"http://x\"\"), then \"\"more\"\"\""))
        let cells = CSVReport.cells(comparison(evidence: "Seoul agreed.", url: nil))
        #expect(cells.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
        #expect(cells.contains(",KOR,South Korea,support,,1,Seoul agreed.,1,"))
    }

    @Test func aPartialCanBeReplacedAlone() throws {
        let folder = FileManagerHelper.temporaryFolder()
        try "<p>Our own summary of {{title}}</p>\n".write(toFile: folder + "/report-summary.html.mustache", atomically: true, encoding: .utf8)
        let html = try ReportRenderer(templates: try TemplateLibrary(overrides: folder)).html(comparison(evidence: "Seoul agreed.", url: nil))
        #expect(html.contains("<p>Our own summary of Report &lt;script&gt;</p>"))
        #expect(!html.contains("Stance of each actor on each issue"))
        #expect(html.contains("id=\"sources\""))
    }

    @Test func partialsThatIncludeEachOtherOrSectionsNestedTooDeepAreRefusedBeforeRendering() throws {
        let loop = FileManagerHelper.temporaryFolder()
        try "{{> report-tensions.html}}\n".write(toFile: loop + "/report-summary.html.mustache", atomically: true, encoding: .utf8)
        try "{{> report-summary.html}}\n".write(toFile: loop + "/report-tensions.html.mustache", atomically: true, encoding: .utf8)
        #expect(thrownDescription { _ = try TemplateLibrary(overrides: loop) }.contains("includes itself"))
        let deep = FileManagerHelper.temporaryFolder()
        try (String(repeating: "{{#a}}", count: 5_000) + String(repeating: "{{/a}}", count: 5_000))
            .write(toFile: deep + "/report.md.mustache", atomically: true, encoding: .utf8)
        #expect(thrownDescription { _ = try TemplateLibrary(overrides: deep) }.contains("nested 5000 deep"))
    }

    @Test func templateMistakesNameFileLineAndColumn() throws {
        let folder = FileManagerHelper.temporaryFolder()
        try "line one\n{{#open}}\n".write(toFile: folder + "/report.html.mustache", atomically: true, encoding: .utf8)
        #expect(throws: RenderError.self) { try TemplateLibrary(overrides: folder) }
        do {
            _ = try TemplateLibrary(overrides: folder)
        } catch {
            #expect(error.description.contains("report.html.mustache:"))
        }
    }
}

import Foundation

enum FileManagerHelper {
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "stance-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
