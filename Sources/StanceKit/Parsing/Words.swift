import Yams

/// The word lists the rules use, kept as data rather than in code: `english.yaml` holds closed-class English
/// (determiners, prepositions, auxiliaries, abbreviations), `vocabulary.yaml` the open-class words that are not cues,
/// actors or issues (office nouns, speech nouns, law nouns, directive verbs). Each rule names the list it uses.
enum Words {
    private static let englishLists = load("english.yaml")
    private static let vocabularyLists = load("vocabulary.yaml")

    /// A list of closed-class English words from `english.yaml`.
    static func english(_ name: String) -> Set<String> { list(name, in: englishLists, file: "english.yaml") }

    /// A list of open-class words from `vocabulary.yaml`.
    static func vocabulary(_ name: String) -> Set<String> { list(name, in: vocabularyLists, file: "vocabulary.yaml") }

    private static func list(_ name: String, in lists: [String: Set<String>], file: String) -> Set<String> {
        // Both files are compiled into the binary and every list a rule names is loaded by the tests: a missing one
        // is a defect of the build, not of anything a user gave.
        guard let words = lists[name] else { preconditionFailure("built-in \(file) has no list '\(name)'") }
        return words
    }

    private static func load(_ file: String) -> [String: Set<String>] {
        guard let text = EmbeddedResources.files["Resources/" + file],
              let lists = try? YAMLDecoder().decode([String: [String]].self, from: text) else {
            preconditionFailure("built-in \(file) is missing or not a mapping of word lists")
        }
        return lists.mapValues(Set.init)
    }
}
