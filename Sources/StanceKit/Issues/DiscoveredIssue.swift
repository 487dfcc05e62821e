/// Names an issue that the taxonomy does not have, from the noun phrase a position is about.
///
/// The key is the head of the first noun phrase after the cue (its last content word, folded), so "the new
/// border fence", "border fences" and "the fence" meet; the label is the phrase as written.
enum DiscoveredIssue {
    /// The start of every discovered issue's id.
    static let prefix = "topic-"

    /// Words that never belong to the key phrase: function words, pronouns, auxiliaries and modals, and verbs
    /// that often follow a cue.
    static let skipped: Set<String> = Words.english("issue_phrase_skipped")

    /// An id (`topic-…`) and label from the first noun phrase after the cue (at most four content words).
    static func key(_ tokens: [Token], after cue: Range<Int>) -> (String, String) {
        var words: [Token] = []
        var i = cue.upperBound
        while i < tokens.count, words.count < 4 {
            let t = tokens[i]
            let content = t.isWord && !skipped.contains(t.lower) && t.lower.count > 2 && !t.lower.hasSuffix("ly")
            if content { words.append(t) } else if !words.isEmpty { break }
            i += 1
        }
        guard let head = words.last else { return ("topic-other", "Other statements") }
        let label = Token.join(words)
        return (prefix + head.stem, label.prefix(1).uppercased() + label.dropFirst())
    }
}
