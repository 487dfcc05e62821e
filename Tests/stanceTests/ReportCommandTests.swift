import Foundation
import Testing

@Suite(.serialized) struct ReportCommandTests {
    static let title = "Stance samples: North Korean human rights and the US-ROK alliance"

    func makeReport(in folder: URL, inputs: [String] = ["samples/documents"]) throws -> (html: String, text: String, json: String) {
        let html = folder.appendingPathComponent("report.html").path
        let text = folder.appendingPathComponent("report.txt").path
        let json = folder.appendingPathComponent("report.json").path
        let result = try StanceBinary.run(["report"] + inputs + ["--title", Self.title, "--html", html, "--text", text,
                                                                 "--json", json, "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return (try String(contentsOfFile: html, encoding: .utf8), try String(contentsOfFile: text, encoding: .utf8),
                try String(contentsOfFile: json, encoding: .utf8))
    }

    /// The sample reports in every format, as `make report` writes them: the golden files.
    static let goldenFiles = ["report.html", "report.txt", "report.md", "report.csv", "report-cells.csv", "report.json"]

    func makeGoldenFiles(in folder: URL) throws {
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        for (format, extra) in [(["--html", path("report.html"), "--text", path("report.txt"), "--markdown", path("report.md"),
                                  "--csv", path("report.csv"), "--json", path("report.json")], [String]()),
                                (["--csv", path("report-cells.csv")], ["--cells"])] {
            let result = try StanceBinary.run(["report", "samples/documents", "--title", Self.title, "--quiet"] + format + extra)
            #expect(result.status == 0, "stderr: \(result.stderr)")
        }
    }

    /// Golden-file test: the committed sample reports are what the binary writes now. `STANCE_RECORD=1 swift test`
    /// (or `make report`) writes them anew.
    @Test func committedSampleReportsAreUpToDate() throws {
        let reports = StanceBinary.packageRoot.appendingPathComponent("samples/reports")
        if ProcessInfo.processInfo.environment["STANCE_RECORD"] == "1" {
            try makeGoldenFiles(in: reports)
            return
        }
        let folder = try StanceBinary.temporaryFolder()
        try makeGoldenFiles(in: folder)
        for name in Self.goldenFiles {
            let committed = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
            let fresh = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(firstDifference(committed, fresh) == nil, "samples/reports/\(name) is stale: run `make report` and commit it")
        }
    }

    @Test func twoRunsGiveByteIdenticalReports() throws {
        let first = try makeReport(in: try StanceBinary.temporaryFolder())
        let second = try makeReport(in: try StanceBinary.temporaryFolder())
        #expect(firstDifference(first.html, second.html) == nil)
        #expect(firstDifference(first.text, second.text) == nil)
        #expect(firstDifference(first.json, second.json) == nil)
    }

    @Test func briefShowsFourGovernmentsOnThreeIssuesWithEvidence() throws {
        let report = try makeReport(in: try StanceBinary.temporaryFolder(), inputs: ["samples/documents/brief-nk-human-rights-alliance.html"])
        let json = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as! [String: Any]
        let issues = json["issues"] as! [[String: Any]]
        let positions = Dictionary(uniqueKeysWithValues: (json["positions"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        var issuesByActor: [String: Set<String>] = [:]
        for issue in issues {
            for cell in issue["cells"] as! [[String: Any]] {
                let ids = cell["positions"] as! [String]
                #expect(!ids.isEmpty)
                for id in ids { #expect(((positions[id]?["evidence"] as? String) ?? "").isEmpty == false) }
                issuesByActor[cell["actor"] as! String, default: []].insert(issue["id"] as! String)
            }
        }
        for actor in ["USA", "KOR", "PRK", "UN"] {
            #expect(!(issuesByActor[actor] ?? []).isEmpty, "no position for \(actor)")
        }
        let covered = issues.filter { issue in
            Set((issue["cells"] as! [[String: Any]]).map { $0["actor"] as! String }).intersection(["USA", "KOR", "PRK", "UN"]).count >= 2
        }
        #expect(covered.count >= 3, "fewer than three issues on which two of USA, KOR, PRK, UN take positions")
        let recommendations = json["recommendations"] as! [[String: Any]]
        #expect(!recommendations.isEmpty, "the brief's recommendations are not listed apart")
        for r in recommendations {
            let evidence = r["evidence"] as! String
            #expect(!positions.values.contains { ($0["evidence"] as! String) == evidence && $0["actor"] as? String == r["actor"] as? String })
        }
    }

    @Test func htmlReportIsSelfContainedAndEscapesMarkupFromDocuments() throws {
        let report = try makeReport(in: try StanceBinary.temporaryFolder())
        #expect(!report.html.contains("<script"), "the HTML report carries a script element")
        #expect(report.html.contains("&lt;script&gt;"))
        let json = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as! [String: Any]
        let sourceLinks = Set((json["sources"] as! [[String: Any]]).compactMap { $0["url"] as? String })
        var rest = report.html[...]
        while let range = rest.range(of: "http") {
            let tail = rest[range.lowerBound...]
            let url = String(tail.prefix { !"\"<> ".contains($0) })
            #expect(sourceLinks.contains(url), "non-source reference \(url)")
            rest = rest[range.upperBound...]
        }
    }

    @Test func textReportFitsTheRequestedWidth() throws {
        // Wide (Hangul, kanji) and combining characters next to the samples, in both drawings.
        let folder = try StanceBinary.temporaryFolder()
        let wide = folder.appendingPathComponent("wide.txt")
        try ("South Korea's unification ministry said the 대북전단금지법 (anti-leaflet law) protects residents near the "
             + "border, and Japan's foreign ministry welcomed the 日朝 talks on the abductee issue in Pyongyang; the "
             + "ministry's spokesperson, Mr. Ko\u{0301}no, said Tokyo supports the 拉致問題 talks.\n")
            .write(to: wide, atomically: true, encoding: .utf8)
        for width in [60, 100, 140, 200] {
            for drawing in [[], ["--ascii"]] {
                let result = try StanceBinary.run(["report", "samples/documents", wide.path, "--width", String(width), "--quiet"] + drawing)
                #expect(result.status == 0)
                #expect(result.stdout.contains("대북전단금지법"))
                for line in result.stdout.split(separator: "\n") {
                    #expect(displayWidth(line) <= width, "line wider than \(width): \(line)")
                }
            }
        }
    }

    @Test func missingInputIsOneClearLineAndExitStatusTwo() throws {
        let result = try StanceBinary.run(["report", "no-such-folder"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such-folder"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// The first line that differs, as "line N: committed ≠ fresh", or nil when the texts are equal.
    func firstDifference(_ committed: String, _ fresh: String) -> String? {
        guard committed != fresh else { return nil }
        let (a, b) = (committed.split(separator: "\n", omittingEmptySubsequences: false), fresh.split(separator: "\n", omittingEmptySubsequences: false))
        let n = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "line \(n + 1): \(n < a.count ? String(a[n].prefix(120)) : "(end)") ≠ \(n < b.count ? String(b[n].prefix(120)) : "(end)")"
    }

    func displayWidth(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { total, s in
            let v = s.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            let zero = s.properties.generalCategory == .nonspacingMark
            return total + (zero ? 0 : wide ? 2 : 1)
        }
    }
}

@Suite struct ReportOptionsTests {
    @Test func onlyIssueAndMinConfidenceNarrowTheReport() throws {
        let folder = try StanceBinary.temporaryFolder()
        let json = folder.appendingPathComponent("r.json").path
        let result = try StanceBinary.run(["report", "samples/documents", "--only", "kor,usa", "--issue", "leaflet-launches",
                                           "--min-confidence", "0.5", "--json", json, "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as! [String: Any]
        let positions = report["positions"] as! [[String: Any]]
        #expect(!positions.isEmpty)
        for p in positions {
            #expect(["KOR", "USA"].contains(p["actor"] as! String))
            #expect(p["issue"] as? String == "leaflet-launches")
            #expect((p["confidence"] as! Double) >= 0.5)
        }
        #expect(report["agreement"] != nil)
        #expect(report["tensions"] != nil)
    }

    @Test func confidenceOutsideZeroToOneIsRefused() throws {
        let result = try StanceBinary.run(["report", "samples/documents", "--min-confidence", "2"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--min-confidence"))
    }
}
