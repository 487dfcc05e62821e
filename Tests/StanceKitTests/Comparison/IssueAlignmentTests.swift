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

    @Test func aDocumentThatNamesTheIssueInPassingJoinsTheDocumentsItIsMuchLike() {
        // "talks-b" said too little of the war to share it alone; it is about the same talks as "talks-a".
        var passing = corpus
        for k in passing.indices where passing[k].document == "talks-b" {
            passing[k].issue = "sudan-war@talks-b"
            passing[k].issueLabel = "War in Sudan (Jeddah talks)"
        }
        let aligned = alignment.aligning(passing, titles: ["talks-b": "Jeddah talks"])
        #expect(aligned.filter { $0.document == "talks-b" }.allSatisfy { $0.issue == "sudan-war" && $0.issueLabel == "War in Sudan" })
        // Two documents that both name the issue in passing line up as any two documents do, though less alike than a
        // document named in passing must be to join documents that share it.
        let both = [position("talks-a", "USA", "Washington welcomed the Jeddah talks and the humanitarian truce in Khartoum.",
                             issue: "sudan-war@talks-a"),
                    position("talks-d", "EGY", "Cairo said the Jeddah meeting must resume in Omdurman, Kassala and Kordofan with "
                             + "Ethiopia, Kenya and Uganda.", issue: "sudan-war@talks-d"),
                    position("talks-e", "SAU", "Riyadh hosted the Jeddah talks on Sudan and called for calm in Darfur, Kordofan, "
                             + "Omdurman and Kassala.", issue: "sudan-war@talks-e")]
            + (0..<20).map { position("other-\($0)", "FRA", "Paris spoke on fisheries quota number \($0).", issue: "topic-\($0)") }
        #expect(Set(alignment.aligning(both).filter { $0.document.hasPrefix("talks") }.map(\.issue)) == ["sudan-war"])
        // The vetoed draft is another matter: named in passing, it stays an issue of its own.
        var veto = corpus
        for k in veto.indices where veto[k].document == "veto-c" { veto[k].issue = "sudan-war@veto-c" }
        #expect(alignment.aligning(veto).filter { $0.document == "veto-c" }.allSatisfy { $0.issue == "sudan-war@veto-c" })
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

    @Test func documentsOnAMatterTheTaxonomyLacksShareOneUnclassifiedIssue() {
        let unclassified = [
            position("chagos-a", "GBR", "London signed the treaty returning the Chagos Archipelago to Mauritius.", issue: "unclassified@chagos-a"),
            position("chagos-b", "MUS", "Port Louis hailed the Chagos Archipelago treaty with London.", issue: "unclassified@chagos-b"),
            position("canal-c", "PAN", "Panama said the canal and its ports remain Panamanian.", issue: "unclassified@canal-c")]
        let aligned = alignment.aligning(unclassified + corpus, titles: ["chagos-a": "UK signs the Chagos treaty"])
        let issues = Dictionary(aligned.prefix(3).map { ($0.document, $0.issue) }, uniquingKeysWith: { a, _ in a })
        #expect(issues == ["chagos-a": "unclassified@chagos-a", "chagos-b": "unclassified@chagos-a", "canal-c": "unclassified@canal-c"])
        #expect(aligned[1].issueLabel == "Unclassified (UK signs the Chagos treaty, and 1 more document)")
    }

    @Test func aDocumentThatNamedATaxonomyIssueInPassingJoinsTheUnclassifiedDocumentsOnItsMatter() {
        // "chagos-b" said a little of human rights, which nobody else shares; it is about the treaty "chagos-a" is about.
        let matter = [
            position("chagos-a", "GBR", "London signed the Chagos Archipelago treaty on Diego Garcia with Port Louis.",
                     issue: "unclassified@chagos-a"),
            position("chagos-b", "MUS", "Port Louis hailed the Chagos Archipelago treaty on Diego Garcia with London.",
                     issue: "human-rights-general@chagos-b"),
            position("canal-c", "PAN", "Panama said the canal and its ports remain Panamanian.", issue: "human-rights-general@canal-c")]
        let aligned = alignment.aligning(matter + corpus)
        #expect(aligned.prefix(3).map(\.issue) == ["unclassified@chagos-a", "unclassified@chagos-a", "human-rights-general@canal-c"])
    }

    /// A vote list gives every state named in it a position on one sentence; that sentence is one sentence of the
    /// document's text, not twelve, so two votes on different matters do not line up by the states that voted.
    @Test func aVoteListCountsOnceInWhatADocumentIsAbout() {
        let states = ["Albania", "Brazil", "Ecuador", "France", "Gabon", "Ghana", "Japan", "Malta"]
        let list = "Voting in favour were " + states.joined(separator: ", ") + "."
        func vote(_ id: String, _ matter: [String]) -> [Position] {
            states.map { position(id, String($0.prefix(3)).uppercased(), list) } + matter.map { position(id, "USA", $0) }
        }
        let haiti = ["The resolution extends the mandate of the Haiti support office in Port-au-Prince and its police advisers.",
                     "Ambassadors said the Haiti support office must help the police restore order in Port-au-Prince."]
        let mali = ["The resolution renews the Mali sanctions regime, its travel bans and asset freezes on spoilers of the Bamako accord.",
                    "Several delegations said the Mali sanctions must stay until the spoilers of the Bamako accord relent."]
        let news = [position("haiti-news", "USA", "Washington backed the Haiti support office and its police advisers in Port-au-Prince."),
                    position("mali-news", "FRA", "Paris backed the Mali sanctions regime and the asset freezes on spoilers of the Bamako accord.")]
        let aligned = alignment.aligning(vote("haiti-vote", haiti) + vote("mali-vote", mali) + news + corpus)
        let issue = Dictionary(aligned.filter { $0.issue.hasPrefix("sudan-war") }.map { ($0.document, $0.issue) }) { a, _ in a }
        #expect(issue["haiti-vote"] == issue["haiti-news"])
        #expect(issue["mali-vote"] == issue["mali-news"])
        #expect(issue["haiti-vote"] != issue["mali-vote"])
    }

    /// Two documents each like a third but unlike each other: the third joins the closer one, and the group so formed
    /// does not take in the other (a chain of likenesses is no shared matter).
    @Test func aChainOfLikenessesIsNoSharedMatter() {
        let similarity: [[Double]] = [[1, 0.5, 0.0], [0.5, 1, 0.3], [0.0, 0.3, 1]]
        let groups = IssueAlignment.averageLinkage(3, needed: 0.2) { similarity[$0][$1] }
        #expect(groups == [[0, 1], [2]])
        #expect(IssueAlignment.averageLinkage(3, needed: 0.1) { similarity[$0][$1] } == [[0, 1, 2]])
    }

    @Test func aDocumentsLikenessToAnotherIsTheSameBothWays() {
        let profiles = WordProfiles(["a": ["jeddah": 2, "truce": 1, "khartoum": 1], "b": ["jeddah": 1, "khartoum": 3, "fasher": 1],
                                     "c": ["fasher": 2, "truce": 1, "drones": 1]])
        for (x, y) in [("a", "b"), ("a", "c"), ("b", "c")] {
            #expect(profiles.similarity(x, y) == profiles.similarity(y, x))
            #expect(profiles.similarity(x, y) > 0)
        }
        // A word of one document only ("drones") counts for nothing.
        #expect(profiles.similarity("a", "a") > 0.99)
    }

    @Test func separateLinkedGroupsAreAveragedApart() {
        // Items 0–2 like each other, 3–4 like each other, nothing across.
        let similarity = { (a: Int, b: Int) -> Double in (a < 3) == (b < 3) ? 0.6 : 0.0 }
        #expect(IssueAlignment.averageLinkage(5, needed: 0.17, similarity: similarity) == [[0, 1, 2], [3, 4]])
    }
}
