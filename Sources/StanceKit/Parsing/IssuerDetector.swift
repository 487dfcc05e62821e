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
        for s in sentences.prefix(4) {
            guard s.tokens.contains(where: { statementWords.contains($0.lower) }) else { continue }
            if let m = s.mentions.first(where: { ($0.isGovernment || $0.isPossessor) && $0.via != .reference }) { return m.code }
        }
        return nil
    }
}
