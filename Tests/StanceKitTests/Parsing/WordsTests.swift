import Foundation
import Testing
@testable import StanceKit

/// The rules' word lists live in english.yaml and vocabulary.yaml, not in code.
@Suite struct WordsTests {
    @Test func everyListARuleNamesIsInTheFiles() throws {
        // The names the Swift sources pass to Words.english(…) and Words.vocabulary(…), read from the sources.
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Sources/StanceKit")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let pattern = try NSRegularExpression(pattern: #"Words\.(english|vocabulary)\("([a-z_]+)"\)"#)
        var named: [(String, String)] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                named.append((String(text[Range(m.range(at: 1), in: text)!]), String(text[Range(m.range(at: 2), in: text)!])))
            }
        }
        #expect(named.count >= 40)
        for (file, name) in named {
            let words = file == "english" ? Words.english(name) : Words.vocabulary(name)
            #expect(!words.isEmpty, "\(file).yaml: \(name)")
        }
    }

    @Test func listsHoldTheWordsTheRulesExpect() {
        #expect(Words.english("prepositions").contains("against"))
        #expect(Words.vocabulary("directive_verbs").contains("urg"))
        #expect(Words.vocabulary("person_offices").contains("spokesperson"))
    }
}
