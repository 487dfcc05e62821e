/// The words issue triggers are matched on: stems, with "the" and quotation marks left out and every name of a country
/// (name, demonym or capital, in any inflection) replaced by its code, so that "human rights in the
/// DPRK", "North Korean human rights" and "human rights in North Korea" meet the same trigger.
struct TriggerKeys: Sendable {
    struct Key {
        var key: String
        /// Token indices in the sentence the key stands for.
        var start: Int
        var end: Int
    }

    private var names = PhraseTrie<String>()

    init(_ actors: [Actor]) {
        for actor in actors where actor.type == .state {
            for phrase in actor.names + actor.demonyms + actor.capitals {
                let stems = Tokenizer.phraseTokens(phrase).map(\.stem).filter { $0 != "the" }
                if !stems.isEmpty { names.insert(stems, actor.code) }
            }
        }
    }

    func keys(_ tokens: [Token]) -> [Key] {
        var out: [Key] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            // "the" and quotation marks say nothing of the question: 'anti-DPRK "human rights" resolution'.
            if tokens[i].lower == "the" || tokens[i].isQuote {
                i += 1
                continue
            }
            if let match = names.matches(in: tokens, from: i, key: \.stem).first {
                out.append(Key(key: "@" + match.values[0], start: i, end: i + match.length))
                i += match.length
                continue
            }
            out.append(Key(key: tokens[i].stem, start: i, end: i + 1))
            i += 1
        }
        return out
    }

    /// The keys of a lexicon phrase.
    func keys(_ phrase: String) -> [String] { keys(Tokenizer.phraseTokens(phrase)).map(\.key) }

    /// Whether the word at `i` is written as a name ("IT", "SWIFT", "Minusma" after a word): a trigger's acronym matches
    /// only such a word, not "it", "swift" or a sentence's first word "It".
    static func writtenAsName(_ tokens: [Token], at i: Int) -> Bool {
        inCapitals(tokens[i]) || tokens[i].isCapitalized && i > 0 && tokens[i - 1].isWord
    }

    /// Whether a word is written in capitals, but for a plural or possessive ending ("ICBMs", "NATO's").
    static func inCapitals(_ token: Token) -> Bool {
        var text = Substring(token.text)
        for ending in ["'s", "’s", "s"] where text.hasSuffix(ending) && text.count > ending.count + 1 {
            text = text.dropLast(ending.count)
            break
        }
        return text.count > 1 && text.contains(where: \.isLetter) && text.allSatisfy { !$0.isLetter || $0.isUppercase }
    }

    /// Where a lexicon phrase has an acronym ("IT worker", "SWIFT"): offsets into its keys.
    func acronyms(_ phrase: String) -> [Int] {
        let tokens = Tokenizer.phraseTokens(phrase)
        return keys(tokens).enumerated().compactMap { k, key in key.key.hasPrefix("@") || !tokens[key.start].isAllCaps ? nil : k }
    }
}
