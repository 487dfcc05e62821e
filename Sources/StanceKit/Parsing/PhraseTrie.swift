/// Token-sequence dictionary compiled once, matched against a sentence's tokens in one pass per start token.
///
/// Keys are token keys (lowercased words or stems); each stored phrase carries its values.
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[String: Int32]] = [[:]]
    private var values: [[Value]] = [[]]

    mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = Int(next)
            } else {
                children.append([:])
                values.append([])
                children[node][key] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        values[node].append(value)
    }

    /// Every phrase that starts at `start`, longest first, as (token count, values).
    func matches<Element>(in tokens: [Element], from start: Int, key: (Element) -> String) -> [(length: Int, values: [Value])] {
        var found: [(Int, [Value])] = []
        var node = 0
        var i = start
        while i < tokens.count, let next = children[node][key(tokens[i])] {
            node = Int(next)
            i += 1
            if !values[node].isEmpty { found.append((i - start, values[node])) }
        }
        return found.reversed()
    }

    /// The longest phrase of two or more entries that starts at `start` when the element right after it is left out
    /// ("expressed [deep] concern"): (elements covered including the skipped one, values).
    func longestMatch<Element>(in tokens: [Element], from start: Int, skippingNext: Bool, key: (Element) -> String)
        -> (length: Int, values: [Value])? {
        guard start < tokens.count, let first = children[0][key(tokens[start])] else { return nil }
        var node = Int(first)
        var i = start + (skippingNext ? 2 : 1)
        var depth = 1
        var best: (Int, [Value])?
        while i < tokens.count, let next = children[node][key(tokens[i])] {
            node = Int(next)
            depth += 1
            i += 1
            if !values[node].isEmpty, depth >= 2 { best = (i - start, values[node]) }
        }
        return best
    }

    var isEmpty: Bool { children[0].isEmpty }
}

extension Tokenizer {
    /// Tokens of a lexicon phrase, for inserting into a trie.
    static func phraseTokens(_ phrase: String) -> [Token] {
        tokens(phrase[...], offset: 0)
    }

    /// Lexicon words as a token's `lower` reads them ("we’re" and "we're" alike), for matching one token.
    static func wordKeys(_ words: [String]) -> Set<String> {
        Set(words.map { phraseTokens($0).first?.lower ?? $0.lowercased() })
    }
}

extension PhraseTrie where Value == String {
    /// Lexicon phrases keyed by their lowercased tokens, each phrase its own value.
    init(phrases: [String]) {
        self.init()
        for phrase in phrases { insert(Tokenizer.phraseTokens(phrase).map(\.lower), phrase) }
    }
}
