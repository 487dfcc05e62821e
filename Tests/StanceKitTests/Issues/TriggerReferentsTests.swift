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

    @Test func theCuesOwnObjectPointingBackComesFirst() {
        let text = "South Korea's National Assembly passed the anti-leaflet law in December.\n\n"
            + "The unification ministry has defended the law, arguing that leaflet launches endanger border residents."
        let defended = positions(text, date: "2021-01-10").first { $0.evidence.contains("defended") }
        #expect(defended.map { "\($0.actor) \($0.issue) \($0.stance)" } == "KOR leaflet-launches support")
    }

    @Test func aLawNamedBesideATriggerIsAboutThatIssueNotTheDocumentsMainOne() {
        let text = "UN adopts resolution on North Korean human rights\n\n"
            + "The General Assembly adopted the resolution on human rights in North Korea on Tuesday.\n\n"
            + "In Seoul, the amendment that bans scattering leaflets across the border took effect in March.\n\n"
            + "The State Department has criticized the amendment."
        let criticized = positions(text).first { $0.evidence.contains("criticized") }
        #expect(criticized?.issue.hasPrefix("leaflet-launches") == true)
        #expect(criticized?.stance == .oppose)
    }
}
