/// Splits a paragraph into sentences without breaking at abbreviations (U.S., Dr., Jan., No.) or initials.
enum SentenceSplitter {
    static let abbreviations: Set<String> = Words.english("abbreviations")

    /// Words that, after "U.S." or another dotted abbreviation, show a new sentence has begun.
    static let sentenceStarters: Set<String> = Words.english("sentence_starters")

    /// Sentence ranges (Unicode-scalar offsets relative to the start of `text`).
    static func split(_ text: String) -> [Range<Int>] {
        let s = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "." || c == "!" || c == "?" else {
                i += 1
                continue
            }
            var end = i + 1
            while end < s.count, s[end] == "." || s[end] == "!" || s[end] == "?" || isCloser(s[end]) { end += 1 }
            var next = end
            while next < s.count, s[next].isFoldableSpace { next += 1 }
            guard next > end || next == s.count else {
                i = end
                continue
            }
            if next == s.count || (startsSentence(s[next]) && !isAbbreviation(s, dotAt: i, nextWordAt: next)) {
                ranges.append(trimmed(s, start, end))
                start = next
            }
            i = end
        }
        if start < s.count {
            let r = trimmed(s, start, s.count)
            if !r.isEmpty { ranges.append(r) }
        }
        return ranges.filter { !$0.isEmpty }
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]"
    }

    private static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || c.properties.numericType != nil || c == "\"" || c == "\u{201C}" || c == "\u{2018}"
            || c == "(" || c == "[" || c == "-" || c == "\u{2014}"
    }

    /// Whether the period at `dotAt` ends an abbreviation or initial rather than a sentence.
    private static func isAbbreviation(_ s: [Unicode.Scalar], dotAt: Int, nextWordAt: Int) -> Bool {
        guard s[dotAt] == "." else { return false }
        var j = dotAt
        while j > 0, !s[j - 1].isFoldableSpace, s[j - 1] != "(", s[j - 1] != "\"", s[j - 1] != "\u{201C}" { j -= 1 }
        let word = String(String.UnicodeScalarView(s[j..<dotAt])).lowercased()
        if abbreviations.contains(word) { return true }
        let letters = word.filter(\.isLetter)
        // "S." or "U.S." / "R.O.K.": a dotted abbreviation ends a sentence only before a typical sentence opener.
        if letters.count == 1 || (word.contains(".") && letters.count <= 4 && word.allSatisfy { $0.isLetter || $0 == "." }) {
            if letters.count == 1 && word.count == 1 && s[j].properties.isUppercase { return true }
            var k = nextWordAt
            while k < s.count, s[k].properties.isAlphabetic { k += 1 }
            let nextWord = String(String.UnicodeScalarView(s[nextWordAt..<k])).lowercased()
            return !sentenceStarters.contains(nextWord)
        }
        return false
    }

    private static func trimmed(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int> {
        var a = start, b = end
        while a < b, s[a].isFoldableSpace { a += 1 }
        while b > a, s[b - 1].isFoldableSpace { b -= 1 }
        return a..<b
    }
}
