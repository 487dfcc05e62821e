/// Finds the government that issued a statement from its opening lines, so its first person can be attributed.
enum IssuerDetector {
    static let statementWords: Set<String> = [
        "statement", "remarks", "stance", "press", "communique", "communiqué", "declaration", "address", "briefing",
    ]
    static let statementKinds: Set<String> = ["statement", "speech", "press release", "communique"]

    /// The issuer named in the first sentences ("Statement by the Ministry of …", "R.O.K. Government's Stance …",
    /// "A spokesman for the Foreign Ministry of the DPRK issued the following statement").
    static func issuer(of sentences: [SentenceAnalysis], kind: String?) -> String? {
        if let kind, !statementKinds.contains(kind) { return nil }
        for s in sentences.prefix(3) {
            let t = s.tokens
            for m in s.mentions where (m.isGovernment || m.isPossessor) && m.via != .reference {
                let before = t[max(0, m.range.lowerBound - 6)..<m.range.lowerBound].map(\.lower)
                let after = t[m.range.upperBound..<min(t.count, m.range.upperBound + 5)].map(\.lower)
                // "Statement by the Ministry of …", "Remarks of the Permanent Representative of …"
                let heading = zip(before, before.dropFirst()).contains { statementWords.contains($0) && ["by", "of", "from"].contains($1) }
                    || (before.first.map(statementWords.contains) ?? false)
                // "R.O.K. Government's Stance …", "the DPRK issued the following statement"
                let own = (m.isPossessor || after.first == "'s") && after.contains(where: statementWords.contains)
                    || after.starts(with: ["issued", "the", "following"]) || after.contains("issued") && after.contains("statement")
                if heading || own { return m.code }
            }
        }
        return nil
    }
}
