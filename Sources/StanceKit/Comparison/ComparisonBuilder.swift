/// Which positions a report keeps: `--only`, `--issue` and `--min-confidence`.
public struct ReportFilter: Sendable, Equatable {
    /// Actor codes to keep; empty keeps all.
    public var actors: Set<String>
    /// Issue ids to keep; empty keeps all.
    public var issues: Set<String>
    public var minimumConfidence: Double

    public init(actors: Set<String> = [], issues: Set<String> = [], minimumConfidence: Double = 0) {
        self.actors = actors
        self.issues = issues
        self.minimumConfidence = minimumConfidence
    }

    public func keeps(_ p: Position) -> Bool {
        (actors.isEmpty || actors.contains(p.actor)) && (issues.isEmpty || issues.contains(p.issue) || issues.contains(IssueEvidence.sharedIssue(of: p.issue)))
            && p.confidence >= minimumConfidence
    }
}

/// Lines positions up by issue and actor: one cell per actor on each issue, stances aggregated, with the
/// agreement between each pair of actors and the tensions inside each actor's positions.
public enum ComparisonBuilder {
    /// Builds the comparison; issues with the most positions first, actors with the most positions first.
    public static func build(title: String, sources: [Source], positions: [Position], issues: [Issue],
                             filter: ReportFilter = ReportFilter()) -> Comparison {
        let kept = positions.filter(filter.keeps)
        let held = kept.filter { $0.kind != .recommendation }
        let recommendations = kept.filter { $0.kind == .recommendation }.sorted(by: textOrder)
        let taxonomy = Dictionary(issues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        var actorCounts: [String: (name: String, count: Int)] = [:]
        for p in held { actorCounts[p.actor, default: (p.actorName, 0)].count += 1 }
        let actors = actorCounts.map { ActorSummary(code: $0.key, name: $0.value.name, positionCount: $0.value.count) }
            .sorted { ($0.positionCount, $1.code) > ($1.positionCount, $0.code) }
        let actorRank = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.code, $0) })

        let byIssue = Dictionary(grouping: held, by: \.issue)
        var rows: [IssueRow] = []
        for (id, list) in byIssue {
            let byActor = Dictionary(grouping: list, by: \.actor)
            let cells = byActor.keys.sorted { actorRank[$0, default: 0] < actorRank[$1, default: 0] }.map { code in
                let ordered = byActor[code]!.sorted(by: latestFirst)
                return Cell(actor: code, actorName: ordered[0].actorName, stance: aggregate(ordered.map(\.stance)),
                            positions: ordered.map(\.id), trend: trend(ordered))
            }
            // A document-local issue reads like its taxonomy issue, under its own label.
            let issue = taxonomy[IssueEvidence.sharedIssue(of: id)]
            rows.append(IssueRow(id: id, label: taxonomy[id]?.label ?? list[0].issueLabel, description: issue?.description ?? "",
                                 support: issue?.support ?? "", discovered: issue == nil, cells: cells))
        }
        rows.sort { a, b in
            let (na, nb) = (byIssue[a.id]!.count, byIssue[b.id]!.count)
            return na != nb ? na > nb : a.label < b.label
        }
        var ordered: [Position] = []
        for row in rows {
            let lookup = Dictionary(byIssue[row.id]!.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for cell in row.cells { ordered += cell.positions.compactMap { lookup[$0] } }
        }
        let lookup = Dictionary(ordered.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return Comparison(title: title, sources: sources, actors: actors, issues: rows, positions: ordered,
                          recommendations: recommendations, agreement: agreement(actors.map(\.code), rows),
                          tensions: tensions(rows, lookup))
    }

    /// "support (2018-05-04) → oppose (2021-04-01)" when dated positions changed direction over time.
    static func trend(_ latestFirst: [Position]) -> String? {
        let dated = latestFirst.filter { $0.date != nil && ($0.stance == .support || $0.stance == .oppose) }
        guard let newest = dated.first, let oldest = dated.last, newest.stance != oldest.stance,
              newest.date! > oldest.date! else { return nil }
        return "\(oldest.stance.rawValue) (\(oldest.date!)) → \(newest.stance.rawValue) (\(newest.date!))"
    }

    /// For each pair of actors (in report order), the issues where both take a direction and whether it is the same.
    static func agreement(_ actors: [String], _ rows: [IssueRow]) -> [AgreementPair] {
        var stances: [String: [String: StanceValue]] = [:]
        for row in rows { for cell in row.cells { stances[cell.actor, default: [:]][row.id] = cell.stance } }
        var pairs: [AgreementPair] = []
        for (i, a) in actors.enumerated() {
            for b in actors[(i + 1)...] {
                var pair = AgreementPair(first: a, second: b, agree: [], disagree: [], onlyFirst: [], onlySecond: [])
                for row in rows {
                    let (sa, sb) = (stances[a]?[row.id], stances[b]?[row.id])
                    switch (sa, sb) {
                    case (.some(let x), .some(let y)) where [x, y].allSatisfy({ $0 == .support || $0 == .oppose }):
                        if x == y { pair.agree.append(row.id) } else { pair.disagree.append(row.id) }
                    case (.some, nil): pair.onlyFirst.append(row.id)
                    case (nil, .some): pair.onlySecond.append(row.id)
                    default: continue
                    }
                }
                if !(pair.agree.isEmpty && pair.disagree.isEmpty && pair.onlyFirst.isEmpty && pair.onlySecond.isEmpty) {
                    pairs.append(pair)
                }
            }
        }
        return pairs
    }

    /// Actors whose positions on one issue point both ways: the latest position on each side as evidence.
    static func tensions(_ rows: [IssueRow], _ positions: [String: Position]) -> [Tension] {
        var out: [Tension] = []
        for row in rows {
            for cell in row.cells where cell.stance == .mixed {
                let list = cell.positions.compactMap { positions[$0] }
                guard let support = list.first(where: { $0.stance == .support }),
                      let oppose = list.first(where: { $0.stance == .oppose }) else { continue }
                out.append(Tension(actor: cell.actor, actorName: cell.actorName, issue: row.id, issueLabel: row.label,
                                   support: support.id, oppose: oppose.id))
            }
        }
        return out
    }

    /// One stance for a cell: the common direction, `mixed` when support and opposition meet, else `neutral`.
    public static func aggregate(_ stances: [StanceValue]) -> StanceValue {
        let set = Set(stances)
        if set.contains(.mixed) || (set.contains(.support) && set.contains(.oppose)) { return .mixed }
        if set.contains(.support) { return .support }
        if set.contains(.oppose) { return .oppose }
        return .neutral
    }

    static func latestFirst(_ a: Position, _ b: Position) -> Bool {
        let (da, db) = (a.date ?? "", b.date ?? "")
        if da != db { return da > db }
        return textOrder(a, b)
    }

    static func textOrder(_ a: Position, _ b: Position) -> Bool {
        (a.document, a.start, a.actor, a.issue) < (b.document, b.start, b.actor, b.issue)
    }
}
