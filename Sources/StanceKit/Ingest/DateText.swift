/// Reads the dates documents carry ("2021-04-07T09:00Z", "April 7, 2021", "7 Apr. 2021") as ISO days.
enum DateText {
    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The ISO day (`YYYY-MM-DD`) a date text names, or nil when it names no whole day.
    static func isoDay(_ text: String) -> String? {
        let t = text.trimmingSpaces
        let digits = Array(t.prefix(10).utf8)
        if digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
           let y = Int(t.prefix(4)), let m = Int(t.dropFirst(5).prefix(2)), let d = Int(t.dropFirst(8).prefix(2)) {
            return format(y, m, d)
        }
        return firstDay(in: t)
    }

    /// The first "Month D, YYYY" or "D Month YYYY" date in a text.
    static func firstDay(in text: String) -> String? {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (i, word) in words.enumerated() {
            guard let month = months[String(word.prefix(word.count >= 4 && word.lowercased().hasPrefix("sept") ? 4 : 3)).lowercased()],
                  word.first?.isUppercase == true, isMonthWord(word) else { continue }
            if i + 2 < words.count, let d = Int(words[i + 1]), let y = Int(words[i + 2]), words[i + 2].count == 4 {
                return format(y, month, d)
            }
            if i >= 1, i + 1 < words.count, let d = Int(words[i - 1]), let y = Int(words[i + 1]), words[i + 1].count == 4 {
                return format(y, month, d)
            }
        }
        return nil
    }

    private static func isMonthWord(_ word: Substring) -> Bool {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        let w = word.lowercased()
        return names.contains { $0 == w || ($0.hasPrefix(w) && w.count >= 3) }
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1000...2999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }
}
