import Foundation

/// Lines documents up on a shared issue only where they speak of the same matter.
///
/// The taxonomy says what a sentence is about ("the war in Sudan"); two documents on it may still be about different
/// things (a vetoed draft, a parallel government, the Jeddah talks). Each document has a word profile: the telling
/// words (names, places, numbers, terms of art) of the sentences of its positions, each sentence once, weighted by how
/// few documents use it. Documents on one issue line up when their profiles are alike on average across the groups they
/// join. Each issue's documents fall into groups joined that way; the largest, by positions, keeps the issue, each
/// other group becomes an issue of its first document by id ("Sudan war (Statement of the Ministry …)"). A document
/// that names an issue too little to share it alone (an issue of its own, "Sudan war (Remarks …)") joins a group that
/// shares it when it is much like that group's documents; documents that all name it so line up as any others do.
/// Positions the taxonomy has no issue for line up the same way, so documents on one matter the taxonomy lacks share
/// an "Unclassified" issue.
///
/// The result depends on the set of documents, never on their order. With fewer than twenty documents, how few use a
/// word means little and every issue stays whole.
public struct IssueAlignment: Sendable {
    /// Average similarity of two groups of documents' word profiles (cosine, 0 to 1) that lets them share an issue.
    /// Set on the dev set's `tune` documents and the written documents: pairs of documents on one matter lie above it,
    /// documents on different matters of one issue below.
    static let similarityNeeded = 0.20
    /// Average similarity to the other documents of its group that lets a document join them on an issue it said too
    /// little of to share alone (IssueEvidence): a matter named in passing needs a document much like them. Set on
    /// the `tune` documents (a vetoed draft on Gaza, named in passing, lies below it) and the written ones. It is also
    /// what a document that holds such an issue alone, shared with no one, needs to join an Unclassified group.
    static let aloneSimilarityNeeded = 0.45
    /// Fewer documents than this say too little about which words are rare: a briefing packet of a handful of
    /// documents chosen on one matter keeps each issue whole.
    static let documentsNeeded = 20

    let generic: Set<String>

    public init(_ lexicon: AlignmentLexicon) {
        generic = Set(lexicon.genericWords.map { $0.lowercased() })
    }

    /// Positions with their issues split where documents do not speak of the same matter, and the documents'
    /// Unclassified issues joined where they do, with any taxonomy issue a document held alone and shares with no one;
    /// `titles` names documents in the labels of the issues that split off.
    public func aligning(_ positions: [Position], titles: [String: String] = [:]) -> [Position] {
        struct DocumentIssue: Hashable { var document: String; var issue: String }
        var wordsByDocument: [String: [String: Int]] = [:]
        var positionsOn: [DocumentIssue: Int] = [:]
        // Documents that hold an issue of the taxonomy only as their own (too little said of it to share it alone), and
        // each issue's label as the taxonomy gives it.
        var heldAlone: Set<DocumentIssue> = []
        var labels: [String: String] = [:]
        // A sentence counts once, however many positions it gives (a vote list gives one to each state it names).
        struct Sentence: Hashable { var document: String; var start: Int; var evidence: String }
        var read: Set<Sentence> = []
        for p in positions {
            if read.insert(Sentence(document: p.document, start: p.start, evidence: p.evidence)).inserted {
                for word in telling(p.evidence) { wordsByDocument[p.document, default: [:]][word, default: 0] += 1 }
            }
            guard let issue = Self.alignable(p.issue) else { continue }
            positionsOn[DocumentIssue(document: p.document, issue: issue), default: 0] += 1
            if issue == p.issue {
                labels[issue] = labels[issue] ?? p.issueLabel
            } else if issue != IssueEvidence.unclassified {
                heldAlone.insert(DocumentIssue(document: p.document, issue: issue))
                // "Climate finance (COP26 address)": the issue's own label, less the document's name.
                let suffix = " (\(IssueEvidence.shortened(titles[p.document] ?? p.document)))"
                if labels[issue] == nil, p.issueLabel.hasSuffix(suffix) { labels[issue] = String(p.issueLabel.dropLast(suffix.count)) }
            }
        }
        guard wordsByDocument.count >= Self.documentsNeeded else { return positions }
        let profiles = WordProfiles(wordsByDocument)

        var renamed: [DocumentIssue: (id: String, first: String, label: String?)] = [:]
        func clustered(_ held: [DocumentIssue]) -> [[DocumentIssue]] {
            let sorted = held.sorted { ($0.document, $0.issue) < ($1.document, $1.issue) }
            return Self.averageLinkage(sorted.count, needed: Self.similarityNeeded) {
                profiles.similarity(sorted[$0].document, sorted[$1].document)
            }.map { $0.map { sorted[$0] } }
        }
        let byIssue = Dictionary(grouping: positionsOn.keys, by: \.issue)
        for (issue, held) in byIssue where issue != IssueEvidence.unclassified {
            let clusters = clustered(held)
            let ranked = clusters.map { c in (c, c.reduce(0) { $0 + (positionsOn[$1] ?? 0) }) }
                .sorted { ($0.1, $1.0[0].document) > ($1.1, $0.0[0].document) }
            let label = labels[issue] ?? issue
            for (rank, (whole, _)) in ranked.enumerated() {
                // A document that said too little of the issue to share it alone joins documents that share it only where
                // it is much like them; else it keeps an issue of its own. Documents that all named it in passing join
                // as documents on a matter the taxonomy lacks do.
                let sharedIn = whole.contains { !heldAlone.contains($0) }
                let cluster = whole.filter { g in
                    guard sharedIn, heldAlone.contains(g) else { return true }
                    let others = whole.filter { $0 != g }
                    return !others.isEmpty && others.reduce(0) { $0 + profiles.similarity(g.document, $1.document) }
                        / Double(others.count) >= Self.aloneSimilarityNeeded
                }
                guard let head = cluster.first else { continue }
                let first = head.document
                if rank == 0 {
                    guard cluster.count > 1 else { continue }
                    for g in cluster where heldAlone.contains(g) { renamed[g] = (issue, first, label) }
                } else if cluster.count > 1 || !heldAlone.contains(head) {
                    let name = "\(label) (\(IssueEvidence.shortened(titles[first] ?? first)))"
                    for g in cluster { renamed[g] = (IssueEvidence.localIssue(issue, of: first), first, name) }
                }
            }
        }
        // Documents on a matter the taxonomy lacks line up on one Unclassified issue; so does a document that named a
        // taxonomy issue too little to share it with anyone ("Human rights (Statement …)"), where it is like them.
        let unclassified = byIssue[IssueEvidence.unclassified] ?? []
        let withUnclassified = Set(unclassified.map(\.document))
        let loners = heldAlone.filter { renamed[$0] == nil && !withUnclassified.contains($0.document) }
        let groups = clustered(unclassified)
        var joined = groups
        for g in loners {
            let likeness = groups.map { c in c.reduce(0) { $0 + profiles.similarity(g.document, $1.document) } / Double(c.count) }
            if let best = likeness.indices.max(by: { (likeness[$0], $1) < (likeness[$1], $0) }),
               likeness[best] >= Self.aloneSimilarityNeeded {
                joined[best].append(g)
            }
        }
        for cluster in joined {
            let documents = DocumentContext.distinct(cluster.map(\.document))
            guard documents.count > 1 else { continue }
            let first = cluster[0].document
            let label = IssueEvidence.unclassifiedLabel(Self.naming(documents, titles: titles))
            for g in cluster { renamed[g] = (IssueEvidence.localIssue(IssueEvidence.unclassified, of: first), first, label) }
        }
        return positions.map { p in
            guard let issue = Self.alignable(p.issue), let to = renamed[DocumentIssue(document: p.document, issue: issue)] else {
                return p
            }
            var moved = p
            moved.issue = to.id
            moved.issueLabel = to.label ?? p.issueLabel
            return moved
        }
    }

    /// The issue a position lines up on: a shared issue as it is, an issue of one document alone as the taxonomy issue
    /// it stands for, a document's Unclassified issue as the one Unclassified issue.
    static func alignable(_ id: String) -> String? {
        id.contains(IssueEvidence.localSeparator) ? IssueEvidence.sharedIssue(of: id) : id
    }

    /// The documents of a label: the first's title, and how many more (two or more documents).
    static func naming(_ documents: [String], titles: [String: String]) -> String {
        let first = IssueEvidence.shortened(titles[documents[0]] ?? documents[0])
        let more = documents.count - 1
        return "\(first), and \(more) more document\(more == 1 ? "" : "s")"
    }

    /// Groups `count` items, merging first the two groups most similar on average, while that average reaches
    /// `needed`. Groups come back in order of their first item, each in item order; ties go to the earlier group.
    ///
    /// Two groups whose average reaches `needed` have a pair of items that does, so items first fall into the groups
    /// such pairs link, and the averaging runs inside each of those. Each pair's similarity is asked for once.
    static func averageLinkage(_ count: Int, needed: Double, similarity: (Int, Int) -> Double) -> [[Int]] {
        let table = PairTable(count: count, similarity)
        var parent = Array(0..<count)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for a in 0..<count {
            for b in (a + 1)..<max(a + 1, count) where table[a, b] >= needed {
                let (ra, rb) = (root(a), root(b))
                if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            }
        }
        let linked = Dictionary(grouping: 0..<count, by: root).values.map { $0.sorted() }
        return linked.flatMap { items in
            items.count < 3 ? [items] : merged(items, needed: needed, table: table)
        }.sorted { $0[0] < $1[0] }
    }

    /// Average linkage over the items of one linked group. Each group keeps its most similar other group, so a merge
    /// costs a pass over the groups, not over every pair of them.
    private static func merged(_ items: [Int], needed: Double, table: PairTable) -> [[Int]] {
        let n = items.count
        var between = PairTable(count: n) { table[items[$0], items[$1]] }
        var members = items.map { [$0] }
        var alive = Array(repeating: true, count: n)
        func closest(to i: Int) -> (value: Double, other: Int)? {
            var found: (value: Double, other: Int)?
            for j in 0..<n where j != i && alive[j] && between[i, j] > found?.value ?? -1 { found = (between[i, j], j) }
            return found
        }
        var nearest = (0..<n).map { closest(to: $0) }
        while true {
            var pick: (value: Double, a: Int, b: Int)?
            for i in 0..<n where alive[i] {
                if let c = nearest[i], c.value >= needed, c.value > pick?.value ?? -1 { pick = (c.value, min(i, c.other), max(i, c.other)) }
            }
            guard let (_, a, b) = pick else { break }
            // The average similarity of the merged group to any other (Lance–Williams).
            let (na, nb) = (Double(members[a].count), Double(members[b].count))
            for c in 0..<n where alive[c] && c != a && c != b {
                between[a, c] = (na * between[a, c] + nb * between[b, c]) / (na + nb)
            }
            members[a] += members[b]
            alive[b] = false
            for c in 0..<n where alive[c] {
                if c == a || nearest[c]?.other == a || nearest[c]?.other == b {
                    nearest[c] = closest(to: c)
                } else if let current = nearest[c], between[a, c] > current.value || between[a, c] == current.value && a < current.other {
                    nearest[c] = (between[a, c], a)
                }
            }
        }
        return (0..<n).filter { alive[$0] }.map { members[$0].sorted() }
    }

    /// Words of a sentence that can tell one matter from another: names, numbers of three or four digits, and longer
    /// words, less the generic ones; each time it is used.
    func telling(_ text: String) -> [String] {
        Tokenizer.tokens(text[...], offset: 0).compactMap { t in
            let keep = t.kind == .number ? (3...4).contains(t.text.count)
                : t.isWord && (t.isCapitalized || t.lower.count >= 5)
            return keep && !generic.contains(t.lower) ? t.lower : nil
        }
    }
}

/// Each document's telling words weighted by how often it uses them and how few documents do (tf-idf), to unit
/// length; a word only one document uses tells nothing about two documents and is left out. Words are numbered in
/// alphabetical order and every sum runs in that order, so a similarity is the same whichever document comes first
/// and from one run to the next.
struct WordProfiles {
    private var profiles: [String: [(word: Int, weight: Double)]] = [:]

    init(_ wordsByDocument: [String: [String: Int]]) {
        var documents: [String: Int] = [:]
        for counted in wordsByDocument.values { for word in counted.keys { documents[word, default: 0] += 1 } }
        let shared = documents.filter { $0.value >= 2 }.keys.sorted()
        let number = Dictionary(uniqueKeysWithValues: shared.enumerated().map { ($1, $0) })
        let total = Double(wordsByDocument.count)
        for (document, counted) in wordsByDocument {
            var weights: [(word: Int, weight: Double)] = []
            for (word, n) in counted {
                guard let id = number[word], let used = documents[word] else { continue }
                weights.append((id, (1 + log(Double(n))) * log(total / Double(used))))
            }
            weights.sort { $0.word < $1.word }
            let norm = weights.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            profiles[document] = norm > 0 ? weights.map { ($0.word, $0.weight / norm) } : []
        }
    }

    /// Cosine similarity of two documents' profiles, 0 when either has none.
    func similarity(_ a: String, _ b: String) -> Double {
        guard let x = profiles[a], let y = profiles[b] else { return 0 }
        var (i, j, sum) = (0, 0, 0.0)
        while i < x.count && j < y.count {
            if x[i].word == y[j].word {
                sum += x[i].weight * y[j].weight
                i += 1
                j += 1
            } else if x[i].word < y[j].word {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}

/// A value for each pair of `count` items, held once per pair.
struct PairTable {
    let count: Int
    private var values: [Double]

    init(count: Int, _ value: (Int, Int) -> Double) {
        self.count = count
        values = []
        values.reserveCapacity(count * max(0, count - 1) / 2)
        for a in 0..<count { for b in (a + 1)..<max(a + 1, count) { values.append(value(a, b)) } }
    }

    subscript(a: Int, b: Int) -> Double {
        get { values[index(a, b)] }
        set { values[index(a, b)] = newValue }
    }

    /// Where the pair's value is kept: pairs in order (0,1), (0,2) … (1,2) ….
    private func index(_ a: Int, _ b: Int) -> Int {
        let (i, j) = a < b ? (a, b) : (b, a)
        return i * (2 * count - i - 1) / 2 + (j - i - 1)
    }
}
