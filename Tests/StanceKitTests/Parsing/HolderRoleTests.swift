import Testing
@testable import StanceKit

/// Holders by grammatical role, not every country named in the sentence. Sentences written for the test.
@Suite struct HolderRoleTests {
    @Test func aSubordinatedParticiplesAsideIsPassedOverToTheSubject() {
        // The aside names another government, which the holder search would otherwise stop at.
        let found = positions("The representative of Peru, while thanking Mexico for its text, said it regretted the deletion of paragraph 4.")
        #expect(found.map(\.actor).contains("PER"))
        #expect(found.first { $0.actor == "PER" && $0.cue.contains("regretted") } != nil)
        #expect(!found.contains { $0.actor == "MEX" && $0.cue.contains("regretted") })
    }

    @Test func aSubjectAfterAnOpeningPhraseIsNotOneMoreOfItsList() {
        #expect(positions("After talks with Russia and China, the United States vetoed the draft.").map(\.actor) == ["USA"])
        let blocked = positions("Despite objections from Russia and China, the United States vetoed the draft.")
        #expect(blocked.filter { $0.cue == "objections" }.map(\.actor).sorted() == ["CHN", "RUS"])
        #expect(blocked.filter { $0.cue == "vetoed" }.map(\.actor) == ["USA"])
        // A list inside the phrase still runs to its end.
        let list = positions("Despite being blocked by the Russian Federation, China and Algeria, the text won the support of France.")
        #expect(Set(list.filter { $0.cue == "blocked" }.map(\.actor)) == ["RUS", "CHN", "DZA"])
    }

    @Test func aReactionAnActDrawsIsHeldByThoseItComesFrom() {
        // The subject says nothing through the reaction, even after a verb of saying.
        let drawn = positions("Bolivia declares the lake a national reserve, drawing rebukes from Lima, Santiago and UNESCO.")
        #expect(Set(drawn.filter { $0.cue == "rebukes" }.map(\.actor)) == ["PER", "CHL", "UN"])
        #expect(!drawn.contains { $0.actor == "BOL" && $0.stance == .oppose })
        let protests = positions("France announced new tariffs, drawing protests from Germany.")
        #expect(protests.filter { $0.cue == "protests" }.map(summary) == ["DEU oppose statement"])
        // A reaction foretold in what someone says is no one's yet: the one who says it warns against the move.
        let warned = positions("France warned that the move would draw condemnation from the EU.")
        #expect(warned.map(summary) == ["FRA oppose statement"])
    }

    @Test func aClauseOpenedByAsHasASubjectOfItsOwn() {
        #expect(positions("The panel reviewed Peru as several delegations pressed for answers on the raids.").isEmpty)
        #expect(positions("Washington barred the officials as European lawmakers condemned Lima.").map(summary) == ["USA oppose action"])
        // A government as that subject, or a phrase that only says how the subject acts, keeps its holder.
        #expect(positions("The talks stalled as Chile rejected the plan.").map(\.actor) == ["CHL"])
        #expect(positions("The EU as a whole recalled its ambassador from Lima.").map(\.actor) == ["EU"])
        #expect(positions("The EU as the largest donor pledged more aid to Lima.").map(\.actor) == ["EU"])
        #expect(positions("France as well as several delegations condemned the launch.").map(\.actor) == ["FRA"])
    }

    @Test func aGovernmentNamedRightAfterADemandIsAddressedNotActing() {
        #expect(positions("Washington insisted Beijing release the detainees.").map(\.actor) == ["USA"])
        #expect(positions("General Assembly Demands Russian Federation Withdraw Personnel from Nuclear Plant").map(\.actor) == ["UN"])
        #expect(positions("Seoul demanded that Tokyo retract the remarks.").map(\.actor) == ["KOR"])
        // What a demand verb reports in the past is the named government's own act.
        #expect(positions("Kyiv insists Moscow rejected the ceasefire.").map(\.actor) == ["RUS"])
    }

    @Test func whatAVerbOfNamingTakesAsItsObjectIsJudgedNotJudging() {
        // A participle after a comma speaks for the clause's subject; the government in its object holds nothing.
        #expect(!positions("Its fishermen were singled out, calling the Peru measures unjustified.").contains { $0.actor == "PER" })
        #expect(!positions("The workers were hurt, describing Chile's levy as unfair.").contains { $0.actor == "CHL" })
        // The subject still holds it.
        #expect(positions("Bolivia said its fishermen were singled out, calling the Peru measures unjustified.")
            .map(summary).contains("BOL oppose statement"))
    }

    @Test func anAppositionOpenedByAPossessiveOrHoldingARelativeClauseIsPassedOver() {
        #expect(positions("Chile, Peru's closest partner, rejected the fishing quota.").map(\.actor) == ["CHL"])
        let group = positions("Ghana, Togo and Benin, the trio that brokered the charter, said they condemned the raid on the port.")
        #expect(group.map(summary).sorted() == ["BEN oppose statement", "GHA oppose statement", "TGO oppose statement"])
        // A cue of the apposition's own, not in a relative clause, still ends the subject.
        #expect(!positions("Chile, Peru's rival in the dispute backed by Bolivia, rejected the quota.").contains { $0.actor == "PER" })
    }

    @Test func aNamedUnitOfAGovernmentsInstitutionSpeaksForThatGovernment() {
        #expect(positions("Norway's Foreign Ministry's Press and Information Department said it rejected the fishing quota.")
            .map(\.actor) == ["NOR"])
        #expect(positions("The Chilean Foreign Ministry's Bureau of Pacific Affairs condemned the raid on the port.").map(\.actor) == ["CHL"])
        #expect(positions("Chile's National Fisheries Committee described the quota as ill-considered.").map(\.actor) == ["CHL"])
        // "Its general staff" opening the next sentence is the previous subject's.
        let next = positions("Peru, Chile's neighbour, gave a different account. Its general staff rejected the accusation of a raid.")
        #expect(next.filter { $0.cue == "rejected" }.map(\.actor) == ["PER"])
    }

    @Test func theThreeStatesAreTheListOfThreeInTheSentenceBefore() {
        let found = positions("Chile took note of the decision by Peru, Bolivia and Ecuador to recall their envoys from Santiago. "
            + "In their joint statement, the three States condemned the seizure of a fishing boat.")
        #expect(found.filter { $0.cue == "condemned" }.map(\.actor).sorted() == ["BOL", "ECU", "PER"])
        // Without such a list, the last three governments named, as before.
        let named = positions("Peru and Bolivia met on Monday. Ecuador sent its envoy. The three countries condemned the seizure of a boat.")
        #expect(named.filter { $0.cue == "condemned" }.map(\.actor).sorted() == ["BOL", "ECU", "PER"])
    }

    @Test func hisCountryInsideASentenceIsTheSpeakersNotTheLastGovernmentNamed() {
        let found = positions("Helga Norberg, Foreign Minister of Norway, said Chile's blockade was unlawful and that her country "
            + "backed the fishermen of Peru.")
        #expect(!found.isEmpty && found.allSatisfy { $0.actor == "NOR" })
    }

    @Test func anEnvoySummonedToAMinistryIsSummonedByItsGovernment() {
        #expect(positions("Chile's ambassador in Lima was summoned to the Peruvian foreign ministry and handed a note of protest.")
            .map(summary) == ["PER oppose action"])
        #expect(positions("Peru invoked the treaty's dispute clause after the seizure.").map(summary) == ["PER support action"])
    }

    @Test func aSecondPredicateJoinedByAndHasTheFirstOnesSubjectNotItsObject() {
        let found = positions("Chile's foreign ministry summoned the Peruvian ambassador and said it would lodge a complaint.")
        #expect(Set(found.map(\.actor)) == ["CHL"])
        // A government named between "and" and the verb is a subject of its own.
        let both = positions("Chile condemned the raid on the port and Peru said it regretted the incident.")
        #expect(Set(both.map(\.actor)) == ["CHL", "PER"])
        // So is one named after an aside of circumstance before the verb: those the aside names are not.
        let aside = positions("President Gabriel Boric said he had spoken to Castillo and, after consulting Bolivia's Luis Arce and "
            + "Argentina's Alberto Fernández, was sending an envoy to help calm the situation.", date: "2022-06-01")
        #expect(Set(aside.map(\.actor)) == ["CHL"])
        // The first verb need take no side: the government after it is still its object.
        #expect(positions("Chile sent Peru a formal note and condemned the seizure of the vessel.").map(summary) == ["CHL oppose statement"])
        #expect(positions("Washington gave Caracas 30 days to respond and rejected any talks before then.").map(\.actor) == ["USA"])
    }

    @Test func aPersonNamedWithTheCountryAfterOfSpeaksForIt() {
        #expect(positions("Tomas Varga of Slovakia condemned the shelling of the town.").map(summary) == ["SVK oppose statement"])
        #expect(positions("Speaking before the vote, Dame Ellen Hart of the United Kingdom said her Government opposed the text.")
            .map(\.actor) == ["GBR"])
        // A body's name is no person's.
        #expect(positions("The University of Chile condemned the decision.").isEmpty)
    }

    @Test func theMembersOfABodySpeakForItButSomeOfThemDoNot() {
        #expect(positions("The members of the Security Council condemned the attack in the strongest terms.").map(summary)
            == ["UN oppose statement"])
        #expect(positions("The 15 members of the Security Council condemned the attack.").map(\.actor) == ["UN"])
        let some = positions("The Security Council met on Monday. Western members of the Security Council condemned the attack.")
        #expect(!some.contains { $0.actor == "UN" && $0.evidence.hasPrefix("Western") })
        // Members an earlier verb has for object speak for no one.
        #expect(positions("Ukraine's foreign minister briefed the members of the Security Council and urged them to act.")
            .map(\.actor) == ["UKR"])
    }

    @Test func anAsideOfBeingAskedIsPassedOverToTheSpeaker() {
        let found = positions("Peru's trade minister defended the quota. "
            + "A spokesperson for Chile's foreign ministry, asked about the measure, said Santiago had always opposed such quotas.")
        #expect(found.filter { $0.evidence.hasPrefix("A spokesperson") }.map(\.actor) == ["CHL"])
    }

    @Test func aShortNounPhraseAfterAnOpeningPossessiveSpeaksForThatGovernment() {
        #expect(positions("Peru's public prosecutor said the seizure of the boat was unlawful.").map(\.actor) == ["PER"])
        #expect(positions("Chile's fisheries watchdog imposed restrictions on Peruvian anchovy.").map(\.actor) == ["CHL"])
        // Not for those a government governs or is allied with.
        #expect(positions("Peru's fishermen condemned the seizure of the boat.").isEmpty)
        #expect(positions("Peru's allies condemned the seizure of the boat.").isEmpty)
    }

    @Test func aSubjectThatChoosesToActAfterATimeWithoutACommaHoldsTheAct() {
        #expect(positions("Last week Ghana decided to impose sanctions on the airline.").map(summary) == ["GHA support action"])
        #expect(positions("On Friday Norway decided to suspend the fishing accord.").map(\.actor) == ["NOR"])
        // One addressed by a verb before it is still not the one acting.
        #expect(!positions("The envoy asked Norway to suspend the fishing accord.").contains { $0.actor == "NOR" })
    }

    @Test func theAuthorsOfATextNamedInItsOpeningPhraseEachHoldIt() {
        let opening = positions("Presented by Chile and co-sponsored by Brazil and Peru, the text condemns the uprising.")
        #expect(opening.filter { $0.kind == .action }.map(summary).sorted()
            == ["BRA support action", "CHL support action", "PER support action"])
        let aside = positions("The text, introduced by Chile and co-sponsored by Brazil, condemns the uprising.")
        #expect(aside.filter { $0.kind == .action }.map(\.actor).sorted() == ["BRA", "CHL"])
        // "It" in the next sentence is the text again, which speaks for the body that adopted it, not for a sponsor.
        let next = positions("The General Assembly of the OAS adopted a resolution on Bolivia. "
            + "Presented by Chile and co-sponsored by Brazil, the text strongly condemns the uprising. It rejects any attempt at a coup.")
        #expect(next.filter { $0.evidence.hasPrefix("It rejects") }.map(\.actor) == ["OAS"])
        // The text speaks for that body itself, past an adverb before its verb.
        #expect(next.contains { $0.evidence.hasPrefix("Presented") && $0.actor == "OAS" && $0.cue == "condemns" })
    }

    @Test func aPronounAfterWhichIsTheSubjectNotTheGovernmentTheClauseOpensOn() {
        let found = positions("Peru's foreign ministry rejected the claim made by the Chilean government, which it said was false.")
        #expect(found.filter { $0.cue.hasPrefix("said") }.map(\.actor) == ["PER"])
        // The government that made the claim holds the claim, as any agent of a participle does.
        #expect(found.filter { $0.cue == "claim" }.map(\.actor) == ["CHL"])
        // A text that is the subject names no government for the pronoun.
        #expect(!positions("The draft condemns the mobilization of units of the Chilean army, which it describes as a threat.")
            .contains { $0.actor == "CHL" })
    }

    @Test func aSpeakerSpeaksForThoseTheOpeningPhraseNames() {
        let found = positions("Speaking also on behalf of Gabon and Mozambique, the representative of Ghana condemned the termination.")
        #expect(found.map(\.actor).sorted() == ["GAB", "GHA", "MOZ"])
        #expect(found.allSatisfy { $0.stance == .oppose })
        #expect(positions("Speaking after the vote, the representative of Ghana condemned the termination.").map(\.actor) == ["GHA"])
    }

    @Test func everyAgentOfAPassiveHoldsIt() {
        let found = positions("The treaty was welcomed by the United States, which operates the base with Britain, as well as by "
            + "Australia, New Zealand and India.")
        #expect(found.map(\.actor).sorted() == ["AUS", "IND", "NZL", "USA"])
        #expect(positions("The agreement was welcomed at once by President Joe Biden and by India's foreign ministry.",
                          date: "2024-10-04").map(\.actor).sorted() == ["IND", "USA"])
    }

    @Test func theAgentsOfAParticipleDescribingANounEachHoldIt() {
        let cap = positions("Kyiv said a price cap on Russian oil, imposed by the G7, the European Union and Australia, was far "
            + "too high.", date: "2022-12-03")
        #expect(Set(cap.filter { $0.cue == "imposed" }.map(\.actor)) == ["G7", "EU", "AUS"])
        let signed = positions("A joint statement signed by Germany, Denmark and New Zealand condemned the strikes.", date: "2024-03-01")
        #expect(Set(signed.map(\.actor)).isSuperset(of: ["DEU", "DNK", "NZL"]))
        // Also where the sentence's subject comes first: the participle is the agents', not the subject's.
        let adopted = positions("China welcomed the resolution adopted by the Security Council.", date: "2024-03-01")
        #expect(Set(adopted.map(\.actor)) == ["CHN", "UN"])
    }

    @Test func governmentsThankedForAnActDidIt() {
        let found = positions("Moldova thanked the delegations of Poland and Romania, which spoke against the blockade, and is "
            + "grateful to the European Union for its offer of emergency support.", date: "2024-05-01")
        #expect(Set(found.map(\.actor)) == ["MDA", "POL", "ROU", "EU"])
        // Not a courtesy with no act, nor a country's people.
        #expect(positions("Moldova thanked France.", date: "2024-05-01").allSatisfy { $0.actor != "FRA" })
        #expect(positions("Moldova is grateful to the people of Japan for their generosity.", date: "2024-05-01")
            .allSatisfy { $0.actor != "JPN" })
    }

    @Test func everyGovernmentThankedInTurnDidWhatItIsThankedFor() {
        // Each one after the first with an act of its own: "…, China for the rifles, and Singapore for the aircraft".
        let turn = positions("Moldova thanked Poland for its support, Japan for the generators it donated, and Canada for "
            + "the aircraft it lent.", date: "2024-05-01")
        #expect(Set(turn.map(\.actor)) == ["MDA", "POL", "JPN", "CAN"])
        // "grateful to A and to B for …": both thanked.
        let both = positions("Moldova is grateful to Poland and to Romania for their support.", date: "2024-05-01")
        #expect(Set(both.filter { $0.cue == "grateful" }.map(\.actor)) == ["POL", "ROU"])
        let tribute = positions("Moldova paid tribute to the European Union, which sent engineers to the border.", date: "2024-05-01")
        #expect(tribute.contains { $0.actor == "EU" })
        // A government named after the first act without an act of its own opened by "for" is not thanked.
        let named = positions("Moldova thanked Poland for its support, and Romania, which stayed away.", date: "2024-05-01")
        #expect(!named.contains { $0.actor == "ROU" && $0.cue == "thanked" })
    }

    @Test func aDelegateNamedByOfficeAfterSpeakingForAGovernmentSpeaksForIt() {
        let found = positions("The representative of Chile welcomed the vote.\n\n"
            + "Speaking for Norway, the representative said his Government rejected the fishing quota.")
        #expect(found.filter { $0.evidence.hasPrefix("Speaking") }.map(\.actor) == ["NOR"])
        // A delegate named with a government of their own keeps it, and speaks for the others with it.
        let joint = positions("The representative of Chile welcomed the vote.\n\n"
            + "Speaking also for Gabon and Mozambique, the representative of Ghana said the quota was regrettable.")
        #expect(Set(joint.filter { $0.evidence.hasPrefix("Speaking") }.map(\.actor)) == ["GHA", "GAB", "MOZ"])
        // So does a delegate named by a name the lexicon does not know, with the aside after it, whatever the content names.
        let named = positions("Jane Doe, speaking for Norway, said the quota rewarded years of Russian overfishing.")
        #expect(named.map(\.actor) == ["NOR"])
        let behalf = positions("Jane Doe, speaking on behalf of Norway and Iceland, rejected the fishing quota.")
        #expect(actors(behalf, .oppose) == ["ISL", "NOR"])
        // Not one who speaks to a government.
        #expect(positions("Jane Doe, speaking to Norway, rejected the fishing quota.").isEmpty)
    }

    @Test func theHeadsOfStateOfAListSpeakForEveryGovernmentOnIt() {
        let found = positions("On 6 July, the Heads of State of Chile, Peru and Ecuador signed the fisheries treaty.")
        #expect(Set(found.map(\.actor)) == ["CHL", "PER", "ECU"])
        #expect(Set(positions("The Heads of Government of Chile and Peru condemned the seizure.").map(\.actor)) == ["CHL", "PER"])
    }

    @Test func aPossessiveInAnOpeningParticiplePointsToTheSubjectAfterIt() {
        let found = positions("The representative of Brazil welcomed the text.\n\n"
            + "Explaining his delegation's abstention, the representative of Chile said the quota had to be withdrawn.")
        #expect(Set(found.filter { $0.evidence.hasPrefix("Explaining") }.map(\.actor)) == ["CHL"])
    }

    @Test func aListWhosePrepositionOpensEachPartAgainNamesThemAll() {
        let found = positions("Chile welcomed the efforts of Brazil, and of Mexico, Peru and Ecuador, to secure a recount.", date: "2024-08-10")
        #expect(Set(found.map(\.actor)) == ["CHL", "BRA", "MEX", "PER", "ECU"])
        let from = positions("Chile welcomed the support from Brazil and from Mexico for a recount.", date: "2024-08-10")
        #expect(Set(from.map(\.actor)) == ["CHL", "BRA", "MEX"])
    }

    @Test func governmentsWhoseStandIsEndorsedTookIt() {
        // "the efforts of …", "the position … by …", a possessive owner: those named hold the endorser's position.
        let found = positions("Chile welcomed the firm position of Brazil and Mexico on the election results.\n\n"
            + "Peru praised Colombia's mediation after the election.\n\n"
            + "Ecuador appreciated the support of the Organization of American States for a recount.",
            date: "2024-08-10")
        #expect(Set(found.map(\.actor)) == ["CHL", "BRA", "MEX", "PER", "COL", "ECU", "OAS"])
        for endorser in ["CHL", "PER", "ECU"] {
            let held = found.first { $0.actor == endorser }?.stance
            #expect(found.filter { $0.evidence == found.first { $0.actor == endorser }?.evidence }.allSatisfy { $0.stance == held })
        }
        // Not where the endorsing word is denied, nor a stand with no government named.
        #expect(positions("Chile did not support the position of Brazil on the election results.", date: "2024-08-10")
            .allSatisfy { $0.actor != "BRA" })
        #expect(positions("Chile welcomed the efforts made in talks between Brazil and Mexico.", date: "2024-08-10")
            .allSatisfy { $0.actor == "CHL" })
        // A response, a reaction or a message welcomed is a stand too.
        #expect(Set(positions("Chile welcomed the prompt response of the Organization of American States.\n\n"
            + "Peru valued the messages from Brazil and Mexico calling for a recount.", date: "2024-08-10").map(\.actor))
            == ["CHL", "OAS", "PER", "BRA", "MEX"])
    }

    @Test func governmentsWhoseStandIsNotedTookIt() {
        // Noting a stand does not endorse it, but those named took it: in favour of what they said, asked or decided.
        let found = positions("Statement by the Ministry of Foreign Affairs of Chile\n\n"
            + "The Ministry has taken note of the assurances offered last week by Peru and Bolivia that the border will stay open.\n\n"
            + "It also takes note of Argentina's decision to recall its ambassador.\n\n"
            + "We have taken note of the announcement made yesterday in Lima by the Government of Peru.")
        #expect(actors(found.filter { $0.evidence.hasPrefix("The Ministry") }, .support) == ["BOL", "PER"])
        #expect(found.filter { $0.evidence.hasPrefix("It also") }.map(\.actor).contains("ARG"))
        #expect(found.filter { $0.evidence.hasPrefix("We have") }.map(\.actor).contains("PER"))
        // Noting another's words takes no stand of one's own; noting a decision is a stand.
        let release = "Statement by the Ministry of Foreign Affairs of Chile\n\n"
        #expect(positions(release + "We have taken note of Peru's statement that the border will stay open.", kind: nil)
            .map(\.actor) == ["PER"])
        #expect(positions(release + "We have taken note of what the Peruvian side has said.", kind: nil).isEmpty)
        #expect(positions(release + "The Ministry takes note of the decision of the tribunal.", kind: nil).map(\.actor) == ["CHL"])
        // Not a government named after the noted stand's phrase has ended, nor a stand noted under a negation.
        #expect(!positions("Statement by the Ministry of Foreign Affairs of Chile\n\n"
            + "The Ministry took note of the decision and remains committed to the ruling by Peru.")
            .contains { $0.actor == "PER" })
        #expect(!positions("Chile never took note of the letter from Bolivia.").contains { $0.actor == "BOL" })
    }

    @Test func aCommaAndBetweenTwoNamesJoinsTwoClausesNotAList() {
        // "before the Council, and France …": the body is where the draft went, not a second subject.
        #expect(positions("The draft was brought before the Security Council, and France is proud to support it.").map(\.actor)
            == ["FRA"])
        #expect(positions("The text was put before the General Assembly, and Chile voted in favour of it.").map(\.actor) == ["CHL"])
        // A list of three keeps its comma before "and".
        #expect(Set(positions("Brazil, Chile, and Mexico voted in favour of the text.").map(\.actor)) == ["BRA", "CHL", "MEX"])
        // A pair joined by its own "and" after ", and" is the next clause's subject, whole.
        let pair = positions("Germany suspended its talks with Peru, and Denmark and Sweden rejected the loan.")
        #expect(Set(pair.filter { $0.stance == .oppose && $0.cue == "rejected" }.map(\.actor)) == ["DNK", "SWE"])
    }

    @Test func aVerbInAClauseOfItsOwnIsNotWhatTheVerbBeforeSays() {
        // "…, and the European Union has called on …": the Union's call, not what Chile urged.
        let found = positions("Chile urged Peru to show restraint, and the European Union has called on Lima to respect the treaty.")
        #expect(Set(found.map(\.actor)) == ["CHL", "EU"])
        #expect(!found.contains { $0.actor == "CHL" && $0.cue.contains("called") })
        // After a relative clause the name is one more subject of the main verb: what the relative clause's verb says.
        let relative = positions("Egypt, which requested the meeting, and Saudi Arabia both condemned the offensive.")
        #expect(relative.contains { $0.actor == "EGY" && $0.stance == .oppose && $0.cue.contains("condemned") })
        // A pair of names after ", and" that are one group is the next clause's subject too.
        let group = positions("Germany suspended its talks with India, and the Nordic countries rejected the loan.")
        #expect(Set(group.filter { $0.cue == "rejected" }.map(\.actor)) == ["DNK", "FIN", "ISL", "NOR", "SWE"])
    }

    @Test func namesJoinedByAHyphenBeforeANounNameAThingNotWhoActs() {
        #expect(positions("The measures include cancelling the China-US defence talks and suspending the China-US climate "
            + "change talks.").isEmpty)
        // A dateline's dash is no hyphen: the name after it still acts.
        #expect(positions("GENEVA - The United Nations rights council voted down the motion.").map(\.actor) == ["UN"])
    }

    @Test func aTimeBetweenAParticipleAndItsAgentKeepsTheAgent() {
        let dated = positions("The treaty signed on 22 May 2025 by Chile and Peru settles the maritime boundary.")
        #expect(Set(dated.map(\.actor)) == ["CHL", "PER"])
        // Not a place or a government in between: there the sentence tells of another act.
        #expect(positions("The convention signed in Lima by Chile and Peru in 1929 settles the land boundary.").isEmpty)
        #expect(Set(positions("Bolivia rejected the course imposed on Peru by Chile.").map(\.actor)) == ["BOL"])
    }

    @Test func aRelativeClauseAfterAGovernmentNamedWithItsCountryIsPassedOver() {
        let found = positions("Turkey's foreign ministry and the Taliban administration in Afghanistan, which borders both "
            + "countries, urged Tehran and Islamabad to settle their differences through dialogue.", date: "2024-01-19")
        #expect(Set(found.map(\.actor)) == ["TUR", "AFG"])
        #expect(found.allSatisfy { $0.speaker != "both countries" })
        // The holder's own name is not what the sentence is about.
        #expect(found.allSatisfy { !$0.issue.hasPrefix("afghanistan-women-restrictions") })
    }

    @Test func aWhoseClauseWithAsidesOfItsOwnIsPassedOver() {
        let found = positions("Chile, whose ambassador in Lima, Ana Soto, was injured when the blast hit the embassy, condemned the "
            + "attack as an act of terrorism.", date: "2024-09-19")
        #expect(found.map(summary) == ["CHL oppose statement"])
    }

    @Test func theEmbassiesOrDelegationsOfSeveralGovernmentsEachHoldIt() {
        #expect(positions("The embassies of the United States and the United Kingdom welcomed the ruling.").map(\.actor).sorted()
            == ["GBR", "USA"])
        #expect(positions("The delegations of Japan and Malta condemned the withdrawal.").map(\.actor).sorted() == ["JPN", "MLT"])
    }

    @Test func governmentsAnAsideJoinsToTheSubjectHoldItToo() {
        let found = positions("Argentina and Brazil, joined by Chile, Ecuador and Peru, signed a declaration urging restraint.")
        #expect(Set(found.map(\.actor)) == ["ARG", "BRA", "CHL", "ECU", "PER"])
        #expect(!found.contains { $0.cue.hasPrefix("joined") })
        #expect(positions("France, joined by Germany, condemned the strike.").map(\.actor).sorted() == ["DEU", "FRA"])
        #expect(positions("China and Russia, together with Iran, have written to the Secretary-General to reject the plan.")
            .map(\.actor).sorted() == ["CHN", "IRN", "RUS"])
        #expect(positions("Ghana, along with Togo, condemned the strike.").map(\.actor).sorted() == ["GHA", "TGO"])
        // The same phrase may open the sentence, after a date.
        #expect(positions("On 24 May, together with Latvia and Estonia, Lithuania agreed to close its airspace.").map(\.actor).sorted()
            == ["EST", "LTU", "LVA"])
    }

    @Test func governmentsAmongTheDelegationsThatActedEachHoldIt() {
        let found = positions("Japan, Albania and Malta were among the delegations that condemned the withdrawal from the deal.")
        #expect(Set(found.map(\.actor)) == ["ALB", "JPN", "MLT"])
        #expect(found.allSatisfy { $0.stance == .oppose })
        // "those in the region who …": a short phrase of place may follow the antecedent.
        let region = positions("Mexico and Cuba were among those in the region who voiced support for Panama's sovereignty.")
        #expect(Set(region.map(\.actor)) == ["CUB", "MEX"])
    }

    @Test func theCouncilIsTheCouncilNamedEarlierInTheSentence() {
        let found = positions("Iraq condemned the burning. Denmark is not a member of the UN Human Rights Council and took no part "
            + "in the vote on resolution 53/1, which the Council adopted in July.")
        #expect(found.filter { $0.cue == "adopted" }.map(\.actor) == ["UN"])
        // "The Assembly" is the assembly named in full before: the General Assembly, or a national one.
        let general = positions("The General Assembly adopted the resolution.\n\nBy the text, the Assembly welcomed the opinion.")
        #expect(general.filter { $0.evidence.hasPrefix("By the text") }.map(\.actor) == ["UN"])
        let national = positions("South Korea's National Assembly passed the bill.\n\nThe Assembly also condemned the launch.")
        #expect(national.filter { $0.evidence.hasPrefix("The Assembly") }.map(\.actor) == ["KOR"])
    }

    @Test func anAdverbBetweenSubjectAndVerbLeavesTheVerbAVerb() {
        #expect(positions("London nonetheless refused to accept the court's conclusion.").map(summary) == ["GBR oppose statement"])
        #expect(positions("Venezuela has so far refused to recognise the ruling.").map(summary) == ["VEN oppose statement"])
    }

    @Test func theThreeLeadersAreTheThreeNamedInTheSentence() {
        let found = positions("Kenya reported on the talks. In October, the presidents of Egypt, Eritrea and Somalia met in Asmara, "
            + "where the three leaders pledged to defend Somalia's sovereignty.")
        #expect(Set(found.filter { $0.cue.hasPrefix("pledged") }.map(\.actor)) == ["EGY", "ERI", "SOM"])
    }

    @Test func theWorldCourtSpeaksForTheUnitedNations() {
        let found = positions("In 2019 the International Court of Justice advised that Britain should end its administration of the islands.")
        #expect(found.filter { $0.kind != .recommendation }.map(\.actor) == ["UN"])
    }

    @Test func theSubjectOfAPassiveIsWhatTheActBefellNotItsHolder() {
        #expect(positions("Russia was criticized for the attack on the convoy.").isEmpty)
        #expect(positions("Britain will keep the sanctions until Iran is allowed back into the talks.").map(\.actor) == ["GBR"])
        // A body's own text adopted is the body's act; a feeling in the passive is the subject's.
        #expect(positions("UNSC Resolution 2664 was approved on Friday.").map(summary) == ["UN support action"])
        #expect(positions("Canada is alarmed by the missile launch.").map(summary) == ["CAN oppose statement"])
    }

    @Test func itSaysHowTheGovernmentBeforeItFeelsNotWhoseDecisionItWas() {
        // Japan decided to resume whaling: that is Japan's act, not its disappointment.
        let found = positions("Australia said it was deeply disappointed by Japan's decision to resume commercial whaling.")
        #expect(found.filter { $0.stance == .oppose }.map(summary) == ["AUS oppose statement"])
        #expect(!found.contains { $0.actor == "JPN" && $0.stance == .oppose })
    }

    @Test func theMainClauseSaysWhatAGovernmentDescribedInAnAsideSaid() {
        let found = positions("France, which has banned deep-sea mining in its own waters, called the U.S. decision a dangerous step.")
        #expect(found.filter { $0.actor == "FRA" }.map(\.cue) == ["called … dangerous step"])
    }

    @Test func itsMinistryIsTheGovernmentBeforeItInTheSentence() {
        let found = positions("""
            Reactions to the strikes

            British Prime Minister Keir Starmer urged all parties to step back.

            Saudi Arabia condemned what its foreign ministry called "blatant aggression", saying the strikes violated international law.

            India did not back a statement by the Shanghai Cooperation Organisation, and its foreign ministry urged both sides to use dialogue.
            """, date: "2025-06-14")
        #expect(!found.contains { $0.actor == "GBR" && !$0.evidence.hasPrefix("British") })
        #expect(!found.contains { $0.actor == "SCO" })
        #expect(found.contains { $0.actor == "SAU" } && found.contains { $0.actor == "IND" })
    }

    @Test func anOpeningPhraseAfterATurnsLabelIsNoListOfSubjects() {
        let found = positions("""
            Q: After last week's meeting of the Chilean, Peruvian and Bolivian foreign ministers, Argentina's foreign \
            minister said the three countries did not need anyone's help to settle their differences.
            """)
        #expect(found.map(\.actor) == ["ARG"])
    }

    @Test func aPassivesAgentHoldsItPastAnAdverb() {
        let found = positions("The launch was also condemned by the representatives of the United Kingdom and France.")
        #expect(found.map(summary).sorted() == ["FRA oppose statement", "GBR oppose statement"])
        #expect(positions("The launch was already condemned by Japan.").map(summary) == ["JPN oppose statement"])
    }

    @Test func anAsideSayingWhereOrHowAHolderSpokeIsPassedOver() {
        let letter = positions("The Chilean foreign minister, in a letter addressed to UN Secretary-General Antonio Guterres, urged "
            + "him to withdraw the peacekeepers from the border.", date: "2024-03-01")
        #expect(Set(letter.map(\.actor)) == ["CHL"])
        let call = positions("Turkish President Tayyip Erdogan, during a phone call with Russian President Vladimir Putin, called "
            + "for an immediate ceasefire.", date: "2024-03-01")
        #expect(Set(call.map(\.actor)) == ["TUR"])
    }

    @Test func heAfterASpeakerNamedBeforeTheirTitleIsTheOneWhoHeldTheSentenceBefore() {
        let found = positions("Briefing the Council, Khaled Khiari, Assistant Secretary-General for the Middle East, said the "
            + "Secretary-General strongly condemned the launch. He called on the authorities to return to dialogue.")
        #expect(found.filter { $0.evidence.hasPrefix("He called") }.map(\.actor) == ["UN"])
        // Not when the sentence before held nothing.
        #expect(positions("The talks resumed in Geneva. He called on the authorities to return to dialogue.").isEmpty)
    }

    @Test func heContinuesThePersonWhoSpokeInTheSentenceBeforeNotTheLastPersonItNamed() {
        let found = positions("Brazil's ambassador, Marta Lins, said the attempt to strip President-elect Arturo Vela of Peru of his "
            + "immunity was an assault on the voters. He said Brasilia would keep acting against anyone who blocked the transfer of "
            + "power.", date: "2023-12-12")
        #expect(found.filter { $0.evidence.hasPrefix("He said") }.map(\.actor) == ["BRA"])
        let minister = positions("Foreign Minister Anne Berg of Norway, speaking by video, said his Government had invited "
            + "the Secretary-General of the Organization and the Prime Minister of Sweden to visit. He said the outgoing "
            + "administration would hand over power in January.", date: "2023-12-12")
        #expect(minister.filter { $0.evidence.hasPrefix("He said") }.map(\.actor) == ["NOR"])
    }

    @Test func itsMinisterOpeningASentenceIsTheSubjectOfTheSentenceBefore() {
        let found = positions("""
            Chile's foreign minister, Ana Soto, said Santiago would keep its embassy open.

            Peru, which has hosted the talks since May, received the delegations on Monday. Its foreign minister said \
            isolating the new authorities would only make matters worse.
            """, date: "2025-06-14")
        #expect(found.filter { $0.evidence.hasPrefix("Its foreign minister") }.map(\.actor) == ["PER"])
        // "His" is a person's, not a government's.
        let his = positions("""
            Chile's foreign minister, Ana Soto, said Santiago would keep its embassy open.

            Peru received the delegations on Monday. His deputy said isolating the new authorities would only make \
            matters worse.
            """, date: "2025-06-14")
        #expect(!his.contains { $0.evidence.hasPrefix("His deputy") && $0.actor == "PER" })
        // "Her government" is the government of the person named last.
        let her = positions("""
            Bolivia's foreign minister said La Paz would keep its embassy open.

            Chilean Foreign Minister Ana Soto accused Peru of violating the border. Her government said it would \
            send aid to the families of the victims.
            """, date: "2025-06-14")
        #expect(her.filter { $0.evidence.hasPrefix("Her government") }.map(\.actor) == ["CHL"])
    }

    @Test func theCitiesOfADatelineAndGovernmentsInGeneralHoldNothing() {
        let found = positions("JERUSALEM/DUBAI/TOKYO, June 14 – Governments around the world urged Israel and Iran on Saturday to step back.")
        #expect(!found.contains { $0.cue == "urged" })
        #expect(!positions("Russia criticized the plan. Governments across the region urged calm.").contains { $0.cue == "urged" })
        // Nor do diplomats or delegates with no article or country: they serve many governments. Officials are the
        // ministry's.
        let diplomats = positions("Chile rejected the plan. Diplomats said the border crossings remained a test of goodwill.")
        #expect(!diplomats.contains { $0.evidence.hasPrefix("Diplomats") })
        let officials = positions("Chile rejected the plan. Officials said the border crossings would stay closed.")
        #expect(officials.filter { $0.evidence.hasPrefix("Officials") }.map(\.actor) == ["CHL"])
    }

    @Test func aLongAsideAfterTheSubjectsIsPassedOver() {
        let found = positions("The foreign ministers of Estonia, Latvia and Lithuania, who travelled to Tbilisi with their "
            + "Icelandic counterpart this month to urge the government to drop the bill, said the vote marked a step away from Europe.")
        #expect(Set(found.map(\.actor)) == ["EST", "LVA", "LTU"])
    }

    @Test func anAppositionBeforeTheVerbIsPassedOverToTheGovernmentItDescribes() {
        #expect(positions("China, one of the countries Pompeo singled out, said it regretted the decision.").map(\.actor) == ["CHN"])
        // So is a participle's aside, however long.
        #expect(positions("Fiji's representative, speaking as holder of the presidency of the twenty-third Conference of the "
            + "Parties to the climate change convention, welcomed the resolution.").map(\.actor) == ["FJI"])
    }

    @Test func aNamedGovernmentDescribedByWhoOrWhichHoldsTheClauseAfterAPrepositionToo() {
        // Written for the test.
        #expect(positions("Portugal associated itself with the Secretary-General of the United Nations, who condemned the "
            + "takeover.").map(\.actor) == ["UN"])
        #expect(positions("We count on Poland, which has supported our European path from the very beginning.", kind: "statement",
                          issuer: "UKR").contains { $0.actor == "POL" })
        // Not a word for governments that the clause only restricts ("the governments that have condemned").
        #expect(!positions("Kyiv thanked the governments that have condemned the strikes.").contains { $0.actor != "UKR" })
    }

    @Test func whoLeadsABodyInAnAsideDoesNotSpeakForIt() {
        // Written for the test: the body a possessive owns speaks, not the government of whoever leads it.
        #expect(positions("The European Union's delegation, headed by a senior French diplomat, urged the authorities "
            + "to release the detainees.").map(\.actor) == ["EU"])
        #expect(positions("The African Union's observer mission, led by Botswana's foreign minister, concluded that the "
            + "vote did not meet the union's standards.").map(\.actor) == ["AU"])
    }

    @Test func theBlocAndTheAllianceAreTheOrganizationNamedLast() {
        // Written for the test.
        let found = positions("""
            The European Union said the vote count lacked credibility.

            The bloc has also urged the authorities to release the detained opposition leaders.
            """)
        #expect(found.map(\.actor) == ["EU", "EU"])
        // In the same sentence, after a state.
        #expect(positions("After a meeting with Poland's foreign minister at NATO headquarters, the alliance condemned the "
            + "incursions.").map(\.actor) == ["NATO"])
        // Never a state, nor an alliance that is only joined, nor a body of another name.
        #expect(!positions("Poland said the drones had entered its airspace. The alliance condemned the incursions.")
            .contains { $0.actor != "POL" })
        #expect(!positions("NATO met on Monday. Sweden applied to join the alliance, abandoning its neutrality.")
            .contains { $0.actor == "NATO" && $0.evidence.hasPrefix("Sweden") })
        #expect(!positions("The United Nations met on Monday. The Alliance of Small Island States condemned the delay.")
            .contains { $0.actor == "UN" })
        // Who speaks for the bloc, as its subject does.
        let spokesperson = positions("The European Union urged restraint. Chile welcomed the vote. "
            + "A spokesperson for the bloc said it condemned the arrests.")
        #expect(spokesperson.filter { $0.evidence.hasPrefix("A spokesperson") }.map(\.actor) == ["EU"])
    }

    @Test func theParliamentIsTheParliamentTheDocumentNamed() {
        let found = positions("""
            The European Parliament voted on Thursday to freeze the ratification of the agreement with China.

            At the same time, the parliament welcomed the sanctions on four Chinese officials.
            """)
        #expect(found.filter { $0.evidence.hasPrefix("At the same time") }.map(\.actor) == ["EU"])
        let union = positions("""
            The African Union's Peace and Security Council met on Thursday.

            The Union condemned the attack on the peacekeepers.
            """)
        #expect(union.filter { $0.evidence.hasPrefix("The Union") }.map(\.actor) == ["AU"])
    }

    @Test func aPersonNamedAfterAnOfficeOfABodySpeaksForTheBody() {
        let found = positions("The President of the General Assembly, Miroslav Lajčák, welcomed the adoption.", date: "2018-05-10")
        #expect(found.map(\.actor) == ["UN"])
    }

    @Test func whatAnotherSaysALawDoesIsTheirClaimNotTheLawmakersPosition() {
        let found = positions("""
            Georgia passes the law

            Georgia's parliament adopted the foreign influence law on Tuesday.

            "We are deeply disappointed by today's vote. This law will stifle civil society," State Department spokesman Matthew Miller said.

            The European Union said it deeply regretted the decision and that the law went against the bloc's core values.
            """, date: "2024-05-28")
        #expect(!found.contains { $0.actor == "GEO" && ($0.evidence.hasPrefix("This law") || $0.evidence.hasPrefix("The European Union")) })
        #expect(found.contains { $0.actor == "USA" && $0.evidence.hasPrefix("This law") })
    }

    @Test func theOnesAskedToActAreAddressedThoughANounNamesThem() {
        let found = positions("Belgium said it would ask its European Union partners to consider sanctions against Rwanda.")
        #expect(found.map(\.actor) == ["BEL"])
    }

    @Test func aParticipleAfterAlliesIsTheirVerb() {
        let found = positions("The United States and its allies agreed to impose sanctions on Russia.")
        #expect(found.map(summary) == ["USA support statement"])
    }

    @Test func aBodyOfAGovernmentOrOrganizationActsForIt() {
        #expect(positions("The World Health Assembly's Committee A today approved the agreement.").map(\.actor) == ["WHO"])
    }

    @Test func countriesNamedAsClaimantsInAPassiveOfFactHoldNothing() {
        #expect(positions("The Kuril islands are claimed by both Japan and Russia.").isEmpty)
    }

    @Test func aHeadlineAfterItsTopicLabelOpensWithItsSubject() {
        let found = positions("Chad: Government of Chad Welcomes Niger Offer of Border Talks")
        #expect(found.first.map(summary) == "TCD support statement")
    }

    @Test func aTextSpeaksForTheAuthorsItsAsideNames() {
        let found = positions("The letter, spearheaded by Colombia, stated: \"We cannot support an outcome without a roadmap.\"")
        #expect(found.map(\.actor) == ["COL"])
        let signed = positions("The talks opened on Monday. The declaration, signed by France and Germany, condemned the attack.")
        #expect(Set(signed.filter { $0.cue == "condemned" }.map(\.actor)) == ["FRA", "DEU"])
    }

    @Test func officialsNamedInAppositionStillFormAList() {
        let found = positions("The Home Secretary of the UK, Suella Braverman, and the Minister of the Interior of France, "
            + "Gérald Darmanin, today welcomed a new agreement on the Channel crossings.", date: "2022-11-14")
        #expect(Set(found.map(\.actor)) == ["GBR", "FRA"])
        #expect(Set(positions("Canada, China, the EU and Mexico have imposed retaliatory tariffs.").map(\.actor)).isSuperset(of: ["CAN", "CHN", "MEX"]))
    }

    @Test func theAmbassadorSpeaksForTheirOwnCountryNotOneNamedNearby() {
        let found = positions("Speaking after Germany's delegate, Brazil's ambassador said his country opposed the new sanctions on Iran.")
        #expect(found.map(summary) == ["BRA oppose statement"])
    }

    @Test func governmentsNamedInWhatASpeakerReportsAreNotHolders() {
        let found = positions("The talks between Egypt and Ethiopia on the dam ended without agreement, Sudan's foreign minister said.")
        #expect(found.map(\.actor) == ["SDN"])
    }

    @Test func whatAnotherGovernmentSaidOrDidIsItsOwnNotTheReportersPosition() {
        #expect(positions("Officials in Lima said Chile had condemned the raid.").map(summary) == ["CHL oppose statement"])
        #expect(Set(positions("The Kremlin said Armenia and Kazakh President Tokayev had both welcomed the agreement.").map(\.actor))
                == ["ARM", "KAZ"])
        // What the reporter itself says it will do is still its own.
        #expect(positions("Officials in Lima said Peru would condemn the raid.").map(\.actor) == ["PER"])
        // A verdict on what another government did: both hold a position.
        #expect(Set(positions("Japan welcomed that Korea had lifted the ban.").map(\.actor)) == ["JPN", "KOR"])
        // Also when an office-holder named with the title of the office did it.
        #expect(Set(positions("Poland appreciates that Prime Minister Netanyahu has welcomed the decision.", date: "2018-06-27")
            .map(\.actor)) == ["POL", "ISR"])
        // A choice to act is the act, however the sentence around it judges it.
        #expect(Set(positions("Britain regretted that China and Russia chose to abstain.").map(summary))
                == ["GBR neutral statement", "CHN neutral action", "RUS neutral action"])
        // "His country" after "he said" is the speaker's own government, not the one named before.
        let speaker = positions("""
            The representative of the Russian Federation took the floor.

            Washington was attempting to engineer a coup, he said, and his country rejected any attempt to impose an outcome.
            """)
        #expect(speaker.filter { $0.evidence.hasPrefix("Washington") }.map(\.actor) == ["RUS"])
        // The government after "declares" is its object, not the subject of what follows.
        #expect(positions("Peru declares the Ambassador of Mexico persona non grata").map(\.actor) == ["PER"])
    }

    @Test func theAgentOfAPassiveVerbHoldsThatVerbNotTheNounBeforeIt() {
        #expect(positions("The proposal was rejected by Norway.").map(summary) == ["NOR oppose statement"])
        #expect(positions("The sanctions were condemned by Brazil and Mexico.").map(summary)
                == ["BRA oppose statement", "MEX oppose statement"])
    }

    @Test func aListThatAPrepositionOpensIsNotTheSubjectOfTheNextClause() {
        let found = positions("Despite being blocked by Russia and Algeria, the draft won support from France and Japan.")
        #expect(actors(found, .support) == ["FRA", "JPN"])
        #expect(actors(found, .oppose) == ["DZA", "RUS"])
    }

    @Test func aHeadlineOpeningWithTwoGovernmentsGivesBothAPosition() {
        let found = positions("Chile, Peru welcome the new fisheries accord\n\nThe accord was signed on Monday.")
        #expect(actors(found, .support) == ["CHL", "PER"])
    }

    @Test func aDemonymBeforeAVetoHoldsIt() {
        let found = positions("As a result of the Russian veto, the resolution was not adopted.")
        #expect(found.map(summary) == ["RUS oppose action"], "\(found.map { ($0.cue, $0.issue, $0.evidence) })")
    }

    @Test func everyAgentOfADraftingHoldsIt() {
        let found = positions("Russia vetoed the resolution, which was drafted by Ireland and the United Arab Emirates.")
        #expect(actors(found, .support) == ["ARE", "IRL"])
        #expect(found.filter { $0.stance == .oppose }.map(\.actor) == ["RUS"])
    }

    @Test func theAgentOfATextsPassiveEnactingVerbPutsItForward() {
        #expect(positions("The draft resolution was presented by Mexico.").map(summary) == ["MEX support action"])
        #expect(positions("The text had been tabled by Ireland and Norway.").map(summary)
                == ["IRL support action", "NOR support action"])
    }

    @Test func theAuthorOfATextNamedAfterItPutsItForward() {
        #expect(positions("The resolution, tabled by Kenya, was adopted unanimously.").map(summary) == ["KEN support action"])
        #expect(positions("The draft presented by Mexico drew wide support.").map(summary) == ["MEX support action"])
        #expect(actors(positions("Chile and Peru introduced a draft resolution on fisheries."), .support) == ["CHL", "PER"])
        #expect(actors(positions("Norway and Chile were among the countries that brought the motion."), .support) == ["CHL", "NOR"])
    }

    @Test func onlyAnAsideInAConditionalSentenceStatesAFact() {
        let found = positions("If adopted, the draft — presented by Mexico — would have condemned the attacks on the mission.")
        #expect(found.map(summary) == ["MEX support action"])
        let hyphen = positions("If adopted, the draft — presented by Mexico in a long-awaited move — would have condemned the attacks.")
        #expect(hyphen.map(summary) == ["MEX support action"])
        #expect(positions("If adopted, the draft would have condemned Russia for the attacks.").isEmpty)
    }

    @Test func whatTheMainClauseCommitsToUnderAConditionIsAPosition() {
        let found = positions("If Peru keeps the quota in place, Chile will impose duties on Peruvian fish.")
        #expect(found.map(summary) == ["CHL support action"])
        // The speaker's commitment in its own statement; the condition's own cue is nobody's.
        let own = positions("""
            Statement by the Ministry of Foreign Affairs of Chile

            Should Peru carry out the expulsion, we will recall our ambassador in protest.
            """, kind: "statement")
        #expect(!own.isEmpty && own.allSatisfy { $0.actor == "CHL" && $0.evidence.hasPrefix("Should") })
        #expect(own.allSatisfy { $0.cue != "expulsion" })
        // A condition with no commitment after it is still nobody's position.
        #expect(positions("If Peru keeps the quota, the talks may fail.").isEmpty)
    }

    @Test func aBodyWhoseNameEndsInAnInstitutionWordIsNotThatGovernment() {
        #expect(positions("The World Rights Congress condemned the ban.").isEmpty)
        // A legislature of the same name is the government its demonym names, not the US Senate.
        #expect(positions("The Philippine Senate condemned the ban.").map(summary) == ["PHL oppose statement"])
        #expect(positions("On Monday Congress condemned the ban.").map(summary) == ["USA oppose statement"])
        #expect(positions("Congress condemned the ban.").map(summary) == ["USA oppose statement"])
        #expect(positions("While the Pentagon welcomed the plan, others hesitated.").map(summary) == ["USA support statement"])
    }

    @Test func aParticipleAfterATextSaysWhatTheTextDoesNotWhatTheSubjectDid() {
        #expect(positions("India abstained on the resolution condemning Russia.").map(summary) == ["IND neutral action"])
    }

    @Test func fromAfterAVerbsObjectNamesAPlaceNotAnAgent() {
        #expect(positions("Several states recalled their ambassadors from Israel.").isEmpty)
        #expect(actors(positions("The plan drew support from China and France."), .support) == ["CHN", "FRA"])
        #expect(positions("Paris recalled its ambassador from Niger.").map(summary) == ["FRA oppose action"])
    }

    @Test func aDelegateSpeakingOnBehalfOfOthersSpeaksForThemToo() {
        let found = positions("Ecuador's delegate, speaking also on behalf of Mexico and Chile, condemned the attack on the mission.")
        #expect(actors(found, .oppose) == ["CHL", "ECU", "MEX"])
        let nordic = positions("The representative of Norway, speaking on behalf of the Nordic countries, condemned the attack.")
        #expect(actors(nordic, .oppose) == ["DNK", "FIN", "ISL", "NOR", "SWE"])
        let also = positions("The representative of Mexico, also speaking for Argentina and Chile, condemned the attack.")
        #expect(actors(also, .oppose) == ["ARG", "CHL", "MEX"])
        // A relative clause after the speaker is no list the opening phrase continues.
        let presidency = positions("Speaking on behalf of the European Union, the representative of Bulgaria, which holds the "
            + "bloc's rotating presidency, condemned the attack.")
        #expect(actors(presidency, .oppose) == ["EU"])
    }

    @Test func aDelegateSpeakingForABodyStatesTheBodysPositionNotANationalOne() {
        let hungary = positions("The representative of Hungary, speaking on behalf of the European Union, rejected the fishing quota.")
        #expect(actors(hungary, .oppose) == ["EU"])
        let chair = positions("Kenya's representative, speaking on behalf of the Chair of the African Union, condemned the attack.")
        #expect(actors(chair, .oppose) == ["AU"])
        let presidency = positions("The Spanish foreign minister, speaking for the EU presidency, condemned the attack.")
        #expect(actors(presidency, .oppose) == ["EU"])
        // The opening phrase may carry the draft or statement the speaker presents for the body.
        let introducing = positions("Introducing the draft on behalf of the European Union, the representative of Finland "
            + "condemned the attack.")
        #expect(actors(introducing, .oppose) == ["EU"])
        let issued = positions("In a statement issued on behalf of the European Union, the Austrian presidency condemned the attack.")
        #expect(actors(issued, .oppose) == ["EU"])
        // Governments spoken for keep the speaker's own position; so does a body the speaker acts together with.
        let states = positions("Introducing the draft on behalf of Chile and Peru, the representative of Mexico condemned the attack.")
        #expect(actors(states, .oppose) == ["CHL", "MEX", "PER"])
        let together = positions("Together with the African Union, Ethiopia condemned the attack.")
        #expect(actors(together, .oppose) == ["AU", "ETH"])
    }

    @Test func aGroupThatIsNoBodyGivesEachMemberAPositionAlsoInAList() {
        #expect(actors(positions("The Baltic states condemned the attack."), .oppose) == ["EST", "LTU", "LVA"])
        #expect(actors(positions("Poland and the Baltic countries wanted a lower price cap on Russian oil."), .support)
                == ["EST", "LTU", "LVA", "POL"])
        #expect(actors(positions("The E3 condemned the missile launch."), .oppose) == ["DEU", "FRA", "GBR"])
        #expect(Set(positions("China submitted the request on behalf of the BASIC group, asking the summit to discuss the levy.")
            .map(\.actor)) == ["BRA", "CHN", "IND", "ZAF"])
        // A group spelled out right after it is those members, not the last governments named before.
        let spelled = positions("Chile and Peru lifted their visa rules.\n\n"
            + "The two countries that imposed the ban - Bolivia and Ecuador - then recalled their ambassadors.")
            .filter { $0.evidence.hasPrefix("The two") }
        #expect(Set(spelled.map(\.actor)) == ["BOL", "ECU"])
    }

    @Test func theMinistersOfTwoGovernmentsSpeakForEach() {
        let found = positions("The foreign ministers of Japan and South Korea agreed to resume the talks.")
        #expect(actors(found, .support) == ["JPN", "KOR"])
    }

    @Test func aStatementsParticipleInTheOpeningPhraseIsTheSubjectsPosition() {
        let found = positions("In a statement welcoming the ceasefire in Gaza, Qatar said it would keep mediating.")
        #expect(found.map(summary) == ["QAT support statement"])
    }

    @Test func theMainClauseOutweighsARelativeClauseOnTheSameIssue() {
        let found = positions("Germany's ambassador Antje Leendertse, whose country sponsored the resolution, told the assembly that "
            + "her country remains gravely concerned about the restrictions on women in Afghanistan.")
        #expect(found.map(summary) == ["DEU oppose statement"])
    }

    @Test func asDidAfterAPositionGivesTheSameToWhoeverFollows() {
        #expect(actors(positions("Germany condemned the attack, as did France and Italy."), .oppose) == ["DEU", "FRA", "ITA"])
        #expect(actors(positions("Fiji has supported the fisheries plan, as have Palau and Tonga."), .support) == ["FJI", "PLW", "TON"])
        // Whoever follows is named after the cue, even when a phrase-cue stands before it.
        #expect(actors(positions("France backed the fisheries plan, as did Italy."), .support) == ["FRA", "ITA"])
        #expect(actors(positions("France did not back the fisheries plan, nor did Spain."), .oppose) == ["ESP", "FRA"])
        #expect(actors(positions("Chile condemned the coup, and so did Peru."), .oppose) == ["CHL", "PER"])
    }

    @Test func whatASubjectActedByIsTheSubjects() {
        #expect(positions("Sweden upset Hungary by criticising the rule of law there.").map(summary) == ["SWE oppose statement"])
        // Also in a clause that opens later in the sentence, with the one acted on a body.
        #expect(positions("The vote came after Mali stunned the Security Council by calling for the withdrawal of the mission.")
            .map(\.actor) == ["MLI"])
    }

    @Test func theGovernmentWarnedIsAddressedNotTheOneWhoActs() {
        #expect(positions("Tehran warned Washington against an attack on its nuclear facilities.").map(summary)
            == ["IRN oppose statement"])
        #expect(positions("Beijing warned Tokyo of grave consequences.").map(summary) == ["CHN oppose statement"])
    }

    @Test func anOfficeAfterAnOpeningCapitalIsTheGovernmentSeatedThere() {
        let found = positions("Baghdad condemned the strike.\n\nIn Tehran, the government rejected the new sanctions.")
        #expect(found.filter { $0.evidence.hasPrefix("In Tehran") }.map(summary) == ["IRN oppose statement"])
    }

    @Test func theyOpeningTheNextSentenceIsTheGroupThatJustSpoke() {
        let found = positions("Britain, France and Germany said they regretted the decision.\n\n"
            + "They called on Tehran to keep meeting its obligations.")
        #expect(Set(found.filter { $0.evidence.hasPrefix("They") }.map(\.actor)) == ["DEU", "FRA", "GBR"])
    }

    @Test func theOnesJoinedInAnActDoItTooAndSoDoThoseWhoJoinThem() {
        #expect(actors(positions("Israel and the United States were joined in voting against by Argentina, Czechia and Hungary."),
                       .oppose) == ["ARG", "CZE", "HUN", "ISR", "USA"])
        #expect(actors(positions("Russia was joined by China in vetoing the draft."), .oppose) == ["CHN", "RUS"])
    }

    @Test func thoseVotingOrAbstainingAreTheGovernmentsAmongThem() {
        #expect(positions("Australia and Canada were among those abstaining.").map(summary)
                == ["AUS neutral action", "CAN neutral action"])
        #expect(positions("Brazil and Mexico were among those voting in favour.").map(summary)
                == ["BRA support action", "MEX support action"])
        #expect(positions("Brazil voted in favour.").map(summary) == ["BRA support action"])
    }

    @Test func theOwnerOfAThingJudgedDoesNotHoldTheVerdict() {
        // The verdict "illegal" is Islamabad's; what India decided stays India's act.
        let found = positions("Islamabad rejected the unilateral and illegal decision of the Indian Government to revoke the article.")
        #expect(found.map(summary) == ["PAK oppose statement", "IND oppose action"])
    }

    @Test func theGovernmentChargedWithAnActDoesNotHoldIt() {
        #expect(positions("Riyadh accused Doha of supporting armed groups.").map(summary) == ["SAU oppose statement"])
        #expect(positions("Washington blamed Moscow for arming the rebels.").map(summary) == ["USA oppose statement"])
        // Thanks for an act credit it.
        #expect(actors(positions("Tokyo thanked Canberra for supporting its bid."), .support) == ["AUS", "JPN"])
    }

    @Test func anUnnamedSourceAfterTheClauseSpeaksForNoGovernmentItNames() {
        #expect(positions("Hungary vetoed the EU statement on Israel, two diplomats said.").map(summary) == ["HUN oppose action"])
        #expect(Set(positions("Japan will not join the boycott, Japanese officials said.").map(\.actor)) == ["JPN"])
        // Nor before it: the governments it names did what it reports, and it is no government named earlier.
        let before = positions("Russia asked for the meeting.\n\nDiplomats said France and the United States did not back the proposal.")
            .filter { $0.evidence.hasPrefix("Diplomats") }
        #expect(before.map(summary) == ["FRA oppose statement", "USA oppose statement"])
    }

    @Test func aSecondParticipleJoinedToAPassiveHasItsOwnAgent() {
        #expect(positions("The plan was welcomed by Qatar but criticised by Israel.").map(summary)
            == ["QAT support statement", "ISR oppose statement"])
        #expect(positions("The truce was welcomed by Qatar, and praised by Egypt.").map(summary)
            == ["QAT support statement", "EGY support statement"])
    }

    @Test func neitherAndNorDenyTheVerbForEveryGovernmentTheyJoin() {
        #expect(positions("Neither France nor Germany supported the proposal.").map(summary)
            == ["FRA oppose statement", "DEU oppose statement"])
        #expect(actors(positions("Neither Brazil nor India condemned the invasion."), .support) == ["BRA", "IND"])
        #expect(actors(positions("The plan was rejected by Chile, and neither Spain nor Italy backed it."), .oppose) == ["CHL", "ESP", "ITA"])
        #expect(actors(positions("France and Germany supported the proposal."), .support) == ["DEU", "FRA"])
    }

    @Test func representativesOrAmbassadorsOfSeveralGovernmentsSpeakForEach() {
        let found = positions("Several speakers, including the representatives of Brazil and India, called for a ceasefire in Gaza.")
        #expect(actors(found, .support) == ["BRA", "IND"])
        #expect(actors(positions("The ambassadors of France and Chile condemned the attack."), .oppose) == ["CHL", "FRA"])
    }

    @Test func joiningAnotherInAnActIsDoingIt() {
        let found = positions("Canada joined Australia in condemning the missile launch.")
        #expect(found.map(summary).sorted() == ["AUS oppose statement", "CAN oppose statement"])
        #expect(positions("Finland joined NATO in April.").map(summary) == ["FIN support action"])
    }

    @Test func theGovernmentAfterAccordingToIsTheSourceNotAPlace() {
        #expect(positions("According to China, the steel tariffs are illegal.").map(summary) == ["CHN oppose statement"])
        #expect(positions("The steel tariffs are illegal, according to China.").map(summary) == ["CHN oppose statement"])
    }

    @Test func aGovernmentNamedRightBeforeAnObjectionHoldsIt() {
        #expect(positions("The assembly adopted the text over U.S. objections.").contains { summary($0) == "USA oppose statement" })
        #expect(positions("The assembly adopted the text despite Chinese objections.").map(summary) == ["CHN oppose statement"])
    }

    @Test func aListOfPacificStatesHoldsTheirSupportTogether() {
        let found = positions("Fiji, the Cook Islands and Palau have supported the plan.")
        #expect(found.map(\.actor).sorted() == ["COK", "FJI", "PLW"])
    }

    @Test func aListAfterLikeOrSuchAsSpellsOutTheSubject() {
        let found = positions("Countries like Germany, Hungary and Malta voted against the measures.")
        #expect(found.map(\.actor).sorted() == ["DEU", "HUN", "MLT"])
        let such = positions("Several states such as Brazil, India and South Africa rejected the proposal.")
        #expect(such.map(summary).sorted() == ["BRA oppose statement", "IND oppose statement", "ZAF oppose statement"])
    }

    @Test func aPassivesAgentHoldsItBeforeTheAntecedentOfWhich() {
        let found = positions("Russia vetoed the United Nations Security Council resolution, which was drafted by Ireland and Kenya.")
        #expect(actors(found, .support) == ["IRL", "KEN"])
        #expect(!found.contains { $0.actor == "UN" })
    }

    @Test func aBodysNameBeforeOneOfItsMembersIsNotTheBody() {
        #expect(!positions("Hungary became the last NATO country to ratify the accession.").contains { $0.actor == "NATO" })
        #expect(!positions("The remaining 14 Security Council members voted in favour of the text.").contains { $0.actor == "UN" })
        #expect(positions("The Security Council adopted the resolution.").map(\.actor) == ["UN"])
    }

    @Test func theCountryRefersBackToTheGovernmentJustNamed() {
        let found = positions("Hungary's parliament met on Monday.\n\nThe country became the last member to ratify the accession.")
        #expect(found.map(summary) == ["HUN support action"])
    }

    @Test func anOfficesPossessiveHoldsItsAppealAndWhatBefellItIsNotItsContent() {
        let found = positions("Seoul expressed regret over U.N. rapporteur's appeal to review the leaflet ban.")
        #expect(found.contains { $0.actor == "UN" && $0.cue.hasPrefix("appeal") })
        #expect(found.first { $0.actor == "KOR" }?.stance == found.first { $0.actor == "UN" }?.stance.reversed)
        #expect(positions("The UN envoy's appeal was rejected.").map(summary) == ["UN support statement"])
    }

    @Test func anAsideInBracketsDoesNotHideTheSubject() {
        #expect(positions("Russia on Wednesday (August 30) vetoed the resolution on Mali.").map(summary) == ["RUS oppose action"])
    }

    @Test func theCouncilAloneIsTheBodyTheDocumentNamedInFullNotTheLastGovernment() {
        let found = positions("Russia vetoed the first draft on Monday.\n\nThe Security Council met again on Friday. The Council then adopted a text demanding a ceasefire.")
        #expect(Set(found.filter { $0.evidence.hasPrefix("The Council") }.map(\.actor)) == ["UN"])
    }

    @Test func theCouncilInAReleaseOfTheUnionIsTheUnionsCouncil() {
        let found = positions("The EU will keep its climate pledges, ministers said.\n\nThe Council calls for a strong outcome at the summit in Belem.")
        #expect(found.filter { $0.evidence.hasPrefix("The Council") }.map(summary) == ["EU support statement"])
    }

    @Test func theCouncilWithNoBodyOfThatNameInSightHoldsNothing() {
        #expect(positions("Canada rejected the plan.\n\nThe Council calls for a strong outcome.").map(\.actor) == ["CAN"])
    }

    @Test func aGovernmentsDecisionToActIsItsPositionEvenAsTheObjectOfAnotherReaction() {
        let welcomed = positions("Japan welcomed Australia's decision to join the treaty.")
        #expect(actors(welcomed, .support) == ["AUS", "JPN"])
        let regretted = positions("We deeply regret Mali's decision to abandon the mission, the US envoy said.")
        #expect(regretted.map(summary).sorted() == ["MLI oppose statement", "USA oppose statement"])
        #expect(regretted.first { $0.actor == "USA" }?.cue == "said … regret")
    }

    @Test func aDecisionWhoseInfinitiveSaysNothingForOrAgainstIsNoPosition() {
        let found = positions("We condemn Kosovo's decision to force access to municipal buildings.", kind: "statement", issuer: "USA")
        #expect(found.map(\.actor) == ["USA"])
    }

    @Test func governmentsAmongThoseThatDidSomethingHoldIt() {
        #expect(actors(positions("Norway and Chile were among the countries that sponsored the resolution."), .support) == ["CHL", "NOR"])
        #expect(positions("Peru was among those that condemned the coup.").map(summary) == ["PER oppose statement"])
    }

    @Test func aRelativeClauseAboutAThingIsNobodysPosition() {
        #expect(positions("Brazil seized cargo that supported the rebels.").allSatisfy { $0.cue != "supported" })
        let voiced = positions("Our strikes destroyed depots that supported the militia's attacks.", kind: "statement", issuer: "USA")
        #expect(voiced.allSatisfy { $0.cue != "supported" })
    }

    @Test func theObjectOfOneVerbIsNotTheSubjectOfTheNext() {
        let found = positions("West African leaders condemned Guinea's junta, demanded Conde's release and called for elections.")
        #expect(!found.contains { $0.actor == "GIN" })
        let ghana = positions("Ghana condemned Mali's junta and demanded elections within six months.")
        #expect(!ghana.contains { $0.actor == "MLI" } && ghana.contains { $0.actor == "GHA" })
        // A clause with a subject of its own is not the first verb's.
        let generals = positions("Nigeria condemned Niger's junta, and the generals rejected mediation.")
        #expect(generals.contains { $0.actor == "NER" && $0.cue == "rejected" })
        // Nor does a noun read as a verb ("sanctions") make its neighbours objects.
        #expect(Set(positions("Despite Western sanctions Russia and Iran signed the treaty.").map(\.actor)).isSuperset(of: ["RUS", "IRN"]))
        // The one joined in an act holds it too.
        let joined = positions("Malta joined Spain and Ireland in recognising the State of Palestine.")
        #expect(Set(joined.map(\.actor)).isSuperset(of: ["MLT", "ESP", "IRL"]))
    }

    @Test func whoseGivesTheClauseToTheGovernmentBeforeIt() {
        let found = positions("The Council voted to end the mission to Mali, whose military junta urged the troops' removal.")
        #expect(found.contains { $0.actor == "MLI" && $0.cue.hasPrefix("urged") })
        let aside = positions("Germany's envoy, whose country sponsored the resolution, told the assembly it was balanced.")
        #expect(aside.contains { $0.actor == "DEU" && $0.cue.hasPrefix("sponsored") })
    }

    @Test func anAppositionAndARelativeClauseBetweenSubjectAndVerbArePassedOver() {
        let found = positions("Portugal, the largest investor in the country, which keeps two frigates in the area, "
            + "condemned the seizure of the port.")
        #expect(found.map(summary) == ["PRT oppose statement"])
        // The government inside the relative clause is a place, not the subject.
        #expect(!found.contains { $0.actor == "MOZ" } && positions("Portugal, the largest investor, which trains "
            + "Mozambique's police, condemned the seizure of the port.").map(\.actor) == ["PRT"])
    }

    @Test func thoseAtWhoseRequestSomethingWasDoneAskedForIt() {
        #expect(positions("The emergency session was convened at the request of Norway and Chile.").map(summary)
                == ["NOR support action", "CHL support action"])
        // What they asked for is what the clause says, negation and all.
        #expect(positions("The reference to price caps was not included at the request of Japan.").map(summary)
                == ["JPN oppose action"])
    }

    @Test func anOfficeIsNotTheGovernmentItsVerbActsOn() {
        // "the Cabinet" is not South Korea's: the government after the verb is what it acted on.
        #expect(!positions("A month later the Cabinet removed South Korea from the list of trusted partners.")
            .contains { $0.actor == "KOR" })
        // A name right after the office says whose it is.
        #expect(positions("The foreign minister, Wang Yi, rejected the claims.").map(\.actor) == ["CHN"])
        // Past a report verb, an office named before is the one meant: "the ministry" is Russia's, not Finland's.
        let said = positions("The Russian Foreign Ministry issued a statement on Finland.\n\n"
            + "The ministry said Finland's plan to host foreign troops was a threat to regional security.")
        #expect(said.filter { $0.cue.hasPrefix("said") }.map(summary) == ["RUS oppose statement"])
    }

    @Test func theGovernmentHitWithAMeasureDoesNotHoldIt() {
        #expect(positions("Brussels answered Minsk with sanctions.").map(\.actor) == ["EU"])
        #expect(positions("The EU slapped Russia with fresh sanctions.").map(\.actor) == ["EU"])
        #expect(!positions("The United States targeted Iran with sanctions.").contains { $0.actor == "IRN" })
    }

    @Test func anIntergovernmentalBodysSecretariatOrCommissionSpeaksForTheBody() {
        #expect(positions("The general secretariat of the Organization of American States condemned the attempt to "
            + "dissolve Congress.").map(summary) == ["OAS oppose statement"])
        #expect(positions("The Commission of the African Union welcomed the timetable for elections.").map(summary)
            == ["AU support statement"])
    }

    @Test func aBodysMemberStatesSpeakForTheBody() {
        #expect(positions("The EU member states voted on Friday to impose tariffs on imported steel.").map(\.actor) == ["EU"])
        #expect(CueMatcher(builtInLexicon.cues).matches(in: Tokenizer.tokens("member states agreed"[...], offset: 0)).map(\.text) == ["agreed"])
    }

    @Test func aQuotationMarkBetweenADemonymAndItsVetoKeepsTheVetoTheirs() {
        #expect(positions("As a result of the Chinese \"veto\", the draft was not adopted.").map(summary) == ["CHN oppose action"])
        #expect(positions("The Human Rights Council voted down a motion to hold a debate.").map(summary) == ["UN oppose action"])
    }

    @Test func hisDelegationIsTheGovernmentOfThePersonSpeaking() {
        // Not the body named in between, which has no delegation of its own.
        let found = positions("The representative of Chile said the use of force outside United Nations command was a mistake, "
                              + "and his delegation did not support giving the mission to a coalition.")
        #expect(Set(found.map(\.actor)) == ["CHL"])
        #expect(positions("The Norwegian ambassador said the European Union plan was sound and her country would not support delaying it.")
            .map(\.actor) == ["NOR"])
    }

    @Test func anOfficialsTitleAndNameAreOneItemOfAList() {
        let found = positions("Malaysian Foreign Minister Saifuddin Abdullah and Indonesian Foreign Minister Retno Marsudi said "
                              + "the two countries are deeply concerned about the plan.")
        #expect(Set(found.map(\.actor)) == ["MYS", "IDN"])
        let talks = positions("Chinese Commerce Minister Wang Wentao and European Commission Vice President Valdis Dombrovskis "
                              + "agreed to open consultations on price commitments.")
        #expect(Set(talks.map(\.actor)) == ["CHN", "EU"])
    }

    @Test func aBlocsForeignPolicyServiceSpeaksForTheBloc() {
        let found = positions("Spain called for calm, while the European Union's foreign policy service said it deplored the raid.")
        #expect(found.contains { $0.actor == "EU" && $0.stance == .oppose })
    }

    @Test func governmentsNamedAfterAPluralSubjectHoldItsCue() {
        #expect(positions("Several governments condemned the raid, among them Brazil, Colombia and Spain.").map(\.actor).sorted()
            == ["BRA", "COL", "ESP"])
        #expect(Set(positions("Close to forty States have now joined the call for a pause, including Fiji and Chile.").map(\.actor))
            == ["CHL", "FJI"])
        // An example that is a thing names no holder.
        #expect(positions("Many countries condemned the raid, including the attack on the consul.").isEmpty)
    }

    @Test func theGovernmentANounOfIntentNamesAfterOfHoldsWhatItMeansToDo() {
        let found = positions("Peru rejects the decision of the Chilean Government to expel a Peruvian diplomat.")
        #expect(found.contains { $0.actor == "CHL" && $0.cue == "expel" })
        #expect(found.contains { $0.actor == "PER" && $0.cue == "rejects" })
        // As the possessive does.
        #expect(positions("Peru rejects Chile's decision to expel a Peruvian diplomat.").contains { $0.actor == "CHL" })
        // Each government of a list after "of", and the one after "by".
        let list = positions("Algeria welcomed the decisions of Canada, Sweden and Japan to resume their funding of the agency.")
        #expect(Set(list.filter { $0.cue == "resume" }.map(\.actor)) == ["CAN", "SWE", "JPN"])
        #expect(positions("Algeria welcomed the decision by Canada to resume funding.").contains { $0.actor == "CAN" && $0.stance == .support })
    }

    @Test func anAdoptedTextSpeaksForTheBodyThatAdoptedIt() {
        let found = positions("The Security Council adopted resolution 2801 on Tuesday. "
                              + "Drafted by Ecuador and Japan, the text allows the mission to operate for twelve months.")
        #expect(found.contains { $0.actor == "UN" && $0.cue == "allows" })
        // A draft that was not adopted speaks for nobody.
        #expect(!positions("Ecuador tabled a draft on Monday. The text would have demanded a pause.").contains { $0.actor == "UN" })
        // "It" opening the sentence after one about the resolution is the resolution again.
        let again = positions("The Security Council met on Monday. Resolution 2801, drafted by Ecuador and Japan, passed 13-0, "
            + "with Chile abstaining. It also demands that the parties allow aid through.")
        #expect(again.filter { $0.evidence.hasPrefix("It also") }.map(\.actor) == ["UN"])
    }

    @Test func demonymsListedBeforeOneInstitutionEachNameTheirGovernment() {
        #expect(positions("The French and German governments condemned the attack.").map(\.actor).sorted() == ["DEU", "FRA"])
        #expect(positions("The Hungarian and Turkish parliaments ratified the protocol in March.").map(\.actor).sorted()
            == ["HUN", "TUR"])
        #expect(positions("British, French and German diplomats walked out of the session.").map(\.actor).sorted()
            == ["DEU", "FRA", "GBR"])
        #expect(positions("The French and German ministries condemned the attack.").map(\.actor).sorted() == ["DEU", "FRA"])
        // A plural institution alone refers back to no one government.
        #expect(positions("Sweden applied to join NATO. The bids had to be ratified by the parliaments of all members.")
            .filter { $0.cue == "ratified" }.isEmpty)
    }

    @Test func wordsAfterABareNameAreTheSentenceNotATitle() {
        let found = positions("Washington criticised Maduro's government on Monday.", date: "2024-08-05")
        #expect(found.map(\.actor) == ["USA"])
        #expect(found.first?.stance == .oppose)
        #expect(positions("France's climate envoy welcomed the deal.").map(\.actor) == ["FRA"])
    }

    @Test func aTextIntroducedOnBehalfOfOthersIsTheirsToo() {
        #expect(positions("The draft was introduced by Canada on behalf of Chile, Ecuador and Uruguay.").map(\.actor).sorted()
            == ["CAN", "CHL", "ECU", "URY"])
        // A group that a government chairs is not that government.
        #expect(positions("The draft was introduced by Canada on behalf of the core group that Chile chairs.").map(\.actor)
            == ["CAN"])
    }

    @Test func itsOfficeAfterAPossessiveInTheOpeningPhraseIsThatGovernments() {
        let found = positions("Bolivia voted against the text.\n\nExplaining Mexico's abstention, its representative said "
                              + "the text was unbalanced.")
        #expect(Set(found.filter { $0.evidence.hasPrefix("Explaining") }.map(\.actor)) == ["MEX"])
    }

    @Test func aPlaceClauseSetOffByCommasIsPassedOver() {
        #expect(positions("Turkey, where the journalist was killed on 2 October, has dismissed that account.").map(summary)
            == ["TUR oppose statement"])
    }
}
