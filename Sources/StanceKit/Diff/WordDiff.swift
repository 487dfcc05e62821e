/// Word-level difference between two sentences, for marking what was edited inside changed evidence.
enum WordDiff {
    struct Segment: Equatable {
        var text: String
        var changed: Bool
    }

    /// Both sentences cut into runs of words, each run marked changed where it is not in their longest common
    /// subsequence of words. Whitespace stays with the word before it, so the runs join back into the sentences.
    static func segments(_ old: String, _ new: String) -> (old: [Segment], new: [Segment]) {
        let a = words(old), b = words(new)
        guard a.count * b.count <= 250_000 else { return ([Segment(text: old, changed: true)], [Segment(text: new, changed: true)]) }
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = key(a[i]) == key(b[j]) ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var keepA = Array(repeating: false, count: a.count), keepB = Array(repeating: false, count: b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if key(a[i]) == key(b[j]) {
                keepA[i] = true
                keepB[j] = true
                i += 1
                j += 1
            } else if lcs[i + 1][j] >= lcs[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return (runs(a, keepA), runs(b, keepB))
    }

    /// Words with the whitespace that follows each.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            if ch.isWhitespace {
                current.append(ch)
            } else {
                if let last = current.last, last.isWhitespace {
                    out.append(current)
                    current = ""
                }
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    private static func key(_ word: String) -> Substring { word[..<(word.firstIndex(where: \.isWhitespace) ?? word.endIndex)] }

    private static func runs(_ words: [String], _ kept: [Bool]) -> [Segment] {
        var out: [Segment] = []
        for (word, keep) in zip(words, kept) {
            if let last = out.last, last.changed == !keep {
                out[out.count - 1].text += word
            } else {
                out.append(Segment(text: word, changed: !keep))
            }
        }
        return out
    }
}
