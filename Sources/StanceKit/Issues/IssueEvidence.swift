/// Whether a document says enough about an issue for its positions to line up with other documents' on it.
///
/// One keyword ("alliance", "sanctions") would otherwise file a document under an unrelated question, and the
/// report would compare governments that never spoke to each other's point. A document joins a shared issue when
/// one of its sentences names the issue plainly, or its positions on it carry enough of the issue's vocabulary in
/// all; otherwise its positions stay together in an issue of that document alone.
public enum IssueEvidence {
    /// Trigger score, summed over a document's positions on an issue, that lets the document join the shared issue.
    static let sharedTotal = 4.0
    /// Trigger score of one sentence that lets the document join on its own ("supports the denuclearization of …").
    static let sharedSentence = 1.9
    /// Marks the id of an issue held by one document alone: taxonomy id, this, document id.
    public static let localSeparator: Character = "@"

    /// Positions on issues their document says too little about move to an issue of that document alone
    /// ("Climate finance (COP26 address)"); positions on issues the taxonomy lacks gather in the document's
    /// "Unclassified" issue. The issue the document's headline names is always shared. Depends on this document
    /// alone, so documents stay independent.
    public static func aligning(_ positions: [Position], in document: Document, headlineIssue: String? = nil) -> [Position] {
        var total: [String: Double] = [:]
        var best: [String: Double] = [:]
        for p in positions {
            total[p.issue, default: 0] += p.issueScore ?? 0
            best[p.issue] = max(best[p.issue] ?? 0, p.issueScore ?? 0)
        }
        let name = document.metadata.title.map { shortened($0) } ?? document.id
        let moved = positions.map { p in
            var local = p
            if p.issue.hasPrefix(DiscoveredIssue.prefix) {
                local.issue = localIssue(unclassified, of: document.id)
                local.issueLabel = unclassifiedLabel(name)
            } else if p.issue != headlineIssue, total[p.issue, default: 0] < sharedTotal && best[p.issue, default: 0] < sharedSentence {
                local.issue = localIssue(p.issue, of: document.id)
                local.issueLabel = "\(p.issueLabel) (\(name))"
            }
            return local
        }
        // Two readings of one sentence that now share an issue are one position: the directed one.
        var kept: [Position] = []
        var index: [String: Int] = [:]
        for p in moved {
            let key = "\(p.actor)\u{1F}\(p.start)\u{1F}\(p.issue)"
            if let k = index[key] {
                if kept[k].stance == .neutral && p.stance != .neutral { kept[k] = p }
            } else {
                index[key] = kept.count
                kept.append(p)
            }
        }
        return kept
    }

    /// Marks the id of the issue of texts put to a vote on a matter ("gaza-ceasefire/vote"; see VotedText).
    public static let textSeparator: Character = "/"

    /// A title cut at a word to about fifty characters, for naming the document in an issue's label.
    static func shortened(_ title: String, limit: Int = 50) -> String {
        guard title.count > limit else { return title }
        let cut = title.prefix(limit)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// The issue that gathers positions on questions the taxonomy lacks.
    public static let unclassified = "unclassified"

    /// An issue of one document alone ("climate-finance@cop26-address"): an issue id, the separator, a document id.
    static func localIssue(_ issue: String, of document: String) -> String {
        issue + String(localSeparator) + document
    }

    /// The label of an Unclassified issue, naming its documents: "Unclassified (Address at COP26)".
    static func unclassifiedLabel(_ documents: String) -> String { "Unclassified (\(documents))" }

    /// The taxonomy issue a document-local issue or the issue of texts voted on stands for
    /// ("climate-finance@cop26-address", "gaza-ceasefire/vote" → the taxonomy id before the separator).
    public static func sharedIssue(of id: String) -> String {
        id.split(maxSplits: 1, whereSeparator: { $0 == localSeparator || $0 == textSeparator }).first.map(String.init) ?? id
    }
}
