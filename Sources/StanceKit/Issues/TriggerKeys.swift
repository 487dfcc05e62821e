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
}
