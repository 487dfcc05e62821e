import Foundation
import Testing

/// Outputs touch only the regular files the user named, and a failed write is one line and exit status 2. Nothing here
/// points an output at a device: an unwritable standard output is a file opened for reading.
@Suite struct OutputTests {
    let sample = "samples/documents/analyst-note-leaflets.md"

    @Test func aDirectoryASymbolicLinkOrAPipeAtAnOutputPathIsRefusedAndLeftAsItWas() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = folder.appendingPathComponent("out.json")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let refused = try StanceBinary.run(["report", sample, "--quiet", "--json", directory.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is a directory") && refused.stderr.split(separator: "\n").count == 1)

        let target = folder.appendingPathComponent("keep.txt")
        try "keep me\n".write(to: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let linked = try StanceBinary.run(["extract", sample, "--quiet", "-o", link.path])
        #expect(linked.status == 2 && linked.stderr.contains("symbolic link"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == target.path)

        let pipe = folder.appendingPathComponent("pipe.txt")
        #expect(mkfifo(pipe.path, 0o600) == 0)
        let piped = try StanceBinary.run(["report", sample, "--quiet", "--text", pipe.path])
        #expect(piped.status == 2 && piped.stderr.contains("is a pipe"))
        var info = stat()
        #expect(lstat(pipe.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func twoOutputsToOnePlaceAreRefusedBeforeAnythingRuns() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.out").path
        let result = try StanceBinary.run(["report", sample, "--quiet", "--html", path, "--text", path])
        #expect(result.status == 2 && result.stderr.contains("two outputs go to"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let both = try StanceBinary.run(["report", sample, "--quiet", "--text", "-", "--json", "-"])
        #expect(both.status == 2 && both.stderr.contains("standard output"))
    }

    @Test func aStandardOutputThatCannotBeWrittenIsOneLineAndExitStatus2() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["report", sample, "--quiet"], ["report", sample, "--quiet", "--text", "-"], ["extract", sample, "--quiet"],
                          ["actors", "KOR"], ["text", sample], ["diff", sample, sample, "--quiet"]] {
            let result = try StanceBinary.runWithUnwritableOutput(arguments, in: folder)
            #expect(result.status == 2, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("cannot write to standard output"), "\(arguments[0]): \(result.stderr)")
        }
    }

    @Test func anUnknownActorCodeIssueIdOrDayIsOneLineNotAnEmptyReport() throws {
        let actor = try StanceBinary.run(["report", sample, "--quiet", "--only", "KOR,XYZ"])
        #expect(actor.status == 2 && actor.stderr.contains("'XYZ'") && actor.stdout.isEmpty)
        let issue = try StanceBinary.run(["report", sample, "--quiet", "--issue", "leaflet-launchez"])
        #expect(issue.status == 2 && issue.stderr.contains("'leaflet-launchez'"))
        let local = try StanceBinary.run(["report", sample, "--quiet", "--issue", "leaflet-launches@analyst-note-leaflets"])
        #expect(local.status == 0)
        let voted = try StanceBinary.run(["report", sample, "--quiet", "--issue", "leaflet-launches/vote"])
        #expect(voted.status == 0, "\(voted.stderr)")
        let day = try StanceBinary.run(["actors", "KOR", "--date", "2021-02-30"])
        #expect(day.status != 0 && day.stderr.contains("YYYY-MM-DD"))
    }

    @Test func controlCharactersFromADocumentNeverReachTheTerminal() throws {
        let folder = try StanceBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("escape.md")
        try "---\ntitle: \"Bad \u{1B}[31mtitle\u{07}\"\n---\nCanada \u{1B}[2Jcondemned the coup.\u{07}\n"
            .write(to: page, atomically: true, encoding: .utf8)
        let named = folder.appendingPathComponent("bad\u{1B}[31mname.txt")
        try "Chile condemned the coup.\n".write(to: named, atomically: true, encoding: .utf8)
        for arguments in [["text", page.path], ["report", page.path, "--quiet"], ["extract", page.path, "--quiet"],
                          ["report", named.path, "--quiet"]] {
            let result = try StanceBinary.run(arguments)
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(arguments[0])")
        }
    }
}
