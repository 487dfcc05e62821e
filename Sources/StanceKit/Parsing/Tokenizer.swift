/// Splits a sentence into tokens: words (keeping "U.S." and initials whole), numbers, quotes, punctuation.
enum Tokenizer {
    static func tokens(_ text: Substring, offset: Int) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var singleQuoteOpen = false
        var i = 0
        func add(_ from: Int, _ to: Int, _ kind: TokenKind) {
            var s = String.UnicodeScalarView()
            for scalar in scalars[from..<to] { s.append(normalize(scalar)) }
            let text = String(s)
            let lower = text.lowercased()
            tokens.append(Token(text: text, lower: lower, stem: kind == .word ? Stemmer.stem(lower) : lower,
                                start: offset + from, end: offset + to, kind: kind))
        }
        while i < scalars.count {
            let c = scalars[i]
            if c.isFoldableSpace {
                i += 1
                continue
            }
            if isWordScalar(c) {
                let start = i
                while i < scalars.count, isWordScalar(scalars[i]) { i += 1 }
                let allDigits = scalars[start..<i].allSatisfy(isDigit)
                if allDigits {
                    // 23.4, 1,000
                    while i + 1 < scalars.count, scalars[i] == "." || scalars[i] == ",", isDigit(scalars[i + 1]) {
                        i += 1
                        while i < scalars.count, isWordScalar(scalars[i]) { i += 1 }
                    }
                    add(start, i, .number)
                    continue
                }
                // Initials and dotted abbreviations: "S.", "U.S.", "R.O.K."
                if i - start == 1, i < scalars.count, scalars[i] == ".", scalars[start].properties.isUppercase {
                    i += 1
                    while i + 1 < scalars.count, isLetter(scalars[i]), scalars[i + 1] == "." {
                        i += 2
                    }
                    add(start, i, .word)
                    continue
                }
                // An apostrophe between letters is part of the word: "d'Etat", "Côte d'Ivoire", "O'Brien".
                while i + 1 < scalars.count, isApostrophe(scalars[i]), isLetter(scalars[i + 1]), i - start >= 1,
                      !(scalars[i + 1] == "t" && (scalars[i - 1] == "n" || scalars[i - 1] == "N")),
                      !((scalars[i + 1] == "s" || scalars[i + 1] == "S") && (i + 2 >= scalars.count || !isWordScalar(scalars[i + 2]))) {
                    i += 1
                    while i < scalars.count, isWordScalar(scalars[i]) { i += 1 }
                }
                // n't splits off: "didn't" → "did" "n't"
                if i - start > 1, i + 1 < scalars.count, isApostrophe(scalars[i]), scalars[i + 1] == "t", scalars[i - 1] == "n" || scalars[i - 1] == "N" {
                    add(start, i - 1, .word)
                    add(i - 1, i + 2, .word)
                    i += 2
                    continue
                }
                add(start, i, .word)
                continue
            }
            if isApostrophe(c), i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= scalars.count || !isWordScalar(scalars[i + 2]), !tokens.isEmpty, tokens.last!.end == offset + i {
                add(i, i + 2, .word)
                i += 2
                continue
            }
            // "the United Nations’ watchdog", "States' efforts": an apostrophe right after a plural, with no single
            // quotation open, is its possessive, read as "'s".
            if isApostrophe(c), !singleQuoteOpen, let last = tokens.last, last.end == offset + i, last.kind == .word,
               last.lower.hasSuffix("s"), i + 1 >= scalars.count || !isWordScalar(scalars[i + 1]) {
                tokens.append(Token(text: "'", lower: "'s", stem: "'s", start: offset + i, end: offset + i + 1, kind: .word))
                i += 1
                continue
            }
            let kind: TokenKind = isQuoteMark(c) ? .quote : .punctuation
            if isApostrophe(c) || c == "\u{2018}" {
                let opens = (tokens.last.map { $0.end < offset + i } ?? true) && i + 1 < scalars.count && isWordScalar(scalars[i + 1])
                singleQuoteOpen = opens ? true : (tokens.last?.end == offset + i ? false : singleQuoteOpen)
            }
            add(i, i + 1, kind)
            i += 1
        }
        return tokens
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return isASCIILetter(c) || (0x30...0x39).contains(c.value) }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value) }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool { c.value < 0x80 ? isASCIILetter(c) : c.properties.isAlphabetic }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x30...0x39).contains(c.value) : c.properties.numericType != nil
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" || c == "\u{02BC}" }

    static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" || c == "\u{00AB}" || c == "\u{00BB}"
            || c == "\u{2018}" || c == "\u{2019}"
    }

    /// Curly apostrophes to straight ones and dash variants to a hyphen, so lexicons match either.
    private static func normalize(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "\u{2019}", "\u{02BC}", "\u{2018}": "'"
        case "\u{2010}", "\u{2011}": "-"
        default: c
        }
    }
}
