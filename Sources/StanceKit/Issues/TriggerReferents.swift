/// Trigger phrases already seen in a document, by their last word, so that a later "the campaign" or "this law"
/// with no trigger of its own is read as the "leaflet campaign" or "anti-leaflet law" named before.
struct TriggerReferents {
    private var byHead: [String: IssueAssigner.Trigger] = [:]

    static let pointers: Set<String> = Words.english("pointing_words")

    /// Remembers the multi-word triggers of a sentence; a later one with the same last word replaces an earlier one.
    /// A law the sentence names first ("the amendment to the … Act that bans leaflets") is remembered with the trigger
    /// nearest it (within a dozen words), so a later "the amendment" is about that issue, whatever else the
    /// document is about.
    mutating func learn(_ matches: [IssueAssigner.TriggerMatch], in tokens: [Token]) {
        for m in matches where m.trigger.length > 1 { byHead[m.head] = m.trigger }
        for (i, t) in tokens.enumerated() where i > 0 && Self.pointers.contains(tokens[i - 1].lower)
            && ActorRecognizer.lawNouns.contains(t.lower) && !matches.contains(where: { ($0.start..<$0.end).contains(i) }) {
            guard byHead[t.stem] == nil, let nearest = matches.min(by: { distance($0, i) < distance($1, i) }),
                  distance(nearest, i) <= 12 else { continue }
            // A law is a measure: the issue's own side, whichever side the words near it name ("bans leaflets").
            byHead[t.stem] = IssueAssigner.Trigger(issue: nearest.trigger.issue, isCounter: false, length: 1)
        }
    }

    private func distance(_ m: IssueAssigner.TriggerMatch, _ i: Int) -> Int {
        i < m.start ? m.start - i : max(0, i - m.end + 1)
    }

    /// The issue a pointing phrase right at `index` ("defended [the law], arguing …") refers back to, if any.
    func candidate(at index: Int, in tokens: [Token]) -> IssueAssigner.Candidate? {
        guard index + 1 < tokens.count, Self.pointers.contains(tokens[index].lower),
              let trigger = byHead[tokens[index + 1].stem] else { return nil }
        return IssueAssigner.Candidate(issue: trigger.issue, score: 1, reversed: trigger.isCounter, at: index + 1, namesTheCue: false)
    }

    /// The issue a pointing phrase ("the campaign", "this law") in the sentence refers back to, if any.
    func candidate(in tokens: [Token]) -> IssueAssigner.Candidate? {
        guard !byHead.isEmpty else { return nil }
        return tokens.indices.lazy.compactMap { candidate(at: $0, in: tokens) }.first
    }
}
