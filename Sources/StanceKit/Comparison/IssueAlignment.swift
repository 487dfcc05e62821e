/// Lines documents up on a shared issue only where they speak of the same matter.
///
/// The taxonomy says what a sentence is about ("the war in Sudan"); two documents on it may still be about different
/// things (a vetoed draft, a parallel government, the Jeddah talks). Their positions share an issue row when the
/// documents' sentences on it share two or more rare words: names, places, numbers, terms of art that few of the
/// documents at hand use. Each issue's documents fall into groups linked that way; the largest keeps the issue, each
/// other group becomes an issue of its first document ("Sudan war (Statement of the Ministry …)").
///
/// The result depends on the set of documents, never on their order. With fewer than twenty documents, rarity means
/// little and every issue stays whole.
public struct IssueAlignment: Sendable {
    /// Rare words two documents must share to line up on an issue.
    static let sharedWordsNeeded = 2
    /// A word is rare when at most this share of the documents (and at least two) use it.
    static let rareShare = 0.05
    /// Fewer documents than this say too little about which words are rare: a briefing packet of a handful of
    /// documents chosen on one matter keeps each issue whole.
    static let documentsNeeded = 20

    let generic: Set<String>

    public init(_ lexicon: AlignmentLexicon) {
        generic = Set(lexicon.genericWords.map { $0.lowercased() })
    }

    /// Positions with their issues split where documents do not speak of the same matter; `titles` names documents
    /// in the labels of the issues that split off.
    public func aligning(_ positions: [Position], titles: [String: String] = [:]) -> [Position] {
        struct Group: Hashable { var document: String; var issue: String }
        var words: [Group: Set<String>] = [:]
        var counts: [Group: Int] = [:]
        var documentWords: [String: Set<String>] = [:]
        for p in positions where !p.issue.contains(IssueEvidence.localSeparator) {
            let found = telling(p.evidence)
            counts[Group(document: p.document, issue: p.issue), default: 0] += 1
            words[Group(document: p.document, issue: p.issue), default: []].formUnion(found)
            documentWords[p.document, default: []].formUnion(found)
        }
        guard documentWords.count >= Self.documentsNeeded else { return positions }
        var use: [String: Int] = [:]
        for (_, set) in documentWords { for word in set { use[word, default: 0] += 1 } }
        let rareLimit = max(2, Int(Self.rareShare * Double(documentWords.count)))
        let rare = words.mapValues { $0.filter { use[$0, default: 0] <= rareLimit } }

        var renamed: [Group: (id: String, document: String)] = [:]
        for (issue, groups) in Dictionary(grouping: rare.keys, by: \.issue) {
            let sorted = groups.sorted { $0.document < $1.document }
            var parent = Array(sorted.indices)
            func root(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
            for a in sorted.indices {
                for b in sorted.indices where b > a && rare[sorted[a]]!.intersection(rare[sorted[b]]!).count >= Self.sharedWordsNeeded {
                    parent[root(b)] = root(a)
                }
            }
            let components = Dictionary(grouping: sorted.indices, by: root).values.map { $0.map { sorted[$0] } }
            guard components.count > 1 else { continue }
            let ranked = components.map { c in (c, c.reduce(0) { $0 + (counts[$1] ?? 0) }) }
                .sorted { ($0.1, $1.0[0].document) > ($1.1, $0.0[0].document) }
            for (component, _) in ranked.dropFirst() {
                let first = component[0].document
                for g in component { renamed[g] = (issue + String(IssueEvidence.localSeparator) + first, first) }
            }
        }
        return positions.map { p in
            guard let to = renamed[Group(document: p.document, issue: p.issue)] else { return p }
            var moved = p
            moved.issue = to.id
            moved.issueLabel = "\(p.issueLabel) (\(IssueEvidence.shortened(titles[to.document] ?? to.document)))"
            return moved
        }
    }

    /// Words of a sentence that can tell one matter from another: names, numbers of three or four digits, and longer
    /// words, less the generic ones.
    func telling(_ text: String) -> Set<String> {
        var out: Set<String> = []
        for t in Tokenizer.tokens(text[...], offset: 0) {
            let keep = t.kind == .number ? (3...4).contains(t.text.count)
                : t.isWord && (t.isCapitalized || t.lower.count >= 5)
            if keep && !generic.contains(t.lower) { out.insert(t.lower) }
        }
        return out
    }
}
