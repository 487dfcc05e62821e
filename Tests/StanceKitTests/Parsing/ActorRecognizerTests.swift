import Testing
@testable import StanceKit

@Suite struct ActorRecognizerTests {
    let recognizer = ActorRecognizer(gazetteer: ActorGazetteer(builtInLexicon))

    /// "CODE:text" for each government mention (places and people left out).
    func governments(_ sentence: String, date: String? = "2021-04-07") -> [String] {
        var context = DocumentContext(date: date)
        let tokens = Tokenizer.tokens(sentence[...], offset: 0)
        return recognizer.mentions(in: tokens, context: &context).filter { $0.isGovernment && !$0.code.isEmpty }.map { "\($0.code):\($0.text)" }
    }

    @Test func anUnknownOfficialNamedAfterAnOpeningCapitalIsThatCapitalsGovernments() {
        // Written for the test, with a name no lexicon knows.
        let found = positions("In Madrid, Interior Minister Ana Lucía Ferrer criticised the new border checks.\n\n"
            + "Ferrer said the checks broke the rules of the Schengen area.", date: "2024-09-20")
        #expect(found.map(\.actor) == ["ESP", "ESP"])
        // A known official keeps their own government wherever they speak.
        #expect(positions("In Warsaw, President Joe Biden criticised the new border checks.", date: "2023-02-21").map(\.actor) == ["USA"])
    }

    @Test func aWordOfTheStatesStyleBeforeItsGovernmentStillNamesIt() {
        #expect(governments("The Royal Government of Cambodia calls upon Thailand to withdraw.").first == "KHM:Government of Cambodia")
        #expect(positions("The Federal Government of Nigeria welcomed the ruling.").map(summary) == ["NGA support statement"])
        // A headline may open with the style word.
        #expect(governments("Royal Government of Cambodia Welcomes the Ruling").first == "KHM:Government of Cambodia")
    }

    @Test func aNameWrittenWithAnAmpersandIsTheNameWithAnd() {
        #expect(governments("The Foreign & Commonwealth Office summoned the chargé d'affaires.") == ["GBR:Foreign & Commonwealth Office"])
        #expect(governments("Trinidad & Tobago and Antigua and Barbuda voted in favour.") == ["TTO:Trinidad & Tobago", "ATG:Antigua and Barbuda"])
    }

    @Test func theEuropeanCommunityIsTheEuropeanUnionUnderItsEarlierName() {
        #expect(governments("The European Community imposed an arms embargo in June 1989.") == ["EU:The European Community"])
        #expect(governments("The EEC and the United States agreed.") == ["EU:EEC", "USA:the United States"])
    }

    @Test func theSovietUnionIsRussiaItsContinuatorState() {
        #expect(governments("The Soviet Union vetoed the draft in 1983.") == ["RUS:The Soviet Union"])
        #expect(positions("The representative of the Union of Soviet Socialist Republics called the landing an act of aggression.")
            .map(summary) == ["RUS oppose statement"])
        #expect(positions("Soviet Foreign Minister Andrei Gromyko rejected the proposal.").map(\.actor) == ["RUS"])
    }

    @Test func anOfficeAnotherBodyAlsoHasIsTheOneItIsNamedFor() {
        #expect(governments("The Secretary-General of the Gulf Cooperation Council welcomed the agreement.")
            == ["GCC:Secretary-General of the Gulf Cooperation Council"])
        #expect(positions("The Secretary of State for External Affairs of Canada rejected the proposal.").map(\.actor) == ["CAN"])
        #expect(positions("The accord was endorsed by the Congress of Colombia in November.").map(\.actor) == ["COL"])
        // An office "for" a country is on it, not its government's.
        #expect(positions("The UN Special Rapporteur for Myanmar condemned the airstrikes.").map(\.actor) == ["UN"])
        // A sentence dense with names is no headline.
        #expect(positions("The Secretary-General of the Gulf Cooperation Council, Jasem Mohamed Albudaiwi, welcomed the "
            + "Riyadh Agreement.").map(\.actor) == ["GCC"])
    }

    @Test func aDescribedBlocRefersBackToTheOrganizationNamedBefore() {
        for bloc in ["The regional bloc", "The 15-nation bloc", "The West African bloc", "The pan-African bloc"] {
            let found = positions("ECOWAS leaders met in Abuja on Sunday. \(bloc) condemned the coup in Niger.")
            #expect(found.contains { $0.actor == "ECOWAS" && $0.stance == .oppose && $0.evidence.hasPrefix(bloc) }, "\(bloc)")
        }
        // An alliance with a name of its own, or one a government leads, is not the organization named before.
        let named = positions("The Organization of American States met on Monday. The Pacific Alliance rejected the proposal.")
        #expect(!named.contains { $0.actor == "OAS" && $0.evidence.hasPrefix("The Pacific") })
        let led = positions("After the UN Security Council failed to act, the US-led alliance launched strikes.")
        #expect(!led.contains { $0.actor == "UN" && $0.cue == "launched" })
    }

    @Test func aHeadlineInCapitalsOpensWithTheBodysNounAlone() {
        let found = positions("""
            ASSEMBLY, IN EMERGENCY SESSION, CONDEMNS INVASION OF NEIGHBOURING STATE

            The General Assembly today condemned the invasion by a recorded vote of 99 in favour to 4 against.
            """)
        #expect(found.contains { $0.actor == "UN" && $0.stance == .oppose && $0.evidence.hasPrefix("ASSEMBLY") })
    }

    @Test func theEurogroupIsTheEuropeanUnion() {
        #expect(governments("The Eurogroup rejected the proposal.") == ["EU:Eurogroup"])
        #expect(positions("Eurogroup President Jeroen Dijsselbloem called the outcome very regrettable.").map(summary)
            == ["EU oppose statement"])
    }

    @Test func theObserverForAStateSpeaksForItButAnObserverAloneForNoOne() {
        #expect(positions("The observer for the State of Palestine welcomed the resolution.").map(summary) == ["PSE support statement"])
        #expect(positions("Chile welcomed the vote. An independent observer said the vote was fair.").map(\.actor) == ["CHL"])
    }

    @Test func theGeneralAssemblysCommitteesAreTheUNButNotThoseTakingPartInThem() {
        #expect(positions("The Second Committee today approved a draft resolution on international trade.").map(\.actor) == ["UN"])
        #expect(positions("The Fourth Committee rejected the amendment.").map(\.actor) == ["UN"])
        #expect(!positions("Sixth Committee Speakers Describe Efforts to Combat Sea-Level Rise").contains { $0.actor == "UN" })
        #expect(!positions("Security Council members condemned the attack.").contains { $0.actor == "UN" })
    }

    @Test func theUNsAgenciesAndTheirCommitteesAreTheUN() {
        #expect(positions("The World Heritage Committee welcomed the listing of the mines.").map(\.actor) == ["UN"])
        #expect(positions("The IOM condemned the pushbacks at the border.").map(\.actor) == ["UN"])
    }

    @Test func anInstitutionAnotherGovernmentAlsoHasIsTheOneItsPossessiveOrDemonymNames() {
        #expect(positions("Chile's Senate condemned the decree.").map(\.actor) == ["CHL"])
        #expect(positions("The Chilean Senate condemned the decree.").map(\.actor) == ["CHL"])
        #expect(positions("Kenya's National Security Council condemned the attack.").map(\.actor) == ["KEN"])
        // Bare, the National Security Council is the White House's, not the UN's Security Council.
        #expect(positions("A National Security Council spokesperson condemned the attack.").map(\.actor) == ["USA"])
    }

    @Test func aStatesLawyersInACaseSpeakForIt() {
        #expect(positions("Gambia's lawyers demanded that the court order an end to the killings.").map(\.actor) == ["GMB"])
        #expect(positions("Gambia opened its case on Monday. Its legal team urged the judges to act.").map(\.actor) == ["GMB"])
    }

    @Test func anOfficeThatOpensTheSentenceSpeaksForItsHoldersGovernment() {
        #expect(positions("The Secretary-General's office condemned the attack on the convoy.").map(\.actor) == ["UN"])
        #expect(positions("Q: The Secretary-General's office condemned the attack. Do you agree?", kind: "briefing", issuer: "USA")
            .contains { $0.actor == "UN" })
        // An office named as the one invited is no holder.
        #expect(!positions("Seoul should invite the special rapporteur's office to review the law.", kind: "brief")
            .contains { $0.actor == "UN" })
    }

    @Test func regionalBodiesSpeakForThemselves() {
        #expect(positions("ECOWAS imposed sanctions on Niger after the coup.", date: "2023-08-10").map(summary)
            == ["ECOWAS support action"])
        #expect(positions("The Caribbean Community welcomed the installation of the transitional council.", date: "2024-04-25")
            .map(\.actor) == ["CARICOM"])
    }

    @Test func namesShortFormsAndAbbreviations() {
        #expect(governments("South Korea and the U.S. met the DPRK and the United Nations.").map { String($0.prefix(3)) }
            == ["KOR", "USA", "PRK", "UN:"])
    }

    @Test func demonymPlusInstitutionIsTheGovernment() {
        #expect(governments("The South Korean military removed the loudspeakers.") == ["KOR:South Korean military"])
        #expect(governments("South Korea's Ministry of Unification agreed.").first?.hasPrefix("KOR:") == true)
    }

    @Test func aDepartmentOfForeignAffairsOrDefenseIsItsGovernment() {
        #expect(governments("The Philippine Department of Foreign Affairs rejects the new map.") == ["PHL:Philippine Department of Foreign Affairs"])
        #expect(positions("The Department of Foreign Affairs of the Philippines rejected the new map.").map(\.actor) == ["PHL"])
        #expect(positions("The Department of Foreign Affairs of Ireland condemned the attack.").map(\.actor) == ["IRL"])
    }

    @Test func latinAmericanGovernmentsAreNotTheUnitedStates() {
        #expect(governments("Latin American leaders condemned the expulsions.").isEmpty)
        #expect(governments("South American and Central American governments welcomed the deal.").isEmpty)
        #expect(governments("American officials welcomed the deal.") == ["USA:American officials"])
    }

    @Test func theOASGeneralAssemblyIsNotTheUN() {
        #expect(!governments("The General Assembly of the Organization of American States adopted a resolution.")
            .contains { $0.hasPrefix("UN:") })
        #expect(governments("The UN General Assembly adopted a resolution.") == ["UN:UN General Assembly"])
    }

    @Test func aUNMissionSpeaksForTheUN() {
        #expect(governments("MINUSMA said its patrols had been blocked, and UNMIK called for calm.") == ["UN:MINUSMA", "UN:UNMIK"])
    }

    @Test func aLeadersGovernmentIsTheGovernment() {
        #expect(governments("Prime Minister Viktor Orban's government said it would ratify.", date: "2023-01-25")
            == ["HUN:Viktor Orban's government"])
    }

    @Test func aFormalTitleNamesItsCountryAfterThePortfolio() {
        #expect(governments("The Minister for Foreign Affairs of Japan spoke first.") == ["JPN:Minister for Foreign Affairs of Japan"])
        #expect(governments("The Minister of Foreign Affairs and Cooperation of Morocco spoke.").first?.hasPrefix("MAR:") == true)
        #expect(governments("The Home Secretary of the United Kingdom spoke.").first?.hasPrefix("GBR:") == true)
        #expect(governments("The Minister of State visited Japan.").map { String($0.prefix(4)) } == ["JPN:"])
    }

    @Test func smallerStatesAreKnownByTheirParliamentsAgenciesAndArmies() {
        #expect(governments("The Milli Majlis adopted a statement.") == ["AZE:Milli Majlis"])
        #expect(governments("Armenpress reported that the ministry objected.").first == "ARM:Armenpress")
        #expect(governments("The FG said it remained open to talks.") == ["NGA:FG"])
    }

    @Test func peopleAndPlacesAreNotGovernments() {
        #expect(governments("North Koreans and South Koreans living near the border fled.").isEmpty)
        #expect(governments("Activists sent leaflets into North Korea.").isEmpty)
        #expect(governments("The South Korean law imposes penalties.").isEmpty)
        // A country that says where a town is.
        #expect(governments("Leaders meeting at a summit in Lalibela, Ethiopia, condemned the coup.").isEmpty)
        #expect(governments("The ministers met in Luang Prabang, Laos on Monday.").isEmpty)
        // Not one that opens the main clause, nor a list of governments after the town.
        #expect(governments("At the summit in Lalibela, Kenya would condemn the coup.") == ["KEN:Kenya"])
        #expect(governments("Meeting in Lalibela, Kenya, Uganda and Rwanda condemned the coup.").count == 3)
        #expect(governments("Talks in Lalibela, Kenya and Uganda agreed.").count == 2)
        #expect(governments("Talks in Lalibela, Kenya, and Uganda agreed.").count == 2)
        // Nor the subject after an opening phrase of place.
        #expect(governments("In Nairobi, Kenya on Tuesday rejected the proposal.") == ["KEN:Kenya"])
    }

    @Test func capitalsAsMetonymsButNotDatelines() {
        #expect(governments("Seoul rejected the demand.") == ["KOR:Seoul"])
        #expect(governments("Pyongyang, November 17 -- A statement followed.").isEmpty)
    }

    @Test func administrationsAndRegimes() {
        #expect(governments("The Moon administration cut funding.") == ["KOR:Moon administration"])
        #expect(governments("It accommodated the Kim Jong Un regime's demands.").first?.hasPrefix("PRK:") == true
            || governments("The Kim Jong Un regime demanded it.").first?.hasPrefix("PRK:") == true)
    }

    @Test func officialsAreResolvedAgainstTheDocumentDate() {
        #expect(governments("President Moon Jae-in spoke.", date: "2019-01-01").first?.hasPrefix("KOR:") == true)
        #expect(governments("Moon Jae-in spoke.", date: "2024-01-01").isEmpty)
        #expect(governments("Former Foreign Minister Kang Kyung-wha claimed it.", date: "2021-04-07").first?.hasPrefix("KOR:") == true)
        // Heads of state and government and foreign ministers of every state, not only the most covered ones.
        #expect(governments("William Ruto spoke.", date: "2024-01-01").first?.hasPrefix("KEN:") == true)
        #expect(governments("Jeyhun Bayramov spoke.", date: "2023-09-21").first?.hasPrefix("AZE:") == true)
        #expect(governments("William Ruto spoke.", date: "2012-01-01").isEmpty)
    }

    @Test func inADocumentWithNoDateAnOfficeHolderMustHoldOfficeInAYearItNames() {
        #expect(positions("Wopke Hoekstra criticized the deal in 2022.", date: nil).map(\.actor) == ["NLD"])
        #expect(positions("Wopke Hoekstra criticized the deal in 2025.", date: nil).isEmpty)
        #expect(positions("Wopke Hoekstra criticized the deal.", date: nil).map(\.actor) == ["NLD"])
        // Unless the text gives the person that office's title: then they hold it, whatever earlier year it recalls.
        #expect(positions("Prime Minister Theresa May welcomed the expulsions ordered after the 2014 annexation.", date: nil)
            .map(\.actor) == ["GBR"])
        #expect(positions("Theresa May welcomed the expulsions ordered after the 2014 annexation.", date: nil).isEmpty)
        // A year before the office-holders' records begin says nothing of who holds office now.
        #expect(positions("Vice President JD Vance said the 1951 defence agreement was outdated and must be revised.", date: nil)
            .map(\.actor) == ["USA"])
        #expect(PositionExtractor.yearsNamed(in: "On 3 March 2019, 1,500 delegates met; the 2030 goal, A2020 and 20245 are no years.")
            == [2019, 2030])
    }

    @Test func withNoDateAPersonsLatestOfficeComesFirst() {
        #expect(positions("Director-General Tedros Adhanom Ghebreyesus welcomed the agreement.", date: nil).map(\.actor) == ["WHO"])
        #expect(positions("Foreign Minister Tedros Adhanom welcomed the agreement.", date: "2014-05-01").map(\.actor) == ["ETH"])
    }

    @Test func aTitledPersonOfAGovernmentIsThatGovernmentsInTheIssuersReadout() {
        // Written for the test: a ministry's readout of talks with an official the lexicon does not know.
        let found = positions("""
            First Vice Minister of Foreign Affairs Kang Min-ho held talks with Deputy Secretary of State Michael Harlow \
            of the United States in Seoul on 12 March.

            Vice Minister Kang asked for measures to prevent a recurrence of the detentions.

            Deputy Secretary Harlow expressed deep regret over the incident.

            He proposed working-level consultations on a new visa category for Korean workers.
            """, date: "2025-09-12", kind: "statement", issuer: "KOR")
        let byOpening = Dictionary(found.map { (String($0.evidence.prefix(12)), $0.actor) }, uniquingKeysWith: { a, _ in a })
        #expect(byOpening["Vice Ministe"] == "KOR")
        #expect(byOpening["Deputy Secre"] == "USA")
        #expect(byOpening["He proposed "] == "USA")
    }

    @Test func cabinetMinistersNamedWithoutTheirCountrySpeakForIt() {
        // Written for the test: finance, interior and trade ministers the text names by title only.
        #expect(positions("Finance Minister Nirmala Sitharaman said the levy was unilateral and arbitrary.", date: "2024-11-12")
            .map(\.actor) == ["IND"])
        #expect(positions("Interior Minister Gérald Darmanin condemned the riots.", date: "2024-05-16").map(\.actor) == ["FRA"])
        // Out of that office at the document's date, the person is no one's minister.
        #expect(positions("Interior Minister Gérald Darmanin condemned the riots.", date: "2016-05-16").isEmpty)
    }

    @Test func aFormerLeaderLongOutOfOfficeSpeaksForNoGovernment() {
        // Written for the test: former presidents speaking now, as mediators or for themselves.
        #expect(positions("Former French President Nicolas Sarkozy said the sanctions were a mistake.", date: "2025-03-03").isEmpty)
        #expect(positions("Former Kenyan President Uhuru Kenyatta, who chairs the panel, urged both sides to keep talking.",
                          date: "2025-03-03").isEmpty)
        #expect(positions("Former Nigerian President Goodluck Jonathan condemned the coup.", date: nil).isEmpty)
        #expect(positions("Former Malian Prime Minister Awa Kodio, the bloc's envoy, condemned the coup.", date: nil).isEmpty)
        // Recalling what they said in office: a story of the months after they left, or one that names their years.
        #expect(positions("Former Kenyan President Uhuru Kenyatta condemned the attack.", date: "2022-11-04").map(\.actor) == ["KEN"])
        #expect(positions("In 2020, former Kenyan President Uhuru Kenyatta said the sanctions were a mistake.", date: nil)
            .map(\.actor) == ["KEN"])
        // Still in office, "former" names another office they held.
        #expect(positions("Sarkozy's former adviser was not present; President Emmanuel Macron condemned the coup.",
                          date: "2025-03-03").map(\.actor) == ["FRA"])
    }

    @Test func aTitleThatNamesAnotherBodyDecidesWhoseOfficeItIs() {
        // A former Dutch foreign minister, now a European commissioner: the title says which office speaks.
        let found = positions("European Union climate commissioner Wopke Hoekstra criticized the draft text.")
        #expect(found.map(summary) == ["EU oppose statement"])
        #expect(positions("Dutch foreign minister Wopke Hoekstra criticized the draft text.").map(\.actor) == ["NLD"])
        // So does a title in apposition, before or after the name, though the text names a year of the earlier office.
        #expect(positions("After the 2022 talks, the European Union's climate commissioner, Wopke Hoekstra, criticized the draft text.",
                          date: nil).map(\.actor) == ["EU"])
        #expect(positions("After the 2022 talks, Wopke Hoekstra, the EU's climate commissioner, criticized the draft text.",
                          date: nil).map(\.actor) == ["EU"])
        // Not a title that cannot speak for the person: a modifier keeps them with the office the text's year names.
        #expect(positions("After the 2022 talks, Wopke Hoekstra, the EU climate commissioner, criticized the draft text.",
                          date: nil).map(\.actor) == ["NLD"])
        // Not the end of an opening phrase.
        #expect(positions("Alongside the EU climate commissioner, Wopke Hoekstra criticized the draft text in 2022.",
                          date: nil).map(\.actor).contains("NLD"))
    }

    @Test func agenciesAndLegislatures() {
        #expect(governments("The State Department and Members of Congress objected.").map { String($0.prefix(4)) } == ["USA:", "USA:"])
    }

    @Test func aForumNamedBeforeANounSaysWhereNotWho() {
        // A body where governments bring their cases: "a WTO complaint" is the complainant's.
        #expect(positions("Chile hits back with WTO complaint over Peru's duties.").map(\.actor) == ["CHL"])
        #expect(positions("Chile on Thursday launched a World Trade Organization dispute over the duties.").map(\.actor) == ["CHL"])
        // The body itself still speaks, in the past or the present.
        #expect(positions("The WTO ruled that the duties broke its rules.").map(\.actor) == ["WTO"])
        #expect(positions("The WTO rejects the duties.").map(\.actor) == ["WTO"])
    }

    @Test func regionalAndTreatyBodiesSpeakAsOneHolder() {
        #expect(positions("The Southern African Development Community condemned the coup.").map(\.actor) == ["SADC"])
        #expect(positions("IGAD urged the parties to return to the talks in Addis Ababa.").map(\.actor) == ["IGAD"])
        #expect(positions("The executive secretary of the CTBTO Preparatory Commission condemned the test.").map(\.actor) == ["CTBTO"])
        #expect(positions("The Collective Security Treaty Organization rejected the request.").map(\.actor) == ["CSTO"])
    }
}

@Suite struct ActorDisambiguationTests {
    let recognizer = ActorRecognizer(gazetteer: ActorGazetteer(builtInLexicon))

    func codes(_ sentences: [String], date: String? = "2021-04-07") -> [[String]] {
        var context = DocumentContext(date: date)
        return sentences.map { sentence in
            let tokens = Tokenizer.tokens(sentence[...], offset: 0)
            let found = recognizer.mentions(in: tokens, context: &context).filter { $0.isGovernment && !$0.code.isEmpty }
            for m in found { context.recent.append(.init(code: m.code, institution: m.institution, isPerson: false, sentence: 0)) }
            return found.map(\.code)
        }
    }

    @Test func georgiaTheStateVersusTheUSState() {
        #expect(codes(["Georgia protested the Russian troop build-up."]) == [["GEO"]])
        #expect(codes(["Georgia voters in Atlanta lined up for the runoff."]) == [[]])
    }

    @Test func washingtonTheGovernmentVersusTheState() {
        #expect(codes(["Washington rejected the proposal."]) == [["USA"]])
        #expect(codes(["Washington state lawmakers in Olympia passed the bill."]) == [[]])
        // A team's or a city's word alone is a common word or a place the government acts on.
        #expect(codes(["Washington urged European capitals to act."]) == [["USA"]])
        #expect(codes(["Washington expelled Russian nationals and closed the consulate in Seattle."]) == [["USA"]])
        #expect(codes(["The Washington Nationals won in Seattle."]) == [[]])
    }

    @Test func companiesNewspapersAndTeamsAreNotGovernments() {
        #expect(codes(["The Korea Herald and the Japan Times reported that the Washington Post had erred."]) == [[]])
    }

    @Test func officialsOfTheUNAndItsAgenciesSpeakForThem() {
        #expect(positions("Volker Türk said the strikes on the fishing boats breached international law.", date: "2025-10-31")
            .map(\.actor) == ["UN"])
        #expect(positions("Rafael Grossi warned that the attack on the plant endangered civilians.", date: "2024-04-08")
            .map(\.actor) == ["IAEA"])
        // Before he took office, the name is nobody's.
        #expect(positions("Volker Türk said the strikes on the fishing boats breached international law.", date: "2019-10-31").isEmpty)
    }

    @Test func theNorthBeforeARegionsNameIsNotNorthKorea() {
        #expect(codes(["The North Atlantic Council condemned the incursion."]) == [["NATO"]])
        #expect(codes(["The North Caucasus saw heavy rain."]) == [[]])
        #expect(codes(["The North rejected the proposal."]) == [["PRK"]])
    }

    @Test func koreaAloneResolvesFromTheDocument() {
        #expect(codes(["North Korea fired a missile.", "Korea warned of more launches."]) == [["PRK"], ["PRK"]])
        #expect(codes(["South Korea protested.", "Korea summoned the envoy."]) == [["KOR"], ["KOR"]])
    }

    @Test func congoInARollOfStatesIsTheRepublicOfTheCongo() {
        // Rolls of states use the United Nations' short names, where the DRC is written out in full.
        #expect(codes(["The text was adopted by 12 in favour (Belgium, Congo, France, Ghana) to none against."]) == [["BEL", "COG", "FRA", "GHA"]])
        #expect(codes(["Against: Belarus, Congo and the Democratic Republic of the Congo."]) == [["BLR", "COG", "COD"]])
        #expect(codes(["Basile Ikouebe (Congo) said the mission should stay."]) == [["COG"]])
        // A General Assembly roll is long, names carry bracketed qualifiers, and the last name may end the sentence.
        let long = "In favour: Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Bahamas, "
            + "Bahrain, Bangladesh, Barbados, Belgium, Belize, Benin, Bhutan, Bolivia (Plurinational State of), Botswana, "
            + "Brazil, Bulgaria, Burundi, Cabo Verde, Cambodia, Canada, Chad, Chile, Colombia, Comoros, Congo."
        #expect(codes([long]).first?.last == "COG")
        // A colon or bracket after anything but a side of a vote opens no roll.
        #expect(codes(["Community members: Burundi, Congo and Kenya."]) == [["BDI", "COD", "KEN"]])
        #expect(codes(["The Great Lakes states (Burundi, Congo, Rwanda and Uganda) met."]) == [["BDI", "COD", "RWA", "UGA"]])
        // Outside a roll, the document decides as for "Korea"; news uses "Congo" for the DRC.
        #expect(codes(["Rwanda, Uganda and Congo signed the accord."]) == [["RWA", "UGA", "COD"]])
        #expect(codes(["Congo-Brazzaville hosted the talks.", "Congo said it would attend."]) == [["COG"], ["COG"]])
    }

    @Test func aPossessiveAfterAnOfficesOfOwnsWhatFollowsIt() {
        #expect(codes(["The secretary of Russia's Security Council said the response would be harsh."]) == [["RUS"]])
        #expect(positions("Nikolai Patrushev, the secretary of Russia's Security Council, said the response would hurt Lithuania.")
            .map(\.actor) == ["RUS"])
        // With no possessive, the office is the country's as before.
        #expect(codes(["The Minister of Foreign Affairs of Ecuador rejected the claim."]) == [["ECU"]])
    }

    @Test func thePacificIslandsForumIsABodyTheForumRefersBackTo() {
        #expect(positions("The Pacific Islands Forum suspended the interim Government of Fiji. The Forum condemned the dismissal of the judiciary.")
            .map(\.actor) == ["PIF", "PIF"])
        // "the Forum" with no forum named before is nobody's.
        #expect(positions("The Forum condemned the dismissal of the judiciary.").isEmpty)
    }

    @Test func nationalTeamsAreNotGovernments() {
        #expect(codes(["Spain beat Croatia 2-1 in the World Cup qualifier."]) == [[]])
        #expect(codes(["Spain criticized Croatia over the border dispute."]) == [["ESP", "HRV"]])
        // Words that policy text uses too ("goals", "league", "champion") do not make a sentence about sport.
        #expect(codes(["Brazil and India backed the goals of the Paris Agreement, with the Arab League."]) == [["BRA", "IND", "LAS"]])
    }

    @Test func commonSurnamesNeedATitleOrTheFullName() {
        #expect(codes(["Li said the cases were being investigated."], date: "2019-11-18") == [[]])
        #expect(codes(["Premier Li said the economy was stable."], date: "2019-11-18") == [["CHN"]])
    }

    @Test func groupNamesStandForEveryMember() {
        #expect(codes(["The two Koreas agreed to talk."]).first.map(Set.init) == ["KOR", "PRK"])
    }
}

@Suite struct UserActorFileTests {
    @Test func addsAndReplacesActors() throws {
        let yaml = """
            actors:
              - code: SCO-X
                name: Example Council
                type: organization
                names: [Example Council]
              - code: KOR
                name: Republic of Korea (custom)
                names: [ROK]
            officials:
              - {actor: KOR, name: Hong Gil-dong, aliases: [Hong], role: Foreign Minister, from: 2030-01-01}
            """
        let file = try UserActorFile.parse(yaml, file: "mine.yaml")
        let lexicon = builtInLexicon.adding(file)
        #expect(lexicon.actor("SCO-X")?.name == "Example Council")
        #expect(lexicon.actor("KOR")?.name == "Republic of Korea (custom)")
        #expect(lexicon.actors.filter { $0.code == "KOR" }.count == 1)
        #expect(lexicon.officials.contains { $0.name == "Hong Gil-dong" })
    }

    @Test func mistakesNameFileLineAndColumn() {
        func error(_ yaml: String) -> String { thrownDescription { _ = try UserActorFile.parse(yaml, file: "mine.yaml") } }
        #expect(error("actors:\n  - code: KOR\n    nam: Korea\n").hasPrefix("mine.yaml:3:5: unknown field 'nam'"))
        #expect(error("actors:\n  - code: KOR\n").hasPrefix("mine.yaml:2:5: missing 'name'"))
        #expect(error("actors: [\n").hasPrefix("mine.yaml:"))
        #expect(error("officials:\n  - {actor: KOR, name: X, role: Y, from: 2020-13-45}\n").contains("from must be a date"))
    }
}

@Suite struct NameAsModifierTests {
    @Test func aNameModifyingANounIsNotASubject() {
        let found = positions("South Korea declined to co-sponsor the UN resolution on human rights in North Korea.")
        #expect(found.map(\.actor) == ["KOR"])
        #expect(positions("The U.S. report criticized the law.").map(\.actor) == ["USA"])
    }
}

@Suite struct AgreementNamesTests {
    @Test func agreementsNamedAfterCitiesAreNotGovernments() {
        let recognizer = ActorRecognizer(gazetteer: ActorGazetteer(builtInLexicon))
        var context = DocumentContext(date: "2024-01-01")
        let tokens = Tokenizer.tokens("The parties signed the Jeddah Declaration and recalled the Oslo Accords."[...], offset: 0)
        #expect(recognizer.mentions(in: tokens, context: &context).filter(\.isGovernment).isEmpty)
    }
}

@Suite struct LeaderSurnameTests {
    @Test func aLeadersSurnameNeedsTheCountryInTheDocument() {
        #expect(positions("Moon landings inspired him, and Moon later criticized the launch plan.", date: "2019-11-18").isEmpty)
        let found = positions("South Korea hosted the talks.\n\nMoon later criticized the missile launch.", date: "2019-11-18")
        #expect(found.contains { $0.actor == "KOR" && $0.evidence.hasPrefix("Moon later") })
        let maduro = positions("Venezuela held its election on Sunday.\n\nFor his part, Maduro rejected the US position.", date: "2024-08-03")
        #expect(maduro.contains { $0.actor == "VEN" && $0.evidence.hasPrefix("For his part") })
        // A headline may name the leader before the story names the country.
        let headline = positions("Lukashenko condemns border closure\n\nBelarus protested on Friday after Lithuania shut its checkpoints.",
                                 date: "2021-04-07")
        #expect(headline.contains { $0.actor == "BLR" && $0.evidence.hasPrefix("Lukashenko condemns") })
        #expect(!positions("Lukashenko condemns border closure\n\nThe checkpoints stayed shut on Friday.", date: "2021-04-07")
            .contains { $0.actor == "BLR" })
        // So may an undated one.
        let undated = positions("Lukashenko condemns border closure\n\nBelarus protested after Lithuania shut its checkpoints.", date: nil)
        #expect(undated.contains { $0.actor == "BLR" && $0.evidence.hasPrefix("Lukashenko condemns") })
    }

    @Test func hongKongsGovernmentSpeaksButTheCityIsAPlace() {
        #expect(positions("The HKSAR Government strongly condemns the remarks made by the United Kingdom.").map(\.actor).first == "HKG")
        #expect(positions("Thousands protested in Hong Kong against the law.").isEmpty)
    }

    @Test func aPersonWhoHeldTwoOfficesIsKnownByTheTitleTheDocumentGives() {
        // Undated: both offices are possible, and the title before the name decides, here and later in the text.
        let national = positions("""
            Dutch Prime Minister Mark Rutte attended the signing in Tunis.

            Rutte said he welcomed the agreement on the coast guard.
            """, date: nil)
        #expect(national.filter { $0.evidence.hasPrefix("Rutte said") }.map(\.actor) == ["NLD"])
        let alliance = positions("""
            NATO Secretary General Mark Rutte arrived in Vilnius on Monday.

            Rutte said he welcomed the new air defence plan.
            """, date: nil)
        #expect(alliance.filter { $0.evidence.hasPrefix("Rutte said") }.map(\.actor) == ["NATO"])
        // Dated: the office held that day, without a title.
        #expect(positions("Mark Rutte said he welcomed the new air defence plan.", date: "2025-03-10").map(\.actor) == ["NATO"])
        #expect(positions("Jens Stoltenberg said he welcomed the new air defence plan.", date: "2019-03-10").map(\.actor) == ["NATO"])
    }
}
