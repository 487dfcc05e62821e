import Testing
@testable import StanceKit

/// Recorded votes: every government listed under a side holds it. Sentences written for the test.
@Suite struct VoteRecordTests {
    @Test func thoseWhoCirculateADraftBackIt() {
        let found = positions("The draft was circulated by Chile, Peru and Mexico only a few days ago.")
        #expect(found.map(summary).sorted() == ["CHL support action", "MEX support action", "PER support action"])
        #expect(positions("Rumours circulated in Lima that the vote would be delayed.").isEmpty)
    }

    @Test func bracketedListsUnderEachSide() {
        let found = positions("""
            The draft was rejected by a vote of 3 in favour (Bolivia, Cuba, Nicaragua) to 3 against (Brazil, Chile, Peru), \
            with 2 abstentions (Mexico, Ecuador).
            """)
        // Which side "supports" depends on how the issue is framed; the sides must differ and abstaining is neutral.
        let sides = Dictionary(found.map { ($0.actor, $0.stance) }, uniquingKeysWith: { a, _ in a })
        let favour = sides["BOL"]
        #expect(favour == .support || favour == .oppose)
        #expect(["BOL", "CUB", "NIC"].allSatisfy { sides[$0] == favour })
        #expect(["BRA", "CHL", "PER"].allSatisfy { sides[$0] == favour?.reversed })
        #expect(["MEX", "ECU"].allSatisfy { sides[$0] == .neutral })
        #expect(sides.count == 8)
        #expect(found.allSatisfy { $0.kind == .action })
    }

    @Test func listsBetweenDashesAndAfterIncluding() {
        let found = positions("""
            The resolution was adopted by 120 votes in favour, with three — Hungary, Poland and Slovakia — opposed and \
            10 abstentions, including Austria and Greece.
            """)
        let sides = Dictionary(found.map { ($0.actor, $0.stance) }, uniquingKeysWith: { a, _ in a })
        let against = sides["HUN"]
        #expect(against == .support || against == .oppose)
        #expect(sides == ["HUN": against, "POL": against, "SVK": against, "AUT": .neutral, "GRC": .neutral])
    }

    @Test func aListAfterTheVerbMayFollowWhatTheSideWasOn() {
        let favour = positions("Voting in favour of the resolution were, among others, Bolivia, Cuba and Nicaragua.")
        #expect(Set(favour.map(\.actor)) == ["BOL", "CUB", "NIC"])
        let sides = Dictionary(positions("Voting against the draft were Brazil and Chile, while Peru abstained.")
            .map { ($0.actor, $0.stance) }, uniquingKeysWith: { a, _ in a })
        #expect(sides["BRA"] == sides["CHL"] && sides["BRA"] != .neutral && sides["BRA"] != nil)
        #expect(sides["PER"] == .neutral)
    }

    @Test func thoseWhoVotedMayBeNamedBetweenTheSideAndItsList() {
        let abstaining = positions("Among the abstaining delegations were Chile, the Russian Federation and the United Kingdom.")
        #expect(abstaining.map(summary).sorted() == ["CHL neutral action", "GBR neutral action", "RUS neutral action"])
        let sides = Dictionary(positions("Among the countries voting in favour were Cuba and Iran, while Peru abstained.")
            .map { ($0.actor, $0.stance) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(sides.keys) == ["CUB", "IRN", "PER"] && sides["CUB"] == sides["IRN"])
        #expect(sides["CUB"] != .neutral && sides["PER"] == .neutral)
    }

    @Test func aTextAdoptedByAVoteIsTheBodysAct() {
        let found = positions("The Human Rights Council met in Geneva. The resolution, presented by Pakistan, was adopted by a "
            + "recorded vote of 28 in favour, 12 against and 7 abstentions.")
        #expect(found.contains { $0.actor == "UN" && $0.cue == "adopted" && $0.stance == .support && $0.kind == .action })
        #expect(!found.contains { $0.actor == "PAK" && $0.cue == "adopted" })
    }

    @Test func theCouncilAdoptsTheTextNotTheOrganizationItBacks() {
        let found = positions("The Security Council today gave its full support to the Southern African Development "
            + "Community (SADC) in its efforts to restore order in Lesotho. Resolution 9001 (2031) was adopted by a recorded vote of "
            + "15 in favour to none against.")
        #expect(found.contains { $0.actor == "UN" && $0.cue == "adopted" && $0.stance == .support })
        #expect(!found.contains { $0.actor == "SADC" && $0.cue == "adopted" })
        // The latest sentence to name an organization names the one that voted, though a body was named before it.
        let later = positions("The Security Council discussed the crisis last week. The Organization of American States met "
            + "in Washington on Friday. The resolution was adopted by a recorded vote of 30 in favour to 2 against.")
        #expect(later.contains { $0.actor == "OAS" && $0.cue == "adopted" })
    }

    @Test func listsAfterAVerbAndAfterWith() {
        let against = positions("Voting against were Belarus, Nicaragua and the Russian Federation.")
        #expect(Set(against.map(\.actor)) == ["BLR", "NIC", "RUS"])
        #expect(Set(against.map(\.stance)).count == 1)
        #expect(positions("Abstaining were China, India and Brazil.").map(summary)
            == ["CHN neutral action", "IND neutral action", "BRA neutral action"])
        // The text was adopted by the vote, not by the governments named after it.
        #expect(positions("The draft was adopted by a vote of 13 in favour, with China and Russia abstaining.").map(summary)
            == ["CHN neutral action", "RUS neutral action"])
    }

    @Test func eachSideOnALineOfItsOwnWithItsCount() {
        let found = positions("""
            The Assembly adopted the text by a recorded vote.

            In favour (101), including: Chile, Ghana and Norway.

            Against (9): Cuba, Nicaragua.

            Abstaining (40), including: Brazil, Kenya.
            """)
        let sides = Dictionary(found.map { ($0.actor, $0.stance) }, uniquingKeysWith: { a, _ in a })
        let favour = sides["CHL"]
        #expect(favour == .support || favour == .oppose)
        #expect(sides == ["CHL": favour, "GHA": favour, "NOR": favour, "CUB": favour?.reversed, "NIC": favour?.reversed,
                          "BRA": .neutral, "KEN": .neutral])
        #expect(Set(positions("The delegations abstaining included Bangladesh, Nepal and Thailand.").map(summary))
                == ["BGD neutral action", "NPL neutral action", "THA neutral action"])
        #expect(Set(positions("Britain, Germany and Japan were among the abstainers.").map(summary))
                == ["GBR neutral action", "DEU neutral action", "JPN neutral action"])
        #expect(Set(positions("Armenia and India were among the abstaining delegations.").map(summary))
                == ["ARM neutral action", "IND neutral action"])
        // A line that only opens with "against" records no vote.
        #expect(positions("Against this background, Chile and Ghana met in Accra.").allSatisfy { $0.cue != "against" })
    }

    @Test func aNameInItsBracketedUNFormDoesNotEndTheList() {
        let against = positions("Against: Chile, Venezuela (Bolivarian Republic of), Iran (Islamic Republic of), Nepal.")
        #expect(Set(against.map(\.actor)) == ["CHL", "VEN", "IRN", "NPL"])
        let abstaining = positions(
            "Abstaining (12), including Bolivia (Plurinational State of), Ghana and Peru; the draft was adopted.")
        #expect(Set(abstaining.filter { $0.cue == "Abstaining" }.map(\.actor)) == ["BOL", "GHA", "PER"])
    }

    @Test func aSentenceThatRecordsNoVoteListsNobody() {
        let found = positions("Brazil spoke against the proposal (which Chile and Peru had drafted) at the meeting.")
        #expect(!found.contains { ($0.actor == "CHL" || $0.actor == "PER") && $0.stance != .support })
    }

    @Test func aListBetweenDashesIsVotersOnlyWhenItSpellsOutACount() {
        let found = positions("The draft — sponsored by the United States and Albania — against the annexation received ten votes.")
        #expect(!found.contains { $0.kind == .action && $0.confidence >= 0.8 && ($0.actor == "USA" || $0.actor == "ALB") && $0.cue == "against" })
    }
}
