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

    @Test func namesShortFormsAndAbbreviations() {
        #expect(governments("South Korea and the U.S. met the DPRK and the United Nations.").map { String($0.prefix(3)) }
            == ["KOR", "USA", "PRK", "UN:"])
    }

    @Test func demonymPlusInstitutionIsTheGovernment() {
        #expect(governments("The South Korean military removed the loudspeakers.") == ["KOR:South Korean military"])
        #expect(governments("South Korea's Ministry of Unification agreed.").first?.hasPrefix("KOR:") == true)
    }

    @Test func peopleAndPlacesAreNotGovernments() {
        #expect(governments("North Koreans and South Koreans living near the border fled.").isEmpty)
        #expect(governments("Activists sent leaflets into North Korea.").isEmpty)
        #expect(governments("The South Korean law imposes penalties.").isEmpty)
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
    }

    @Test func agenciesAndLegislatures() {
        #expect(governments("The State Department and Members of Congress objected.").map { String($0.prefix(4)) } == ["USA:", "USA:"])
    }
}
