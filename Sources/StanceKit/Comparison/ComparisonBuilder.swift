/// Lines positions up by issue and actor: one cell per actor on each issue, stances aggregated.
public enum ComparisonBuilder {
    /// Builds the comparison; issues with the most positions first, actors with the most positions first.
    public static func build(title: String, sources: [Source], positions: [Position], issues: [Issue]) -> Comparison {
        let held = positions.filter { $0.kind != .recommendation }
        let recommendations = positions.filter { $0.kind == .recommendation }.sorted(by: textOrder)
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
                            positions: ordered.map(\.id))
            }
            let issue = taxonomy[id]
            rows.append(IssueRow(id: id, label: issue?.label ?? list[0].issueLabel, description: issue?.description ?? "",
                                 support: issue?.support ?? "", discovered: issue == nil, cells: cells))
        }
        rows.sort { a, b in
            let (na, nb) = (byIssue[a.id]!.count, byIssue[b.id]!.count)
            return na != nb ? na > nb : a.label < b.label
        }
        var ordered: [Position] = []
        for row in rows {
            for cell in row.cells {
                let lookup = Dictionary(byIssue[row.id]!.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                ordered += cell.positions.compactMap { lookup[$0] }
            }
        }
        return Comparison(title: title, sources: sources, actors: actors, issues: rows, positions: ordered,
                          recommendations: recommendations)
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
