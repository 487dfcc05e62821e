import Testing
@testable import StanceKit

@Suite struct TriggerReferentsTests {
    @Test func aPointingPhraseTakesTheIssueOfTheTriggerNamedBefore() {
        let text = "Activists flew a new leaflet campaign across the border on Monday.\n\nSeoul said the campaign must stop."
        let found = positions(text)
        let seoul = found.first { $0.actor == "KOR" }
        #expect(seoul?.issue == "leaflet-launches")
        #expect(seoul?.stance == .support)
    }

    @Test func withoutAnEarlierTriggerThePhraseNamesNothing() {
        let found = positions("Seoul said the campaign must stop.")
        #expect(!found.contains { $0.issue == "leaflet-launches" })
    }
}
