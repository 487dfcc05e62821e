import Testing
@testable import StanceKit

/// Which issue a position lands in, and which way it points there, on sentences written for the tests.
@Suite struct IssueAssignerTests {
    let assigner = IssueAssigner(builtInLexicon.issues)

    func issue(_ sentence: String) -> String? {
        let tokens = Tokenizer.tokens(sentence[...], offset: 0)
        return assigner.choose(tokens, cue: 0..<1).map { assigner.issues[$0.issue].id }
    }

    @Test func differentWordingsOfOneQuestionLandInOneIssue() {
        let a = issue("They criticized the anti-leaflet law.")
        #expect(a != nil)
        #expect(issue("They opposed the ban on leaflet launches.") == a)
        #expect(issue("They defended the revised Development of Inter-Korean Relations Act.") == a)
    }

    @Test func verifyingAnElectionsCountIsAnotherQuestionThanWhoWonIt() {
        let count = issue("They demanded that the electoral council publish the tally sheets of the Venezuelan presidential election.")
        let winner = issue("They recognized Edmundo González as the winner of the Venezuelan presidential election.")
        #expect(count != nil && winner != nil)
        #expect(count != winner)
        #expect(issue("They called for an independent verification of the results in Venezuela.") == count)
    }

    @Test func unrelatedSentencesTakeNoTaxonomyIssue() {
        #expect(issue("They praised the weather.") == nil)
    }

    @Test func collectiveDefenceIsNATOsOnlyWhereNATOIsNamed() {
        let sahel = positions("Mali, Burkina Faso and Niger reaffirmed their commitment to collective defence within their new alliance.",
                              date: "2024-01-28")
        #expect(!sahel.isEmpty)
        #expect(sahel.allSatisfy { !$0.issue.hasPrefix("nato-enlargement") })
        let nato = positions("Sweden welcomed Finland's NATO membership. Finland reaffirmed its commitment to collective defence.",
                             date: "2023-04-04")
        #expect(nato.contains { $0.actor == "FIN" && $0.issue.hasPrefix("nato-enlargement") })
    }

    @Test func aCeasefireBetweenIsraelAndHezbollahIsNotGazas() {
        let found = positions("France called for an immediate ceasefire between Israel and Hezbollah to stop the strikes in southern "
            + "Lebanon.", date: "2024-09-25")
        #expect(found.map(\.actor) == ["FRA"])
        #expect(found.allSatisfy { $0.issue.hasPrefix("israel-hezbollah-conflict") })
    }

    @Test func anAcronymTriggerMatchesOnlyTheNameNotTheWord() {
        #expect(issue("They called for swift exclusion of the delegates.") == nil)
        #expect(issue("They backed a SWIFT exclusion.") == "russia-sanctions")
        #expect(issue("They said icc rules apply.") == nil)
        #expect(issue("They said ICC rules apply.") != nil)
        // Names written as words, as some newspapers do, still count after the sentence's first word.
        #expect(issue("They backed ending the Minusma mission.") == issue("They backed ending the MINUSMA mission."))
        #expect(issue("They backed ending the MINUSMA mission.") != nil)
    }

    @Test func aCountryThatActsInTheSentenceIsNotWhatItIsAbout() {
        // "Ukraine" alone names the war in Ukraine, but here Ukraine is one of the voters.
        let votes = positions("Voting in favour of the resolution were China, India and Ukraine.")
        #expect(votes.count == 3)
        #expect(!votes.contains { $0.issue.hasPrefix("ukraine-war") })
        #expect(positions("Poland condemned the attack on Ukraine.").contains { $0.issue.hasPrefix("ukraine-war") })
        // The same for a government's other names: the Taliban acting is not the Taliban's rule over women.
        #expect(!positions("The Taliban condemned the Pakistani air strike on Kabul.").contains { $0.issue.hasPrefix("afghanistan") })
        // A sentence named only by its holder's name is no less sure than one a trigger names: the name says what the
        // document is about.
        let own = positions("Ukraine condemned the shelling.").map(\.confidence)
        let none = positions("Kenya condemned the shelling.").map(\.confidence)
        #expect(own.count == 1 && none.count == 1 && own[0] > none[0])
        #expect(positions("The United States condemned the Taliban's ban on women's education.")
            .contains { $0.issue == "afghanistan-women-restrictions" })
    }

    @Test func aTriggerAfterNonIsAnotherThing() {
        #expect(issue("They won a non-permanent seat on the Council.") == nil)
        #expect(issue("They want a permanent seat on the Council.") == "unsc-veto-reform")
    }

    @Test func anInstanceSingledOutByIncludingIsWhatTheSentenceIsAbout() {
        let found = positions("Seoul and Pyongyang agreed to cease all hostile acts along the Military Demarcation Line, "
            + "including leaflet launches.")
        #expect(Set(found.map(\.issue)) == ["leaflet-launches"])
        // Stopping the launches is restricting them: "hostile acts" is the class, not a step toward the launches.
        #expect(found.allSatisfy { $0.stance == .support })
    }

    @Test func aPlaceAfterTheThingActedOnNamesNoSideOfTheQuestion() {
        // "Ukraine" on its own names the side the war is waged against ("support for Ukraine" opposes the war); as the
        // place of an offensive it does not, and calling for a halt to the offensive still opposes the war.
        func onTheWar(_ text: String) -> [String] {
            positions(text).map { "\($0.actor) \($0.stance.rawValue) \($0.issue.hasPrefix("ukraine-war"))" }
        }
        #expect(onTheWar("France urged Russia to halt its offensive in eastern Ukraine.") == ["FRA oppose true"])
        #expect(onTheWar("Poland condemned the missile strikes across Ukraine.") == ["POL oppose true"])
        #expect(onTheWar("France reaffirmed its support for Ukraine.") == ["FRA oppose true"])
    }

    @Test func aVerdictOnAThingIsAboutTheThingAndValuesWhatItActsOn() {
        func onIssue(_ text: String, _ issue: String) -> [String] {
            positions(text).map { "\($0.actor) \($0.stance.rawValue) \($0.issue.hasPrefix(issue))" }
        }
        // The law eroding freedoms is against the law; the ordinance protecting security is for it.
        #expect(onIssue("The representative of the United Kingdom said the new law would erode the rights and freedoms "
            + "of Hong Kong residents.", "hong-kong-freedoms") == ["GBR oppose true"])
        #expect(onIssue("China said the ordinance would protect national security in Hong Kong.", "hong-kong-freedoms")
            == ["CHN support true"])
        // What the thing harms is what the holder values.
        #expect(onIssue("Germany said the withdrawal would undermine the Paris Agreement.", "paris-agreement")
            == ["DEU support true"])
        // A government that undermines is no thing judged: it acts against the agreement.
        #expect(onIssue("Russia undermined the Paris Agreement.", "paris-agreement") == ["RUS oppose true"])
        // The verdict, not a noun in its subject that looks like a verb, is what is said.
        let launches = positions("Japan warned that the missile launches threaten regional peace and stability.")
        #expect(launches.map { "\($0.actor) \($0.stance.rawValue) \($0.cue)" } == ["JPN oppose warned … threaten"])
    }

    @Test func theTriggerAfterTheCueOrientsThePosition() {
        let text = "Seoul's unification ministry told the groups that planned leaflet launches to stop sending leaflets."
        let seoul = positions(text, date: "2020-06-10").filter { $0.actor == "KOR" }
        #expect(seoul.map(\.issue) == ["leaflet-launches"])
        #expect(seoul.map(\.stance) == [.support])
    }

    @Test func editingOneSentenceNeverFlipsAnother() throws {
        let later = "\n\nThe National Assembly of South Korea delivered a blow to civil liberties."
        let passed = positions("South Korea's National Assembly passed the anti-leaflet law on Monday." + later, date: "2020-12-15")
        let repealed = positions("South Korea's National Assembly criticized the anti-leaflet law on Monday." + later, date: "2020-12-15")
        let before = try #require(passed.first { $0.evidence.contains("blow") })
        let after = try #require(repealed.first { $0.evidence.contains("blow") })
        #expect(passed.first { $0.evidence.contains("Monday") }?.stance != repealed.first { $0.evidence.contains("Monday") }?.stance)
        #expect(before.stance == after.stance && before.issue == after.issue)
    }

    @Test func withTheGovernmentsNamedPositionsSplitTheSentenceKeepsItsOwnDirection() {
        let text = "South Korea's National Assembly passed the anti-leaflet law on Monday. "
            + "South Korea's foreign ministry criticized the anti-leaflet law on Tuesday.\n\n"
            + "The National Assembly of South Korea delivered a blow to civil liberties."
        let blow = positions(text, date: "2020-12-15").first { $0.evidence.contains("blow") }
        #expect(blow?.stance == .oppose)
    }

    @Test func aSentenceWithNoDirectionFollowsMostOfTheGovernmentsDirectedPositionsElseLeansTowardTheIssue() throws {
        let studying = "\n\nNorway said it was studying the AUKUS submarine deal."
        let leaning = positions("Norway condemned the AUKUS submarine deal. Norway criticized the AUKUS deal again on Monday." + studying)
        let read = leaning.first { $0.evidence.contains("studying") }
        #expect(read?.stance == .oppose)
        let directed = try #require(leaning.filter { !$0.evidence.contains("studying") }.map(\.confidence).min())
        #expect((read?.confidence ?? 1) < directed)
        // A position neutral by its own word stays neutral.
        let abstained = positions("India condemned the AUKUS submarine deal. India criticized the AUKUS deal again."
            + "\n\nIndia abstained on the AUKUS submarine deal.")
        #expect(abstained.first { $0.evidence.contains("abstained") }?.stance == .neutral)
        // A tie leans toward the issue, below every directed position: taking up an issue is mostly arguing for it.
        let split = positions("Norway condemned the AUKUS submarine deal. Norway welcomed the AUKUS submarine deal on Monday." + studying)
        let tied = try #require(split.first { $0.evidence.contains("studying") })
        #expect(tied.stance == .support)
        #expect(tied.confidence < (split.filter { !$0.evidence.contains("studying") }.map(\.confidence).min() ?? 0))
        // Another government's directions break no tie of Norway's: Sweden condemned, Norway still leans toward it.
        let other = positions("Sweden condemned the AUKUS submarine deal." + studying)
        #expect(other.first { $0.actor == "NOR" }?.stance == .support)
    }

    @Test func breakingATieNeverTakesConfidenceBelowItsFloor() {
        let faint = Position(id: "faint", document: "d", actor: "NOR", actorName: "Norway", speaker: "Norway", cue: "",
                             kind: .statement, issue: "aukus", stance: .neutral, confidence: 0.1, evidence: "Norway spoke.",
                             paragraph: 0, start: 0, end: 13, date: nil, source: "d")
        let read = IssueAssigner.breakingTies([faint], decided: [])
        #expect(read.map(\.stance) == [.support])
        #expect(read.map(\.confidence) == [0.1])
    }

    @Test func inATranscriptAnAnswerThatNamesNoIssueIsAboutItsQuestionNotTheMainIssue() {
        let transcript = """
            AFP: North Korea launched another ballistic missile this morning. What is your comment?

            Spokesperson: We condemn the ballistic missile launch. It violates Security Council resolutions.

            Reuters: Will your minister attend the summit in Geneva next week?

            Spokesperson: We attach great importance to the meeting and will announce our plans in due course.
            """
        let found = positions(transcript, date: "2024-05-10", kind: "briefing", issuer: "JPN")
        #expect(found.first { $0.evidence.hasPrefix("It violates") }?.issue == "dprk-denuclearization")
        let meeting = found.first { $0.evidence.contains("great importance") }
        #expect(meeting?.issue.hasPrefix(DiscoveredIssue.prefix) == true, "\(String(describing: meeting?.issue))")
    }

    @Test func theHeadlineNamesTheDocumentsMainIssue() {
        let text = "Activists said they would send more leaflets across the border.\n\n"
            + "The South Korean military said it would expand the operation."
        let military = positions(text, date: "2024-06-10", title: "Seoul restarts border loudspeakers")
            .first { $0.evidence.contains("expand") }
        #expect(military?.issue == "dmz-loudspeakers")
    }

    @Test func anOfficesTitleNamesWhoSpeaksNotWhatAbout() {
        let text = "South Korea's National Assembly passed the anti-leaflet law.\n\n"
            + "The UN special rapporteur on human rights in North Korea asked Seoul to reconsider it."
        let rapporteur = positions(text, date: "2020-12-17").filter { $0.actor == "UN" }
        #expect(rapporteur.map { "\($0.issue) \($0.stance)" } == ["leaflet-launches oppose"])
    }

    @Test func aParticipleDescribingANounIsNoStepTowardTheIssue() {
        let found = positions("We call for the release of South Korean nationals detained in North Korea and of the abductees.",
                              kind: "statement", issuer: "KOR")
        #expect(found.map { "\($0.actor) \($0.issue) \($0.stance)" } == ["KOR dprk-human-rights support"])
    }

    @Test func aPronounObjectPointsBackToTheTriggerBeforeTheCue() {
        let found = positions("The loudspeakers had been silent since 2018, when Seoul switched them off days before the summit "
            + "at which the leaders signed the Panmunjom Declaration.", date: "2024-06-10")
        #expect(found.filter { $0.actor == "KOR" }.map { "\($0.issue) \($0.stance)" } == ["dmz-loudspeakers oppose"])
    }

    @Test func wordsEveryWarOrCoupUsesDoNotFileItUnderOneCountrysIssue() {
        let truce = positions("Thailand and Cambodia agreed to an immediate ceasefire along their border.")
        #expect(!truce.isEmpty && !truce.contains { $0.issue.hasPrefix("gaza-ceasefire") })
        let coup = positions("Nigeria condemned the coup and demanded that the junta release President Bazoum.")
        #expect(!coup.isEmpty && !coup.contains { $0.issue.hasPrefix("myanmar-coup") })
        let gaza = positions("Egypt called for an immediate ceasefire in Gaza.")
        #expect(gaza.map(\.issue) == ["gaza-ceasefire"])
    }

    @Test func wordsAnyAllianceOrStateUsesFileNoDocumentUnderAKoreanIssue() {
        // Written for the test: joint exercises, a police raid, cybersecurity, a nuclear-powered submarine.
        let found = positions("""
            Armenia steps back from its alliance

            Armenia cancelled the joint exercises planned with its allies this autumn.

            Russia condemned the police raid on its consulate in the capital.

            The Solomon Islands said the pact covered cybersecurity and policing, and Australia criticised it.

            France denounced the deal on nuclear-powered submarines as a betrayal.
            """)
        #expect(!found.isEmpty)
        let shared = Set(found.map { IssueEvidence.sharedIssue(of: $0.issue) })
        #expect(shared.isDisjoint(with: ["us-rok-joint-exercises", "pressure-on-dprk-rights-ngos", "state-cyber-attacks",
                                         "rok-nuclear-armament"]))
        // Wartime forced labour in Japan's mines is no North Korean human-rights question.
        let mines = positions("Seoul boycotted the memorial for the Korean labourers, saying Tokyo played down their forced labor.")
        #expect(!mines.isEmpty && !mines.contains { IssueEvidence.sharedIssue(of: $0.issue) == "dprk-human-rights" })
        // Where the document names the Korean drills, the same words count.
        let drills = positions("Seoul and Washington began Freedom Shield on Monday.\n\nPyongyang condemned the joint exercises.")
        #expect(drills.filter { $0.actor == "PRK" }.map { IssueEvidence.sharedIssue(of: $0.issue) } == ["us-rok-joint-exercises"])
    }

    @Test func aBombThreatSignedHamasIsNoGazaDocument() {
        let found = positions("Lithuania condemned the diversion of the flight to Minsk over a bomb threat said to come from Hamas.")
        #expect(!found.isEmpty && !found.contains { IssueEvidence.sharedIssue(of: $0.issue) == "gaza-ceasefire" })
        #expect(positions("Egypt urged Hamas and Israel to agree to an immediate ceasefire in Gaza.").map(\.issue) == ["gaza-ceasefire"])
    }

    @Test func aContextWordCountsInADocumentThatNamesItsIssue() {
        let text = "Houthi attacks on Red Sea shipping continue\n\nMediators met in Cairo on Monday to discuss the hostage deal.\n\n"
            + "Qatar called for an immediate ceasefire."
        #expect(positions(text).filter { $0.actor == "QAT" }.map(\.issue) == ["gaza-ceasefire"])
    }

    @Test func aWordEveryDisputeUsesFilesNoDocumentUnderOneDispute() {
        // Written for the test: an arbitral award, a water cannon, military aid and swift action belong to no one dispute.
        let found = positions("""
            Guyana rallies support against Venezuela's claim

            The United States reaffirmed its support for the 1899 arbitral award.

            Georgia's police used a water cannon against protesters, and the European Union condemned the crackdown.

            Canada called for swift action on military aid to the flood-hit region.
            """)
        #expect(!found.isEmpty)
        let shared = Set(found.map { IssueEvidence.sharedIssue(of: $0.issue) })
        #expect(shared.isDisjoint(with: ["south-china-sea", "russia-sanctions", "ukraine-military-aid"]))
    }

    @Test func aUsersIssueFileMayGiveContextWords() throws {
        let yaml = """
            issues:
              - id: arctic-shipping
                label: Shipping routes through the Arctic
                triggers: [Northern Sea Route]
                context_triggers: [convoy]
            """
        let lexicon = builtInLexicon.adding(try UserIssueFile.parse(yaml, file: "mine.yaml"))
        let extractor = PositionExtractor(lexicon: lexicon)
        func issues(_ text: String) -> [String] {
            let document = Document(id: "t", source: "t.txt", format: .text, metadata: DocumentMetadata(date: "2024-01-01"),
                                    blocks: PlainTextReader.paragraphs(text[...]))
            return extractor.positions(in: document).map(\.issue)
        }
        let named = "Norway protests steel tariffs\n\nRussia expanded traffic on the Northern Sea Route.\n\nNorway criticized the convoy."
        #expect(issues(named).last == "arctic-shipping")
        #expect(issues("Norway protests steel tariffs\n\nNorway criticized the convoy.").allSatisfy { !$0.hasPrefix("arctic-shipping") })
    }

    @Test func aTriggerBeyondAnotherGovernmentsCueIsThatCuesObject() {
        let found = positions("While Germany and Hungary voted against the measures, others, including France and Italy, voted in favour of the tariffs.")
        #expect(actors(found, .oppose) == ["DEU", "HUN"])
        #expect(actors(found, .support) == ["FRA", "ITA"])
    }

    @Test func aSanctionsPanelOrAMandateIsNoOneCountrysUnlessTheDocumentNamesIt() {
        let mali = positions("Russia vetoed the renewal of the sanctions on Mali, ending the Panel of Experts' mandate.")
        #expect(!mali.isEmpty && !mali.contains { $0.issue.hasPrefix("dprk-sanctions") || $0.issue.hasPrefix("un-peacekeeping") })
        let korea = positions("Russia vetoed new sanctions on North Korea.\n\nWashington said the Panel of Experts' mandate must go on.")
        #expect(korea.filter { $0.actor == "USA" }.map(\.issue) == ["dprk-sanctions"])
    }
}
