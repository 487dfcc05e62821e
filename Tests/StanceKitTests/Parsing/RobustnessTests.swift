import Testing
@testable import StanceKit

/// The extractor never traps, whatever the text: random sentences built from the words its rules look at.
@Suite struct RobustnessTests {
    static let vocabulary = [
        "the", "The", "a", "its", "'s", "South", "Korea", "North", "Korean", "Seoul", "Pyongyang", "U.S.", "UN",
        "State", "Department", "ministry", "Ministry", "spokesman", "Moon", "Jae-in", "Kim", "said", "told", "condemned",
        "criticized", "supports", "urged", "to", "stop", "not", "yet", "should", "must", "by", "from", "and", "or", ",",
        ";", ":", "(", ")", "\u{201C}", "\u{201D}", "\"", "-", "\u{2014}", "it", "they", "he", "she", "we", "law", "ban",
        "leaflets", "sanctions", "on", "in", "of", "that", "which", "If", "?", ".", "both", "two", "countries", "2021",
        "according", "Minister", "Kang", "Kyung-wha", "former", "administration", "regime", "United", "States", "한국",
        "e\u{0301}", "", "  ", "\u{FFFD}", "veto", "cast", "imposed", "retaliatory", "tariffs", "Korea's", "the two Koreas",
    ]

    @Test func randomTextNeverTraps() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            var paragraphs: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let words = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Self.vocabulary.randomElement(using: &generator)! }
                paragraphs.append(words.joined(separator: Bool.random(using: &generator) ? " " : ""))
            }
            let text = paragraphs.joined(separator: "\n\n")
            let found = positions(text, kind: Bool.random(using: &generator) ? "statement" : "news",
                                  issuer: Bool.random(using: &generator) ? "KOR" : nil)
            for p in found {
                #expect(p.start <= p.end)
                #expect((0...1).contains(p.confidence))
            }
        }
    }
}
