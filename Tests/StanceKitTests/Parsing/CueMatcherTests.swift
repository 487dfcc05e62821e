import Testing
@testable import StanceKit

/// Which words of a sentence are stance cues, on phrases written for the tests.
@Suite struct CueMatcherTests {
    let matcher = CueMatcher(builtInLexicon.cues)

    func cues(_ sentence: String) -> [String] {
        matcher.matches(in: Tokenizer.tokens(sentence[...], offset: 0)).map(\.text)
    }

    @Test func theSecondHalfOfACompoundAdjectiveIsNoCue() {
        #expect(!cues("It bans so-called propaganda leaflets.").contains("called"))
        #expect(cues("Washington re-imposed sanctions on Tehran.").contains { $0.hasPrefix("imposed") })
    }

    @Test func anArticleInACuePhraseStandsForAnyArticleOrPossessive() {
        #expect(cues("Ghana opened its case against Togo.") == ["opened its case against"])
        #expect(cues("Oslo recalled their ambassadors from Minsk.") == ["recalled their ambassadors"])
        #expect(cues("The Commission opened formal proceedings against the platform.") == ["opened formal proceedings against"])
    }

    @Test func aBareVerbFormAfterAnArticleAndAModifierIsTheNoun() {
        let launch = matcher.matches(in: Tokenizer.tokens("They condemned the missile launch."[...], offset: 0))
            .first { $0.text == "launch" }
        #expect(launch?.cue.pos == .noun)
        #expect(cues("The ministry said it would act.").contains("said"))
    }

    @Test func aCapitalizedWordAfterAnotherIsPartOfAName() {
        #expect(cues("The chair called on Member States to share views.") == ["called on"])
        #expect(cues("The EU Condemns the Attack on the Embassy").contains("Condemns"))
        // A sentence is not a headline for naming a few bodies in capitals.
        #expect(cues("Climate finance to frontline Small Island Developing States declined by a quarter in 2019.").isEmpty)
        #expect(cues("The council called on the Rapid Support Forces to withdraw.") == ["called on", "withdraw"])
    }

    @Test func aNounBeforeAPartysNameIsNoCue() {
        #expect(!cues("The bill passed after a filibuster by the opposition People Power Party.").contains("opposition"))
        #expect(cues("Japan Lodges Protest Over North Korea Launch").contains { $0.hasSuffix("Protest") })
        #expect(cues("Seoul voiced opposition to the plan.").contains { $0.hasSuffix("opposition") })
    }

    @Test func aBareFormAfterOfIsANoun() {
        #expect(!cues("Lord Ahmad, Minister of State at the Foreign Office, spoke first.").contains("State"))
        #expect(cues("The minister stated that the plan was sound.").contains { $0.hasPrefix("stated") })
    }

    @Test func shuttingOrClosingAPlaceIsAnAct() {
        let shuts = matcher.matches(in: Tokenizer.tokens("Norway shuts Chile's consulates over the arrests."[...], offset: 0))
            .first { $0.text == "shuts" }
        #expect(shuts?.cue.kind == .action)
        #expect(cues("Peru and Bolivia shut their skies to each other.").contains("shut"))
        // So is closing one's markets or airspace to another; closeness is not ("close ties").
        #expect(cues("Peru and Bolivia closed their markets to the grain.") == ["closed their markets"])
        #expect(cues("Peru closed its airspace to Bolivian flights.") == ["closed its airspace"])
        #expect(cues("Peru and Bolivia have close ties.").isEmpty)
    }

    @Test func aTextsAuthorAfterItIsAnActOfPuttingItForward() {
        #expect(cues("The resolution, tabled by Kenya, passed.").contains("tabled by"))
        #expect(!cues("The tariffs imposed by Washington hurt farmers.").contains("imposed by"))
    }
}
