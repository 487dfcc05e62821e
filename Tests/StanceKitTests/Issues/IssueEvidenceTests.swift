import Testing
@testable import StanceKit

/// A document joins a shared issue only when it says enough about it.
@Suite struct IssueEvidenceTests {
    let document = Document(id: "note", source: "note.txt", format: .text,
                            metadata: DocumentMetadata(title: "Ministers meet on the harbour project and the wider regional agenda"),
                            blocks: [])

    func position(_ issue: String, score: Double?, actor: String = "FRA", start: Int = 0) -> Position {
        var p = Position(document: "note", actor: actor, actorName: actor, speaker: actor, cue: "supports", kind: .statement,
                         issue: issue, issueLabel: "Sanctions", stance: .support, confidence: 0.8, evidence: "…",
                         paragraph: 0, start: start, end: start + 1, date: nil, source: "note.txt")
        p.issueScore = score
        return p
    }

    @Test func aPassingKeywordKeepsTheDocumentsPositionsToItself() {
        let aligned = IssueEvidence.aligning([position("sanctions-general", score: 1.2), position("sanctions-general", score: nil, start: 5)],
                                             in: document)
        #expect(aligned.map(\.issue) == ["sanctions-general@note", "sanctions-general@note"])
        #expect(aligned[0].issueLabel == "Sanctions (Ministers meet on the harbour project and the…)")
        #expect(IssueEvidence.sharedIssue(of: aligned[0].issue) == "sanctions-general")
    }

    @Test func onePlainSentenceOrEnoughVocabularyJoinsTheSharedIssue() {
        let plain = IssueEvidence.aligning([position("sanctions-general", score: 2.4), position("sanctions-general", score: nil)],
                                           in: document)
        #expect(plain.allSatisfy { $0.issue == "sanctions-general" })
        let many = IssueEvidence.aligning((0..<3).map { position("sanctions-general", score: 1.5, start: $0) }, in: document)
        #expect(many.allSatisfy { $0.issue == "sanctions-general" })
    }

    @Test func theIssueTheHeadlineNamesIsShared() {
        let aligned = IssueEvidence.aligning([position("sanctions-general", score: 1.2), position("sanctions-general", score: nil, start: 5)],
                                             in: document, headlineIssue: "sanctions-general")
        #expect(aligned.allSatisfy { $0.issue == "sanctions-general" })
        let extracted = Extraction(lexicon: builtInLexicon).positions(in: Document(
            id: "g", source: "g.txt", format: .text,
            metadata: DocumentMetadata(title: "Statement on Security Council reform", kind: "statement", issuer: "IND"),
            blocks: PlainTextReader.paragraphs("We have been meeting for years with nothing to show for it.\n\nWe need to change our approach."[...])))
        #expect(!extracted.isEmpty && extracted.allSatisfy { !$0.issue.contains("@") })
    }

    @Test func issuesTheTaxonomyLacksGatherAsTheDocumentsUnclassified() {
        let aligned = IssueEvidence.aligning([position("topic-harbour", score: nil), position("topic-agenda", score: nil, start: 5)],
                                             in: document)
        #expect(aligned.map(\.issue) == ["unclassified@note", "unclassified@note"])
        #expect(aligned[0].issueLabel.hasPrefix("Unclassified ("))
    }

    @Test func twoReadingsOfOneSentenceInTheUnclassifiedIssueAreOnePosition() {
        var neutral = position("topic-proposal", score: nil)
        neutral.stance = .neutral
        let aligned = IssueEvidence.aligning([neutral, position("topic-draft", score: nil)], in: document)
        #expect(aligned.map(\.stance) == [.support])
    }

    @Test func filteringByAnIssueKeepsItsDocumentIssues() {
        let local = IssueEvidence.aligning([position("sanctions-general", score: 0.5)], in: document)
        #expect(ReportFilter(issues: ["sanctions-general"]).keeps(local[0]))
        #expect(!ReportFilter(issues: ["cuba-embargo"]).keeps(local[0]))
    }
}
