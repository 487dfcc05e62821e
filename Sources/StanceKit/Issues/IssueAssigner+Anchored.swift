extension IssueAssigner {
    /// "The National Assembly delivered a blow to civil liberties", in an article about the leaflet ban: the cue points
    /// at something other than the issue the sentence inherits, so its direction there is unknown. When the same
    /// government's positions in the document that name the issue all point one way, this one is read the same way.
    /// So is a sentence in the speaker's own voice that carries no direction of its own ("We do not even have a
    /// zero draft") when the speaker's directed positions on its issue all point one way, at lower confidence.
    static func followingAnchoredPositions(_ positions: [Position], anchored: Set<String>, voiced: Set<String> = []) -> [Position] {
        var directions: [String: Set<StanceValue>] = [:]
        for p in positions where anchored.contains(p.id) && p.kind != .recommendation && (p.stance == .support || p.stance == .oppose) {
            directions[p.actor + "\u{1F}" + p.issue, default: []].insert(p.stance)
        }
        return positions.map { p in
            let undirected = p.stance == .neutral && voiced.contains(p.id)
            guard !anchored.contains(p.id) || undirected, p.kind != .recommendation,
                  p.stance == .support || p.stance == .oppose || undirected,
                  let known = directions[p.actor + "\u{1F}" + p.issue], known.count == 1, let stance = known.first else { return p }
            var read = p
            read.stance = stance
            if undirected { read.confidence = (read.confidence - 0.1).rounded(toPlaces: 2) }
            return read
        }
    }
}
