/// The report as plain stored values for the Mustache templates (which render stored properties only).
struct ReportView {
    var title: String
    var documentCount: Int
    var documentWord: String
    var dateRange: String
    var hasDateRange: Bool
    var actors: [ActorView]
    var matrix: [MatrixRow]
    var issues: [IssueView]
    var recommendations: [EvidenceView]
    var hasRecommendations: Bool
    var sources: [SourceView]
    var legend: [LegendEntry]
    var agreementRows: [AgreementRow]
    var hasAgreement: Bool
    var tensions: [TensionView]
    var hasTensions: Bool

    struct ActorView { var code: String; var name: String; var positions: Int }
    struct MatrixRow { var anchor: String; var label: String; var cells: [MatrixCell] }
    struct MatrixCell { var actor: String; var word: String; var symbol: String; var css: String }
    struct IssueView {
        var anchor: String
        var label: String
        var description: String
        var hasDescription: Bool
        var support: String
        var hasSupport: Bool
        var discovered: Bool
        var cells: [CellView]
    }
    struct CellView {
        var actor: String
        var actorName: String
        var word: String
        var symbol: String
        var css: String
        var evidence: [EvidenceView]
        var trend: String
        var hasTrend: Bool
    }
    struct EvidenceView {
        var actor: String
        var actorName: String
        var sentence: String
        var cue: String
        var kind: String
        var stanceWord: String
        var sourceNumber: Int
        var sourceTitle: String
        var date: String
        var hasDate: Bool
    }
    struct SourceView {
        var number: Int
        var title: String
        var publisher: String
        var hasPublisher: Bool
        var date: String
        var hasDate: Bool
        var path: String
        /// Only http(s) addresses become links.
        var link: String
        var hasLink: Bool
        var status: String
        var isRead: Bool
    }
    struct LegendEntry { var symbol: String; var word: String; var ascii: String; var css: String }
    /// One actor's row of the agreement matrix: against each other actor, issues agreed and disagreed on.
    struct AgreementRow { var actor: String; var actorName: String; var cells: [AgreementCell] }
    struct AgreementCell { var agree: Int; var disagree: Int; var text: String; var isSelf: Bool; var none: Bool }
    struct TensionView { var actorName: String; var actor: String; var issueLabel: String; var anchor: String
                         var support: EvidenceView; var oppose: EvidenceView }
}

extension ReportView {
    /// "5 documents, 2019-11-15 to 2024-06-10. Actors: South Korea (KOR), …": the line under the title.
    var overview: String {
        var text = "\(documentCount) \(documentWord)"
        if hasDateRange { text += ", " + dateRange }
        return text + ". Actors: " + actors.map { "\($0.name) (\($0.code))" }.joined(separator: ", ") + "."
    }

    init(_ comparison: Comparison) {
        let sourceNumber = Dictionary(comparison.sources.map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })
        let positions = Dictionary(comparison.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func evidence(_ p: Position) -> EvidenceView {
            let source = sourceNumber[p.document]
            return EvidenceView(actor: p.actor, actorName: p.actorName, sentence: p.evidence, cue: p.cue, kind: p.kind.rawValue,
                                stanceWord: StanceMark(p.stance).word, sourceNumber: source?.number ?? 0,
                                sourceTitle: source?.title ?? p.document, date: p.date ?? "", hasDate: p.date != nil)
        }
        title = comparison.title
        let read = comparison.sources.filter { $0.status.isRead }
        documentCount = read.count
        documentWord = read.count == 1 ? "document" : "documents"
        let dates = read.compactMap(\.date).sorted()
        dateRange = dates.isEmpty ? "" : (dates.first == dates.last ? dates[0] : "\(dates.first!) to \(dates.last!)")
        hasDateRange = !dates.isEmpty
        actors = comparison.actors.map { ActorView(code: $0.code, name: $0.name, positions: $0.positionCount) }
        matrix = comparison.issues.map { row in
            let byActor = Dictionary(row.cells.map { ($0.actor, $0.stance) }, uniquingKeysWith: { a, _ in a })
            return MatrixRow(anchor: "issue-" + row.id, label: row.label, cells: comparison.actors.map { actor in
                let mark = StanceMark(byActor[actor.code])
                return MatrixCell(actor: actor.code, word: mark.word, symbol: mark.symbol, css: mark.cssClass)
            })
        }
        issues = comparison.issues.map { row in
            IssueView(anchor: "issue-" + row.id, label: row.label, description: row.description,
                      hasDescription: !row.description.isEmpty, support: row.support, hasSupport: !row.support.isEmpty,
                      discovered: row.discovered, cells: row.cells.map { cell in
                          let mark = StanceMark(cell.stance)
                          return CellView(actor: cell.actor, actorName: cell.actorName, word: mark.word, symbol: mark.symbol,
                                          css: mark.cssClass, evidence: cell.positions.compactMap { positions[$0] }.map(evidence),
                                          trend: cell.trend ?? "", hasTrend: cell.trend != nil)
                      })
        }
        recommendations = comparison.recommendations.map(evidence)
        hasRecommendations = !recommendations.isEmpty
        sources = comparison.sources.map { s in
            let link = s.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil } ?? ""
            // A file name may hold control characters (terminal escapes): shown as spaces, as a document's text is.
            return SourceView(number: s.number, title: (s.title ?? s.document).foldingWhitespace(), publisher: s.publisher ?? "",
                              hasPublisher: s.publisher != nil, date: s.date ?? "", hasDate: s.date != nil,
                              path: s.path.foldingWhitespace(),
                              link: link, hasLink: !link.isEmpty, status: s.status.description, isRead: s.status.isRead)
        }
        let pairs = Dictionary(comparison.agreement.flatMap { p in [(p.first + "|" + p.second, p), (p.second + "|" + p.first, p)] },
                               uniquingKeysWith: { a, _ in a })
        agreementRows = comparison.actors.map { a in
            AgreementRow(actor: a.code, actorName: a.name, cells: comparison.actors.map { b in
                guard a.code != b.code else { return AgreementCell(agree: 0, disagree: 0, text: "—", isSelf: true, none: false) }
                let pair = pairs[a.code + "|" + b.code]
                let (agree, disagree) = (pair?.agree.count ?? 0, pair?.disagree.count ?? 0)
                return AgreementCell(agree: agree, disagree: disagree, text: agree + disagree == 0 ? "·" : "\(agree)/\(disagree)",
                                     isSelf: false, none: agree + disagree == 0)
            })
        }
        hasAgreement = comparison.actors.count > 1 && comparison.agreement.contains { !$0.agree.isEmpty || !$0.disagree.isEmpty }
        tensions = comparison.tensions.compactMap { t in
            guard let s = positions[t.support], let o = positions[t.oppose] else { return nil }
            return TensionView(actorName: t.actorName, actor: t.actor, issueLabel: t.issueLabel, anchor: "issue-" + t.issue,
                               support: evidence(s), oppose: evidence(o))
        }
        hasTensions = !tensions.isEmpty
        legend = [StanceValue.support, .oppose, .mixed, .neutral].map { StanceMark($0) }.map {
            LegendEntry(symbol: $0.symbol, word: $0.word, ascii: $0.ascii, css: $0.cssClass)
        } + [StanceMark(nil)].map { LegendEntry(symbol: $0.symbol, word: $0.word, ascii: $0.ascii, css: $0.cssClass) }
    }
}
