import Foundation
import Testing

/// `stance diff` on two versions of a small document set written for the test.
@Suite struct DiffCommandTests {
    static let seoul = """
        ---
        title: Seoul briefing
        date: 2024-06-10
        ---

        South Korea's unification ministry condemned North Korea's missile launch on Monday.

        Japan's foreign ministry condemned the missile launch as a violation of Security Council resolutions.

        """
    static let paris = """
        ---
        title: Paris statement
        date: 2024-06-11
        ---

        France supported the resolution on human rights in North Korea.

        """
    static let ottawa = """
        ---
        title: Ottawa statement
        date: 2024-06-12
        ---

        Canada condemned the missile launch.

        """

    /// v1: three documents. v2: one statement added (Japan on family reunions), France's stance reversed, Ottawa gone.
    func versions() throws -> (v1: URL, v2: URL) {
        let root = try StanceBinary.temporaryFolder()
        let v1 = root.appendingPathComponent("v1"), v2 = root.appendingPathComponent("v2")
        for folder in [v1, v2] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try Self.seoul.write(to: v1.appendingPathComponent("seoul.txt"), atomically: true, encoding: .utf8)
        try Self.paris.write(to: v1.appendingPathComponent("paris.txt"), atomically: true, encoding: .utf8)
        try Self.ottawa.write(to: v1.appendingPathComponent("ottawa.txt"), atomically: true, encoding: .utf8)
        try (Self.seoul + "Japan welcomed the resumption of family reunions between the two Koreas.\n")
            .write(to: v2.appendingPathComponent("seoul.txt"), atomically: true, encoding: .utf8)
        try Self.paris.replacingOccurrences(of: "France supported", with: "France opposed")
            .write(to: v2.appendingPathComponent("paris.txt"), atomically: true, encoding: .utf8)
        return (v1, v2)
    }

    func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test func reportsExactlyTheAddedStatementTheReversedStanceAndTheRemovedDocument() throws {
        let (v1, v2) = try versions()
        let result = try StanceBinary.run(["diff", v1.path, v2.path, "--quiet", "--json", "-"])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let diff = try json(result.stdout)
        #expect((diff["documents_removed"] as! [[String: Any]]).map { $0["document"] as! String } == ["ottawa"])
        #expect((diff["documents_added"] as! [Any]).isEmpty)
        #expect((diff["actors_added"] as! [Any]).isEmpty)
        #expect((diff["actors_dropped"] as! [[String: Any]]).map { $0["code"] as! String } == ["CAN"])
        var changes: [String] = []
        for issue in diff["issues"] as! [[String: Any]] {
            for cell in issue["cells"] as! [[String: Any]] where cell["change"] as! String != "unchanged" {
                changes.append("\(issue["id"]!) \(cell["actor"]!) \(cell["change"]!)")
            }
        }
        #expect(changes.sorted() == ["dprk-denuclearization CAN withdrawn", "dprk-un-rights-resolutions FRA stance_shift",
                                     "separated-families JPN new_position"])
        let shift = (diff["issues"] as! [[String: Any]]).flatMap { $0["cells"] as! [[String: Any]] }.first { $0["actor"] as! String == "FRA" }
        #expect((shift?["removed"] as? [[String: Any]])?.first?["sentence"] as? String == "France supported the resolution on human rights in North Korea.")
        #expect((shift?["added"] as? [[String: Any]])?.first?["sentence"] as? String == "France opposed the resolution on human rights in North Korea.")
    }

    @Test func textDiffNamesEachChangeInWords() throws {
        let (v1, v2) = try versions()
        let result = try StanceBinary.run(["diff", v1.path, v2.path, "--quiet", "--width", "80"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("France (FRA): stance shift, supports → opposes"))
        #expect(result.stdout.contains("Japan (JPN): new position, no position → supports"))
        #expect(result.stdout.contains("Canada (CAN): withdrawn position, opposes → no position"))
        #expect(result.stdout.contains("Documents removed:"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func aReportDiffedWithItselfHasNoChangeAndExitsZero() throws {
        let (v1, _) = try versions()
        let report = try StanceBinary.temporaryFolder().appendingPathComponent("r.json").path
        #expect(try StanceBinary.run(["report", v1.path, "--quiet", "--json", report]).status == 0)
        let same = try StanceBinary.run(["diff", report, report])
        #expect(same.status == 0)
        #expect(same.stdout.contains("No changes."))
        let again = try StanceBinary.run(["diff", report, v1.path, "--quiet", "--only-changes"])
        #expect(again.status == 0, "\(again.stdout)")
        #expect(!again.stdout.contains("No change:"))
    }

    @Test func reorderingInputsOrAddingAnUnrelatedDocumentMovesNothingElse() throws {
        let (v1, _) = try versions()
        let folder = try StanceBinary.temporaryFolder()
        let files = ["seoul.txt", "paris.txt", "ottawa.txt"].map { v1.appendingPathComponent($0).path }
        let a = folder.appendingPathComponent("a.json").path, b = folder.appendingPathComponent("b.json").path
        #expect(try StanceBinary.run(["report"] + files + ["--quiet", "--json", a]).status == 0)
        #expect(try StanceBinary.run(["report"] + files.reversed() + ["--quiet", "--json", b]).status == 0)
        #expect(try StanceBinary.run(["diff", a, b]).status == 0)

        let extra = folder.appendingPathComponent("berlin.txt")
        try "Germany imposed sanctions on Russian banks.\n".write(to: extra, atomically: true, encoding: .utf8)
        let c = folder.appendingPathComponent("c.json").path
        #expect(try StanceBinary.run(["report"] + files + [extra.path, "--quiet", "--json", c]).status == 0)
        let result = try StanceBinary.run(["diff", a, c, "--json", "-"])
        #expect(result.status == 1)
        let diff = try json(result.stdout)
        #expect((diff["documents_added"] as! [[String: Any]]).map { $0["document"] as! String } == ["berlin"])
        let moved = (diff["issues"] as! [[String: Any]]).filter { $0["change"] as! String != "unchanged" }.map { $0["id"] as! String }
        #expect(moved == ["russia-sanctions"])
    }

    @Test func troubleExitsTwoWithOneLine() throws {
        let folder = try StanceBinary.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.json")
        try "{\"schema\": \"something else\"}".write(to: bad, atomically: true, encoding: .utf8)
        for args in [["diff", bad.path, bad.path], ["diff", "no-such-folder", bad.path]] {
            let result = try StanceBinary.run(args)
            #expect(result.status == 2)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }

    @Test func htmlDiffShowsOldAndNewSideBySideWithEditedWordsMarked() throws {
        let (v1, v2) = try versions()
        let html = try StanceBinary.temporaryFolder().appendingPathComponent("d.html").path
        #expect(try StanceBinary.run(["diff", v1.path, v2.path, "--quiet", "--html", html]).status == 1)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<th scope=\"col\">Old</th><th scope=\"col\">New</th>"))
        #expect(page.contains("<del>supported </del>") && page.contains("<ins>opposed </ins>"))
        #expect(page.contains("stance shift"))
    }
}
