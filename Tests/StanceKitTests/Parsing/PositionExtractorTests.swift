import Testing
@testable import StanceKit

@Suite struct PositionExtractorTests {
    @Test func subjectAndCueGiveAPositionWithItsEvidence() {
        let found = positions("The State Department criticized the anti-leaflet law.")
        #expect(found.map(summary) == ["USA oppose statement"])
        #expect(found.first?.evidence == "The State Department criticized the anti-leaflet law.")
        #expect(found.first?.cue.lowercased().contains("criticiz") == true)
    }

    @Test func coordinatedSubjectsEachHoldThePosition() {
        let found = positions("Members of Congress, the United Nations, and human rights organizations have criticized the South Korean law.")
        #expect(found.map(\.actor).sorted() == ["UN", "USA"])
        #expect(found.allSatisfy { $0.stance == .oppose })
    }

    @Test func negationReversesTheStance() {
        let found = positions("South Korea did not co-sponsor the resolution on North Korean human rights.")
        #expect(found.map(summary) == ["KOR oppose action"])
    }

    @Test func authorsPrescriptionsAreRecommendationsNotPositions() {
        let found = positions("The Biden administration should encourage Seoul to support the free flow of information.", kind: "brief")
        #expect(found.map(\.kind) == [.recommendation])
        #expect(found.first?.actor == "USA")
    }

    @Test func firstPersonInAStatementBelongsToTheIssuer() {
        let found = positions("We strongly condemn the missile launch.", kind: "statement", issuer: "JPN")
        #expect(found.map(summary) == ["JPN oppose statement"])
    }

    @Test func reportedSpeechAfterTheQuote() {
        let found = positions("“We regret that the rapporteur raised the law again,” the unification ministry said.")
        #expect(found.map(\.actor) == ["KOR"])
    }

    @Test func questionsAndHypotheticalsHoldNoPosition() {
        #expect(positions("Will Seoul condemn the launch?").isEmpty)
        #expect(positions("If Seoul were to condemn the launch, Pyongyang would respond.").allSatisfy { $0.actor != "KOR" })
    }

    @Test func possessorHoldsANominalCue() {
        let found = positions("Pyongyang's demands to end the leaflet campaigns went unanswered.")
        #expect(found.map(\.actor) == ["PRK"])
    }

    @Test func definiteDescriptionsReferBack() {
        let found = positions("South Korea's Ministry of Unification commented on the report.\n\nThe ministry stated that it recognizes the importance of information flows.")
        #expect(found.contains { $0.actor == "KOR" && $0.evidence.hasPrefix("The ministry stated") })
    }
}
