import Testing
@testable import StanceKit

/// How cells are classified between two reports, on comparisons built in the tests.
@Suite struct ComparisonDifferTests {
    func position(_ id: String, _ actor: String, _ stance: StanceValue, _ sentence: String) -> Position {
        var p = Position(document: "d", actor: actor, actorName: actor, speaker: actor, cue: "said", kind: .statement, issue: "x",
                         issueLabel: "X", stance: stance, confidence: 0.8, evidence: sentence, paragraph: 0, start: 0, end: 1,
                         date: nil, source: "d.txt")
        p.id = id
        return p
    }

    func report(_ cells: [(String, StanceValue, [Position])]) -> Comparison {
        let row = IssueRow(id: "x", label: "X", description: "", support: "", discovered: false,
                           cells: cells.map { Cell(actor: $0.0, actorName: $0.0, stance: $0.1, positions: $0.2.map(\.id)) })
        return Comparison(title: "t", sources: [Source(number: 1, document: "d", path: "d.txt")],
                          actors: cells.map { ActorSummary(code: $0.0, name: $0.0, positionCount: $0.2.count) },
                          issues: [row], positions: cells.flatMap(\.2), recommendations: [])
    }

    @Test func mixedToDirectionalStrengthensAndBackWeakens() {
        let a = position("a", "KOR", .support, "Seoul backs it."), b = position("b", "KOR", .oppose, "Seoul doubts it.")
        let mixed = report([("KOR", .mixed, [a, b])]), firm = report([("KOR", .support, [a])])
        #expect(ComparisonDiffer.diff(mixed, firm).issues[0].cells[0].change == .strengthened)
        #expect(ComparisonDiffer.diff(firm, mixed).issues[0].cells[0].change == .weakened)
    }

    @Test func sameStanceOtherEvidenceIsEvidenceReplaced() {
        let a = position("a", "USA", .oppose, "Washington objected."), b = position("b", "USA", .oppose, "Washington protested.")
        let cell = ComparisonDiffer.diff(report([("USA", .oppose, [a])]), report([("USA", .oppose, [b])])).issues[0].cells[0]
        #expect(cell.change == .evidenceReplaced)
        #expect(cell.removed.map(\.id) == ["a"] && cell.added.map(\.id) == ["b"])
    }

    @Test func anUnchangedReportIsEmpty() {
        let r = report([("USA", .oppose, [position("a", "USA", .oppose, "No.")])])
        #expect(ComparisonDiffer.diff(r, r).isEmpty)
    }

    @Test func wordDiffMarksOnlyTheEditedWords() {
        let (old, new) = WordDiff.segments("France supported the resolution.", "France opposed the resolution.")
        #expect(old.filter(\.changed).map(\.text) == ["supported "])
        #expect(new.filter(\.changed).map(\.text) == ["opposed "])
        #expect(old.map(\.text).joined() == "France supported the resolution.")
    }
}
