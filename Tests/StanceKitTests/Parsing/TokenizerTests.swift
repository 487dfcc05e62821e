import Testing
@testable import StanceKit

@Suite struct TokenizerTests {
    @Test func keepsDottedAbbreviationsAndSplitsPossessives() {
        let tokens = Tokenizer.tokens("The U.S.-ROK allies’ view, S.Korea's ban didn't".dropFirst(0), offset: 0).map(\.text)
        #expect(tokens == ["The", "U.S.", "-", "ROK", "allies", "'", "view", ",", "S.", "Korea", "'s", "ban", "did", "n't"])
    }

    @Test func anApostropheAfterAPluralIsItsPossessiveUnlessASingleQuoteIsOpen() {
        let plural = Tokenizer.tokens("the United Nations’ watchdog and the States' efforts"[...], offset: 0)
        #expect(plural.filter { $0.lower == "'s" }.count == 2 && !plural.contains(where: \.isQuote))
        let quoted = Tokenizer.tokens("the ‘human rights’ racket"[...], offset: 0)
        #expect(quoted.filter(\.isQuote).count == 2 && !quoted.contains { $0.lower == "'s" })
    }

    @Test func anApostropheBetweenLettersIsPartOfTheWord() {
        let tokens = Tokenizer.tokens("the coup d’état in Côte d’Ivoire, we’re told, O'Brien's".dropFirst(0), offset: 0).map(\.text)
        #expect(tokens == ["the", "coup", "d'état", "in", "Côte", "d'Ivoire", ",", "we're", "told", ",", "O'Brien", "'s"])
    }

    @Test func stemsFoldInflections() {
        #expect(Stemmer.stem("leaflets") == Stemmer.stem("leaflet"))
        #expect(Stemmer.stem("imposed") == Stemmer.stem("impose"))
        #expect(Stemmer.stem("stopped") == Stemmer.stem("stop"))
        #expect(Stemmer.stem("added") == Stemmer.stem("add") && Stemmer.stem("adding") == Stemmer.stem("add"))
        #expect(Stemmer.stem("agreed") == Stemmer.stem("agree"))
        #expect(Stemmer.stem("us") == "us")
        #expect(Stemmer.stem("noted") == Stemmer.stem("note"))
        #expect(Stemmer.stem("noted") != Stemmer.stem("not"))
    }

    @Test func britishSpellingsMeetAmericanOnes() {
        for (british, american) in [("criticised", "criticize"), ("recognising", "recognize"), ("labour", "labor"),
                                    ("defence", "defense"), ("programmes", "program"), ("organisation", "organization"),
                                    ("analysed", "analyze")] {
            #expect(Stemmer.stem(british) == Stemmer.stem(american), "\(british)")
        }
        #expect(Stemmer.stem("hour") != Stemmer.stem("hor"))
    }

    @Test func aBritishCueReadsLikeTheAmericanOne() {
        let found = positions("The United Kingdom criticised the forced labour in North Korea's prison camps.", date: "2023-11-15")
        #expect(found.map { "\(summary($0)) \($0.issue)" } == ["GBR support statement dprk-human-rights"])
    }
}
