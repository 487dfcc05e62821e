/// What the reader remembers while moving through one document.
struct DocumentContext {
    var date: String?
    /// In a document with no date, the years its text names ("in 2024", "March 3, 2019"): an office-holder of none
    /// of them is not the one meant.
    var yearsNamed: Set<Int> = []
    /// The government whose voice the document is (the first of `speakers`).
    var issuer: String?
    /// Every government that issued the document: one for a statement or speech, several for a joint statement.
    var speakers: [String] = []
    /// Opening sentences that name the issuers ("Statement by …"): nobody's position.
    var bylines: Set<Int> = []
    /// The government seated in the city of the document's dateline: the default owner of "the military".
    var dateline: String?
    /// People tied to a government so far: lowercased name or surname → actor code.
    var people: [String: String] = [:]
    /// The document's whole text, for asking whether it names a government anywhere, later sentences included.
    var text = ""
    /// Answers to that question so far, by actor code.
    var namedInText: [String: Bool] = [:]

    /// Whether the document names a government anywhere by one of `words` (its names and demonyms), as a whole word:
    /// a headline's "Lukashenko threatens …" is Belarus's president when the story names Belarus further down.
    mutating func namesAnywhere(_ code: String, by words: [String]) -> Bool {
        if let known = namedInText[code] { return known }
        let found = words.contains { word in
            var from = text.startIndex
            while let r = text.range(of: word, range: from..<text.endIndex) {
                if (r.lowerBound == text.startIndex || !text[text.index(before: r.lowerBound)].isLetter)
                    && (r.upperBound == text.endIndex || !text[r.upperBound].isLetter) { return true }
                from = r.upperBound
            }
            return false
        }
        namedInText[code] = found
        return found
    }
    /// Government mentions so far, latest last, for resolving "the ministry", "it", "he".
    var recent: [ResolvedMention] = []

    struct ResolvedMention {
        var code: String
        var institution: String?
        var isPerson: Bool
        var sentence: Int
        /// A body of governments (the UN, ASEAN): it has no ministry or president for "the ministry" to be.
        var isOrganization = false
        /// Named first in its sentence, as its subject ("Qatar, which hosts …, received …").
        var opensSentence = false
    }

    /// The government that opened the sentence before `sentence` as its subject: what "Its foreign minister" opening
    /// the next sentence belongs to.
    func previousSubject(before sentence: Int) -> String? {
        recent.last { $0.sentence == sentence - 1 && $0.opensSentence && !$0.isOrganization }?.code
    }

    /// The last sentence whose subject was a law, for "It limits …" in the sentence after it.
    var lawSubjectSentence: Int?
    /// The last sentence whose subject was an adopted text ("Resolution 2593 … passed 13-0"), for "It also demands …"
    /// in the sentence after it.
    var textSubjectSentence: Int?
    /// Who held positions so far, in text order: the best antecedent for "it said" and for "the law".
    var holders: [(code: String, sentence: Int)] = []
    /// The governments that last held one position together ("Britain, France and Germany regretted …"): what "they"
    /// opening the next sentence refers to.
    var lastGroup: (codes: [String], sentence: Int)?
    /// The government of the person who last held a position as its subject ("United States Ambassador Francisco Mora
    /// said …"): what "He said" opening the next sentence refers to, ahead of anyone else that sentence names.
    var lastPersonHolder: (code: String, sentence: Int)?
    /// The last position with a direction: what "followed suit" and "in the same way" repeat.
    var lastDirected: (stance: StanceValue, kind: PositionKind, sentence: Int)?

    /// The government that last held a position within `window` sentences before `sentence`, if `accept` takes it.
    func lastHolder(before sentence: Int, window: Int = 2, where accept: (String) -> Bool = { _ in true }) -> String? {
        holders.last { $0.sentence < sentence && sentence - $0.sentence <= window && accept($0.code) }?.code
    }

    /// Governments named together in one list ("Mali, Niger and Burkina Faso"), latest last.
    var lists: [(codes: [String], sentence: Int)] = []

    /// What "the two countries" refers to: a list of as many governments in the sentence before (the last of them, if
    /// several), else the last `count` different governments named within six sentences.
    func resolve(count: Int, sentence: Int) -> [String] {
        if let list = lists.last(where: { $0.sentence == sentence - 1 && $0.codes.count == count }) {
            return list.codes
        }
        return Self.last(count, of: recent.reversed().lazy.filter { $0.sentence < sentence && sentence - $0.sentence <= 6 }.map(\.code))
    }

    /// The first `count` different codes of a sequence read backwards (the latest first), in text order; none when
    /// there are fewer.
    static func last(_ count: Int, of latestFirst: some Sequence<String>) -> [String] {
        let codes = distinct(latestFirst, upTo: count)
        return codes.count == count ? codes.reversed() : []
    }

    /// The different codes of a sequence in their order, the first `limit` of them.
    static func distinct(_ codes: some Sequence<String>, upTo limit: Int = .max) -> [String] {
        var out: [String] = []
        for code in codes where !out.contains(code) {
            out.append(code)
            if out.count == limit { break }
        }
        return out
    }

    /// The government of the official or tied person named last within two sentences: what "he said" refers to.
    /// The person who spoke in the sentence before comes first: "he" continues the subject, not the last name read.
    func resolvePerson(before sentence: Int) -> String? {
        if let holder = lastPersonHolder, holder.sentence == sentence - 1 { return holder.code }
        return recent.last { $0.isPerson && $0.sentence < sentence && sentence - $0.sentence <= 2 }?.code
    }

    /// "the ministry" after "Russia's Foreign Ministry": the government of the same kind of office named last, in full
    /// or not, within six sentences before `sentence`.
    func sameOffice(_ institution: String?, sentence: Int) -> String? {
        guard institution != nil else { return nil }
        return recent.last { $0.sentence < sentence && sentence - $0.sentence <= 6 && Self.sameHead($0.institution, institution) }?.code
    }

    /// The actor a referring phrase points back to: the latest compatible mention.
    func resolve(institution: String?, person: Bool, sentence: Int) -> String? {
        let candidates = recent.reversed().filter { $0.sentence < sentence && sentence - $0.sentence <= 6 }
        // "The bloc has also encouraged …", "the alliance said": the organization named last, never a state.
        if let institution, Self.organizationReferences.contains(institution) {
            return candidates.first(where: \.isOrganization)?.code
        }
        // In a statement, "the Government" and "the Ministry" are the issuer's own.
        if let issuer, Self.issuerInstitutions.contains(institution ?? "") { return issuer }
        if let same = sameOffice(institution, sentence: sentence) { return same }
        if institution != nil, let dateline { return dateline }
        if person, let p = candidates.first(where: \.isPerson) { return p.code }
        if institution != nil { return candidates.first { !$0.isOrganization }?.code }
        return candidates.first?.code
    }
}

/// Word lists the rules above read, loaded once.
extension DocumentContext {
    /// The noun an institution's name is about: "ministry" of "foreign ministry" and of "ministry of foreign affairs".
    static func head(_ institution: String) -> Substring {
        let name = institution.split(separator: " of ", maxSplits: 1).first ?? institution[...]
        return name.split(separator: " ").last ?? name
    }

    /// Whether two institutions are the same kind ("foreign ministry" and "ministry", "National Assembly" and "assembly").
    static func sameHead(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return head(a) == head(b)
    }

    static let issuerInstitutions = Words.vocabulary("issuer_institutions")
    /// "bloc", "alliance": words by which a text refers back to an organization of states it named.
    static let organizationReferences = Words.vocabulary("organization_references")
}
