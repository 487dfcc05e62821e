extension IssueAssigner {
    /// A position with no direction of its own ("We do not even have a zero draft", "Tokyo said it was watching the
    /// talks") is a tie that the same government's directed positions on its issue in the document break, when more
    /// of them point one way than the other, at lower confidence. When they do not, it leans toward the issue, at
    /// lower confidence still: a government that takes up an issue without a word of direction argues for it far more
    /// often than against it (on the tune documents, 33 times in 38).
    ///
    /// Only ties: a position with a direction keeps the one its own clause gives, so that editing one sentence never
    /// flips another, and one neutral by its cue's meaning (`decided`: "India abstained") stays neutral.
    static func breakingTies(_ positions: [Position], decided: Set<String>) -> [Position] {
        var counts: [String: [StanceValue: Int]] = [:]
        for p in positions where p.kind != .recommendation && (p.stance == .support || p.stance == .oppose) {
            counts[p.actor + "\u{1F}" + p.issue, default: [:]][p.stance, default: 0] += 1
        }
        return positions.map { p in
            guard p.kind != .recommendation, p.stance == .neutral, !decided.contains(p.id) else { return p }
            let count = counts[p.actor + "\u{1F}" + p.issue] ?? [:]
            let support = count[.support] ?? 0, oppose = count[.oppose] ?? 0
            var read = p
            let lower: Double
            if support != oppose {
                (read.stance, lower) = (support > oppose ? .support : .oppose, 0.1)
            } else {
                (read.stance, lower) = (.support, 0.2)
            }
            read.confidence = max(0.1, read.confidence - lower).rounded(toPlaces: 2)
            return read
        }
    }
}
