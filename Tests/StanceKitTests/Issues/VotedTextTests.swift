import Testing
@testable import StanceKit

/// A text put to a vote is a question apart from the matter it is about.
@Suite struct VotedTextTests {
    func position(_ issue: String, document: String = "veto", actor: String = "RUS", start: Int = 0) -> Position {
        Position(document: document, actor: actor, actorName: actor, speaker: actor, cue: "vetoed", kind: .action,
                 issue: issue, issueLabel: "Mali sanctions", stance: .oppose, confidence: 0.8, evidence: "…",
                 paragraph: 0, start: start, end: start + 1, date: nil, source: "\(document).txt")
    }

    @Test func aVoteDocumentsMainIssueBecomesItsResolutionsAndVotes() {
        let positions = [position("mali-sanctions"), position("mali-sanctions", actor: "FRA", start: 5),
                         position("un-peacekeeping-mandates", start: 9)]
        let moved = VotedText.separating(positions, titles: ["veto": "Russia vetoes draft on Mali sanctions"])
        #expect(moved.map(\.issue) == ["mali-sanctions/vote", "mali-sanctions/vote", "un-peacekeeping-mandates"])
        #expect(moved[0].issueLabel == "Mali sanctions: resolutions and votes")
        #expect(IssueEvidence.sharedIssue(of: moved[0].issue) == "mali-sanctions")
    }

    @Test func aDocumentAboutTheMatterItselfKeepsItsIssue() {
        let positions = [position("mali-sanctions", document: "talks"), position("mali-sanctions", document: "talks", start: 5)]
        let kept = VotedText.separating(positions, titles: ["talks": "Mali's neighbours discuss the sanctions in Dakar"])
        #expect(kept.map(\.issue) == ["mali-sanctions", "mali-sanctions"])
    }

    @Test func anIssueOfOneDocumentKeepsItsTaxonomyIdBehindTheVote() {
        let moved = VotedText.separating([position("mali-sanctions@veto")], titles: ["veto": "Council vote on Mali"])
        #expect(moved[0].issue == "mali-sanctions@veto/vote")
        #expect(IssueEvidence.sharedIssue(of: moved[0].issue) == "mali-sanctions")
    }

    @Test func anIssueAboutTheTextsAlreadyStaysWhole() {
        var onTheTexts = position("dprk-un-rights-resolutions")
        onTheTexts.issueLabel = "UN resolutions on human rights in North Korea"
        let kept = VotedText.separating([onTheTexts], titles: ["veto": "Third Committee adopts draft on the DPRK"])
        #expect(kept[0].issue == "dprk-un-rights-resolutions")
    }

    @Test func theBodyThatAdoptsTheTextIsForItWithThoseWhoVotedForIt() {
        let text = """
            The General Assembly today suspended the membership rights of the Russian Federation in the Human Rights Council, \
            adopting a resolution by a recorded vote of 93 in favour to 24 against.

            Voting in favour: Albania, Japan.
            """
        let document = Document(id: "vote", source: "vote.txt", format: .text,
                                metadata: DocumentMetadata(title: "Assembly Suspends Russian Federation from Human Rights Council "
                                                           + "by Recorded Vote", date: "2022-04-07", kind: "news", issuer: nil),
                                blocks: PlainTextReader.paragraphs(text[...]))
        let found = Extraction(lexicon: builtInLexicon).positions(in: document)
        let un = found.first { $0.actor == "UN" }
        let japan = found.first { $0.actor == "JPN" }
        #expect(un?.issue == japan?.issue)
        #expect(un?.stance == .support && japan?.stance == .support)
        // A government's act in such a sentence keeps its own direction.
        var vetoed = position("mali-sanctions")
        vetoed.evidence = "Russia vetoed the draft before the Council could adopt it."
        #expect(VotedText.separating([vetoed], titles: ["veto": "Russia vetoes draft"], bodies: ["UN"])[0].stance == .oppose)
    }

    @Test func unclassifiedPositionsStayUnclassified() {
        let moved = VotedText.separating([position("unclassified@veto")], titles: ["veto": "Assembly adopts resolution"])
        #expect(moved[0].issue == "unclassified@veto")
    }
}
