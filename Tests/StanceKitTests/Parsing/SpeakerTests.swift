import Testing
@testable import StanceKit

/// Who speaks in a document's own voice: bylines, joint statements, first person, transcripts. Sentences written
/// for the test.
@Suite struct SpeakerTests {
    @Test func aJointStatementGivesEveryMemberItsFirstPerson() {
        let found = positions("""
            Joint statement on the border clashes

            The following is the text of a joint statement by Canada, Norway and New Zealand.

            We condemn the shelling of the border villages.
            """, kind: nil)
        #expect(found.map(summary).sorted() == ["CAN oppose statement", "NOR oppose statement", "NZL oppose statement"])
        #expect(found.allSatisfy { $0.evidence.hasPrefix("We condemn") })
    }

    @Test func governmentsNamingAJointStatementInItsTitleIssueIt() {
        let found = positions("""
            Spain-Portugal joint statement: wildfire co-operation

            Published 2 August 2025

            This summer we have deployed joint firefighting teams and we condemn arson in the border forests.
            """, kind: nil)
        #expect(Set(found.map(\.actor)) == ["ESP", "PRT"])
        #expect(!found.contains { $0.evidence.hasPrefix("Spain-Portugal") })
    }

    @Test func theMinistersOfAJointStatementAreAllItsIssuersNotTheLastOnesNamed() {
        let found = positions("""
            Joint statement on the border clashes

            The following is the text of a joint statement by Canada, Norway and New Zealand.

            The ministers of Canada, Norway and New Zealand met in Oslo on Monday.

            Deeply concerned about the fighting, the ministers condemned the shelling of the border villages.
            """, kind: nil)
        let deeply = found.filter { $0.evidence.hasPrefix("Deeply") }
        #expect(Set(deeply.map(\.actor)) == ["CAN", "NOR", "NZL"] && deeply.allSatisfy { $0.stance == .oppose })
    }

    @Test func governmentsListedAtTheOpeningSpeakTogether() {
        let found = positions("""
            Statement on the election

            The Governments of Chile, Colombia and Mexico express deep concern over the suspension of the vote count.

            Our governments call for the full publication of the results.
            """, kind: nil)
        for code in ["CHL", "COL", "MEX"] {
            #expect(found.filter { $0.actor == code }.count == 2, "\(code)")
        }
    }

    @Test func aListOfOtherGovernmentsUnderAStatementsBylineIsNotItsCoAuthors() {
        let found = positions("""
            Statement by the Delegation of Mongolia in exercise of the right of reply

            Mr. President,

            My delegation wishes to reply to the remarks made this morning about our mining law.

            The ministers of Fiji, Samoa and Tonga went further and condemned the law as unfair to foreign investors.

            We reject these remarks, which misrepresent the law.

            Mongolia remains committed to open and fair investment.
            """, kind: nil)
        #expect(Set(found.filter { $0.evidence.hasPrefix("We reject") || $0.evidence.hasPrefix("Mongolia remains") }.map(\.actor))
            == ["MNG"])
        #expect(Set(found.filter { $0.evidence.hasPrefix("The ministers") && $0.stance == .oppose }.map(\.actor))
            .isSuperset(of: ["FJI", "WSM", "TON"]))
    }

    @Test func theBodyAJointStatementAddressesIsNotOneOfItsAuthors() {
        let found = positions("""
            Joint Statement by the Foreign Ministers of Norway, Iceland and Denmark on Arctic shipping

            The foreign ministers of Norway, Iceland and Denmark have today notified the United Nations Security Council that we consider the new route unsafe.

            We call on all states to respect the Polar Code.
            """, kind: nil)
        #expect(Set(found.filter { $0.evidence.hasPrefix("We call") }.map(\.actor)) == ["NOR", "ISL", "DNK"])
        #expect(!found.contains { $0.actor == "UN" })
    }

    @Test func aSpeechThatNamesItsGovernmentBesideMyCountryIsThatGovernments() {
        let found = positions("""
            Thank you, Mr. President.

            My country, Ghana, has always stood for peace. We condemn the attack on the peacekeepers. \
            My delegation supports the draft resolution.
            """, kind: nil)
        #expect(found.filter { !$0.cue.isEmpty }.map { "\($0.actor) \($0.cue)" } == ["GHA condemn", "GHA supports"])
    }

    @Test func aLetterheadNamesTheSpeakerAndTheVenueDoesNot() {
        let body = "\n\nMr. President,\n\nWe condemn the attack on the peacekeepers. We support the draft resolution. "
            + "We call for accountability.\n"
        let mission = positions("Permanent Mission of Kenya to the United Nations\n\nStatement at the Open Debate" + body, kind: nil)
        #expect(Set(mission.map(\.actor)) == ["KEN"])
        #expect(Set(positions("KENYA\n\nStatement at the Open Debate" + body, kind: nil).map(\.actor)) == ["KEN"])
        // The speaker's line under the title: a name, then an office that names its government.
        #expect(Set(positions("COP28 High-Level Segment\n\nH.E. Ms. Jane Doe, Minister of Environment of Fiji" + body,
                              kind: nil).map(\.actor)) == ["FJI"])
        #expect(Set(positions("Remarks at a Security Council Briefing\n\nAmbassador Jane Doe, Acting U.S. Representative" + body,
                              kind: nil).map(\.actor)) == ["USA"])
        // The Council is where an unknown ambassador speaks, not who speaks.
        #expect(!positions("Statement by Ambassador Jane Doe at the Security Council Open Debate" + body, kind: nil)
            .contains { $0.actor == "UN" })
    }

    @Test func anOfficesLetterheadOutranksTheOtherSideItNames() {
        let found = positions("""
            Government Position on Japan's Plan to Release Treated Water

            Office for Government Policy Coordination, Republic of Korea

            Statement read by a vice minister at the daily briefing

            The Japanese side informed our Government of the plan yesterday. We will expand radiation testing of imported \
            seafood. We will hold Japan to the plan it has presented.
            """, date: "2023-08-22", kind: "statement")
        #expect(found.filter { $0.evidence.hasPrefix("We will") }.map(\.actor) == ["KOR", "KOR"])
    }

    @Test func aCountrysNameThenItsMinistryIsALetterhead() {
        let release = "\n\nPress Release on the Vote in the Assembly\n\n12 May 2022\n\n"
            + "We reject the resolution adopted today. We call on all states to respect our sovereignty.\n"
        #expect(Set(positions("Republic of Chile, Ministry of Foreign Affairs" + release, kind: nil).map(\.actor)) == ["CHL"])
        #expect(Set(positions("Kingdom of Norway Ministry of Foreign Affairs" + release, kind: nil).map(\.actor)) == ["NOR"])
        // A headline that says something is no letterhead.
        for headline in ["Chile Ministry Summons Envoy", "Chile Ministry Hosts Envoy"] {
            #expect(!positions(headline + release, kind: nil).contains { $0.actor == "CHL" && $0.evidence.hasPrefix("We reject") })
        }
    }

    @Test func aVenueInTheHeadingIsNoLetterhead() {
        let found = positions("Ceremony at the Embassy of Japan\n\nWe welcome the agreement. We condemn the attack.\n", kind: nil)
        #expect(!found.contains { $0.actor == "JPN" })
    }

    @Test func whoChairedAMeetingAndNotingReportsAreNobodysPosition() {
        let minutes = positions("""
            Joint statement of the ministers

            The Governments of Peru, Chile and Colombia express their concern over the drought and climate change.

            The meeting was chaired by the Minister of Environment and Climate Change of Peru and attended by the ministers \
            of Chile and Colombia.
            """, kind: nil)
        #expect(!minutes.contains { $0.evidence.hasPrefix("The meeting") })
        #expect(minutes.contains { $0.actor == "PER" && $0.evidence.hasPrefix("The Governments") })
        let briefing = positions("""
            Foreign Ministry Spokesperson Mao Ning's Regular Press Conference

            Q: What is China's comment on the AUKUS submarine pact?

            Mao Ning: I have noted the relevant reports on the AUKUS submarines.

            Q: Another question on AUKUS?

            Mao Ning: China opposes the AUKUS pact.
            """, kind: nil)
        #expect(briefing.map(\.cue) == ["opposes"])
    }

    @Test func theBylineNamesTheSpeakerAndCourtesyIsNobodysPosition() {
        let found = positions("""
            Statement by the Permanent Representative of Kenya to the United Nations

            Thank you, Madam President. I congratulate the co-chairs on their appointment.

            My delegation congratulates you on your election and assures you of our full cooperation.

            We support the extension of the peacekeeping mission's mandate.
            """, kind: nil)
        #expect(found.map(summary) == ["KEN support statement"])
    }

    @Test func aSpeechSpeaksWhereItsSpeakerIsTheSubjectNotWhereItOnlyOwnsSomething() {
        let found = positions("""
            Statement by the President of Palau at the General Debate

            For us, the health of the ocean is not an abstract question.

            Our ancestors navigated by the stars and trusted the ocean to carry them home.

            We support a moratorium on deep-sea mining.
            """, kind: nil)
        #expect(found.map(\.evidence) == ["We support a moratorium on deep-sea mining."])
        #expect(found.map(\.actor) == ["PLW"])
    }

    @Test func aNegationInTheSpeakersVoiceStatesAStandButAPlainRecountDoesNot() {
        // Written for the test.
        let found = positions("""
            Statement by the Ministry of Foreign Affairs of Panama on the border crossings

            The crossings at Vell and Ostra were closed on Monday evening.

            Our border is not open to armed groups, whoever sends them.

            There is no military solution to the dispute over the river.

            For my country, the river is not an abstraction.
            """, kind: "statement", issuer: "PAN")
        #expect(found.map(\.evidence) == ["Our border is not open to armed groups, whoever sends them.",
                                          "There is no military solution to the dispute over the river."])
        #expect(found.allSatisfy { $0.actor == "PAN" && $0.confidence < 0.8 })
    }

    @Test func theOnlyGovernmentASpeechMakesItsSubjectSpeaksItsFirstPerson() {
        let found = positions("""
            Open debate on peacekeeping

            Mr. President,

            Ireland condemns the attack on the peacekeepers. We support the draft resolution. We call for accountability \
            for the attack. We urge all parties to respect the ceasefire.
            """, kind: nil)
        #expect(Set(found.map(\.actor)) == ["IRL"])
        #expect(found.count == 4)
    }

    @Test func aligningWithAnothersStatementIsAFormula() {
        let found = positions("""
            Statement by the Delegation of Chile

            Chile aligns itself with the statement delivered by the representative of Brazil on Security Council reform. \
            We support the draft resolution on the ocean. We call for its adoption by consensus. We thank the facilitators.
            """, kind: nil)
        #expect(!found.contains { $0.evidence.hasPrefix("Chile aligns") })
        #expect(found.contains { $0.actor == "CHL" && $0.evidence.hasPrefix("We support") })
    }

    @Test func whatASpeakerHeardOrWhereTheyCameIsNoPosition() {
        let found = positions("""
            Statement by the Delegation of Fiji

            We come to this conference with hope for our islands. We have heard that we need a pragmatic outcome. \
            We need a fund for loss and damage. We cannot accept an outcome without finance for adaptation.
            """, kind: nil)
        #expect(found.map(\.evidence).allSatisfy { !$0.hasPrefix("We come") && !$0.hasPrefix("We have heard") })
        #expect(found.contains { $0.actor == "FJI" && $0.evidence.hasPrefix("We cannot accept") })
    }

    @Test func remarksToABodyAreNotTheBodysAndTheSubjectGovernmentSpeaks() {
        let found = positions("""
            Remarks to the Human Rights Council on the detentions

            Ireland condemns the detention of journalists. Ireland supports an independent inquiry.

            We call on the authorities to release all detainees. We will continue to raise these cases. Our support for \
            the inquiry is unwavering.
            """, kind: nil)
        #expect(!found.contains { $0.actor == "UN" })
        #expect(Set(found.filter { $0.actor == "IRL" }.map(\.evidence)).count == 5)
    }

    @Test func aStatementNamedInAReportsOpeningDoesNotMakeItsSubjectTheIssuer() {
        let found = positions("""
            Security Council Hears Chile, Peru after Border Clash; Meeting Ends Without Action

            The Security Council met in emergency session today to consider the clash on the border. The meeting, \
            convened at the request of Mexico, closed without the adoption of a presidential statement.

            The foreign minister of Chile said the incursion was a blatant act of aggression. He asked the Council \
            to send a mission to the region without delay.
            """, kind: nil)
        #expect(!found.contains { $0.actor == "UN" && $0.evidence.contains("foreign minister of Chile") })
        #expect(found.contains { $0.actor == "CHL" && $0.stance == .oppose })
        // Nor does a participle that takes an object ("Briefing the Council, …").
        let briefed = positions("""
            Security Council Divided over Border Clash, as Speakers Trade Blame

            The Security Council met today to discuss the clash on the border.

            Briefing the Council, the Assistant Secretary-General said the fighting had displaced thousands. The \
            foreign minister of Chile said the incursion was a blatant act of aggression. He asked the Council to send \
            a mission to the region without delay.
            """, kind: nil)
        #expect(!briefed.contains { $0.actor == "UN" && $0.evidence.contains("foreign minister of Chile") })
    }

    @Test func aMinistrysFullNameOnALineOfItsOwnIssuesTheStatementBelowIt() {
        let found = positions("""
            Ministry of Foreign Affairs of the Republic of Chile

            Press Release: Statement on the Armed Incursion by Peru along the Border

            Since the early morning of 4 May, Peruvian troops have crossed the border at two points.

            We strongly condemn this incursion. We regret that the Peruvian side has chosen to deny it rather than \
            withdraw, and we call on Lima to pull its troops back at once.
            """, kind: nil)
        #expect(Set(found.filter { $0.speaker.lowercased() == "we" }.map(\.actor)) == ["CHL"])
        #expect(!found.contains { $0.actor == "PER" && $0.evidence.hasPrefix("We strongly condemn") })
    }

    @Test func theSideAfterThatIsAnotherGovernmentNotTheIssuer() {
        let found = positions("""
            Statement on the border situation

            We regret that the Peruvian side has chosen to deny the incursion rather than withdraw. We call on Lima to \
            pull its troops back at once. We will defend our territory.
            """, kind: nil)
        #expect(!found.contains { $0.actor == "PER" && $0.evidence.hasPrefix("We ") })
    }

    @Test func theCapitalInABriefingsTitleDatelineHoldsTheBriefing() {
        let found = positions("""
            Press Briefing with Spokesperson Jane Doe, Ottawa, June 3, 2025

            Q: Chile and Peru lifted their visa requirements last week. Was that coordinated?

            A: We welcome their decisions, and we will lift ours in July.
            """, kind: nil)
        #expect(Set(found.filter { $0.evidence.hasPrefix("A:") }.map(\.actor)) == ["CAN"])
        // Or in the byline under the title.
        let byline = positions("""
            Department Press Briefing, March 3, 2025

            Jane Doe, Deputy Spokesperson, Ottawa, ON

            QUESTION: Chile and Peru lifted their visa requirements last week. Was that coordinated?

            MS DOE: We welcome their decisions, and we will lift ours in July.
            """, kind: nil)
        #expect(Set(byline.filter { $0.evidence.hasPrefix("MS DOE:") }.map(\.actor)) == ["CAN"])
        // Or on a line of its own under the speaker's name, though the questions ask for another government's reaction.
        let ownLine = positions("""
            Department Press Briefing, March 3, 2025

            Jane Doe, Deputy Spokesperson

            Ottawa, ON

            MS DOE: Good afternoon. We welcome the decision of Chile and Peru, and we will lift our own visa requirements in July.

            QUESTION: Chile's reaction was cool. What is Peru's reaction?

            MS DOE: We will not comment on their reactions. We stand by the decision.
            """, kind: nil)
        #expect(Set(ownLine.filter { $0.evidence.hasPrefix("MS DOE:") || $0.evidence.hasPrefix("We ") }.map(\.actor)) == ["CAN"])
        // Or on the line under the speaker's, in the same paragraph, though an answer opens with another capital.
        let nextLine = positions("""
            Department Press Briefing, March 3, 2025

            Jane Doe, Deputy Spokesperson
            Ottawa, Ontario

            MS DOE: We welcome the decision of Chile and Peru. We will lift our own visa requirements in July. \
            We stand by that decision. Lima knows where we stand.
            """, kind: nil)
        #expect(Set(nextLine.filter { $0.evidence.hasPrefix("We ") }.map(\.actor)) == ["CAN"])
        // A press release's office line does the same.
        let release = positions("""
            Press Release: Committee Reviews Border Situation

            Prime Minister's Office, Lima, 3 March 2025

            The Committee strongly condemned the closure of the border crossings.
            """, kind: nil)
        #expect(release.filter { $0.evidence.hasPrefix("The Committee") }.map(summary) == ["PER oppose statement"])
    }

    @Test func aHeadlineAfterAPressReleasesLabelStatesAPosition() {
        let found = positions("""
            Press Release: Chile rejects the claims made by Peru's foreign minister

            The Ministry of Foreign Affairs of Chile has taken note of the remarks made yesterday in Lima.
            """, kind: nil)
        #expect(found.contains { $0.actor == "CHL" && $0.evidence.hasPrefix("Press Release") && $0.stance == .oppose })
        #expect(positions("Press Release n. 467\n\nThe Ministry of Foreign Affairs of Chile welcomes the accord.", kind: nil)
            .allSatisfy { !$0.evidence.hasPrefix("Press Release") })
    }

    @Test func aJournalistsQuestionIsNotTheSpokespersons() {
        let found = positions("""
            Q: We understand the fishing ban took effect today. What is Japan's comment?

            A: We deeply regret the ban and urge its immediate withdrawal.
            """, kind: nil)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.actor == "JPN" && $0.evidence.hasPrefix("A: We deeply regret") })
    }

    @Test func aPressReleaseIsTheMinistryThatOpensIt() {
        let found = positions("""
            Press release: The Ministry of Foreign Affairs condemns the attack on Goma

            The Ministry of Foreign Affairs, International Cooperation and Francophonie of the Democratic Republic of the Congo strongly condemns the attack on Goma by the Rwanda Defence Force.

            The Government rejects the pretext of alleged security threats.

            The Government reaffirms its commitment to the Luanda process.
            """, kind: nil)
        #expect(found.contains { $0.actor == "COD" && $0.cue == "condemns" })
        #expect(found.filter { $0.evidence.hasPrefix("The Government") }.map(\.actor) == ["COD", "COD"])
    }

    @Test func itsGovernmentInAStatementIsTheOneItsSentenceNamed() {
        let found = positions("""
            Statement by the Ministry of Foreign Affairs of Egypt on the dam

            Egypt rejects any unilateral measure on the Nile.

            Ethiopia continued the filling, and its government refused to sign a binding agreement.
            """, kind: nil)
        #expect(found.contains { $0.actor == "ETH" && $0.cue == "refused" })
        #expect(!found.contains { $0.actor == "EGY" && $0.cue == "refused" })
    }

    @Test func theSideASpokespersonAddressesIsNotTheIssuer() {
        let found = positions("""
            Foreign Ministry Spokesperson's Regular Press Conference

            Reuters: Manila says Chinese vessels blocked a resupply mission. What is China's response?

            Mao Ning: We urge the Philippine side to stop provocations.

            AFP: Do you have a comment on the new sanctions?

            Mao Ning: We have lodged solemn representations with the EU side.
            """, date: "2024-03-05", kind: nil)
        #expect(found.filter { $0.evidence.contains("Mao Ning") || $0.evidence.hasPrefix("We have") }.allSatisfy { $0.actor == "CHN" })
        #expect(found.contains { $0.actor == "CHN" && $0.evidence.contains("We urge the Philippine side") })
    }

    @Test func aStatementThatNamesNoIssuerSpeaksOfItselfAsTheSide() {
        let statement = """
            MFA statement on the shelling of border villages

            On Monday, Ruritania shelled three border villages, according to the statement of the Azerbaijani side.

            We strongly condemn the shelling of civilians.

            The Armenian side has repeatedly warned against such attacks.
            """
        let found = positions(statement, kind: nil)
        #expect(found.contains { $0.actor == "ARM" && $0.evidence.hasPrefix("We strongly condemn") })
        // A news report that calls two governments "sides" has no voice of its own.
        let news = positions("""
            Talks stall over the border

            The Armenian side said the talks had stalled. The Azerbaijani side blamed delays on the mediators.

            We will not accept delays, a villager said.
            """, kind: nil)
        #expect(!news.contains { $0.evidence.hasPrefix("We will not") })
    }

    @Test func theSideAClauseOpensIsTheOtherGovernment() {
        // A release that names no country in its letterhead speaks of its neighbour as "the … side" mid-sentence:
        // that neighbour is not the issuer.
        let found = positions("""
            Government decides to close the last crossing point

            Ministry of the Interior
            Press release 28.11.2023

            The Government today decided to close the northern crossing point to passenger traffic.

            Russian authorities have let persons without documents reach the border, and the Russian side has helped to \
            transport them to the Finnish crossing points.

            Since August, the Russian side has guided migrants to the border.

            We will not allow our border to be used as an instrument of pressure.
            """, kind: nil)
        #expect(!found.contains { $0.actor == "RUS" && $0.evidence.hasPrefix("We will not") })
    }

    @Test func aMissionAbroadSpeaksForItsGovernmentNotItsSeat() {
        // A mission's letterhead names the body it is accredited to, and its dateline that body's seat.
        for letterhead in ["Mission of Algeria to the European Union", "People's Democratic Republic of Algeria\nMission of Algeria to the European Union"] {
            let found = positions("""
                \(letterhead)

                Statement

                Brussels, 10 June 2022

                The suspension of the treaty is a sovereign decision that falls within the remit of the two States concerned.

                """, kind: nil)
            let unattributed = found.filter { $0.evidence.hasPrefix("The suspension") }
            #expect(!unattributed.isEmpty && unattributed.allSatisfy { $0.actor == "DZA" }, "\(letterhead)")
        }
        // A headline that opens with another government's envoy keeps the dateline's capital as the issuer.
        let summoned = positions("""
            Russian Ambassador Summoned to the Polish Foreign Ministry

            Warsaw, 12 May 2024

            We strongly protest against the violation of our airspace.

            We demand an explanation from Moscow.

            We will respond firmly to any further provocation.
            """, kind: nil)
        #expect(summoned.filter { $0.evidence.hasPrefix("We ") }.map(\.actor) == ["POL", "POL", "POL"])
    }

    @Test func theBodyASpeakerChairsIsNoSecondIssuer() {
        let found = positions("""
            Address by H.E. John Mahama, President of the Republic of Ghana and Chairperson of the Authority of Heads of \
            State and Government of ECOWAS, at the General Debate of the United Nations General Assembly

            New York, 22 September 2021

            We condemn the seizure of power in Conakry in the strongest terms.
            """, kind: nil)
        #expect(Set(found.filter { $0.evidence.hasPrefix("We condemn") }.map(\.actor)) == ["GHA"])
        let joint = positions("""
            Joint statement by Ghana and ECOWAS on the situation in Guinea

            We condemn the seizure of power in Conakry in the strongest terms.
            """, kind: nil)
        #expect(Set(joint.filter { $0.evidence.hasPrefix("We condemn") }.map(\.actor)) == ["GHA", "ECOWAS"])
        // Another person who chairs a body, or a state after a chair's title, issues it too.
        for (byline, issuers) in [("Joint communique by the President of Kenya and the Chairperson of the African Union Commission", ["KEN", "AU"]),
                                  ("Statement by the President of Senegal, outgoing chair, and the President of The Gambia", ["SEN", "GMB"])] {
            let found = positions("\(byline)\n\nWe condemn the seizure of power in Conakry in the strongest terms.", kind: nil)
            #expect(Set(found.map(\.actor)) == Set(issuers), "\(byline)")
        }
    }

    @Test func anAnswerThatAnswersNothingIsNoPosition() {
        let found = positions("""
            Q: Japan has decided to release more treated water. What is China's comment?

            A: I would refer you to the competent authorities.

            Q: Will the Premier attend the summit in Geneva?

            A: We will release information in due course.

            Q: Did the minister raise the visas with his counterpart?

            A: I'm not going to get into private diplomatic conversations.

            Q: Will sanctions follow?

            A: I don't have anything to announce today.

            Q: Is the Premier planning to visit Canberra next month?

            A: I don't have any travel to announce at this time.

            Q: Has the embassy confirmed the detention of the two fishermen?

            A: I am not aware of the specific situation you mentioned.

            Q: Will the ambassador return?

            A: I don't have anything on that. I have nothing further to share on the staffing of our mission.

            Q: How would you describe the new export rules?

            A: I'm not going to characterize them.

            Q: Vietnam says it wants the ruling on the fishing grounds respected. Do you agree?

            A: I'll let Hanoi speak for itself.

            Q: Will your navy sail through the disputed waters again?

            A: I'm not going to preview specific naval operations.

            Q: What about the new fishing ban?

            A: We deeply regret the ban and urge its immediate withdrawal.
            """, kind: nil)
        #expect(Set(found.filter { $0.actor == "CHN" }.map(\.evidence)) == ["A: We deeply regret the ban and urge its immediate withdrawal."])
    }

    @Test func aNewsReportCitingAStatementHasNoSpeaker() {
        let found = positions("""
            Chile recalled its ambassador on Monday, according to a statement by the Peruvian foreign ministry.

            We will not accept this, a protester said.
            """, kind: nil)
        #expect(!found.contains { $0.actor == "PER" && $0.evidence.hasPrefix("We will not") })
    }

    @Test func aSpokespersonsRemarksAreTheirGovernments() {
        let found = positions("""
            Foreign Ministry Spokesperson Geng Shuang's Remarks

            Q: The new tariffs take effect on Friday. What is your comment?

            A: We firmly oppose the tariffs and will take countermeasures.
            """, date: "2019-05-10", kind: nil)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.actor == "CHN" })
    }

    @Test func aTitleThatNamesOneGovernmentOverAFirstPersonText() {
        let found = positions("""
            A. Petrov, Head of the delegation of the Republic of Kazakhstan, statement at the conference on disarmament

            We welcome the entry into force of the treaty. We reject any resumption of nuclear testing. We call on all \
            states to sign the treaty.
            """, kind: nil)
        #expect(Set(found.map(\.actor)) == ["KAZ"])
        #expect(Set(found.map(\.evidence)).count == 3)
    }

    @Test func scareQuotesAndPluralPossessivesDoNotHideTheSpeaker() {
        let found = positions("""
            Military takeover in the capital

            The United States has concluded that a coup has taken place. We note the "interim council" and its claims.

            We support the regional states’ efforts to restore civilian rule. The United States calls for the release \
            of the president. We will keep our humanitarian aid.
            """, kind: nil)
        #expect(found.contains { $0.actor == "USA" && $0.evidence.hasPrefix("We note") })
        #expect(found.contains { $0.actor == "USA" && $0.evidence.hasPrefix("We support") })
    }

    @Test func everySentenceOfAnAnswerIsTheSpokespersons() {
        let found = positions("""
            Q: The new tariffs take effect on Friday. What is Japan's comment?

            A: The measure is a serious matter for our exporters. It comes at a difficult time for the region.
            """, kind: nil)
        #expect(Set(found.map(\.evidence)) == ["A: The measure is a serious matter for our exporters.",
                                               "It comes at a difficult time for the region."])
        #expect(found.allSatisfy { $0.actor == "JPN" })
    }

    @Test func aSpeechsRhetoricalQuestionIsNoJournalistsTurn() {
        let found = positions("""
            Statement by the Permanent Representative of Kenya to the United Nations

            We have negotiated for three years. How much longer must the people of the region wait?

            We call for an immediate ceasefire in Gaza.
            """, kind: nil)
        #expect(found.contains { $0.actor == "KEN" && $0.evidence.hasPrefix("We call for") })
    }

    @Test func aNewsLedeIsNoJointStatementNorItsCitationAByline() {
        let lede = positions("""
            Leaders of Japan, South Korea and China agreed on Monday to resume regular summits. We want stability, a \
            diplomat said. We will meet again next year, another said. We hope for progress.
            """, kind: nil)
        #expect(!lede.contains { $0.evidence.hasPrefix("We hope") })
        let cited = positions("""
            According to a statement by the Chinese Foreign Ministry, talks will resume. We oppose the tariffs, traders \
            said. We will protest. We are angry.
            """, kind: nil)
        #expect(!cited.contains { $0.actor == "CHN" && $0.evidence.hasPrefix("We will protest") })
    }

    @Test func aCourtesyAfterAGovernmentsOwnVerdictKeepsTheSentence() {
        let found = positions("The United States condemns the attack on the convoy and thanks Qatar for its mediation.")
        #expect(found.contains { $0.actor == "USA" && $0.stance == .oppose })
    }

    @Test func aStatementANewsReportReproducesInFullSpeaksForItsGovernments() {
        let found = positions("""
            Truce takes hold along the border

            A truce came into effect on Tuesday after weeks of fighting, officials said.

            Here is the joint statement of the United Kingdom and Norway in full:

            We welcome this step and will work with both parties to ensure it is fully implemented.

            We call on all armed groups to respect the truce.
            """)
        #expect(found.filter { $0.evidence.hasPrefix("We welcome") }.map(summary).sorted() == ["GBR support statement", "NOR support statement"])
        #expect(found.filter { $0.evidence.hasPrefix("We call on") }.map(\.actor).sorted() == ["GBR", "NOR"])
        #expect(!found.contains { $0.evidence.hasPrefix("Here is") })
    }

    @Test func aColonAfterAStatementThatNamesNoGovernmentLendsNoVoice() {
        let found = positions("""
            Truce takes hold along the border

            The statement reads as follows:

            We welcome this step.
            """)
        #expect(found.isEmpty)
    }

    @Test func deliveringTheStatementAndNotesInBracketsAreNobodysPosition() {
        let found = positions("""
            Statement on the reform of the Council

            I deliver this statement on behalf of Brazil, Germany and India.

            (Similar question from a news agency)

            Official Spokesperson, Shri Raveesh Kumar: Namaskar, good afternoon and welcome to this briefing.

            And with that, I will turn it over to the Ambassador for the Council reform talks.

            We support the reform of the Council.
            """, kind: "statement")
        #expect(found.allSatisfy { $0.evidence.hasPrefix("We support") })
        #expect(found.map(\.actor).sorted() == ["BRA", "DEU", "IND"])
    }

    @Test func announcingTheNextTopicIsNobodysPosition() {
        let found = positions("""
            Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Chile

            SPOKESPERSON: Good afternoon. I will begin with Peru.

            Let me start with the talks in Lima.

            I want to start with Bolivia, whose closure of the border we condemn.

            We welcome the agreement on fishing rights.
            """, kind: "briefing")
        #expect(!found.contains { $0.evidence.hasPrefix("I will begin") || $0.evidence.hasPrefix("Let me start") })
        // A stance taken after it still stands.
        #expect(found.contains { $0.evidence.hasPrefix("I want to start") && $0.actor == "CHL" })
        #expect(found.contains { $0.evidence.hasPrefix("We welcome") && $0.actor == "CHL" })
    }

    @Test func announcingAnExplanationOrAWordOnATopicIsNobodysPosition() {
        let found = positions("""
            Statement by the Permanent Representative of Chile to the United Nations

            Allow me to explain our position.

            Let me explain the measure my Government took in response.

            I would like to turn now to our neighbour Peru, a country that has paid a heavy price.

            Let me also say a word about the procedure.

            Let me explain why we reject the draft resolution.
            """, kind: "speech")
        // The explanation announced says nothing; one given in the same sentence does.
        #expect(found.map(\.evidence) == ["Let me explain why we reject the draft resolution."])
        #expect(found.map(summary) == ["CHL oppose statement"])
    }

    @Test func aSpeakerWhoRecountsSpeakingForOthersOnceSpeaksForTheirOwnGovernmentNow() {
        let text = """
            Statement by Ms. Awa Traore, Minister for Foreign Affairs of the Republic of Chad, at the General Debate

            Mr. President,

            Two years ago, on 3 March, it fell to me to sign, on behalf of Cameroon, Chad and Niger, the accord creating our \
            joint force. My Government condemns the attacks on the joint force and supports its renewal.
            """
        let found = positions(text, kind: "speech")
        #expect(Set(found.filter { $0.evidence.hasPrefix("My Government") }.map(\.actor)) == ["TCD"])
        #expect(!found.isEmpty)
        // What the speaker did for them then, they did with the speaker.
        #expect(Set(found.filter { $0.evidence.hasPrefix("Two years ago") }.map(\.actor)) == ["CMR", "NER", "TCD"])
        // Speaking for them in this text still makes each of them a speaker.
        let joint = positions(text.replacingOccurrences(of: "Two years ago, on 3 March, it fell to me to sign", with: "I sign"),
                              kind: "speech")
        #expect(Set(joint.filter { $0.evidence.hasPrefix("My Government") }.map(\.actor)) == ["CMR", "NER", "TCD"])
    }

    @Test func aTranscriptsAnswersBelongToTheGovernmentOfTheOfficialsLabelled() {
        let found = positions("""
            Press Briefing Room

            MS. JEAN-PIERRE: Good afternoon, everyone.

            Q    Good afternoon.

            AMBASSADOR TAI: Thank you so much.

            This action will protect American workers from unfair trade practices and we will defend them.

            Q    Will the tariffs hurt consumers?

            AMBASSADOR TAI: Okay.
            """, date: "2024-05-14", kind: nil)
        #expect(!found.isEmpty && found.allSatisfy { $0.actor == "USA" })
        #expect(!found.contains { $0.evidence.hasPrefix("AMBASSADOR TAI: Okay") || $0.evidence.contains("Will the tariffs") })
    }

    @Test func aBriefingReportedInTheThirdPersonSpeaksForTheSpokespersonsGovernment() {
        let record = """
            Asked whether the Government would back new fishing quotas, the PMOS said that we supported the quotas agreed in Brussels.

            Asked about the talks in Oslo, the PMOS said that the matter was under discussion. We opposed any delay to the agreement.
            """
        let found = positions(record, date: "2009-03-04", kind: nil)
        #expect(!found.isEmpty && found.allSatisfy { $0.actor == "GBR" })
        #expect(found.contains { $0.evidence.hasPrefix("We opposed") && $0.stance == .oppose })
        #expect(positions("Asked about the talks, the minister said that we opposed any delay.", date: "2009-03-04", kind: nil).isEmpty)
    }

    @Test func whatASpeechSaysTheOneAddressedDidIsNotTheSpeakersPosition() {
        let found = positions("Mr. President, in your letter you have called on delegations to support a new format. We oppose any new format.",
                              kind: "speech", issuer: "ITA")
        #expect(found.map(\.stance) == [.oppose])
        #expect(found.first?.cue == "oppose")
    }

    @Test func aSpokespersonWhoRepliesOrRepeatsSpeaksAsOneWhoSays() {
        let record = """
            Asked whether the Government still wanted a fishing quota deal, the PMOS replied that we supported the quotas agreed in Brussels.

            Asked again about the quotas, the PMOS repeated that we opposed any delay to the agreement.
            """
        let found = positions(record, date: "2009-03-04", kind: nil)
        #expect(found.contains { $0.actor == "GBR" && $0.evidence.contains("replied") && $0.stance == .support })
        #expect(found.contains { $0.actor == "GBR" && $0.evidence.contains("repeated") && $0.stance == .oppose })
    }

    @Test func thanksForABriefingAreACourtesyWhoeverGivesThem() {
        let found = positions("""
            Brazil thanks the Secretary-General for his report.

            Brazil will continue to support the two-state solution.
            """, kind: "speech", issuer: "BRA")
        #expect(found.map(\.evidence) == ["Brazil will continue to support the two-state solution."])
        #expect(!positions("Brazil thanked Qatar for its mediation of the ceasefire in Gaza.").isEmpty)
        let more = positions("Brazil condemns the Russian invasion of Ukraine and thanks the Secretary-General for his report.")
        #expect(more.map(summary) == ["BRA oppose statement"])
        // Thanks to the hosts of a meeting, whose own words carry no stance ("hosts").
        let hosts = positions("I would like to express my sincere thanks to our Moroccan hosts and to the United Nations.",
                              kind: "speech", issuer: "DEU")
        #expect(hosts.isEmpty)
        #expect(positions("We thank Qatar for agreeing to host the talks on the ceasefire in Gaza.", kind: "speech", issuer: "DEU")
            .contains { $0.actor == "QAT" })
    }

    @Test func aSentenceWhoseSubjectIsTheOneAddressedIsNotTheSpeakersPosition() {
        let praise = positions("Your creative, constructive and patient approach has given us hope on Security Council reform.",
                               kind: "speech", issuer: "ITA")
        #expect(praise.isEmpty)
        let letter = positions("In your letter of 3 May, you have called on Member States to share views on Security Council reform.",
                               kind: "speech", issuer: "ITA")
        #expect(letter.isEmpty)
        let views = positions("In your letter of 3 May, you have called on Member States to share views on how we see the format, "
                              + "and how renewed momentum can be given to Security Council reform.", kind: "speech", issuer: "ITA")
        #expect(views.isEmpty)
        // A cue before the one addressed is named is not theirs, and reading it does not fail.
        let before = positions("Despite the attack on the mission, you have called on Member States to act.", kind: "speech", issuer: "ITA")
        #expect(before.allSatisfy { $0.actor == "ITA" })
        let own = positions("Your proposal is noted. We support Security Council reform.", kind: "speech", issuer: "ITA")
        #expect(own.map(\.cue) == ["support"])
    }

    @Test func anotherGovernmentsReportingVerbIsNotTheSpeakersCue() {
        // "announced" is Russia's, as much as what it announced: the speaker reports it and takes no position by it.
        let reported = positions("One week ago, the Russian Federation announced that it was suspending its participation in "
            + "the New START Treaty.", kind: "speech", issuer: "USA")
        #expect(reported.map(\.actor) == ["RUS"])
        let claimed = positions("Iran has claimed that the sanctions on its airline have no legal basis.", kind: "statement", issuer: "DEU")
        #expect(claimed.map(\.actor) == ["IRN"])
        // The speaker's own cue in the same sentence still speaks for the speaker.
        let own = positions("We regret that the Russian Federation announced that it was suspending its participation in the "
            + "New START Treaty.", kind: "speech", issuer: "USA")
        #expect(Set(own.map(\.actor)) == ["RUS", "USA"])
    }

    @Test func aTextDeliveredByOthersThatTheSpeakerActsOnNamesNoIssuer() {
        // "delivered by" after the speaking government names who gave the opinion, not who gives this speech.
        let found = positions("""
            Statement by the Permanent Representative of Chile to the United Nations at the General Assembly

            Mr President,

            Chile welcomes the advisory opinion delivered by the International Court of Justice, which we regard as binding.

            We call for an immediate ceasefire in Gaza.
            """, kind: "speech")
        #expect(found.map(\.actor) == ["CHL", "CHL"])
    }

    @Test func aLetterheadOfTheCountryAndItsMinistryOverACommuniqueNamesTheIssuer() {
        // The two letterhead lines read as one: the country's name and its ministry's full name.
        let found = positions("""
            Algeria answers the new measures

            People's Democratic Republic of Algeria
            Ministry of Foreign Affairs, National Community Abroad and African Affairs

            Communiqué

            Algiers, 16 April 2025

            This arrest, carried out in flagrant violation of the Vienna Convention, was intended to humiliate the country.
            """, kind: nil)
        #expect(found.contains { $0.actor == "DZA" && $0.evidence.hasPrefix("This arrest") })
    }

    @Test func remarksThatADecisionFollowsAreAnothersNotThisTextsByline() {
        // "This decision follows the remarks made by …" names what the text answers, not who issues it; a ministry
        // whose name holds another body's ("…, European Union and Cooperation") is its own government's.
        let found = positions("""
            Spain recalls its Ambassador in Lima

            Ministry of Foreign Affairs, European Union and Cooperation

            Press release

            The Ministry of Foreign Affairs, European Union and Cooperation announces that the Government has decided to recall the Ambassador of Spain to Peru.

            This decision follows the remarks made by the President of Peru at a rally in Cusco.

            The Government considers these remarks to be unacceptable.
            """, kind: nil)
        #expect(!found.contains { $0.actor == "EU" })
        #expect(found.filter { $0.evidence.hasPrefix("The Government considers") }.map(\.actor) == ["ESP"])
    }

    @Test func thePresidentInAnAnswerIsTheSpokespersonsOwnWhateverPresidentTheQuestionNamed() {
        let found = positions("""
            Press Briefing by the Press Secretary, Washington, March 3, 2025

            Q: President Lula said on Sunday that the new tariff on coffee was an insult. What is your response?

            MS. CARTER: The President would welcome a fair deal on coffee, and he rejects the idea that the tariff is an insult.

            Q: And the ethanol duty?

            MR. OWENS: The Prime Minister of Canada raised that with us as well. The President supports keeping the duty.
            """, date: "2025-03-03", kind: nil)
        #expect(found.filter { $0.evidence.hasPrefix("MS. CARTER: The President would") }.map(\.actor) == ["USA"])
        #expect(found.filter { $0.evidence.hasPrefix("The President supports") }.map(\.actor) == ["USA"])
        // The question's president is still the other government's.
        #expect(found.filter { $0.evidence.hasPrefix("Q: President Lula") }.allSatisfy { $0.actor == "BRA" })
    }
}
