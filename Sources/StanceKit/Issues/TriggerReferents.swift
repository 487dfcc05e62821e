/// Trigger phrases already seen in a document, by their last word, so that a later "the campaign" or "this law"
/// with no trigger of its own is read as the "leaflet campaign" or "anti-leaflet law" named before.
struct TriggerReferents {
    private var byHead: [String: IssueAssigner.Trigger] = [:]

    static let pointers: Set<String> = Words.english("pointing_words")

    /// Remembers the multi-word triggers of a sentence; a later one with the same last word replaces an earlier one.
    mutating func learn(_ matches: [IssueAssigner.TriggerMatch]) {
        for m in matches where m.trigger.length > 1 { byHead[m.head] = m.trigger }
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
