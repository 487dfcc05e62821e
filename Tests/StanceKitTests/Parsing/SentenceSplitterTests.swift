import Testing
@testable import StanceKit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(text).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let text = "The U.S. State Department and the U.N. spoke on Jan. 5 with Dr. Kim about S. Korea. No. 2 followed."
        #expect(sentences(text) == ["The U.S. State Department and the U.N. spoke on Jan. 5 with Dr. Kim about S. Korea.", "No. 2 followed."])
    }

    @Test func dottedAbbreviationEndsASentenceBeforeATypicalOpener() {
        #expect(sentences("Tariffs hit the U.S. The EU retaliated.") == ["Tariffs hit the U.S.", "The EU retaliated."])
    }

    @Test func quotationsCloseWithTheirSentence() {
        let text = "“We regret it,” the official said. “It is improper.” He left."
        #expect(sentences(text) == ["“We regret it,” the official said.", "“It is improper.”", "He left."])
    }

    @Test func questionAndExclamationMarksEndSentences() {
        #expect(sentences("Will Seoul act? It must! Yes.") == ["Will Seoul act?", "It must!", "Yes."])
    }
}
