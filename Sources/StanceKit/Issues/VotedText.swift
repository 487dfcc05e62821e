/// Texts put to a vote as a question of their own.
///
/// How a government voted on a draft ("Russia vetoes draft on Mali sanctions") is a question apart from where it
/// stands on the matter in general: in a document whose headline is about a text put to a vote, the positions on its
/// main issue move to that issue's "resolutions and votes" ("gaza-ceasefire/vote"), which lines up with other
/// documents' texts and votes on the same matter. Runs after documents are lined up on shared issues, so a vote on
/// one matter never joins a vote on another that the taxonomy files under the same broad issue.
public enum VotedText {
    /// Words of a headline about a text put to a vote.
    static let headlineWords = Words.vocabulary("voted_text_words")

    /// Positions of the documents whose `titles` are about a text put to a vote, moved to their main issue's texts
    /// and votes. The main issue is the one most of the document's positions share (not the Unclassified one), unless
    /// its own label is about texts put to a vote already ("UN resolutions on human rights in North Korea"). Where one
    /// of the `bodies` (the UN, the EU …) adopts the text, it is for it.
    public static func separating(_ positions: [Position], titles: [String: String], bodies: Set<String> = []) -> [Position] {
        let aboutAVote = Set(titles.filter { isAboutAVote($0.value) }.keys)
        var count: [String: [String: Int]] = [:]
        var labels: [String: String] = [:]
        for p in positions where aboutAVote.contains(p.document)
            && IssueEvidence.sharedIssue(of: p.issue) != IssueEvidence.unclassified && !p.issue.contains(IssueEvidence.textSeparator) {
            count[p.document, default: [:]][p.issue, default: 0] += 1
            labels[p.issue] = p.issueLabel
        }
        let main = count.compactMapValues { issues -> String? in
            let top = issues.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            return isAboutAVote(labels[top]) ? nil : top
        }
        return positions.map { p in
            guard main[p.document] == p.issue else { return p }
            var voted = p
            voted.issue = issue(p.issue)
            voted.issueLabel = "\(p.issueLabel): resolutions and votes"
            // "The General Assembly today suspended the rights of membership of the Russian Federation …, adopting a
            // resolution": the body that adopts the text is for it, whatever the text does to the matter.
            if adoptsTheText(p, bodies: bodies) { voted.stance = .support }
            return voted
        }
    }

    /// Whether a position is a body's adopting a text ("the Council … adopting resolution 2640", "Assembly adopts
    /// resolution"): an organization's act whose sentence has an adopting verb.
    static func adoptsTheText(_ p: Position, bodies: Set<String>) -> Bool {
        guard p.kind == .action, p.stance == .support || p.stance == .oppose, bodies.contains(p.actor) else { return false }
        return Tokenizer.tokens(p.evidence[...], offset: 0).contains {
            $0.isWord && PositionExtractor.adoptingVerbs.contains(Stemmer.stem($0.lower))
        }
    }

    /// Whether a headline is about a text put to a vote ("Assembly adopts resolution by 143 votes").
    static func isAboutAVote(_ title: String?) -> Bool {
        guard let title else { return false }
        return Tokenizer.tokens(title[...], offset: 0).contains { headlineWords.contains($0.lower) }
    }

    /// The issue of the texts put to a vote on an issue ("gaza-ceasefire" → "gaza-ceasefire/vote").
    static func issue(_ issue: String) -> String { issue + String(IssueEvidence.textSeparator) + "vote" }
}
