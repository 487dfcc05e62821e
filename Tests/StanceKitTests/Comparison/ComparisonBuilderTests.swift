import Foundation
import Testing
@testable import StanceKit

@Suite struct ComparisonBuilderTests {
    func position(_ actor: String, _ issue: String, _ stance: StanceValue, kind: PositionKind = .statement,
                  date: String = "2021-01-01", start: Int = 0) -> Position {
        var p = Position(document: "d", actor: actor, actorName: actor, speaker: actor, cue: "said", kind: kind, issue: issue,
                         issueLabel: issue, stance: stance, confidence: 0.8, evidence: "\(actor) \(stance) \(issue) \(date)",
                         paragraph: 0, start: start, end: start + 10, date: date, source: "d.txt")
        p.id = StableID.make(actor, issue, stance.rawValue, date)
        return p
    }

    @Test func cellsAggregateStancesAndListLatestFirst() {
        let list = [position("KOR", "leaflet-launches", .support, date: "2020-01-01"),
                    position("KOR", "leaflet-launches", .oppose, date: "2021-01-01", start: 20),
                    position("USA", "leaflet-launches", .oppose)]
        let c = ComparisonBuilder.build(title: "t", sources: [], positions: list, issues: builtInLexicon.issues)
        #expect(c.issues.count == 1)
        let kor = c.issues[0].cells.first { $0.actor == "KOR" }!
        #expect(kor.stance == .mixed)
        #expect(kor.positions.first == list[1].id)
        #expect(c.issues[0].cells.first { $0.actor == "USA" }?.stance == .oppose)
        #expect(c.issues[0].discovered == false)
    }

    @Test func recommendationsStayOutOfCells() {
        let list = [position("USA", "leaflet-launches", .support, kind: .recommendation), position("KOR", "leaflet-launches", .support)]
        let c = ComparisonBuilder.build(title: "t", sources: [], positions: list, issues: [])
        #expect(c.recommendations.map(\.actor) == ["USA"])
        #expect(c.issues[0].cells.map(\.actor) == ["KOR"])
        #expect(c.actors.map(\.code) == ["KOR"])
    }

    @Test func neutralOnlyCellsAreNeutral() {
        #expect(ComparisonBuilder.aggregate([.neutral, .neutral]) == .neutral)
        #expect(ComparisonBuilder.aggregate([.neutral, .support]) == .support)
    }
}

@Suite struct AgreementAndTensionTests {
    func position(_ actor: String, _ issue: String, _ stance: StanceValue, date: String = "2021-01-01", confidence: Double = 0.8) -> Position {
        var p = Position(document: "d", actor: actor, actorName: actor, speaker: actor, cue: "said", kind: .statement, issue: issue,
                         issueLabel: issue, stance: stance, confidence: confidence, evidence: "\(actor) \(stance) \(issue) \(date)",
                         paragraph: 0, start: 0, end: 10, date: date, source: "d.txt")
        p.id = StableID.make(actor, issue, stance.rawValue, date)
        return p
    }

    @Test func pairsAgreeDisagreeOrSpeakAlone() {
        let list = [position("KOR", "a", .support), position("USA", "a", .support),
                    position("KOR", "b", .support), position("USA", "b", .oppose),
                    position("KOR", "c", .oppose)]
        let c = ComparisonBuilder.build(title: "t", sources: [], positions: list, issues: [])
        let pair = c.agreement.first { Set([$0.first, $0.second]) == ["KOR", "USA"] }
        #expect(pair?.agree == ["a"])
        #expect(pair?.disagree == ["b"])
        #expect((pair?.first == "KOR" ? pair?.onlyFirst : pair?.onlySecond) == ["c"])
    }

    @Test func anActorPointingBothWaysIsATensionWithEvidenceForEachSide() {
        let list = [position("KOR", "leaflets", .support, date: "2018-05-04"), position("KOR", "leaflets", .oppose, date: "2021-04-01")]
        let c = ComparisonBuilder.build(title: "t", sources: [], positions: list, issues: [])
        #expect(c.tensions.count == 1)
        #expect(c.tensions.first?.support == list[0].id)
        #expect(c.tensions.first?.oppose == list[1].id)
        #expect(c.issues[0].cells[0].trend == "support (2018-05-04) → oppose (2021-04-01)")
    }

    @Test func filtersKeepOnlyTheAskedActorsIssuesAndConfidence() {
        let list = [position("KOR", "a", .support), position("USA", "a", .oppose, confidence: 0.3), position("PRK", "b", .oppose)]
        let c = ComparisonBuilder.build(title: "t", sources: [], positions: list, issues: [],
                                       filter: ReportFilter(actors: ["KOR", "USA"], issues: ["a"], minimumConfidence: 0.5))
        #expect(c.positions.map(\.actor) == ["KOR"])
    }
}

@Suite struct UserIssueFileTests {
    @Test func addsAndReplacesIssues() throws {
        let yaml = """
            issues:
              - id: arctic-shipping
                area: territorial-disputes
                label: Shipping routes through the Arctic
                support: favors opening the routes
                triggers: [Northern Sea Route, Arctic shipping]
              - id: leaflet-launches
                label: Leaflets (custom)
                triggers: [leaflet]
            """
        let lexicon = builtInLexicon.adding(try UserIssueFile.parse(yaml, file: "mine.yaml"))
        #expect(lexicon.issues.contains { $0.id == "arctic-shipping" })
        #expect(lexicon.issues.filter { $0.id == "leaflet-launches" }.map(\.label) == ["Leaflets (custom)"])
        let assigner = IssueAssigner(lexicon.issues)
        let tokens = Tokenizer.tokens("Russia promoted the Northern Sea Route."[...], offset: 0)
        #expect(assigner.choose(tokens, cue: 1..<2).map { lexicon.issues[$0.issue].id } == "arctic-shipping")
    }

    @Test func mistakesNameFileLineAndColumn() {
        func error(_ yaml: String) -> String { thrownDescription { _ = try UserIssueFile.parse(yaml, file: "issues.yaml") } }
        #expect(error("issues:\n  - id: Bad_Id\n    label: X\n    triggers: [x]\n").hasPrefix("issues.yaml:2:9: issue id 'Bad_Id'"))
        #expect(error("issues:\n  - id: ok\n    label: X\n").hasPrefix("issues.yaml:2:5: issue 'ok' needs at least one trigger"))
        #expect(error("issues:\n  - id: ok\n    label: X\n    triggers: [x]\n    weight: -1\n").hasPrefix("issues.yaml:5:13: weight"))
        #expect(error("issues:\n  - id: ok\n    label: X\n    triggers: [x]\n    weight: .inf\n").hasPrefix("issues.yaml:5:13: weight"))
        // A few hundred bytes of nested aliases would expand to billions of nodes.
        #expect(error("a: &a [x, x, x]\nb: &b [*a, *a, *a]\nissues: []\n").hasPrefix("issues.yaml:2:8: YAML aliases"))
        #expect(error("issues:\n  - id: ok\n    label: \"Stars * and *bold* in quotes\"\n    triggers: [x]\n") == "")
    }
}

@Suite struct TriggerKeysTests {
    @Test func countryNamesInTriggersMatchAnyOfTheirForms() {
        let assigner = IssueAssigner(builtInLexicon.issues, actors: builtInLexicon.actors)
        func issue(_ s: String) -> String? {
            assigner.choose(Tokenizer.tokens(s[...], offset: 0), cue: 0..<1).map { assigner.issues[$0.issue].id }
        }
        let a = issue("They adopted a resolution on the situation of human rights in the DPRK.")
        #expect(a != nil)
        #expect(issue("They adopted a resolution on the situation of human rights in the Democratic People's Republic of Korea.") == a)
        #expect(issue("They adopted a resolution on the situation of human rights in North Korea.") == a)
    }
}

@Suite struct DiscoveredIssueTests {
    @Test func positionsNoIssueClaimsGroupByTheHeadOfTheirNounPhrase() {
        func key(_ s: String) -> (String, String) {
            let tokens = Tokenizer.tokens(s[...], offset: 0)
            return DiscoveredIssue.key(tokens, after: 1..<2)
        }
        #expect(key("Hungary criticized the new border fences.").0 == key("Austria welcomed the fence.").0)
        #expect(key("Hungary criticized the new border fences.").1 == "New border fences")
    }
}

@Suite struct SourceStatusTests {
    @Test func aSourcesStatusIsTypedButWrittenAsBefore() throws {
        let sources = [Source(number: 1, document: "a", path: "a.txt"),
                       Source(number: 2, document: "b", path: "b.bin", status: .skipped("binary file, not text or HTML"))]
        let json = String(decoding: try JSONEncoder().encode(sources), as: UTF8.self)
        #expect(json.contains("\"status\":\"read\"") && json.contains("\"status\":\"skipped: binary file, not text or HTML\""))
        let back = try JSONDecoder().decode([Source].self, from: Data(json.utf8))
        #expect(back == sources)
        #expect(back.map(\.status.isRead) == [true, false])
    }
}
