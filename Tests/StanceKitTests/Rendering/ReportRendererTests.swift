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
