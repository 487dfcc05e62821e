import Testing
@testable import StanceKit

/// Documents line up on a shared issue only where they speak of the same matter. Sentences written for the test.
@Suite struct IssueAlignmentTests {
    let alignment = IssueAlignment(builtInLexicon.alignment)

    func position(_ document: String, _ actor: String, _ evidence: String, issue: String = "sudan-war") -> Position {
        Position(document: document, actor: actor, actorName: actor, speaker: actor, cue: "welcomed", kind: .statement,
                 issue: issue, issueLabel: "War in Sudan", stance: .support, confidence: 0.8, evidence: evidence,
                 paragraph: 0, start: 0, end: 1, date: nil, source: document)
    }

    /// Two documents on the Jeddah talks, one on a vetoed draft, and enough others on other matters for rarity to mean something.
    var corpus: [Position] {
        [position("talks-a", "USA", "Washington welcomed the Jeddah talks and the humanitarian truce in Khartoum."),
         position("talks-b", "SAU", "Riyadh hosted the Jeddah talks and announced a humanitarian truce for Khartoum."),
         position("talks-b", "USA", "The United States backed the Jeddah talks."),
         position("veto-c", "RUS", "Moscow vetoed the British draft on the protection of civilians in El Fasher.")]
            + (0..<20).map { position("other-\($0)", "FRA", "Paris spoke on fisheries quota number \($0).", issue: "topic-\($0)") }
    }

    @Test func documentsOnTheSameMatterShareTheIssueAndAnotherMatterSplitsOff() {
        let aligned = alignment.aligning(corpus, titles: ["veto-c": "Russia vetoes the draft on Sudan"])
        let issues = Dictionary(aligned.filter { $0.issue.hasPrefix("sudan-war") }.map { ($0.document, $0.issue) }, uniquingKeysWith: { a, _ in a })
        #expect(issues == ["talks-a": "sudan-war", "talks-b": "sudan-war", "veto-c": "sudan-war@veto-c"])
        #expect(aligned.first { $0.document == "veto-c" }?.issueLabel == "War in Sudan (Russia vetoes the draft on Sudan)")
    }

    @Test func theOrderOfDocumentsChangesNothing() {
        let forward = alignment.aligning(corpus).map { "\($0.document) \($0.issue)" }.sorted()
        let backward = alignment.aligning(corpus.reversed()).map { "\($0.document) \($0.issue)" }.sorted()
        #expect(forward == backward)
    }

    @Test func aHandfulOfDocumentsKeepsEveryIssueWhole() {
        let few = Array(corpus.prefix(4))
        #expect(alignment.aligning(few).map(\.issue) == few.map(\.issue))
    }
}
