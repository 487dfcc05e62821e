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

    @Test func givesTheCluesOfEachConfidenceOnlyWhenAsked() throws {
        let text = "The United States condemned North Korea's missile launch on Monday.\n"
        let plain = try StanceBinary.run(["extract", "-", "--quiet"], stdin: text)
        #expect(!plain.stdout.contains("\"features\""))
        let explained = try StanceBinary.run(["extract", "-", "--quiet", "--features"], stdin: text)
        let object = try JSONSerialization.jsonObject(with: Data(explained.stdout.split(separator: "\n")[0].utf8)) as! [String: Any]
        let features = object["features"] as? [String] ?? []
        #expect(features.contains("bias") && features.contains("kind=statement") && features.contains { $0.hasPrefix("rule=") })
    }
}

@Suite struct TextCommandTests {
    @Test func writesTheMainTextOfEachInputIntoAFolder() throws {
        let folder = try StanceBinary.temporaryFolder()
        let result = try StanceBinary.run(["text", "samples/documents", "-o", folder.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let brief = try String(contentsOf: folder.appendingPathComponent("brief-nk-human-rights-alliance.txt"), encoding: .utf8)
        #expect(!brief.contains("Subscribe"))
        #expect(!brief.contains("Share on"))
        #expect(brief.contains("Ministry of Unification"))
    }

    @Test func offersOnlyTheOptionsItUses() throws {
        let result = try StanceBinary.run(["text", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--output"))
        #expect(!result.stdout.contains("--actors"))
        #expect(!result.stdout.contains("--jobs"))
    }
}

@Suite struct ActorsCommandTests {
    @Test func explainsWhatAPhraseResolvesTo() throws {
        let result = try StanceBinary.run(["actors", "the South Korean military and North Koreans", "--date", "2021-04-07"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("“South Korean military” → KOR South Korea"))
        #expect(result.stdout.contains("rule: country or demonym + office 'military'"))
        #expect(!result.stdout.contains("North Koreans” → PRK"))
    }

    @Test func listsActorsAndShowsOneEntry() throws {
        let all = try StanceBinary.run(["actors"])
        #expect(all.stdout.split(separator: "\n").count >= 200)
        let one = try StanceBinary.run(["actors", "PRK", "--date", "2019-11-17"])
        #expect(one.stdout.hasPrefix("PRK: North Korea"))
        #expect(one.stdout.contains("Kim Jong Un"))
    }

    @Test func aMistakeInAUserLexiconIsOneLineWithItsPlace() throws {
        let folder = try StanceBinary.temporaryFolder()
        let path = folder.appendingPathComponent("bad.yaml").path
        try "actors:\n  - code: KOR\n    nam: Korea\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try StanceBinary.run(["extract", "samples/documents", "--actors", path, "--quiet"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.yaml:3:5: unknown field 'nam'"))
    }
}

@Suite struct JobsTests {
    @Test func theOutputIsTheSameForAnyNumberOfJobs() throws {
        let one = try StanceBinary.run(["extract", "samples/documents", "--jobs", "1", "--quiet"])
        let three = try StanceBinary.run(["extract", "samples/documents", "--jobs", "3", "--quiet"])
        #expect(one.status == 0 && three.status == 0)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == three.stdout)
    }
}
