import Testing
@testable import StanceKit

/// Holders by grammatical role, not every country named in the sentence. Sentences written for the test.
@Suite struct HolderRoleTests {
    @Test func countriesNamedAsClaimantsInAPassiveOfFactHoldNothing() {
        #expect(positions("The Kuril islands are claimed by both Japan and Russia.").isEmpty)
    }

    @Test func theAmbassadorSpeaksForTheirOwnCountryNotOneNamedNearby() {
        let found = positions("Speaking after Germany's delegate, Brazil's ambassador said his country opposed the new sanctions on Iran.")
        #expect(found.map(summary) == ["BRA oppose statement"])
    }

    @Test func governmentsNamedInWhatASpeakerReportsAreNotHolders() {
        let found = positions("The talks between Egypt and Ethiopia on the dam ended without agreement, Sudan's foreign minister said.")
        #expect(found.map(\.actor) == ["SDN"])
    }
}
