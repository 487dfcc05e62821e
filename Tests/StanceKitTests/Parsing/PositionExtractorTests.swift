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

    @Test func endingAPactAndStayingAwayAreActsAgainst() {
        #expect(positions("Niger terminated the mining agreement with the company.").map(summary) == ["NER oppose action"])
        #expect(positions("Ghana stayed away from the summit in Lomé.").map(summary) == ["GHA oppose action"])
        #expect(positions("Ghana has decided to bring to an end the fishing accord.").map(summary) == ["GHA oppose action"])
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
        // Not a verdict set before the thing it judges: the speaker judges what the possessor did.
        let judged = positions("Chile said Peru had every right to defend itself against Bolivia's illegal incursions.")
        #expect(!judged.contains { $0.actor == "BOL" })
        #expect(!positions("The root cause is the Peruvian side's improper intervention in the market.").contains { $0.actor == "PER" })
        // A gerund is the possessor's own act.
        #expect(positions("Peru's backing proved decisive for the resolution.").map(\.actor) == ["PER"])
    }

    @Test func definiteDescriptionsReferBack() {
        let found = positions("South Korea's Ministry of Unification commented on the report.\n\nThe ministry stated that it recognizes the importance of information flows.")
        #expect(found.contains { $0.actor == "KOR" && $0.evidence.hasPrefix("The ministry stated") })
    }

    @Test func aDefiniteDescriptionPassesOverBodiesAndOtherOffices() {
        // "the ministry" is Russia's Foreign Ministry, not NATO named last; a ministry is never a body of governments'.
        let found = positions("Russia's Foreign Ministry criticised Finland's bid to join NATO. The ministry also condemned the decision of Sweden.")
        #expect(found.filter { $0.evidence.hasPrefix("The ministry") }.map(\.actor) == ["RUS"])
        let asean = positions("Myanmar rejected the ASEAN decision.\n\nThe Ministry of Foreign Affairs condemned the review by ASEAN.")
        #expect(asean.filter { $0.evidence.hasPrefix("The Ministry") }.map(\.actor) == ["MMR"])
    }

    @Test func listsOfGovernmentsNeedTheirConjunction() {
        let found = positions("Japan, Australia and the European Union have imposed sanctions on Russian banks.")
        #expect(Set(found.map(\.actor)) == ["JPN", "AUS", "EU"])
        let one = positions("Unfortunately for Seoul, the North Korean government has rejected the offer.")
        #expect(one.map(\.actor) == ["PRK"])
    }

    @Test func agentsAfterByAndFromHoldTheCue() {
        #expect(positions("The draft resolution was vetoed by Russia on Friday.").map(summary) == ["RUS oppose action"])
        #expect(Set(positions("The proposal won support from France, Germany and Italy.").map(\.actor)) == ["FRA", "DEU", "ITA"])
    }

    @Test func aLawActsForTheGovernmentThatMadeIt() {
        let found = positions("Seoul defended its new border measures.\n\nThe law bans leaflet launches across the border.")
        #expect(found.contains { $0.actor == "KOR" && $0.evidence.hasPrefix("The law bans") })
        // The legislature that passes it in the same sentence, not the government named last before it.
        let passed = positions("Qatar said it would not bow to pressure.\n\n"
            + "The Turkish parliament fast-tracked legislation this month allowing troops to be deployed to the base.")
        #expect(passed.filter { $0.evidence.hasPrefix("The Turkish") }.map(\.actor) == ["TUR"])
    }

    @Test func officesOfAnyWordingAfterACountry() {
        #expect(positions("France's ecological transition minister criticized the draft text.").map(\.actor) == ["FRA"])
        #expect(positions("Argentina's new government rejected the offer of membership.").map(summary) == ["ARG oppose statement"])
        #expect(positions("Myanmar's ruling military junta rejected the plan.").map(\.actor) == ["MMR"])
    }

    @Test func anOfficialStatementSpeaksForItsIssuerThroughout() {
        let found = positions("Separated families must be allowed to meet before it is too late.", kind: "statement", issuer: "KOR")
        #expect(found.map(summary) == ["KOR support statement"])
    }
}

@Suite struct CoreferenceTests {
    @Test func pluralDescriptionsReferToTheGovernmentsNamedBefore() {
        let found = positions("Japan and Australia held talks in Tokyo.\n\nThe two countries condemned the missile launch.")
        #expect(Set(found.filter { $0.evidence.hasPrefix("The two countries") }.map(\.actor)) == ["JPN", "AUS"])
        // With the region named before the noun, and through the people who lead them.
        let sahel = "Mali, Burkina Faso and Niger met in Niamey.\n\n"
        #expect(Set(positions(sahel + "The three West African countries condemned the sanctions.").map(\.actor)) == ["MLI", "BFA", "NER"])
        #expect(Set(positions(sahel + "The leaders of the three countries condemned the sanctions.").map(\.actor)) == ["MLI", "BFA", "NER"])
    }

    @Test func surnamesAfterTheFullName() {
        let found = positions("President Moon Jae-in met the envoy.\n\nMoon later criticized the sanctions.", date: "2019-03-01")
        #expect(found.contains { $0.actor == "KOR" && $0.evidence.hasPrefix("Moon later") })
    }

    @Test func aSurnameWithoutItsAccentIsTheSamePerson() {
        let found = positions("Chad ended the defence pact with France.\n\nPresident Mahamat Idriss Déby met the envoy.\n\n"
            + "Deby later rejected the pact.")
        #expect(found.filter { $0.evidence.hasPrefix("Deby") }.map(\.actor) == ["TCD"])
    }

    @Test func aPersonNamedAfterABodyAndAnOfficeIsThatGovernmentsLater() {
        let found = positions("Kenyan delegation representative Amina Odhiambo criticized the deal. "
            + "\"We cannot accept this outcome,\" Odhiambo said.")
        #expect(found.filter { $0.evidence.hasPrefix("\"We cannot") }.map(summary) == ["KEN oppose statement"])
    }

    @Test func aCompoundOfficeIsAPersonForHeOrShe() {
        let found = positions("Brazil's Permanent Representative criticised the plan. The vote was delayed. "
            + "Sounding a note of caution, she said, \"These groups abuse the humanitarian exemption.\"")
        #expect(found.filter { $0.evidence.hasPrefix("Sounding") }.map(\.actor) == ["BRA"])
    }

    @Test func aPersonalPronounRefersToThePersonNamedEarlierInItsSentence() {
        let found = positions("Germany's ambassador welcomed the resolution. The US envoy was critical of the resolution, "
            + "which she said rewards the Taliban.")
        #expect(Set(found.filter { $0.evidence.hasPrefix("The US envoy") }.map(\.actor)) == ["USA"])
    }

    @Test func pronounsReferToTheLastGovernmentThatSpoke() {
        let found = positions("The Chinese foreign ministry rejected the report.\n\nIt also denied that any defectors had been returned.")
        #expect(found.contains { $0.actor == "CHN" && $0.evidence.hasPrefix("It also denied") })
    }

    @Test func expletiveItIsNoGovernment() {
        let found = positions("North Korea fired a missile.\n\nIt is encouraging that the talks continue.")
        #expect(!found.contains { $0.evidence.hasPrefix("It is encouraging") })
    }
}

@Suite struct LawSubjectTests {
    @Test func aLawAsSubjectActsForItsMaker() {
        let text = "South Korea's National Assembly passed the amendment in December.\n\nThe newly amended Law on the Development of Inter-Korean Relations Act restricts leaflet launches across the border.\n\nIt limits what can be sent into North Korea."
        let found = positions(text, date: "2021-01-10")
        #expect(found.contains { $0.actor == "KOR" && $0.evidence.hasPrefix("The newly amended Law") })
        #expect(found.contains { $0.actor == "KOR" && $0.evidence.hasPrefix("It limits") })
        #expect(!found.contains { $0.actor == "PRK" })
    }
}
