import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test func writesOnePositionPerLineWithTheDesignFields() throws {
        let result = try StanceBinary.run(["extract", "samples/documents/analyst-note-leaflets.md", "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        let fields = ["document", "actor", "actor_name", "speaker", "cue", "kind", "issue", "issue_label", "stance",
                      "confidence", "evidence", "paragraph", "start", "end", "source"]
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            for field in fields { #expect(object[field] != nil, "missing \(field)") }
            #expect(object["document"] as? String == "analyst-note-leaflets")
        }
    }

    @Test func readsStandardInput() throws {
        let result = try StanceBinary.run(["extract", "-", "--quiet"],
                                          stdin: "The United States condemned North Korea's missile launch on Monday.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"actor\":\"USA\""))
        #expect(result.stdout.contains("\"document\":\"stdin\""))
    }
}

@Suite struct TextCommandTests {
    @Test func writesTheMainTextOfEachInputIntoAFolder() throws {
        let folder = try StanceBinary.temporaryFolder()
        let result = try StanceBinary.run(["text", "samples/documents", "-o", folder.path, "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let brief = try String(contentsOf: folder.appendingPathComponent("brief-nk-human-rights-alliance.txt"), encoding: .utf8)
        #expect(!brief.contains("Subscribe"))
        #expect(!brief.contains("Share on"))
        #expect(brief.contains("Ministry of Unification"))
    }
}
