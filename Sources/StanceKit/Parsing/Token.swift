/// A word, number or punctuation mark of a sentence, with its place in the document.
struct Token: Equatable {
    /// The text as written, apostrophes and dashes normalized ("’s" → "'s").
    var text: String
    /// Lowercased `text`.
    var lower: String
    /// `lower` with inflectional endings folded, so "leaflets", "leafleting" and "leaflet" meet.
    var stem: String
    /// Unicode-scalar offsets in the document's text.
    var start: Int
    var end: Int
    var kind: TokenKind

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { text.first?.isUppercase == true }
    var isAllCaps: Bool { text.count > 1 && text.allSatisfy { !$0.isLetter || $0.isUppercase } && text.contains(where: \.isLetter) }
    var isQuote: Bool { kind == .quote }
    /// Ends like an inflected verb or a plural ("extends", "ended", "ending"), not a bare form ("ban", "launch").
    var hasInflection: Bool { ["s", "ed", "ing"].contains { lower.hasSuffix($0) } }

    /// The tokens' text as written: a space only where the document had one ("Kang Kyung-wha", "S.Korea's").
    static func join(_ tokens: some Collection<Token>) -> String {
        var out = ""
        var previousEnd: Int?
        for token in tokens {
            if let previousEnd, token.start > previousEnd { out += " " }
            out += token.text
            previousEnd = token.end
        }
        return out
    }
}

enum TokenKind: Equatable {
    case word, number, punctuation, quote
}
