import Foundation
import Testing

/// Inputs as an analyst's folder holds them: compressed pages, hidden drafts, stray binaries.
@Suite struct InputTests {
    static let statement = "---\ntitle: Statement\ndate: 2024-06-10\nkind: statement\nissuer: JPN\n---\nWe strongly condemn the missile launch.\n"

    func gzip(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-f", path]
        try process.run()
        process.waitUntilExit()
    }

    @Test func gzipPagesAreReadAndNamedWithoutTheirExtensions() throws {
        let folder = try StanceBinary.temporaryFolder()
        let page = "<html><body><article><p>The Japanese government strongly condemned the missile launch on Monday, officials said.</p></article></body></html>"
        try gzip(page, to: folder.appendingPathComponent("tokyo.html").path)
        let result = try StanceBinary.run(["extract", folder.path, "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("\"document\":\"tokyo\""))
        #expect(result.stdout.contains("\"actor\":\"JPN\""))
    }

    @Test func twoFilesWithOneNameKeepTheirExtensionsSoNeitherIsCitedAsTheOther() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Canada condemned the coup.\n".write(to: folder.appendingPathComponent("note.md"), atomically: true, encoding: .utf8)
        try "Chile condemned the coup.\n".write(to: folder.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        try "Peru condemned the coup.\n".write(to: folder.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        let result = try StanceBinary.run(["extract", folder.path, "--quiet"])
        #expect(result.stdout.contains("\"actor\":\"CAN\"") && result.stdout.contains("\"document\":\"note.md\""))
        #expect(result.stdout.contains("\"document\":\"note.txt\"") && result.stdout.contains("\"document\":\"other\""))
    }

    @Test func reportsWrittenIntoTheInputFolderAreNotReadBackAsDocuments() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.statement.write(to: folder.appendingPathComponent("statement.md"), atomically: true, encoding: .utf8)
        let first = try StanceBinary.run(["report", folder.path, "--quiet", "--html", folder.appendingPathComponent("r.html").path,
                                          "--text", folder.appendingPathComponent("r.txt").path,
                                          "--markdown", folder.appendingPathComponent("r.md").path])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try StanceBinary.run(["extract", folder.path])
        #expect(again.stdout.split(separator: "\n").allSatisfy { $0.contains("\"document\":\"statement\"") })
        #expect(again.stderr.components(separatedBy: "a report Stance wrote").count == 4)
    }

    @Test func aSymbolicLinkOutOfTheFolderIsSkippedUnlessAsked() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try "Canada condemned the coup.\n".write(to: folder.appendingPathComponent("private.txt"), atomically: true, encoding: .utf8)
        try "Chile condemned the coup.\n".write(to: docs.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: docs.appendingPathComponent("p.txt"),
                                                   withDestinationURL: folder.appendingPathComponent("private.txt"))
        let plain = try StanceBinary.run(["extract", docs.path])
        #expect(!plain.stdout.contains("Canada") && plain.stdout.contains("Chile"))
        #expect(plain.stderr.contains("symbolic link out of"))
        let followed = try StanceBinary.run(["extract", docs.path, "--quiet", "--follow-links"])
        #expect(followed.stdout.contains("Canada"))
    }

    @Test func aCompressedInputThatInflatesPastTheLimitIsSkippedWithItsReason() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try gzip(String(repeating: "Canada condemned the coup. ", count: 45_000), to: folder.appendingPathComponent("big.txt").path)
        try gzip("Chile condemned the coup.\n", to: folder.appendingPathComponent("small.txt").path)
        let result = try StanceBinary.run(["extract", folder.path, "--max-input-size", "1"])
        #expect(result.stderr.contains("inflates to more than 1 MB"))
        #expect(result.stdout.contains("\"actor\":\"CHL\"") && !result.stdout.contains("\"actor\":\"CAN\""))
    }

    @Test(.enabled(if: StanceBinary.canRunUnprivileged))
    func aSubfolderThatCannotBeListedIsNamedAndSetsTheExitStatus() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("locked").path)
            try? FileManager.default.removeItem(at: folder)
        }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "Canada condemned the coup.\n".write(to: locked.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Chile condemned the coup.\n".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        for path in [folder.path, locked.path, folder.appendingPathComponent("b.txt").path] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let result = try StanceBinary.runUnprivileged(["extract", folder.path, "--quiet"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("locked': cannot list the folder"))
        #expect(result.stdout.contains("\"actor\":\"CHL\""))
    }

    @Test func anEmptyFolderIsOneLineNotAnEmptyReport() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try StanceBinary.run(["report", folder.path, "--quiet"])
        #expect(result.status == 2 && result.stderr.contains("no documents in") && result.stdout.isEmpty)
    }

    @Test func hiddenAndBinaryFilesAreSkippedWithANoteAndALostDocumentSetsTheExitStatus() throws {
        let folder = try StanceBinary.temporaryFolder()
        try Self.statement.write(to: folder.appendingPathComponent("statement.txt"), atomically: true, encoding: .utf8)
        try "draft".write(to: folder.appendingPathComponent(".draft.txt"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: folder.appendingPathComponent("chart.png"))
        let json = folder.appendingPathComponent("out/report.json").path
        let result = try StanceBinary.run(["report", folder.path, "--json", json, "--quiet"])
        #expect(result.status == 3, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("1 input was not read (exit status 3)"))
        #expect(result.stderr.contains(".draft.txt"))
        #expect(result.stderr.contains("chart.png"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as! [String: Any]
        let statuses = (report["sources"] as! [[String: Any]]).map { "\(($0["path"] as! NSString).lastPathComponent): \($0["status"] as! String)" }
        #expect(statuses.contains("statement.txt: read"))
        #expect(statuses.contains { $0.hasPrefix("chart.png: skipped") })
        #expect(statuses.contains { $0.hasPrefix(".draft.txt: skipped") })
    }

    @Test func inputsLeftOutByDesignDoNotChangeTheExitStatus() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.statement.write(to: folder.appendingPathComponent("statement.txt"), atomically: true, encoding: .utf8)
        try "draft".write(to: folder.appendingPathComponent(".draft.txt"), atomically: true, encoding: .utf8)
        let first = try StanceBinary.run(["report", folder.path, "--quiet", "--text", folder.appendingPathComponent("r.txt").path])
        #expect(first.status == 0, "\(first.stderr)")
        for command in ["report", "extract", "text"] {
            let again = try StanceBinary.run([command, folder.path])
            #expect(again.status == 0, "\(command): \(again.stderr)")
            #expect(again.stderr.contains("a report Stance wrote") && again.stderr.contains("hidden file"))
        }
    }

    @Test func everyCommandSaysWithExitStatusThreeThatADocumentWasNotRead() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.statement.write(to: folder.appendingPathComponent("statement.txt"), atomically: true, encoding: .utf8)
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]).write(to: folder.appendingPathComponent("annex.txt"))
        for command in ["report", "extract", "text"] {
            let result = try StanceBinary.run([command, folder.path])
            #expect(result.status == 3, "\(command): \(result.stderr)")
            #expect(result.stdout.contains("condemn"), "\(command): the document that was read is still in the output")
        }
        let unchanged = try StanceBinary.run(["diff", folder.path, folder.path, "--quiet"])
        #expect(unchanged.status == 3 && unchanged.stderr.contains("annex.txt"))
    }

    @Test func textLeavesOutTheHeadlineUnlessAsked() throws {
        let folder = try StanceBinary.temporaryFolder()
        let path = folder.appendingPathComponent("p.html").path
        try "<html><body><h1>Tokyo protests the launch</h1><article><p>The Japanese government lodged a protest through diplomatic channels in Beijing, officials said.</p></article></body></html>"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let plain = try StanceBinary.run(["text", path])
        let titled = try StanceBinary.run(["text", "--title", path])
        #expect(!plain.stdout.contains("Tokyo protests the launch"))
        #expect(plain.stdout.contains("lodged a protest"))
        #expect(titled.stdout.hasPrefix("Tokyo protests the launch"))
    }
}
