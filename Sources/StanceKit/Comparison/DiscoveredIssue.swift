/// Names an issue that the taxonomy does not have, from the words a position is about.
enum DiscoveredIssue {
    static let skipped: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "to", "of", "on",
        "in", "for", "with", "about", "over", "against", "and", "or", "any", "all", "some", "such", "more", "new",
        "it", "them", "him", "us", "be", "been", "is", "was", "were", "are", "has", "have", "had", "would", "will",
        "not", "at", "by", "as", "from", "what", "which", "who", "also", "very", "so", "than", "said", "says",
    ]

    /// An id (`topic-…`) and label from the first content words after the cue.
    static func key(_ tokens: [Token], after cue: Range<Int>) -> (String, String) {
        var words: [Token] = []
        var i = cue.upperBound
        while i < tokens.count, words.count < 2 {
            let t = tokens[i]
            if t.isWord, !skipped.contains(t.lower), t.lower.count > 2 { words.append(t) }
            else if !words.isEmpty { break }
            i += 1
        }
        guard !words.isEmpty else { return ("topic-other", "Other statements") }
        let id = "topic-" + words.map(\.stem).joined(separator: "-")
        let label = words.map(\.lower).joined(separator: " ")
        return (id, label.prefix(1).uppercased() + label.dropFirst())
    }
}
