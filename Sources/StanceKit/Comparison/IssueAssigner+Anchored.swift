extension IssueAssigner {
    /// "The National Assembly delivered a blow to civil liberties", in an article about the leaflet ban: the cue points
    /// at something other than the issue the sentence inherits, so its direction there is unknown. When the same
    /// government's positions in the document that name the issue all point one way, this one is read the same way.
    static func followingAnchoredPositions(_ positions: [Position], anchored: Set<String>) -> [Position] {
        var directions: [String: Set<StanceValue>] = [:]
        for p in positions where anchored.contains(p.id) && p.kind != .recommendation && (p.stance == .support || p.stance == .oppose) {
            directions[p.actor + "\u{1F}" + p.issue, default: []].insert(p.stance)
        }
        return positions.map { p in
            guard !anchored.contains(p.id), p.kind != .recommendation, p.stance == .support || p.stance == .oppose,
                  let known = directions[p.actor + "\u{1F}" + p.issue], known.count == 1, let stance = known.first else { return p }
            var read = p
            read.stance = stance
            return read
        }
    }
}
