/// A report diff as plain stored values for the templates and the text and Markdown writers.
struct DiffView {
    var title: String
    var summary: String
    var documentsAdded: [String]
    var documentsRemoved: [String]
    var actorsAdded: [String]
    var actorsDropped: [String]
    var hasDocuments: Bool
    var hasActors: Bool
    var issues: [IssueView]
    var hiddenUnchanged: Int
    var hasHidden: Bool
    /// "3 unchanged issues not shown.", when --only-changes hid some.
    var hiddenNote: String
    /// Documents and actors that came or went, under their headings, for the text and Markdown writers.
    var listings: [(label: String, items: [String])] {
        [("Documents added", documentsAdded), ("Documents removed", documentsRemoved),
         ("Actors added", actorsAdded), ("Actors dropped", actorsDropped)].filter { !$0.items.isEmpty }
    }

    struct IssueView {
        var anchor: String
        var label: String
        var changeWord: String
        var css: String
        var isUnchanged: Bool
        var cells: [CellView]
    }

    struct CellView {
        var actor: String
        var actorName: String
        var changeWord: String
        var symbol: String
        var ascii: String
        var css: String
        var oldStance: String
        var newStance: String
        var removed: [EvidenceView]
        var added: [EvidenceView]
    }

    struct EvidenceView {
        var sentence: String
        var segments: [WordDiff.Segment]
        var source: String
        var date: String
        var hasDate: Bool
    }
}

extension DiffView {
    init(_ diff: ComparisonDiff, onlyChanges: Bool) {
        title = diff.oldTitle == diff.newTitle ? "Changes: \(diff.newTitle)" : "Changes: \(diff.oldTitle) → \(diff.newTitle)"
        let ref = { (d: DocumentRef) in d.title == d.path ? d.path : "\(d.title) (\(d.path))" }
        documentsAdded = diff.documentsAdded.map(ref)
        documentsRemoved = diff.documentsRemoved.map(ref)
        actorsAdded = diff.actorsAdded.map { "\($0.name) (\($0.code))" }
        actorsDropped = diff.actorsDropped.map { "\($0.name) (\($0.code))" }
        hasDocuments = !documentsAdded.isEmpty || !documentsRemoved.isEmpty
        hasActors = !actorsAdded.isEmpty || !actorsDropped.isEmpty
        let shown = diff.issues.filter { !onlyChanges || $0.change != .unchanged }
        hiddenUnchanged = diff.issues.count - shown.count
        hasHidden = hiddenUnchanged > 0
        hiddenNote = "\(hiddenUnchanged) unchanged \(hiddenUnchanged == 1 ? "issue" : "issues") not shown."
        issues = shown.map { issue in
            IssueView(anchor: "issue-" + issue.id, label: issue.label, changeWord: Self.word(issue.change), css: issue.change.rawValue,
                      isUnchanged: issue.change == .unchanged,
                      cells: issue.cells.filter { $0.change != .unchanged }.map(Self.cell))
        }
        let cells = diff.issues.flatMap(\.cells)
        let count = { (n: Int, one: String, many: String) in n == 0 ? nil : "\(n) " + (n == 1 ? one : many) }
        let cellCounts: [(CellChange.Change, String, String)] = [
            (.newPosition, "new position", "new positions"), (.withdrawn, "withdrawn position", "withdrawn positions"),
            (.stanceShift, "stance shift", "stance shifts"), (.strengthened, "position strengthened", "positions strengthened"),
            (.weakened, "position weakened", "positions weakened"),
            (.evidenceReplaced, "cell with evidence replaced", "cells with evidence replaced"),
        ]
        let parts: [String?] = cellCounts.map { change, one, many in count(cells.filter { $0.change == change }.count, one, many) } + [
            count(diff.issues.filter { $0.change == .new }.count, "new issue", "new issues"),
            count(diff.issues.filter { $0.change == .gone }.count, "issue gone", "issues gone"),
            count(documentsAdded.count, "document added", "documents added"),
            count(documentsRemoved.count, "document removed", "documents removed"),
            count(actorsAdded.count, "actor added", "actors added"),
            count(actorsDropped.count, "actor dropped", "actors dropped"),
        ]
        summary = diff.isEmpty ? "No changes." : parts.compactMap { $0 }.joined(separator: ", ") + "."
    }

    static func word(_ change: IssueChange.Change) -> String {
        switch change {
        case .new: "new issue"
        case .gone: "issue gone"
        case .changed: "changed"
        case .unchanged: "no change"
        }
    }

    static func word(_ change: CellChange.Change) -> String {
        switch change {
        case .newPosition: "new position"
        case .withdrawn: "withdrawn position"
        case .stanceShift: "stance shift"
        case .strengthened: "strengthened"
        case .weakened: "weakened"
        case .evidenceReplaced: "evidence replaced"
        case .unchanged: "no change"
        }
    }

    /// Symbol for the HTML report and the ASCII mark for text.
    static func marks(_ change: CellChange.Change) -> (symbol: String, ascii: String) {
        switch change {
        case .newPosition: ("✚", "+")
        case .withdrawn: ("✖", "-")
        case .stanceShift: ("⇄", "~")
        case .strengthened: ("▲", "^")
        case .weakened: ("▼", "v")
        case .evidenceReplaced: ("✎", "*")
        case .unchanged: ("·", ".")
        }
    }

    static func cell(_ c: CellChange) -> CellView {
        // Pair each removed sentence with the added one at the same place, to mark the words that changed.
        var removed: [EvidenceView] = [], added: [EvidenceView] = []
        for k in 0..<max(c.removed.count, c.added.count) {
            let o = k < c.removed.count ? c.removed[k] : nil, n = k < c.added.count ? c.added[k] : nil
            let (os, ns) = o.flatMap { o in n.map { WordDiff.segments(o.sentence, $0.sentence) } }
                ?? (o.map { [WordDiff.Segment(text: $0.sentence, changed: true)] } ?? [], n.map { [WordDiff.Segment(text: $0.sentence, changed: true)] } ?? [])
            if let o { removed.append(evidence(o, os)) }
            if let n { added.append(evidence(n, ns)) }
        }
        let (symbol, ascii) = marks(c.change)
        return CellView(actor: c.actor, actorName: c.actorName, changeWord: word(c.change), symbol: symbol, ascii: ascii,
                        css: c.change.rawValue, oldStance: StanceMark(c.oldStance).word, newStance: StanceMark(c.newStance).word,
                        removed: removed, added: added)
    }

    static func evidence(_ e: EvidenceRef, _ segments: [WordDiff.Segment]) -> EvidenceView {
        EvidenceView(sentence: e.sentence, segments: segments, source: e.source, date: e.date ?? "", hasDate: e.date != nil)
    }
}
