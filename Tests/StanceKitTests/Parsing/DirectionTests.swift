import Testing
@testable import StanceKit

/// Direction by composition: the cue's polarity, turned by negation and "failed to" wherever they stand, and the
/// clause a verdict judges. Sentences written for the test.
@Suite struct DirectionTests {
    func read(_ text: String, title: String? = nil) -> [String] {
        positions(text, date: "2024-03-01", title: title).map { "\($0.actor) \($0.stance.rawValue) \($0.issue)" }
    }

    @Test func aGovernmentNamedAmongTheCriticsOpposes() {
        let found = positions("""
            The European Union introduced a carbon border levy in 2023. India has been one of the sharpest critics of the \
            levy. Italy, which has about 1,000 soldiers in the force, has been among the most outspoken critics.
            """)
        #expect(found.filter { $0.actor == "IND" || $0.actor == "ITA" }.map(summary).sorted()
            == ["IND oppose statement", "ITA oppose statement"])
        // So does one that has doubts about a thing.
        #expect(positions("China's delegation has doubts about the necessity of the text.").map(summary) == ["CHN oppose statement"])
        // Critics who are no government hold nothing.
        #expect(positions("Critics of the plan said the levy was unfair.").isEmpty)
    }

    @Test func suspendingOrExpellingTiesWithAnotherGovernmentIsAMeasureTaken() {
        // A tie or flow between governments as the object, or a government named as the whole object: a measure, as
        // imposing sanctions is.
        #expect(positions("Poland suspended all flights to Minsk on Monday.").map(summary) == ["POL support action"])
        #expect(positions("Chile expelled two Russian diplomats.").map(summary) == ["CHL support action"])
        #expect(positions("Chile expelled 23 Russian diplomats this month.").map(summary) == ["CHL support action"])
        #expect(positions("Peru expelled Bolivia's ambassador to Lima.").map(summary) == ["PER support action"])
        #expect(positions("Argentina withdrew its ambassador from Caracas.").map(summary) == ["ARG support action"])
        #expect(positions("The African Union suspended Mali last week.").map(summary) == ["AU support action"])
        #expect(positions("AU Suspends Sudan Over Coup").map(summary) == ["AU support action"])
        #expect(positions("Peru halted fuel shipments to Bolivia.").map(summary) == ["PER support action"])
        // Negated, it is the measure not taken.
        #expect(positions("Norway did not suspend its aid to Ghana.").map(summary) == ["NOR oppose action"])
        // Anything else suspended or withdrawn is turned away from, a name that only qualifies it included.
        #expect(positions("Ecuador suspended the law on mining.").map(summary) == ["ECU oppose action"])
        #expect(positions("Spain withdrew its troops from the mission.").map(summary) == ["ESP oppose action"])
        #expect(positions("Bolivia froze Chilean claims to the port.").map(summary) == ["BOL oppose action"])
        // A name that is no government's, and a tie that only qualifies a measure, which suspending eases.
        #expect(positions("Peru suspended Article 5 of the Constitution.").map(summary) == ["PER oppose action"])
        let eased = positions("Chile suspended its copper export ban.")
        #expect(!eased.isEmpty && eased.allSatisfy { $0.actor == "CHL" && $0.stance == .oppose })
        #expect(positions("Kenya suspended the trade sanctions on Uganda.").map(summary) == ["KEN oppose action"])
    }

    @Test func whatAGovernmentIsConvincedOfIsWhatItSays() {
        #expect(positions("Peru is convinced that the talks remain the only way to settle the dispute.").map(summary)
            == ["PER support statement"])
        #expect(positions("Peru remains convinced that the court should reject the claim.").map(summary) == ["PER oppose statement"])
        // Convinced by something is agreeing with it, as before.
        #expect(positions("Peru was not convinced by the proposal.").map(summary) == ["PER oppose statement"])
    }

    @Test func holdingAnotherGovernmentResponsibleBlamesIt() {
        // The one blamed holds nothing by it.
        let blamed = positions("Ecuador holds Peru responsible for the closure of the border.")
        #expect(blamed.map(summary) == ["ECU oppose statement"])
        #expect(blamed.map(\.cue) == ["holds"])
        #expect(positions("Quito held the Peruvian government fully responsible.").map(summary) == ["ECU oppose statement"])
        // No one blamed: a responsible dialogue, those responsible held to account, an opinion that follows "holds".
        for text in ["Ecuador will hold a responsible and inclusive dialogue.", "Ecuador will hold the responsible officials to account.",
                     "Ecuador holds that the responsible parties should talk.", "Peru closed the inquiry without holding anyone responsible."] {
            #expect(!positions(text).contains { $0.cue.lowercased().hasPrefix("hold") })
        }
        #expect(positions("Ecuador holds talks with Peru.").map(summary) == ["ECU neutral action"])
    }

    @Test func holdingItselfToARulingAcceptsItAndRefusingToRejectsIt() {
        #expect(positions("Peru said it would abide by the ruling of the tribunal.").map(summary) == ["PER support statement"])
        #expect(positions("Peru said it would not be bound by the ruling.").map(summary) == ["PER oppose statement"])
        #expect(positions("Lima announced that it would no longer be bound by the fisheries agreement.").map(summary)
            == ["PER oppose statement"])
        #expect(positions("Peru's foreign minister said Lima had lost faith in the arbitration.").map(summary)
            == ["PER oppose statement"])
    }

    @Test func whatAnActGoesWithoutIsHowItIsDoneNotItsDirection() {
        #expect(positions("Ghana urged the junta to hand over power without further delay.").map(summary) == ["GHA support statement"])
        #expect(positions("Ghana supported the resolution without reservation.").map(summary) == ["GHA support statement"])
        // Not a delay the holder wants: the vote it demands.
        #expect(positions("Ghana called for the elections to be held without any delay.").map(summary) == ["GHA support statement"])
    }

    @Test func norOrNeitherOpeningASentenceDeniesItsVerb() {
        #expect(positions("Nor will Ecuador accept the new boundary.").map(summary) == ["ECU oppose statement"])
        #expect(positions("Neither can Chile support a text that ignores the treaty.").map(summary) == ["CHL oppose statement"])
        #expect(positions("Neither Chile nor Peru supported the plan.").map(summary) == ["CHL oppose statement", "PER oppose statement"])
    }

    @Test func theHoldersOwnVerbAfterAPronounGivesTheDirectionOnWhatItActsOn() {
        // Voting against a text because it rejects what the text uses: against that use, not for it.
        let vote = read("Cuba said it would vote against the text, as it rejected the use of human rights as a weapon against "
            + "developing countries.")
        #expect(vote == ["CUB oppose human-rights-general"])
    }

    @Test func callingAMoveUnfortunateUnfriendlyOrABreachOpposesIt() {
        #expect(positions("Chile said it was extremely unfortunate that Peru had closed the port.").map(summary) == ["CHL oppose statement"])
        #expect(positions("Chile described the port closure as ill-considered and unfriendly.").map(summary) == ["CHL oppose statement"])
        #expect(positions("Chile said the port closure breached international law.").map(summary) == ["CHL oppose statement"])
    }

    @Test func welcomingTheLiftingOfAMeasureOpposesTheMeasure() {
        #expect(read("Kenya welcomed the lifting of the sanctions on Syria.") == ["KEN oppose sanctions-general"])
        // Opposing the lifting keeps the measure.
        #expect(read("Germany opposed the lifting of the sanctions on Russia.") == ["DEU support russia-sanctions"])
        #expect(read("Chile called for the removal of the sanctions on Russia.") == ["CHL oppose russia-sanctions"])
        // Imposing them is the measure itself.
        #expect(read("Kenya welcomed the imposition of sanctions on the junta.") == ["KEN support sanctions-general"])
    }

    @Test func standingWithAGovernmentSupportsIt() {
        #expect(positions("Chile's delegation stood with Peru in defence of its fishing rights.").map(summary) == ["CHL support statement"])
        #expect(positions("Norway said it was in solidarity with Peru after the flood.").map(summary) == ["NOR support statement"])
    }

    @Test func workingToOrTowardSomethingSupportsIt() {
        #expect(positions("The United States has been working to secure an immediate ceasefire.").map(summary)
            == ["USA support statement"])
        #expect(positions("Japan will work toward a peaceful settlement of the dispute.").map(summary) == ["JPN support statement"])
    }

    @Test func orderingSomethingIsAnActForIt() {
        #expect(positions("Germany has ordered temporary controls at its borders.").map(summary) == ["DEU support action"])
        // The one ordered to act holds nothing by it.
        #expect(positions("The court ordered Myanmar to prevent genocide.").isEmpty)
        // Nor is the noun a cue.
        #expect(positions("France acted in order to protect its citizens.").allSatisfy { $0.cue != "order" })
    }

    @Test func takingPositiveNoteWelcomesButTakingNoteDoesNot() {
        #expect(positions("China took positive note of the agreement.").map(summary) == ["CHN support statement"])
        #expect(positions("China took note of the agreement.").map(summary) == ["CHN neutral statement"])
    }

    @Test func intentionsTakingPartAndAngryReactionsAreStances() {
        #expect(positions("The Government of Mauritius has said it intends to proceed with the resettlement programme.")
            .map(summary) == ["MUS support statement"])
        #expect(positions("Guyana will take part in the joint commission.").map(summary) == ["GUY support action"])
        #expect(positions("Mogadishu reacted angrily to the memorandum.").map(summary) == ["SOM oppose statement"])
        #expect(positions("Nairobi reacted sharply.").map(summary) == ["KEN oppose statement"])
        // An undertaking points at the step undertaken: to avoid escalation opposes it.
        #expect(positions("Guyana and Venezuela undertook to avoid any escalation.").map(\.cue).allSatisfy { $0.hasPrefix("undertook to") })
        #expect(actors(positions("Guyana and Venezuela undertook to avoid any escalation."), .oppose) == ["GUY", "VEN"])
    }

    @Test func callingSomethingAThreatOpposesIt() {
        #expect(positions("Guyana called the referendum an existential threat.").map(summary) == ["GUY oppose statement"])
        #expect(positions("Venezuelan voters backed the new state, a move Guyana called an existential threat.")
            .filter { $0.actor == "GUY" }.map(summary) == ["GUY oppose statement"])
        #expect(positions("Guyana described the referendum as a threat to regional peace.").map(\.stance) == [.oppose])
        #expect(positions("Tokyo labelled the launch a grave threat.").map(summary) == ["JPN oppose statement"])
        #expect(positions("Seoul dubbed the plan a step backward.").map(summary) == ["KOR oppose statement"])
    }

    @Test func aNegationInsideReportedWordsTurnsThemAround() {
        #expect(read("Moscow said it would not accept the price cap on Russian oil.") == ["RUS oppose russia-sanctions"])
        #expect(read("Ottawa urged Washington not to impose the steel tariffs.") == ["CAN oppose steel-aluminium-tariffs"])
        // Also in a quotation before the verb that reports it.
        #expect(positions("\"We will not join the boycott,\" Japanese officials said.").map(summary) == ["JPN oppose statement"])
    }

    @Test func aReportedActTurnedAroundStaysTurnedWhenTheIssueNamesTheAct() {
        // "join NATO" is what the issue is about: not joining it opposes it, whoever reports the refusal.
        #expect(read("Sweden said it would not join NATO.") == ["SWE oppose nato-enlargement"])
        #expect(read("Austria denied it would join NATO.") == ["AUT oppose nato-enlargement"])
        #expect(read("\"We will not join NATO,\" Swedish officials said.") == ["SWE oppose nato-enlargement"])
        #expect(read("\"Finland must not join NATO,\" Moscow said.").contains("RUS oppose nato-enlargement"))
        #expect(read("Sweden said it would join NATO.") == ["SWE support nato-enlargement"])
    }

    @Test func aVerdictSaidWithBeJudgesItsWholeSubject() {
        // The act inside the subject is what is judged, not what the speaker says.
        let mistake = read("The Russian Foreign Ministry said Finland's decision to join NATO was a grave mistake.")
        #expect(mistake.contains("RUS oppose nato-enlargement"))
        #expect(!mistake.contains { $0.hasPrefix("NATO") })
        let unlawful = read("The Russian Foreign Ministry said Finland's decision to join NATO was unacceptable.")
        #expect(unlawful.contains("RUS oppose nato-enlargement"))
        #expect(!unlawful.contains { $0.hasPrefix("NATO") })
        // An adjective before a noun is no object the speaker values: interference in internal affairs stays opposed.
        #expect(read("Riyadh said the Canadian statement was a blatant interference in its internal affairs.")
            .contains("SAU oppose human-rights-general"))
    }

    @Test func aVerdictOnAClauseMultipliesWithTheClausesDirection() {
        #expect(read("Germany regrets that the Security Council failed to adopt the ceasefire resolution for Gaza.")
            == ["DEU support gaza-ceasefire"])
        // The Council's adoption is its own act, as any "the Council adopted" is.
        #expect(read("Germany welcomed that the Security Council adopted the ceasefire resolution for Gaza.")
            == ["DEU support gaza-ceasefire", "UN support gaza-ceasefire"])
    }

    @Test func callingAClaimFalseOpposesIt() {
        #expect(positions("Chile said the claims were false.").map(summary) == ["CHL oppose statement"])
        #expect(positions("Peru said the premise of the report is untrue.").map(summary) == ["PER oppose statement"])
    }

    @Test func aSecondInfinitiveAskedForIsBackedWhateverTurnedTheFirstAround() {
        #expect(read("Norway called on the parties to stop the shelling and to allow humanitarian access to the city.")
            .contains("NOR support humanitarian-access"))
    }

    @Test func welcomingAnothersRejectionOpposesWhatItRejects() {
        let welcomed = positions("Chile welcomed the Security Council's rejection of the rival administration in the east.")
        #expect(welcomed.map(\.actor).sorted() == ["CHL", "UN"])
        #expect(welcomed.allSatisfy { $0.stance == .oppose })
        #expect(positions("Peru backed the condemnation of the new border post.").map(summary) == ["PER oppose statement"])
        // A veto is a rejection of the text, whoever's it is and however the owner is named.
        let veto = positions("The Government of Chad welcomed the Chinese veto against the French draft resolution.")
        #expect(veto.filter { $0.actor == "TCD" && $0.kind == .statement }.map(summary) == ["TCD oppose statement"])
        #expect(positions("Peru welcomed the Chilean rejection of the new border post.").filter { $0.actor == "PER" }.map(summary)
            == ["PER oppose statement"])
    }

    @Test func refutingCriticismBacksWhatWasCriticized() {
        #expect(read("Canberra rebutted the criticism of the AUKUS submarine deal.") == ["AUS support aukus"])
    }

    @Test func aVerbOfNamingSaysWhatItNamesItsObjectPastTheObjectsOwnWords() {
        // The object holds a cue of its own ("deploy"): the verdict named after it is what the holder says.
        #expect(positions("Peru has called Bolivia's move to deploy troops on the border provocative and unhelpful.")
            .filter { $0.actor == "PER" }.map(summary) == ["PER oppose statement"])
        #expect(positions("Peru called the referendum unconstitutional.").map(summary) == ["PER oppose statement"])
        // "called for" is no verb of naming.
        #expect(positions("Peru called for the release of the sailors.").map(summary) == ["PER support statement"])
    }

    @Test func notOnlyAddsRatherThanDenies() {
        #expect(positions("France not only condemned the raid but also recalled its ambassador.").map(summary)
            == ["FRA oppose statement"])
        #expect(Set(positions("Chile did not merely tolerate the decision; it hailed it.").map(summary)) == ["CHL support statement"])
        #expect(positions("Peru did not just welcome the plan.").map(summary) == ["PER support statement"])
        // "not" alone still denies.
        #expect(positions("Peru did not welcome the plan.").map(summary) == ["PER oppose statement"])
    }

    @Test func regrettingWhatDidNotHappenIsForIt() {
        // The clause regretted has no cue of its own: its negation still turns the regret around.
        #expect(positions("Chile regrets that the Commission did not invite the observers.").map(summary) == ["CHL support statement"])
        #expect(positions("Chile regretted that the Commission had not responded in kind, its envoy said.").map(summary)
            == ["CHL support statement"])
        #expect(positions("Chile regrets that the Commission invited the observers.").map(summary) == ["CHL oppose statement"])
        // A negation past the clause's end is another clause's.
        #expect(positions("Chile regrets that the Commission invited the observers, who did not attend.").map(summary)
            == ["CHL oppose statement"])
    }

    @Test func turningAsideCriticismWithNothingNamedStandsByIt() {
        // The thing criticized is only in the sentence before: turning the criticism aside is for it.
        let found = positions("""
            Cairo opened a new checkpoint on the coastal road in May. Egypt brushed aside the criticism. Cairo also \
            dismissed Libyan condemnation of the move as interference.
            """)
        #expect(found.filter { $0.actor == "EGY" && $0.kind == .statement }.map(summary) == ["EGY support statement", "EGY support statement"])
        // Denying an accusation is against what is alleged, not for it.
        #expect(positions("Egypt rejected the accusations.").map(summary) == ["EGY oppose statement"])
    }

    @Test func callingATextUnbalancedOpposesIt() {
        #expect(positions("Explaining his abstention, the representative of India said the text was unbalanced.").map(summary)
            == ["IND oppose statement"])
    }

    @Test func turningAwayFromOnesOwnStanceTurnsItAround() {
        #expect(positions("Turkey lifted its veto on the accession.").map(summary) == ["TUR support action"])
        #expect(positions("Hungary dropped its objection to the accession.").map(summary) == ["HUN support action"])
        #expect(positions("Hungary withdrew its support for the accession.").map(summary) == ["HUN oppose action"])
    }

    @Test func notBeingConvincedByACaseOpposesIt() {
        #expect(positions("India was not convinced by the argument for the carve-out.").map(summary) == ["IND oppose statement"])
        #expect(positions("Brazil remains unconvinced by the proposal.").map(summary) == ["BRA oppose statement"])
    }

    @Test func aNounAfterAPredicateIsItsObjectNotAnotherPosition() {
        #expect(positions("Brazil is opposed to the proposal.").map(summary) == ["BRA oppose statement"])
        #expect(positions("Brazil was critical of the proposal.").map(summary) == ["BRA oppose statement"])
    }

    @Test func pausingHoldsBackWhatFollows() {
        #expect(read("Tokyo paused its support for the AUKUS submarine deal.") == ["JPN oppose aukus"])
    }

    @Test func aVerdictOnAnothersWordsGivesNoDirectionOnWhatTheyWereAbout() {
        #expect(read("Canberra refuted some of the remarks made by Jakarta about the AUKUS submarine deal.")
            == ["AUS neutral aukus"])
        #expect(read("Canberra rejected Jakarta's position on the AUKUS submarine deal.") == ["AUS neutral aukus"])
        // A report of what the government itself holds keeps the direction of what it reports.
        #expect(read("Canberra reiterated its position that the AUKUS submarine deal is vital.") == ["AUS support aukus"])
    }

    @Test func aCueTakesTheDirectionOfTheVerbItLeadsTo() {
        #expect(positions("France threatened to veto the draft resolution.").map(summary) == ["FRA oppose statement"])
        #expect(read("Seoul plans to halt the loudspeaker broadcasts.") == ["KOR oppose dmz-loudspeakers"])
        #expect(read("Seoul is ready to resume the loudspeaker broadcasts.") == ["KOR support dmz-loudspeakers"])
        #expect(read("Seoul offered to halt the loudspeaker broadcasts.") == ["KOR oppose dmz-loudspeakers"])
    }

    @Test func comingToAGovernmentsDefenceSupportsIt() {
        #expect(positions("China came to their defense at the Council.").map(summary) == ["CHN support statement"])
    }

    @Test func aViolationOfALawIsAVerdictAgainstTheAct() {
        #expect(positions("Brazil said the raid was a clear violation of the Vienna Convention.").map(summary)
            == ["BRA oppose statement"])
    }

    @Test func quittingABodyOpposesIt() {
        // A headline's present tense as much as the base form.
        #expect(positions("Panama quits the Belt and Road Initiative.").map(summary) == ["PAN oppose action"])
        #expect(positions("Japan decided to quit the whaling commission.").map(summary) == ["JPN oppose action"])
    }

    @Test func aRightHeldInReserveIsAPosition() {
        // The step held in reserve gives the direction; a response is against what it would answer.
        #expect(read("Seoul reserves the right to resume the loudspeaker broadcasts.") == ["KOR support dmz-loudspeakers"])
        #expect(read("Pyongyang reserved the right to respond to the loudspeaker broadcasts.") == ["PRK oppose dmz-loudspeakers"])
        #expect(positions("Algeria reserves the right to take further measures.").map(summary) == ["DZA support statement"])
    }

    @Test func reservationsAndLobbyingHaveADirection() {
        #expect(read("Germany expressed reservations about the steel tariffs.") == ["DEU oppose steel-aluminium-tariffs"])
        #expect(read("Spain lobbied against the steel tariffs.") == ["ESP oppose steel-aluminium-tariffs"])
        #expect(read("Spain lobbied for a ceasefire in Gaza.") == ["ESP support gaza-ceasefire"])
        #expect(read("Chile spearheaded the push for a ceasefire in Gaza.") == ["CHL support gaza-ceasefire"])
    }

    @Test func anOpposingActAndWhatItWasForAreOneAct() {
        #expect(read("Russia used its veto to block the ceasefire resolution on Gaza.") == ["RUS oppose gaza-ceasefire"])
        // A verdict on a decision to stop something still turns around what was stopped.
        #expect(read("Germany condemned the decision to suspend the loudspeaker broadcasts.") == ["DEU support dmz-loudspeakers"])
    }

    @Test func notSupportingIsOpposing() {
        #expect(read("Tokyo does not support the AUKUS submarine deal.") == ["JPN oppose aukus"])
    }

    @Test func aSecondNounJoinedByAndIsTheSameHoldersOwnVerdict() {
        #expect(read("Paris expressed support for the ceasefire in Gaza and concern over the steel tariffs.",
                     title: "France on the Gaza ceasefire")
            == ["FRA support gaza-ceasefire", "FRA oppose steel-aluminium-tariffs"])
    }

    @Test func aCurrencyOrACompoundAdjectiveIsNoGovernment() {
        #expect(read("The fund will total US$20 billion, according to the Singapore-based Straits Times.").isEmpty)
    }

    @Test func aGovernmentsOwnJudgingWordsAreItsVerdictNotAPositionOfWhomItJudges() {
        let found = positions("""
            Statement by the Ministry of Foreign Affairs of Peru

            The so-called peace plan announced by Ruritania's neighbour is a pretext for annexation.

            The claim that most states support the plan is based on faulty figures.
            """, kind: "statement")
        #expect(found.map(summary) == ["PER oppose statement", "PER oppose statement"])
    }

    @Test func inANewsReportAJudgingWordIsTheViewOfWhoeverSaysIt() {
        let found = positions("Chile dismissed the report as baseless and politically motivated.")
        #expect(found.map(summary) == ["CHL oppose statement"])
    }

    @Test func fightingBackAndCallingAStepContraryToLawAreOpposition() {
        #expect(positions("Brazil will resolutely fight back.").map(summary) == ["BRA oppose statement"])
        #expect(positions("Chile said the decision was contrary to international law.").map(summary) == ["CHL oppose statement"])
    }

    @Test func beingUnhappyAngryOrUpsetOpposes() {
        #expect(positions("Beijing is angry over the sale of fighter jets.").map(summary) == ["CHN oppose statement"])
        #expect(positions("Japan was upset by the remarks of the envoy.").map(summary) == ["JPN oppose statement"])
        #expect(positions("Brazil remains unhappy with the new quota.").map(summary) == ["BRA oppose statement"])
    }

    @Test func wordsOfApprovalAndSadnessAreTheSpeakersVerdict() {
        #expect(positions("Egypt's foreign ministry considered that the council's statement represents an important boost to the talks.")
            .map(summary) == ["EGY support statement"])
        #expect(positions("Nigeria expresses its sadness over the decision of the three governments.").map(summary) == ["NGA oppose statement"])
        #expect(positions("Chile said the agreement was historic and timely.").map(summary) == ["CHL support statement"])
    }

    @Test func anAllegationIsItsMakersAssertion() {
        let found = positions("Kenya rejected the baseless allegations made by the foreign minister of Uganda.")
        #expect(found.map(summary).sorted() == ["KEN oppose statement", "UGA support statement"])
        // So is a claim: the one whose claim it is holds it, the one who rejects it does not.
        let claim = positions("Manila rejected Beijing's claims over the shoal.")
        #expect(claim.map(summary).sorted() == ["CHN support statement", "PHL oppose statement"])
    }

    @Test func whatIsReaffirmedOrReiteratedDecides() {
        #expect(positions("Japan reaffirmed its opposition to the plan.").map(summary) == ["JPN oppose statement"])
        #expect(positions("Japan reaffirmed its commitment to the accord.").map(summary) == ["JPN support statement"])
        #expect(positions("Peru reiterates its call for the release of the detained ministers.").map(summary) == ["PER support statement"])
        #expect(positions("Chile reaffirmed the importance of dialogue.").map(summary) == ["CHL support statement"])
    }

    @Test func leavingABodyOrADealIsOpposition() {
        #expect(positions("Mali, Burkina Faso and Niger announced their exit from the regional bloc.").map(summary)
                == ["MLI oppose statement", "BFA oppose statement", "NER oppose statement"])
        #expect(positions("Russia decided to pull out of the grain deal.").map(summary) == ["RUS oppose action"])
        #expect(positions("Hungary walked away from the migration pact in June.").map(summary) == ["HUN oppose action"])
        // Chile's claim, and Argentina's act as Chile reports it.
        #expect(positions("The delegate of Chile said Argentina had reneged on the fishing accord.").map(summary)
                == ["CHL oppose statement", "ARG oppose action"])
        #expect(positions("Brazil turned down the offer of observer status.").map(summary) == ["BRA oppose statement"])
        #expect(positions("Ecuador accused Peru of trying to torpedo the border talks.").map(summary) == ["ECU oppose statement"])
        #expect(positions("Chile instituted proceedings against Bolivia at the court in The Hague.").map(summary) == ["CHL oppose action"])
        #expect(positions("Brazil said it was deeply worried by the forced landing.").map(summary) == ["BRA oppose statement"])
        #expect(positions("Ghana is troubled by the new restrictions on aid.").map(summary) == ["GHA oppose statement"])
    }

    @Test func supportForOneSideIsOppositionToWhatTheOtherDoes() {
        #expect(read("Cairo expressed support for Khartoum and concern over Addis Ababa's unilateral filling of the dam.")
            .contains("EGY oppose nile-dam-filling"))
        #expect(read("Addis Ababa defended the filling of the Renaissance Dam as its right to development.") == ["ETH support nile-dam-filling"])
    }

    @Test func aSpeakersFormulaLeavesTheStanceToTheWordsAfterIt() {
        let found = positions("Allow me to express our deep concern at the new settlements in the West Bank.", kind: "speech", issuer: "IRL")
        #expect(found.map(summary) == ["IRL oppose statement"])
        #expect(positions("Permit me to welcome the ceasefire agreement.", kind: "speech", issuer: "IRL").map(summary)
            == ["IRL support statement"])
    }

    @Test func pushingBackIsOppositionAndACourtesyCallIsNoDemand() {
        #expect(read("Canada pushed back against the steel tariffs.") == ["CAN oppose steel-aluminium-tariffs"])
        #expect(read("The ambassador of Japan paid a courtesy call on the foreign minister of Peru.").isEmpty)
    }
    @Test func followingSuitRepeatsThePositionJustStatedOnItsIssue() {
        let found = read("Peru recognized Edmundo González as the winner of the Venezuelan election.\n\n"
                         + "Yesterday, Ecuador and Panama expressed themselves in the same way.")
        #expect(Set(found.map { $0.split(separator: " ").dropFirst().joined(separator: " ") }).count == 1)
        #expect(found.count == 3)
        #expect(positions("Canada condemned the coup. Chile said it would do the same.").map(summary)
                == ["CAN oppose statement", "CHL oppose statement"])
        #expect(positions("Australia followed suit.").isEmpty)
        #expect(positions("China voted against the draft. Cuba's representative took the same line.").map(summary)
                == ["CHN oppose action", "CUB oppose action"])
        #expect(positions("Germany halted arms exports to Turkey. Norway and Sweden have taken similar steps.").map(summary)
                == ["DEU support action", "NOR support action", "SWE support action"])
        #expect(positions("Japan condemned the launch. South Korea spoke in the same vein.").map(summary)
                == ["JPN oppose statement", "KOR oppose statement"])
        #expect(actors(positions("Riyadh welcomed the decision. Bahrain issued a statement along the same lines."), .support)
                == ["BHR", "SAU"])
    }

    @Test func breakingOffRelationsAndExpellingDiplomatsAreActsAgainst() {
        #expect(positions("Bahrain and Egypt severed diplomatic relations with Qatar on June 5.").map(summary)
                == ["BHR oppose action", "EGY oppose action"])
        #expect(positions("Ukraine ordered out 13 Russian diplomats.").map(summary) == ["UKR oppose action"])
        #expect(positions("The United States ordered the expulsion of 60 Russian diplomats.").map(summary) == ["USA oppose action"])
    }

    @Test func notFollowingSuitTurnsTheOneBeforeAround() {
        let found = positions("Germany halted arms exports to Saudi Arabia. France, a major supplier, has not followed suit.")
        #expect(found.map(summary) == ["DEU support action", "FRA oppose action"])
        // So does saying so.
        #expect(positions("Germany halted arms exports to Saudi Arabia. France said it would not follow suit.")
            .map(\.stance) == [.support, .oppose])
    }

    @Test func similarAnnouncementsRepeatTheOneBefore() {
        let found = positions("Spain and France recognised the new government. Austria and Sweden made similar announcements within hours.")
        #expect(found.map(summary) == ["ESP support action", "FRA support action", "AUT support action", "SWE support action"])
    }

    @Test func withholdingAndSpurningAreAgainst() {
        #expect(positions("Norway withholds its 2019 payment to the Amazon Fund.").map(summary) == ["NOR oppose action"])
        #expect(positions("Brazil spurned the aid offered by the summit.").map(summary) == ["BRA oppose statement"])
    }

    @Test func congratulatingAWinnerSupportsTheWin() {
        #expect(positions("Russia and China congratulated Maduro on his re-election.", date: "2024-07-30").map(summary).sorted()
                == ["CHN support statement", "RUS support statement"])
        // A speech's courtesy to the chair is no position.
        #expect(positions("Mr. President, I congratulate you on your election to the presidency of this session.",
                          kind: "speech", issuer: "BRA").isEmpty)
    }

    @Test func aWordThatNamesAnotherGovernmentsActAnAggressionIsTheSpeakersVerdictOnly() {
        let found = positions("What happened at the border on Monday was yet another aggression by Azerbaijan.", kind: "statement", issuer: "ARM")
        #expect(found.map(summary) == ["ARM oppose statement"])
    }

    @Test func delayingIsHoldingBack() {
        let found = positions("The accession still needed every parliament's approval, a process that was delayed by Turkey and Hungary.")
        #expect(actors(found, .oppose) == ["HUN", "TUR"])
        #expect(positions("Japan held off on sanctions against Moscow.").map(summary) == ["JPN oppose action"])
        #expect(actors(positions("Sixteen states expelled Russian diplomats. Greece and Portugal held off."), .oppose)
                == ["GRC", "PRT"])
    }

    @Test func questioningADecisionOrOpeningACaseAgainstSomeoneOpposesIt() {
        #expect(positions("Chile and Uruguay issued a joint statement questioning the court's decision to annul the vote.")
            .map(summary) == ["CHL oppose statement", "URY oppose statement"])
        #expect(positions("Hungary called into question the legitimacy of the referendum.").map(summary) == ["HUN oppose statement"])
        #expect(positions("Belarus's Investigative Committee opened a criminal case against the opposition leader.")
            .map(summary) == ["BLR oppose action"])
        // A reporter's question is no verdict.
        #expect(positions("When questioned about the referendum, the Hungarian minister left the room.").isEmpty)
    }

    @Test func anOpeningPhraseIsNotTheVerdictOfTheClauseAfterIt() {
        let found = positions("Without any audit to support them, the figures announced by the electoral board cannot be accepted.",
                              kind: "statement", issuer: "CAN")
        #expect(found.map(\.stance) == [.oppose])
        #expect(found.first?.cue == "accepted")
        let despite = positions("Despite repeated calls to support the plan, the proposal must be rejected.", kind: "statement", issuer: "CHL")
        #expect(despite.map(\.stance) == [.oppose])
    }

    @Test func offeringSomethingIsAnActForIt() {
        let offered = positions("Uruguay and Mexico offered the dissident asylum on Tuesday.")
        #expect(offered.map(summary).sorted() == ["MEX support action", "URY support action"])
        #expect(positions("Chile has offered a national dialogue on the new constitution.").map(summary) == ["CHL support action"])
        // An object that is nothing denies the act.
        let nothing = positions("Chile has offered no dialogue on the new constitution.")
        #expect(nothing.map(summary) == ["CHL oppose action"])
        // Offered with a noun that has a direction of its own, the noun decides.
        #expect(positions("Chile offered sharp criticism of the new constitution.").map(summary) == ["CHL oppose statement"])
    }

    @Test func aVerbJoinedToTheOneBeforeSharesItsSubjectThoughBySaysHow() {
        let found = positions("China condemned the visit and retaliated by suspending military talks with Taipei.")
        #expect(found.filter { $0.actor == "CHN" }.count >= 2)
    }

    @Test func rulingSomethingOutOpposesIt() {
        let ruled = positions("Canada ruled out a second referendum on the border treaty.")
        let backed = positions("Canada backed a second referendum on the border treaty.")
        #expect(ruled.map(\.actor) == ["CAN"] && backed.map(\.actor) == ["CAN"])
        #expect(ruled.first?.stance == backed.first?.stance.reversed)
        // Not ruling it out leans toward it; not ruling out that it may happen is no stand on it.
        #expect(positions("Canada did not rule out a second referendum on the border treaty.").first?.stance == backed.first?.stance)
        #expect(positions("Canada did not rule out the possibility of a second referendum on the border treaty.").map(\.stance)
            .allSatisfy { $0 == .neutral })
    }

    @Test func aDirectedVerbWhoseObjectIsNothingIsDenied() {
        let plain = positions("Norway pledged troops to the monitoring mission.")
        let nothing = positions("Norway pledged no troops to the monitoring mission.")
        #expect(plain.map(\.actor) == ["NOR"] && nothing.map(\.actor) == ["NOR"])
        #expect(nothing.first?.stance == plain.first?.stance.reversed)
        // A report verb has no direction to deny: what it reports keeps its own.
        let reported = positions("Norway said no country should block the ceasefire plan.")
        #expect(reported.map(\.actor) == ["NOR"])
        #expect(reported.first?.stance == positions("Norway said every country should back the ceasefire plan.").first?.stance)
        // Nor is a bound of the act, or a word "no" only opens, a denial.
        #expect(positions("Norway pledged no fewer than 200 troops to the monitoring mission.").first?.stance == plain.first?.stance)
        #expect(positions("Norway backed no-fly zones over the border.").first?.stance
            == positions("Norway backed fly zones over the border.").first?.stance)
        // Giving no evidence or no details is no stand on the matter.
        #expect(positions("Norway offered no evidence for the claim about the ceasefire plan.").isEmpty)
    }

    @Test func aNegativePhraseThatPutsTheAuxiliaryFirstDeniesTheVerb() {
        let plain = positions("Peru will accept the new fishing quota.")
        #expect(plain.count == 1)
        let denied = positions("Under no circumstances will Peru accept the new fishing quota.")
        #expect(denied.map(\.actor) == ["PER"])
        #expect(denied.first?.stance == plain.first?.stance.reversed)
        #expect(positions("Never will Peru accept the new fishing quota.").first?.stance == plain.first?.stance.reversed)
    }
}


/// Confidence says how the position was read: a known direction and a verb the government is the subject of count most.
@Suite struct ConfidenceTests {
    @Test func knowingWhoSpokeButNotWhichWayIsLessSure() {
        let directed = positions("Brazil's envoy condemned the human rights resolution at the United Nations.", date: "2023-11-15")
        let undirected = positions("Brazil's envoy described the human rights resolution at the United Nations.", date: "2023-11-15")
        #expect(directed.map(\.stance) == [.oppose])
        // With nothing in the document to say which way, the reading leans toward the issue.
        #expect(undirected.map(\.stance) == [.support])
        #expect(undirected.first.map { $0.confidence < directed[0].confidence - 0.15 } == true)
    }
}
