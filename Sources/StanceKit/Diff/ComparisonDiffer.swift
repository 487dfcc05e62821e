/// Compares two reports: which documents and actors came and went, and per issue and actor how the cell moved.
///
/// Positions are matched by their stable ids (document, actor, sentence, issue), so reordering the inputs changes
/// nothing, and neither does adding an unrelated document to a set of fewer than twenty. In larger sets a new document
/// can change which words are rare and so how documents line up on an issue (see `IssueAlignment`).
public enum ComparisonDiffer {
    public static func diff(_ old: Comparison, _ new: Comparison) -> ComparisonDiff {
        let oldDocs = Dictionary(old.sources.filter { $0.status.isRead }.map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })
        let newDocs = Dictionary(new.sources.filter { $0.status.isRead }.map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })
        let ref = { (s: Source) in DocumentRef(document: s.document, title: s.title ?? s.document, path: s.path) }
        let oldActors = Set(old.actors.map(\.code))
        let newActors = Set(new.actors.map(\.code))
        let oldRows = Dictionary(old.issues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newRows = Dictionary(new.issues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldPositions = Dictionary(old.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newPositions = Dictionary(new.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = new.issues.map(\.id) + old.issues.map(\.id).filter { newRows[$0] == nil }
        let issues = ids.map { id -> IssueChange in
            let o = oldRows[id], n = newRows[id]
            let cells = cellChanges(o?.cells ?? [], n?.cells ?? [], old: oldPositions, new: newPositions)
            let change: IssueChange.Change = o == nil ? .new : n == nil ? .gone
                : cells.allSatisfy { $0.change == .unchanged } ? .unchanged : .changed
            return IssueChange(id: id, label: n?.label ?? o?.label ?? id, change: change, cells: cells)
        }
        return ComparisonDiff(
            oldTitle: old.title, newTitle: new.title,
            documentsAdded: new.sources.filter { $0.status.isRead && oldDocs[$0.document] == nil }.map(ref),
            documentsRemoved: old.sources.filter { $0.status.isRead && newDocs[$0.document] == nil }.map(ref),
            actorsAdded: new.actors.filter { !oldActors.contains($0.code) }.map { ActorRef(code: $0.code, name: $0.name) },
            actorsDropped: old.actors.filter { !newActors.contains($0.code) }.map { ActorRef(code: $0.code, name: $0.name) },
            issues: issues)
    }

    static func cellChanges(_ oldCells: [Cell], _ newCells: [Cell], old: [String: Position], new: [String: Position]) -> [CellChange] {
        let before = Dictionary(oldCells.map { ($0.actor, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(newCells.map { ($0.actor, $0) }, uniquingKeysWith: { a, _ in a })
        let actors = newCells.map(\.actor) + oldCells.map(\.actor).filter { after[$0] == nil }
        return actors.map { actor in
            let o = before[actor], n = after[actor]
            let oldIDs = Set(o?.positions ?? []), newIDs = Set(n?.positions ?? [])
            let added = (n?.positions ?? []).filter { !oldIDs.contains($0) }.compactMap { new[$0] }.map(evidence)
            let removed = (o?.positions ?? []).filter { !newIDs.contains($0) }.compactMap { old[$0] }.map(evidence)
            return CellChange(actor: actor, actorName: n?.actorName ?? o?.actorName ?? actor,
                              change: change(o?.stance, n?.stance, evidenceMoved: !added.isEmpty || !removed.isEmpty),
                              oldStance: o?.stance, newStance: n?.stance, added: added, removed: removed)
        }
    }

    static func change(_ old: StanceValue?, _ new: StanceValue?, evidenceMoved: Bool) -> CellChange.Change {
        guard let old else { return .newPosition }
        guard let new else { return .withdrawn }
        let directional: Set<StanceValue> = [.support, .oppose]
        if old == new { return evidenceMoved ? .evidenceReplaced : .unchanged }
        if directional.contains(old) && directional.contains(new) { return .stanceShift }
        if directional.contains(new) { return .strengthened }
        if directional.contains(old) { return .weakened }
        return .stanceShift
    }

    static func evidence(_ p: Position) -> EvidenceRef {
        EvidenceRef(id: p.id, stance: p.stance, kind: p.kind, sentence: p.evidence, document: p.document, source: p.source, date: p.date)
    }
}
