import Foundation

/// Lines documents up on a shared issue only where they speak of the same matter.
///
/// The taxonomy says what a sentence is about ("the war in Sudan"); two documents on it may still be about different
/// things (a vetoed draft, a parallel government, the Jeddah talks). Documents on one issue line up when the sentences
/// of their positions use the same telling words (names, places, numbers, terms of art) often enough: their word
/// profiles, each word weighted by how few documents use it, are similar on average across the groups they join.
/// Each issue's documents fall into groups joined that way; the largest keeps the issue, each other group becomes an
/// issue of its first document ("Sudan war (Statement of the Ministry …)"). Positions the taxonomy has no issue for
/// line up the same way, so documents on one matter the taxonomy lacks share an "Unclassified" issue.
///
/// The result depends on the set of documents, never on their order. With fewer than twenty documents, how few use a
/// word means little and every issue stays whole.
public struct IssueAlignment: Sendable {
    /// Average similarity of two groups of documents' word profiles (cosine, 0 to 1) that lets them share an issue.
    /// Set on the dev set's `tune` documents and the written documents: pairs of documents on one matter lie above it,
    /// documents on different matters of one issue below.
    static let similarityNeeded = 0.17
    /// Fewer documents than this say too little about which words are rare: a briefing packet of a handful of
    /// documents chosen on one matter keeps each issue whole.
    static let documentsNeeded = 20
    /// The issue that gathers a document's positions on questions the taxonomy lacks.
    static let unclassified = "unclassified"

    let generic: Set<String>

    public init(_ lexicon: AlignmentLexicon) {
        generic = Set(lexicon.genericWords.map { $0.lowercased() })
    }

    /// Positions with their issues split where documents do not speak of the same matter, and the documents'
    /// Unclassified issues joined where they do; `titles` names documents in the labels of the issues that split off.
    public func aligning(_ positions: [Position], titles: [String: String] = [:]) -> [Position] {
        struct Group: Hashable { var document: String; var issue: String }
        var words: [String: [String]] = [:]
        var counts: [Group: Int] = [:]
        for p in positions {
            words[p.document, default: []] += telling(p.evidence)
            if let issue = Self.alignable(p.issue) { counts[Group(document: p.document, issue: issue), default: 0] += 1 }
        }
        guard words.count >= Self.documentsNeeded else { return positions }
        let profiles = WordProfiles(words)

        var renamed: [Group: (id: String, first: String, label: String?)] = [:]
        for (issue, groups) in Dictionary(grouping: counts.keys, by: \.issue) {
            let sorted = groups.sorted { $0.document < $1.document }
            let clusters = Self.averageLinkage(sorted.count, needed: Self.similarityNeeded) {
                profiles.similarity(sorted[$0].document, sorted[$1].document)
            }.map { $0.map { sorted[$0] } }
            if issue == Self.unclassified {
                for cluster in clusters where cluster.count > 1 {
                    let label = "Unclassified (\(Self.naming(cluster.map(\.document), titles: titles)))"
                    for g in cluster { renamed[g] = (issue + String(IssueEvidence.localSeparator) + cluster[0].document, cluster[0].document, label) }
                }
                continue
            }
            guard clusters.count > 1 else { continue }
            let ranked = clusters.map { c in (c, c.reduce(0) { $0 + (counts[$1] ?? 0) }) }
                .sorted { ($0.1, $1.0[0].document) > ($1.1, $0.0[0].document) }
            for (cluster, _) in ranked.dropFirst() {
                let first = cluster[0].document
                for g in cluster { renamed[g] = (issue + String(IssueEvidence.localSeparator) + first, first, nil) }
            }
        }
        return positions.map { p in
            guard let issue = Self.alignable(p.issue), let to = renamed[Group(document: p.document, issue: issue)] else { return p }
            var moved = p
            moved.issue = to.id
            moved.issueLabel = to.label ?? "\(p.issueLabel) (\(IssueEvidence.shortened(titles[to.first] ?? to.first)))"
            return moved
        }
    }

    /// The issue a position lines up on: a shared issue as it is, a document's Unclassified issue as the one
    /// Unclassified issue; nil for an issue of one document alone.
    static func alignable(_ id: String) -> String? {
        if !id.contains(IssueEvidence.localSeparator) { return id }
        return IssueEvidence.sharedIssue(of: id) == unclassified ? unclassified : nil
    }

    /// Documents named in a label: the first's title, and how many more.
    static func naming(_ documents: [String], titles: [String: String]) -> String {
        let first = IssueEvidence.shortened(titles[documents[0]] ?? documents[0])
        switch documents.count {
        case 1: return first
        case 2: return "\(first), and 1 more document"
        default: return "\(first), and \(documents.count - 1) more documents"
        }
    }

    /// Groups `count` items, merging first the two groups most similar on average, while that average reaches
    /// `needed`. Groups come back in order of their first item, each in item order; ties go to the earlier pair.
    ///
    /// Two groups whose average reaches `needed` have a pair of items that does, so items first fall into the groups
    /// that such pairs link, and the averaging runs inside each: its cost grows with the largest such group, not with
    /// all the items.
    static func averageLinkage(_ count: Int, needed: Double, similarity: (Int, Int) -> Double) -> [[Int]] {
        var parent = Array(0..<count)
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
        for a in 0..<count {
            for b in (a + 1)..<max(a + 1, count) where similarity(a, b) >= needed { parent[root(b)] = root(a) }
        }
        let linked = Dictionary(grouping: 0..<count, by: root).values.map { $0.sorted() }
        return linked.flatMap { items in
            items.count < 3 ? [items] : averageLinkage(of: items, needed: needed, similarity: similarity)
        }.sorted { $0[0] < $1[0] }
    }

    /// Average linkage over a few items, each pair's similarity held in a table.
    private static func averageLinkage(of items: [Int], needed: Double, similarity: (Int, Int) -> Double) -> [[Int]] {
        let n = items.count
        var members = items.map { [$0] }
        var between = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for a in 0..<n {
            for b in (a + 1)..<n {
                between[a][b] = similarity(items[a], items[b])
                between[b][a] = between[a][b]
            }
        }
        var alive = Array(0..<n)
        while true {
            var best: (value: Double, a: Int, b: Int)?
            for (i, a) in alive.enumerated() {
                for b in alive[(i + 1)...] where between[a][b] >= needed && between[a][b] > best?.value ?? -1 {
                    best = (between[a][b], a, b)
                }
            }
            guard let (_, a, b) = best else { break }
            // The average similarity of the merged group to any other (Lance–Williams).
            let (na, nb) = (Double(members[a].count), Double(members[b].count))
            for c in alive where c != a && c != b {
                between[a][c] = (na * between[a][c] + nb * between[b][c]) / (na + nb)
                between[c][a] = between[a][c]
            }
            members[a] += members[b]
            alive.removeAll { $0 == b }
        }
        return alive.map { members[$0].sorted() }
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
/// length; a word only one document uses tells nothing about two documents and is left out.
struct WordProfiles {
    private var profiles: [String: [String: Double]] = [:]

    init(_ words: [String: [String]]) {
        var uses: [String: [String: Int]] = [:]
        var documents: [String: Int] = [:]
        for (document, list) in words {
            var counted: [String: Int] = [:]
            for word in list { counted[word, default: 0] += 1 }
            uses[document] = counted
            for word in counted.keys { documents[word, default: 0] += 1 }
        }
        let total = Double(words.count)
        for (document, counted) in uses {
            var weights: [String: Double] = [:]
            for (word, n) in counted where documents[word, default: 0] >= 2 {
                weights[word] = (1 + log(Double(n))) * log(total / Double(documents[word]!))
            }
            let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            profiles[document] = norm > 0 ? weights.mapValues { $0 / norm } : [:]
        }
    }

    /// Cosine similarity of two documents' profiles, 0 when either has none.
    func similarity(_ a: String, _ b: String) -> Double {
        guard var small = profiles[a], var large = profiles[b] else { return 0 }
        if small.count > large.count { swap(&small, &large) }
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }
}
