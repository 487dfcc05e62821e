import Testing
@testable import StanceKit

/// The ways news and statements report what governments said, each on sentences written for the test.
@Suite struct ReportedSpeechTests {
    @Test func aDecisionThatSaysWhatWillBeDoneIsTheDecidersPosition() {
        let found = positions("India has therefore decided that the treaty shall remain in abeyance until the attacks stop.")
        #expect(found.map(\.actor) == ["IND"])
        #expect(positions("Analysts decided that the treaty would remain in abeyance.").isEmpty)
    }

    @Test func headlineListsEveryGovernment() {
        let found = positions("Japan, U.S., S. Korea slam N. Korea's missile launches")
        #expect(Set(found.map(\.actor)) == ["JPN", "USA", "KOR"])
        #expect(found.allSatisfy { $0.stance == .oppose })
    }

    @Test func accordingToTakesTheVerdictThatFollows() {
        let found = positions("According to the Japanese foreign ministry, the launch violated Security Council resolutions.")
        #expect(found.map(summary) == ["JPN oppose statement"])
    }

    @Test func aClauseWithItsOwnSubjectIsNotWhatTheFirstSaid() {
        let found = positions("Britain warned that more must be done, while France called for a new summit on the fund.")
        #expect(found.contains { $0.actor == "FRA" && $0.cue == "called for" })
        #expect(!found.contains { $0.actor == "GBR" && $0.cue.contains("called for") })
        #expect(positions("Britain said it would help, but France rejected the plan.").contains { $0.actor == "FRA" && $0.stance == .oppose })
    }

    @Test func aSpeakerNamedAfterWhatTheySaidHoldsItWhateverItIsAbout() {
        let found = positions("Maritime zones must be preserved, the representative of Jamaica emphasized, adding that her country is at risk.")
        #expect(Set(found.map(\.actor)) == ["JAM"])
        #expect(found.contains { $0.cue == "emphasized" })
    }

    @Test func aNegatedOrModalClauseReportedIsAStandOnAnyTopic() {
        #expect(positions("Guyana's President Irfaan Ali said his country would not cede any territory.").map(\.actor) == ["GUY"])
        #expect(positions("Guyana said its borders are not up for negotiation.").map(\.actor) == ["GUY"])
        #expect(positions("Kigali says the conflict can only be resolved through dialogue.").map(\.actor) == ["RWA"])
        #expect(positions("The Guyanese military said it was the first such exercise.").isEmpty)
    }

    @Test func aGovernmentNamedAsTheSpeakerHoldsWhatItReportsOnAnyTopic() {
        #expect(positions("The representative of Ukraine said more than 60,000 tonnes of grain had been destroyed in the strikes on the port.")
            .map(\.actor) == ["UKR"])
        #expect(positions("Chile's foreign ministry said Washington was bypassing the rules of the seabed authority.").map(\.actor) == ["CHL"])
        // A clause that only describes a thing, a statement only announced, and a headline are no stand.
        #expect(positions("The Guyanese military said it was the first such exercise.").isEmpty)
        #expect(positions("The US government issued a statement on the matter the day before yesterday.").isEmpty)
        #expect(positions("Peru says talks went on late", title: "Peru says talks went on late").isEmpty)
        // The object of the verb before is not the subject of "said".
        #expect(!positions("She accused Lima of creating a dangerous situation and said the blame would lie with Peru.").contains { $0.actor == "PER" })
    }

    @Test func aTimeBetweenTheVerbAndThatStillIntroducesWhatWasSaid() {
        #expect(positions("China said on Friday that the remarks were wrong.").map(\.actor) == ["CHN"])
        #expect(positions("China said in a statement that the remarks were wrong.").map(\.actor) == ["CHN"])
    }

    @Test func aFamilyNameFirstNamesTheSameOfficialLater() {
        let found = positions("""
            China demands retraction

            Chinese Foreign Ministry spokesperson Lin Jian demanded that Tokyo withdraw the comments.

            "Japan must correct its erroneous words. Otherwise it will bear all the consequences," Lin told a news briefing.
            """, date: "2025-11-14")
        #expect(found.filter { $0.evidence.contains("Japan must") || $0.evidence.contains("Lin told") }.map(\.actor) == ["CHN", "CHN"])
    }

    @Test func aBeliefTheSpeakerReaffirmsIsWhatTheySay() {
        let found = positions("Canada reaffirms its belief that decisions on who may cross its borders are for Canada alone.")
        #expect(found.map(\.actor) == ["CAN"])
    }

    @Test func inAStatementOpensTheSentenceItsVerbSaysWhat() {
        let found = positions("In a statement, Egypt said it \"strongly condemns\" the attack.", kind: nil)
        #expect(found.map(summary) == ["EGY oppose statement"])
    }

    @Test func aSpokespersonForAMinistrySpeaksForItsGovernment() {
        let found = positions("A spokesperson for the Chinese foreign ministry told reporters that Beijing opposed the new sanctions.")
        #expect(found.map(summary) == ["CHN oppose statement"])
    }

    @Test func quotationsRunningOverSeveralSentences() {
        let found = positions("\u{201C}We firmly oppose unilateral sanctions. They only raise tensions,\u{201D} the Chinese spokesperson said.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.actor == "CHN" && $0.stance == .oppose })
    }

    @Test func aFirstPersonVerbIsTheVerdictOfAQuotationThatOpensTheSentence() {
        let found = positions("\u{201C}We welcome the decision to halt the joint military exercises,\u{201D} the Chinese foreign ministry said.")
        #expect(found.map(\.cue) == ["said … welcome"])
        #expect(found.map { "\($0.issue) \($0.stance)" } == ["us-rok-joint-exercises oppose"])
    }

    @Test func theGovernmentAskedToActIsNotTheOneAsking() {
        let found = positions("The UN special rapporteur has asked Seoul to reconsider the anti-leaflet law.", date: "2020-12-17")
        #expect(found.map { "\(summary($0)) \($0.issue)" } == ["UN oppose statement leaflet-launches"])
    }

    @Test func theGovernmentADemandIsMadeOfIsNotActing() {
        let found = positions("North Korea issued a statement demanding that Seoul put a stop to the leaflet launches.", date: "2020-06-04")
        #expect(found.map { "\(summary($0)) \($0.issue)" } == ["PRK support statement leaflet-launches"])
    }

    @Test func whatAGovernmentHasIsNotTheGovernmentActing() {
        #expect(positions("Seoul's caution extends to multilateral forums.").isEmpty)
        #expect(positions("China's statement condemned the missile launch.").map(summary) == ["CHN oppose statement"])
    }

    @Test func anIssuerReportingAnotherBodysActInPlainWordsHoldsNothingThere() {
        let text = "Statement by the Ministry of Foreign Affairs of Japan\n\nThe Security Council adopted a resolution on North Korea."
        let found = positions(text, kind: "statement")
        #expect(found.contains { $0.actor == "UN" && $0.stance == .support })
        #expect(!found.contains { $0.actor == "JPN" && $0.cue.isEmpty })
    }

    @Test func aPronounObjectIsNoHolder() {
        let found = positions("The UN special rapporteur urged Seoul to reconsider the anti-leaflet law and to subject it to "
            + "further democratic review.", date: "2020-12-17")
        #expect(Set(found.map(\.actor)) == ["UN"])
    }

    @Test func aParticipleDescribingANounIsNobodysAct() {
        let text = "South Korea's National Assembly passed the anti-leaflet law. It is unclear whether it reaches USB drives sent by sea."
        let found = positions(text, date: "2020-12-20")
        #expect(!found.contains { $0.cue == "sent" })
        #expect(found.map(\.cue) == ["passed the anti-leaflet law"])
    }

    @Test func aThreatsConditionIsWhatTheSpeakerOpposesOrDemands() {
        let threat = positions("North Korea said the South would see a new response if it kept up the leaflet launches.", date: "2024-06-10")
        #expect(threat.map { "\(summary($0)) \($0.issue)" } == ["PRK support statement leaflet-launches"])
        let demand = positions("Pyongyang said it would retaliate unless Seoul stopped the leaflet launches.", date: "2024-06-10")
        #expect(demand.map { "\(summary($0)) \($0.issue)" } == ["PRK support statement leaflet-launches"])
    }

    @Test func theStatementAfterAQuotationSpeaksForWhoeverIssuedIt() {
        let found = positions("The Russian Foreign Ministry said it regretted Finland's decision.\n\n"
            + "\"Helsinki will bear the consequences of such a move,\" the statement stressed.")
        #expect(found.filter { $0.evidence.contains("the statement stressed") }.map(\.actor).contains("RUS"))
    }

    @Test func whatAConditionSupposesIsNobodysPosition() {
        let found = positions("Pyongyang said it would resume talks if Washington lifted the sanctions.")
        #expect(found.map(\.actor) == ["PRK"])
        // "until" with a verb not in the past is a condition too; in the past it tells what happened.
        #expect(positions("The EU will keep its sanctions in place until Russia withdraws its troops.").map(\.actor) == ["EU"])
        #expect(positions("Washington said it would not lift the sanctions until Caracas releases political prisoners.")
            .map(\.actor) == ["USA"])
        #expect(positions("The talks went on until Russia withdrew its delegation.").map(\.actor) == ["RUS"])
        #expect(positions("The EU will keep its sanctions until Russia has withdrawn its troops.").map(\.actor) == ["EU"])
    }

    @Test func aRapporteurSpeaksForTheBodyThatNamedThem() {
        let found = positions("The UN rapporteur's appeal to review the anti-leaflet law drew criticism.", date: "2020-12-17")
        #expect(found.map { "\(summary($0)) \($0.issue)" } == ["UN oppose statement leaflet-launches"])
    }

    @Test func anAsClauseEchoesTheClauseBeforeIt() {
        let found = positions("Seoul should ask the National Assembly to review the anti-leaflet law, as the UN special rapporteur "
            + "has proposed.", date: "2020-12-20")
        #expect(found.map { "\(summary($0)) \($0.issue)" }
            == ["KOR oppose recommendation leaflet-launches", "UN oppose statement leaflet-launches"])
    }

    @Test func quotationAttributedByADash() {
        let found = positions("\u{201C}This launch is unacceptable\u{201D} \u{2014} the South Korean foreign ministry said on Monday.")
        #expect(found.map(summary) == ["KOR oppose statement"])
    }
}

/// Direction, negation and modality of stance cues.
@Suite struct StanceCueTests {
    @Test func refusalAndYetToReverseTheCue() {
        #expect(positions("Canada refused to condemn the coup in Myanmar.").map(\.stance) != [.oppose])
        #expect(positions("Australia has yet to ratify the arms control treaty.").map(summary) == ["AUS oppose action"])
        #expect(positions("India did not oppose the resolution.").first?.stance == .support)
    }

    @Test func sayingAThingUnderminesAnIssueIsForTheIssue() {
        // The vote is judged; the two-state solution it harms is what the United States values.
        let found = positions("The United States said the vote undermines the two-state solution.")
        #expect(found.map { "\(summary($0)) \($0.issue)" } == ["USA support statement two-state-solution"])
        let china = positions("China said the sanctions hamper humanitarian access.")
        #expect(china.map { "\(summary($0)) \($0.issue)" } == ["CHN support statement humanitarian-access"])
        // The owner of the thing judged says nothing by it.
        #expect(positions("China's drills threaten peace in the region.").isEmpty)
    }

    @Test func hedgesLowerConfidenceButKeepThePosition() {
        let hedged = positions("Germany may consider joining the sanctions on Russia.")
        let plain = positions("Germany joined the sanctions on Russia.")
        #expect(hedged.count == 1 && plain.count == 1)
        #expect(hedged[0].confidence < plain[0].confidence)
    }

    @Test func votesAndAbstentions() {
        let found = positions("France voted against the resolution, while India abstained.")
        #expect(found.map(summary) == ["FRA oppose action", "IND neutral action"])
    }

    @Test func aGovernmentsPositionIsThatSaysWhatTheClauseSays() {
        #expect(Set(positions("Chile's position is that the fishing quota is unacceptable.").map(summary)) == ["CHL oppose statement"])
        #expect(positions("Peru's view is that the quota must be withdrawn.").map(\.actor) == ["PER"])
    }

    @Test func declinedToCommentIsNoPosition() {
        #expect(positions("Seoul declined to comment on the report.").isEmpty)
        #expect(positions("Djibouti, which handles most of Ethiopia's trade, did not comment.").isEmpty)
        #expect(positions("Djibouti, which handles most of Ethiopia's trade, did not respond to a request for comment.").isEmpty)
        #expect(positions("Nairobi did not immediately comment on the new port fees.").isEmpty)
        #expect(positions("Kenya, Djibouti's largest trading partner, had not commented publicly on the fees by Friday.").isEmpty)
    }

    @Test func actionsRevealAStance() {
        #expect(positions("The European Union imposed sanctions on Russian banks.").map(summary) == ["EU support action"])
        #expect(positions("The South Korean military removed the loudspeakers at the border.").map(summary) == ["KOR oppose action"])
        #expect(positions("The United States cut funding for UN agencies in Gaza.").map(summary) == ["USA oppose action"])
        #expect(positions("Japan co-sponsored the resolution on human rights in North Korea.").map(summary) == ["JPN support action"])
        #expect(positions("Brazil voted for the resolution.").map(summary) == ["BRA support action"])
        let police = positions("South Korean police enforced the anti-leaflet law against two activists.", date: "2021-05-01")
        #expect(police.map { "\(summary($0)) \($0.issue)" } == ["KOR support action leaflet-launches"])
        let executions = positions("North Korea executed three people for watching South Korean dramas.")
        #expect(executions.map { "\(summary($0)) \($0.issue)" } == ["PRK oppose action information-into-north-korea"])
    }

    @Test func oneGovernmentOnTwoIssuesInOneSentenceGivesTwoPositions() {
        let found = positions("South Korea condemned the missile launch and welcomed the resumption of family reunions.")
        #expect(found.map { "\(summary($0)) \($0.issue)" }
            == ["KOR oppose statement dprk-denuclearization", "KOR support statement separated-families"])
    }

    @Test func takingDeliveryIsTheActOfBuying() {
        #expect(positions("Turkey took delivery of the first S-400 components in July.").map(summary) == ["TUR support action"])
    }

    @Test func noLegalEffectIsAVerdict() {
        #expect(positions("Peru said the decree had no legal effect.").map(summary) == ["PER oppose statement"])
        #expect(positions("Brazil said the measures have no legal basis.").map(summary) == ["BRA oppose statement"])
    }
}

/// Evidence and confidence travel with every position.
@Suite struct EvidenceTests {
    @Test func evidenceOffsetsPointAtTheSentenceInTheText() {
        let text = "Opening words here.\n\nLater, the State Department condemned the launch. Nothing else."
        let document = Document(id: "e", source: "e.txt", format: .text, metadata: DocumentMetadata(date: "2024-01-01"),
                                blocks: PlainTextReader.paragraphs(text[...]))
        let found = sharedExtractor.positions(in: document)
        #expect(found.count == 1)
        let p = found[0]
        let scalars = Array(document.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[p.start..<p.end])) == p.evidence)
        #expect(p.paragraph == 1)
        #expect(p.cue == "condemned")
        #expect((0...1).contains(p.confidence))
    }

    @Test func theOpeningLineNamesTheIssuerOfAStatement() {
        let text = "Statement by the Ministry of Foreign Affairs of Japan on the missile launch\n\nWe strongly protest and condemn this act."
        let document = Document(id: "s", source: "s.txt", format: .text, metadata: DocumentMetadata(date: "2024-01-01"),
                                blocks: PlainTextReader.paragraphs(text[...]))
        let found = sharedExtractor.positions(in: document)
        #expect(found.contains { $0.actor == "JPN" && $0.evidence.hasPrefix("We strongly protest") && $0.stance == .oppose })
    }
}

@Suite struct PredictionTests {
    @Test func forecastsAreNoPositions() {
        #expect(positions("Pyongyang is expected to condemn the joint exercises.").isEmpty)
        #expect(positions("Beijing will likely reject the ruling on the South China Sea.").isEmpty)
        #expect(!positions("Pyongyang condemned the joint exercises.").isEmpty)
        #expect(positions("The measure is expected to be challenged by China at the WTO.").isEmpty)
        #expect(positions("The measure, which is expected to pass, was challenged by China at the WTO.").map(\.actor) == ["CHN"])
    }
}

@Suite struct StanceChainTests {
    @Test func aListOfMeasuresIsNotAChainOfReversals() {
        let found = positions("The Moon administration has raided offices, filed criminal complaints, and restricted leaflet launches.", date: "2020-12-01")
        let leaflets = found.filter { $0.issue == "leaflet-launches" }
        #expect(!leaflets.isEmpty)
        #expect(leaflets.allSatisfy { $0.stance == .support })
    }

    @Test func demandsToEndAnActivityOpposeIt() {
        let found = positions("Pyongyang's demands to end the leaflet campaigns grew louder.")
        #expect(found.first { $0.actor == "PRK" }?.stance == .support)
    }

    @Test func passingALawIsAnActionForIt() {
        let found = positions("South Korea's National Assembly passed the revised anti-leaflet law on Monday.", date: "2020-12-15")
        #expect(found.map { "\(summary($0)) \($0.issue)" } == ["KOR support action leaflet-launches"])
        #expect(found.first?.cue == "passed the revised anti-leaflet law")
    }

    @Test func demandingTheRepealOfALawOpposesIt() {
        let found = positions("The UN special rapporteur called for the repeal of the anti-leaflet law.", date: "2020-12-17")
        #expect(found.filter { $0.actor == "UN" }.map { "\($0.issue) \($0.stance)" } == ["leaflet-launches oppose"])
    }

    @Test func deportingDefectorsCarriesOutTheReturns() {
        let found = positions("Beijing deported about 600 North Korean defectors this week.")
        #expect(found.contains { $0.actor == "CHN" && $0.issue == "forced-repatriation-of-escapees" && $0.stance == .support })
    }

    @Test func agreeingToCeaseHostileActsSupportsEngagement() {
        let found = positions("Seoul and Pyongyang agreed to cease all hostile acts along the Military Demarcation Line.")
        let engagement = found.filter { $0.issue == "inter-korean-engagement" }
        #expect(Set(engagement.map(\.actor)) == ["KOR", "PRK"])
        #expect(engagement.allSatisfy { $0.stance == .support })
    }
}

@Suite struct LightVerbTests {
    @Test func aLightVerbCarriesTheStanceOfItsNoun() {
        let found = positions("Seoul sent a strong protest to Beijing over the forced repatriation of North Korean defectors.")
        #expect(found.contains { $0.actor == "KOR" && $0.stance == .oppose && $0.cue == "sent a strong protest" })
        #expect(!found.contains { $0.actor == "KOR" && $0.stance == .support })
    }

    @Test func aLetterReportsWhatFollowsItNotTheRelativeClauseOnTheWay() {
        let found = positions("The unification ministry will send an official letter to the groups that plan to launch leaflets, "
            + "urging them to stop sending leaflets.", date: "2020-06-10")
        #expect(found.map(summary) == ["KOR support statement"])
        #expect(found.first?.cue.hasPrefix("send an official letter … urging") == true)
    }

    @Test func aNounCueDoesNotMatchItsParticiple() {
        let found = positions("Seoul will cooperate with the countries concerned on the abductee issue.", date: "2019-11-15")
        #expect(!found.contains { $0.stance == .oppose })
    }

    @Test func concerningBeforeWhatItIsAboutIsNoConcern() {
        let about = positions("Peru welcomed the note by Chile concerning the fishing fleet.")
        #expect(about.map(summary) == ["PER support statement"])
        let concern = positions("Peru's Foreign Minister Ana Ruiz said the deployment was gravely concerning.")
        #expect(concern.map(summary) == ["PER oppose statement"])
        #expect(positions("Peru said it was deeply concerning that Chile had closed the border.").map(summary) == ["PER oppose statement"])
    }

    @Test func aLightVerbDoesNotReachPastAPreposition() {
        let found = positions("Seoul sent a letter to the groups about their protest plans.")
        #expect(!found.contains { $0.cue.hasPrefix("sent a letter to") })
    }
}

@Suite struct LoadedWordTests {
    @Test func aLoadedWordIsTheSpeakersVerdictOnWhatTheOtherGovernmentDid() {
        let found = positions("The United States has made another provocation by railroading the human rights resolution at the UN.",
                              kind: "statement", issuer: "PRK")
        #expect(found.contains { $0.actor == "PRK" && $0.stance == .oppose })
        #expect(found.contains { $0.actor == "USA" && $0.stance == .support && $0.kind == .action })
        #expect(!found.contains { $0.actor == "USA" && $0.stance == .oppose })
    }

    @Test func aLoadedNameGivesTheNamedGovernmentNoPosition() {
        let found = positions("Pyongyang said the resolution showed the UN had become a puppet of the United States.")
        #expect(!found.contains { $0.actor == "USA" || $0.actor == "UN" })
    }
}

@Suite struct OwnAgentTests {
    @Test func aCueWithItsOwnAgentBelongsToThatAgent() {
        let found = positions("The Security Council failed to adopt a resolution that would have demanded a ceasefire in Gaza due to a veto cast by the United States.")
        #expect(found.contains { $0.actor == "USA" && $0.stance == .oppose })
    }
}

@Suite struct LoadedWordsTests {
    @Test func theIssuersLoadedWordsGiveItsViewOfWhatOthersDid() {
        let text = "The United States stands behind the anti-DPRK \u{201C}human rights\u{201D} racket."
        let found = positions(text, kind: "statement", issuer: "PRK")
        #expect(found.first { $0.actor == "USA" }?.stance == .support)
        #expect(found.first { $0.actor == "PRK" }?.stance == .oppose)
    }

    @Test func aQuotationOverSeveralSentencesIsAllTheSpeakers() {
        let found = positions("""
            The Indian delegate said: "The goal is far too low. We cannot accept this outcome. Therefore, we oppose \
            the adoption of this document."
            """)
        #expect(found.filter { $0.actor == "IND" }.map(\.evidence).contains { $0.hasPrefix("We cannot accept") })
        #expect(found.filter { $0.actor == "IND" }.map(\.evidence).contains { $0.hasPrefix("Therefore, we oppose") })
    }

    @Test func everyMemberListedAsAnAgentHoldsThePosition() {
        let found = positions("The price cap was supported by the EU and G7 members France, Germany, Italy and the United Kingdom.")
        // "G7 members" names the members, not the G7 as a body.
        #expect(Set(found.map(\.actor)) == ["EU", "FRA", "DEU", "ITA", "GBR"])
    }

    @Test func oneMemberSetOffByCommasAfterIncludingIsTheSubject() {
        let found = positions("Delegates from several developing countries, including India, expressed disappointment with the climate finance deal.")
        #expect(found.map(summary) == ["IND oppose statement"])
    }

    @Test func aBodysFailureToDecideIsItsMembersVotesNotItsPosition() {
        let found = positions("The Security Council today failed to adopt a resolution on the ceasefire in Gaza due to a veto cast by Russia.")
        #expect(found.map(\.actor) == ["RUS"])
    }

    @Test func whatASpokespersonSaysIsAPositionByOfficeAndWhatAnyoneSaysIsSoIsOne() {
        let found = positions("A spokesman for the British Foreign Office said the question was no longer whether there would be a framework.")
        #expect(found.map(summary) == ["GBR support statement"])
        #expect(positions("The French minister said that the question was no longer whether there would be a framework.").map(summary)
            == ["FRA support statement"])
        // Who spoke, with no claim that something is so and about nothing the analyst tracks: no position.
        #expect(positions("The French minister said it was the first such visit since 2018.").isEmpty)
    }

    @Test func wordsBeforeASpeakerAndReportVerbAtTheEndAreWhatTheySaidWithoutQuotationMarks() {
        #expect(positions("The sanctions must be lifted, a Chinese spokesman said on Monday.").map(summary) == ["CHN oppose statement"])
        #expect(positions("It is vital that the ceasefire holds, the Chilean foreign minister said.").map(summary) == ["CHL support statement"])
    }

    @Test func itAfterAQuotationIsItsSpeakerNotAGovernmentTheQuotationNames() {
        let found = positions("The junta rejected the decision, Myanmar's foreign ministry said.\n\n\"Ignoring ASEAN's traditions would harm the unity of ASEAN,\" it added.")
        #expect(!found.contains { $0.actor == "ASEAN" })
        #expect(found.contains { $0.actor == "MMR" && $0.evidence.hasPrefix("\"Ignoring") })
    }

    @Test func aQuotationOverTwoSentencesIsTheSpeakerNamedAfterItByAHyphenatedSurname() {
        let found = positions("""
            Canada's ambassador Marie-Claire Dubois-Lefebvre said her country was alarmed.

            "The only way out is to end the fighting. We stress that any mission must respect Russia's stated commitments," Dubois-Lefebvre said.
            """)
        #expect(found.filter { $0.evidence.hasPrefix("\"The only way out") }.map(\.actor) == ["CAN"])
    }

    @Test func aQuotationWhoseNamedSpeakerIsNoGovernmentIsNotTheLastGovernments() {
        let found = positions("""
            Norway condemned the vote on the camps.

            "This is really disappointing," said Mr Omar Khan, who leads a rights group.
            """)
        #expect(found.map(\.actor) == ["NOR"])
        let pronoun = positions("""
            Norway condemned the vote on the camps.

            "This is really disappointing," he said.
            """)
        #expect(pronoun.filter { $0.evidence.hasPrefix("\"This") }.map(\.actor) == ["NOR"])
        let longer = positions("""
            Norway condemned the vote on the camps.

            "This is a disaster. We are really disappointed by the vote," said Mr Omar Khan, who leads a rights group.
            """)
        #expect(longer.map(\.actor) == ["NOR"])
    }

    @Test func heAfterADelegateLabelledByCountryInBracketsIsThatDelegate() {
        let found = positions("""
            Vassily A. Nebenzia (Russian Federation) said that his country takes shipping seriously. \
            However, he noted that the coalition in the Red Sea was illegal.
            """)
        #expect(found.filter { $0.evidence.contains("coalition") }.map(summary) == ["RUS oppose statement"])
    }

    @Test func aPersonsFamilyNameIsTheWordBeforeJunior() {
        let found = positions("""
            Palau President Surangel Whipps Jr. reiterated his support for the release of the treated water. \
            Whipps was the first Pacific island leader to support the release.
            """, date: "2023-08-30")
        #expect(found.filter { $0.evidence.hasPrefix("Whipps was") }.map(\.actor) == ["PLW"])
    }

    @Test func aTextSpeaksForItsAuthor() {
        let found = positions("""
            The coup took place on Monday.

            Japan's statement condemned the coup.

            Canada's letter urging restraint on the border was sent on Tuesday.
            """)
        #expect(found.map(summary) == ["JPN oppose statement", "CAN support statement"])
    }

    @Test func aBylineThatSaysWhatTheStatementDoesIsItsIssuersPosition() {
        let found = positions("""
            See below the UK's full statement condemning the decision to close universities to women.

            Statement by the Ministry of Foreign Affairs of Peru
            """, kind: "statement")
        #expect(found.map(summary) == ["GBR oppose statement"])
    }
}
