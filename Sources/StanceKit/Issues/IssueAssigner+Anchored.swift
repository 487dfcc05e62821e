extension IssueAssigner {
    /// "The National Assembly delivered a blow to civil liberties", in an article about the leaflet ban: the cue points
    /// at something other than the issue the sentence inherits, so its direction there is unknown. When the same
    /// government's positions in the document that name the issue all point one way, this one is read the same way.
    ///
    /// A position with no direction of its own ("We do not even have a zero draft", "Tokyo said it was watching the
    /// talks") is a tie that the same government's directed positions on its issue in the document break, when more
    /// of them point one way than the other, at lower confidence. When they do not, it leans toward the issue, at
    /// lower confidence still: a government that takes up an issue without a word of direction argues for it far more
    /// often than against it (on the tune documents, 33 times in 38). Its own clause never loses a direction it has,
    /// and one neutral by its cue's meaning (`decided`: "India abstained") stays neutral.
    static func followingAnchoredPositions(_ positions: [Position], anchored: Set<String>, decided: Set<String> = []) -> [Position] {
        var anchoredDirections: [String: Set<StanceValue>] = [:]
        var counts: [String: [StanceValue: Int]] = [:]
        for p in positions where p.kind != .recommendation && (p.stance == .support || p.stance == .oppose) {
            let key = p.actor + "\u{1F}" + p.issue
            counts[key, default: [:]][p.stance, default: 0] += 1
            if anchored.contains(p.id) { anchoredDirections[key, default: []].insert(p.stance) }
        }
        return positions.map { p in
            let key = p.actor + "\u{1F}" + p.issue
            guard p.kind != .recommendation else { return p }
            var read = p
            if p.stance == .neutral, !decided.contains(p.id) {
                let support = counts[key]?[.support] ?? 0, oppose = counts[key]?[.oppose] ?? 0
                if support != oppose {
                    read.stance = support > oppose ? .support : .oppose
                    read.confidence = (read.confidence - 0.1).rounded(toPlaces: 2)
                } else {
                    read.stance = .support
                    read.confidence = (read.confidence - 0.2).rounded(toPlaces: 2)
                }
            } else if !anchored.contains(p.id), p.stance == .support || p.stance == .oppose,
                      let known = anchoredDirections[key], known.count == 1, let stance = known.first {
                read.stance = stance
            }
            return read
        }
    }
}
