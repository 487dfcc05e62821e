/// Reads positions out of a document: who holds which stance, in which sentence, with what confidence.
///
/// Document-local by design: a document's positions depend only on it and the lexicons, so
/// documents can be extracted in any order or in parallel with identical results.
public struct PositionExtractor: Sendable {
    let lexicon: Lexicon
    let recognizer: ActorRecognizer
    let cueMatcher: CueMatcher
    let issueAssigner: IssueAssigner
    let speakerDetector: SpeakerDetector
    let voteRecord: VoteRecord
    let negators: Set<String>
    let modals: PhraseTrie<String>
    let reversing: PhraseTrie<String>
    let hedges: Set<String>
    let noComment: PhraseTrie<String>
    let predictions: PhraseTrie<String>
    /// Irregular past participles ("sent", "flown"), for telling a participle that describes a noun from a verb.
    let participles: Set<String>
    /// Stems of the words that make a condition unwanted.
    let threats: Set<String>
    /// Words that may stand between the governments of a list of agents.
    let listJoiners: Set<String>
    /// How sure each position is, learned from gold positions.
    let confidence: ConfidenceModel
    /// Whether positions carry the clues their confidence was read from.
    let keepsFeatures: Bool

    public init(lexicon: Lexicon, confidence: ConfidenceModel = .builtIn, keepsFeatures: Bool = false) {
        self.lexicon = lexicon
        self.confidence = confidence
        self.keepsFeatures = keepsFeatures
        recognizer = ActorRecognizer(gazetteer: ActorGazetteer(lexicon))
        cueMatcher = CueMatcher(lexicon.cues)
        issueAssigner = IssueAssigner(lexicon.issues, actors: lexicon.actors)
        speakerDetector = SpeakerDetector(lexicon.speakers,
                                          organizations: Set(lexicon.actors.filter { $0.type == .organization }.map(\.code)))
        voteRecord = VoteRecord(lexicon.cues)
        negators = Set(lexicon.cues.negators.map { $0.lowercased().replacingAll("’", with: "'") })
        modals = PhraseTrie(phrases: lexicon.cues.recommendationModals)
        reversing = PhraseTrie(phrases: lexicon.cues.reversingVerbs)
        noComment = PhraseTrie(phrases: lexicon.cues.noComment)
        predictions = PhraseTrie(phrases: lexicon.cues.predictions)
        hedges = Set(lexicon.cues.hedges.map { $0.lowercased() })
        threats = Set(lexicon.cues.threats.map { Stemmer.stem($0.lowercased()) })
        listJoiners = Tokenizer.wordKeys(lexicon.cues.listJoiners)
        participles = Set(lexicon.cues.irregularVerbs.values.compactMap { $0.count > 2 ? $0[2].lowercased() : nil })
    }


    /// Positions and recommendations in a document, in text order, with issues assigned.
    public func positions(in document: Document) -> [Position] { read(document).positions }

    /// Positions with document-local issues where the document says too little to join a shared one (IssueEvidence).
    func alignedPositions(in document: Document) -> [Position] {
        let (positions, headline) = read(document)
        return IssueEvidence.aligning(positions, in: document, headlineIssue: headline)
    }

    /// The same, with the issue the document's headline names (its positions on it belong with other documents'
    /// however little its sentences say of it).
    func read(_ document: Document) -> (positions: [Position], headlineIssue: String?) {
        var context = DocumentContext(date: document.metadata.date, issuer: document.metadata.issuer)
        context.text = document.text
        if context.date == nil { context.yearsNamed = Self.yearsNamed(in: document.text) }
        var sentences = analyze(document, &context)
        if let issuer = context.issuer {
            context.speakers = [issuer]
        } else {
            let found = speakerDetector.speakers(of: sentences, kind: document.metadata.kind)
            (context.speakers, context.bylines) = (found.codes, found.bylines)
            context.issuer = found.codes.first
        }
        // A journalist's turns in a transcript, read once: resolving and attributing change no sentence's words.
        let questions = context.speakers.isEmpty ? [] : speakerDetector.questionTurns(sentences)
        resolveBodies(&sentences, issuer: context.issuer)
        if document.metadata.issuer == nil, let issuer = context.issuer { resolveOwnInstitutions(&sentences, to: issuer) }
        if let issuer = context.issuer { resolveOwnLeaders(&sentences, to: issuer, questionTurns: questions) }
        resolveOpeningPossessives(&sentences)
        attribute(&sentences, document: document, context: &context, questionTurns: questions)
        let positions = confidence.scored(issueAssigner.assign(sentences, in: document, names: recognizer.gazetteer, questionTurns: questions),
                                          lexicon: lexicon, keepingFeatures: keepsFeatures)
        return (positions, issueAssigner.headlineIssue(of: document, sentences: sentences).map { issueAssigner.issues[$0].id })
    }

    /// "US$20 billion", "the Singapore-based Straits Times": a currency and a compound adjective, not the government.
    static func namesNoGovernment(_ m: ActorMention, _ tokens: [Token]) -> Bool {
        let k = m.range.upperBound
        // "Sixth Committee Speakers Describe …", "Council members stressed …": those taking part in a body, not the body.
        if m.via == .institution, k < tokens.count, participantNouns.contains(tokens[k].lower) { return true }
        guard k < tokens.count, tokens[k].start == tokens[k - 1].end else { return false }
        return tokens[k].text == "$" || tokens[k].text == "-" && k + 1 < tokens.count && tokens[k + 1].lower == "based"
    }

    /// The `count` governments a group reference is spelled out as, right after it in a list set off by a dash, a colon
    /// or a bracket ("the four countries that imposed it - Saudi Arabia, the UAE, Bahrain and Egypt -"); none otherwise.
    static func spelledOut(count: Int, after m: ActorMention, among later: ArraySlice<ActorMention>, _ tokens: [Token]) -> [String] {
        guard let first = later.first(where: { $0.isGovernment && !$0.code.isEmpty }),
              first.range.lowerBound - m.range.upperBound <= 8,
              let opener = (m.range.upperBound..<first.range.lowerBound).last(where: { appositionOpeners.contains(tokens[$0].text) }),
              !tokens[(opener + 1)..<first.range.lowerBound].contains(where: { $0.isWord && !CueMatcher.articles.contains($0.lower) })
        else { return [] }
        // The list ends where its dash or bracket closes.
        let close = (first.range.upperBound..<tokens.count).first { appositionOpeners.contains(tokens[$0].text) || tokens[$0].text == ")" }
            ?? tokens.count
        let codes = DocumentContext.distinct(later.lazy.filter { $0.isGovernment && !$0.code.isEmpty && $0.range.upperBound <= close }
            .map(\.code), upTo: count)
        return codes.count == count ? codes : []
    }

    /// "Vassily A. Nebenzia (Russian Federation) said": a country in brackets after a name stands for that delegate, so
    /// a later "he" or "she" is theirs.
    static func labelsADelegate(_ m: ActorMention, _ tokens: [Token]) -> Bool { labelsADelegate(at: m.range, tokens) }

    /// Whether the name at `range` stands in brackets right after a capitalized name ("Nebenzia (Russian Federation)").
    static func labelsADelegate(at range: Range<Int>, _ tokens: [Token]) -> Bool {
        let k = range.lowerBound
        return k > 1 && tokens[k - 1].text == "(" && range.upperBound < tokens.count && tokens[range.upperBound].text == ")"
            && tokens[k - 2].isWord && tokens[k - 2].isCapitalized
    }

    /// "forum": a body's noun that an organization's name may end in, for a later "the Forum" to refer back to.
    static let namedBodyNouns: Set<String> = Words.vocabulary("named_body_nouns")

    /// "The Council" in a document that never named the body in full: unresolved until the issuer is known.
    static func isBody(_ m: ActorMention) -> Bool {
        m.via == .reference && ActorRecognizer.bodyNouns.contains(m.institution ?? "")
    }

    /// "The Council today approved conclusions" in the EU's release: the body of the issuer, or else of the actor the
    /// document names most, when one of its institutions is so named ("Council of the European Union"); else nobody.
    func resolveBodies(_ sentences: inout [SentenceAnalysis], issuer: String?) {
        guard sentences.contains(where: { $0.mentions.contains { $0.code.isEmpty } }) else { return }
        let counts = Dictionary(sentences.flatMap { $0.mentions.map { ($0.code, 1) } }, uniquingKeysWith: +)
        let named = counts.keys.filter { !$0.isEmpty }.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
        func owner(of body: String) -> String? {
            ([issuer].compactMap { $0 } + named).first { code in
                lexicon.actor(code)?.institutions.contains { ActorRecognizer.names($0, body: body) } ?? false
            }
        }
        for k in sentences.indices where sentences[k].mentions.contains(where: { $0.code.isEmpty }) {
            sentences[k].mentions = sentences[k].mentions.compactMap { m in
                guard m.code.isEmpty else { return m }
                guard let code = owner(of: m.institution ?? "") else { return nil }
                var resolved = m
                resolved.code = code
                return resolved
            }
        }
    }

    /// "The Government rejects …" in a statement whose issuer was found only after its sentences were read: the
    /// issuer's own government and ministry, not the government named last (as they are when metadata names it), unless
    /// "its" gives it an owner in the sentence ("Ethiopia continued the filling, and its government refused …").
    func resolveOwnInstitutions(_ sentences: inout [SentenceAnalysis], to issuer: String) {
        for k in sentences.indices {
            let s = sentences[k]
            for (j, m) in s.mentions.enumerated() where m.via == .reference
                && DocumentContext.issuerInstitutions.contains(m.institution ?? "")
                && owner(of: m, among: s.mentions.filter { $0.range.upperBound <= m.range.lowerBound }, s.tokens) == nil {
                sentences[k].mentions[j].code = issuer
            }
        }
    }

    /// Where the condition that opens a sentence ends and its main clause begins: the first comma outside brackets,
    /// when a word of commitment ("will", "would", "must") follows it in that clause ("If the bill is passed, China
    /// will take countermeasures"); nil for a condition with no such clause after it.
    static func conditionEnd(_ tokens: [Token]) -> Int? {
        var depth = 0
        for k in tokens.indices {
            if tokens[k].text == "(" { depth += 1 } else if tokens[k].text == ")" { depth = max(0, depth - 1) }
            guard depth == 0, tokens[k].text == "," else { continue }
            // Not a supposition of the past ("If adopted, the draft would have …"): nobody committed to it.
            let clause = Array(tokens[(k + 1)...].prefix { $0.text != "," && $0.text != ";" })
            return clause.indices.contains { j in
                commitmentModals.contains(clause[j].lower) && (j + 1 == clause.count || clause[j + 1].lower != "have")
            } ? k : nil
        }
        return nil
    }

    /// "will", "would", "must": words by which the main clause after a condition commits its holder.
    static let commitmentModals = Words.english("commitment_modals")

    /// "MS. LEAVITT: The President would welcome …", "Hoffmann: The Chancellor has said it very clearly": in a
    /// transcript's answer, a head of state or government named by title alone as the sentence's subject is the
    /// spokesperson's own, whichever other president the question named.
    func resolveOwnLeaders(_ sentences: inout [SentenceAnalysis], to issuer: String, questionTurns: Set<Int>) {
        guard !questionTurns.isEmpty else { return }
        for k in sentences.indices where !questionTurns.contains(sentences[k].paragraph) {
            let s = sentences[k]
            let start = SpeakerDetector.speakerLabelEnd(s.tokens).map { $0 + 1 } ?? 0
            guard let j = s.mentions.firstIndex(where: { $0.range.lowerBound <= start + 1 }), s.mentions[j].via == .reference,
                  let title = s.mentions[j].institution, Self.leaderTitles.contains(title),
                  s.mentions[j].range.lowerBound == start || CueMatcher.articles.contains(s.tokens[start].lower)
            else { continue }
            sentences[k].mentions[j].code = issuer
        }
    }

    /// "Explaining his delegation's abstention, the representative of China said …": a possessive pronoun in a
    /// participle's opening phrase points forward to the main clause's subject, not back to the government named last.
    func resolveOpeningPossessives(_ sentences: inout [SentenceAnalysis]) {
        for k in sentences.indices {
            let s = sentences[k]
            let start = Self.turnStart(s.tokens)
            guard start < s.tokens.count, s.tokens[start].isCapitalized, s.tokens[start].lower.hasSuffix("ing"),
                  let comma = s.tokens[start...].prefix(20).firstIndex(where: { $0.text == "," }),
                  let subject = s.mentions.first(where: { $0.range.lowerBound > comma }),
                  subject.range.lowerBound <= comma + 6, subject.isGovernment, subject.via != .reference, !subject.code.isEmpty
            else { continue }
            for (j, m) in s.mentions.enumerated() where m.via == .reference && m.range.upperBound <= comma
                && Self.ownPossessives.contains(s.tokens[m.range.lowerBound].lower) {
                sentences[k].mentions[j].code = subject.code
            }
        }
    }

    /// "for", "of": after a spokesperson or a statement, they name whom it speaks for ("a spokesperson for the bloc").
    static let speakingForPrepositions = Words.english("speaking_for_prepositions")

    /// "president", "prime minister": the titles of heads of state and government, as a reference names them.
    static let leaderTitles = Set(ActorGazetteer.headOfGovernmentRoles.map { $0.lowercased() })

    /// "Saudi Arabia condemned what its foreign ministry called …", "Explaining Mexico's abstention, its representative
    /// said …": the government an institution's "its" or "their" points to, named before it in the sentence outside
    /// quotations (not a body, which has no ministry); nil when the institution has no such possessive or no
    /// government precedes it.
    func owner(of m: ActorMention, among before: some BidirectionalCollection<ActorMention>, _ tokens: [Token]) -> String? {
        guard Self.ownPossessives.contains(tokens[m.range.lowerBound].lower) else { return nil }
        return before.last { ($0.isGovernment || $0.isPossessor) && $0.via != .reference && !$0.code.isEmpty
            && !Self.insideQuote(tokens, $0.range.lowerBound) && lexicon.actor($0.code)?.type != .organization }?.code
    }

    /// "In Tehran, the government announced …": an office right after an opening phrase that names only a capital is
    /// the government seated there.
    static func openingSeat(before m: ActorMention, among before: some BidirectionalCollection<ActorMention>, _ tokens: [Token]) -> String? {
        guard let comma = openingAdjunctEnd(tokens), m.range.lowerBound == comma + 1 || m.range.lowerBound == comma + 2
                && CueMatcher.articles.contains(tokens[comma + 1].lower) else { return nil }
        let places = before.filter { $0.range.upperBound <= comma && !$0.code.isEmpty }
        guard places.count == 1, let place = places.first, place.via == .capital else { return nil }
        return place.code
    }

    /// Institutions that make laws: a later "the amendment" is theirs.
    static let lawMakers: Set<String> = Words.vocabulary("law_makers")
    /// Institutions that are one person: a later "he" or "she" may be them.
    static let personNouns: Set<String> = Words.vocabulary("person_nouns")

    /// The government of whoever speaks in a sentence, as far as `before` reads: the person named last, else the
    /// government right before a report verb ("Pompeo, Secretary of State of the United States, said …").
    static func speakersGovernment(among before: ArraySlice<ActorMention>, cues: [SentenceAnalysis.CueMatch], _ tokens: [Token]) -> String? {
        before.last { !$0.code.isEmpty && namesAPerson($0, tokens) }?.code
            ?? before.first { subject in
                !subject.code.isEmpty && subject.isGovernment && cues.contains { c in
                    c.cue.stance == .report && (0...2).contains(c.range.lowerBound - subject.range.upperBound) }
            }?.code
    }

    /// The governments a sentence names together in a list ("Mali, Niger and Burkina Faso"): runs of two or more
    /// different governments with only list words between them.
    static func namedLists(_ mentions: [ActorMention], _ tokens: [Token]) -> [[String]] {
        var lists: [[String]] = []
        var run: [String] = []
        var end = -1
        for m in mentions where m.isGovernment && !m.code.isEmpty && m.via != .reference {
            let joined = end >= 0 && end <= m.range.lowerBound && tokens[end..<m.range.lowerBound].allSatisfy { listWords.contains($0.lower) }
            if !joined {
                if Set(run).count >= 2 { lists.append(DocumentContext.distinct(run)) }
                run = []
            }
            run.append(m.code)
            end = m.range.upperBound
        }
        if Set(run).count >= 2 { lists.append(DocumentContext.distinct(run)) }
        return lists
    }

    /// Whether a mention names a person who speaks for a government (an official, a minister, a delegate), whom
    /// "he" or "she" may stand for.
    static func namesAPerson(_ m: ActorMention, _ tokens: [Token]) -> Bool {
        m.via == .official || m.via == .person || labelsADelegate(m, tokens) || m.institution.map(isPersonNoun) == true
    }

    /// Whether a noun or office names people who speak for a government, one or several, by its head noun ("minister",
    /// "Permanent Representative", "leaders").
    static func isPersonNoun(_ noun: String) -> Bool {
        let head = String(DocumentContext.head(noun))
        return personNouns.contains(noun) || personNouns.contains(head) || head.hasSuffix("s") && personNouns.contains(String(head.dropLast()))
    }

    func analyze(_ document: Document, _ context: inout DocumentContext) -> [SentenceAnalysis] {
        var out: [SentenceAnalysis] = []
        let scalars = Array(document.text.unicodeScalars)
        for paragraph in document.paragraphs {
            let text = String(String.UnicodeScalarView(scalars[paragraph.start..<paragraph.end]))
            for range in SentenceSplitter.split(text) {
                let start = paragraph.start + range.lowerBound
                let sentence = String(String.UnicodeScalarView(scalars[start..<(paragraph.start + range.upperBound)]))
                let tokens = Tokenizer.tokens(sentence[...], offset: start)
                var mentions = recognizer.mentions(in: tokens, context: &context)
                var matched = cueMatcher.matches(in: tokens)
                for k in matched.indices where measureOnAGovernment(matched[k], mentions, tokens) { matched[k].cue.stance = .support }
                var expanded: [ActorMention] = []
                for (k, var m) in mentions.enumerated() {
                    // "the state news agency KCNA", "the foreign minister, Wang Yi": the name that follows says whose;
                    // not past a verb that acts on it ("the Cabinet removed South Korea from the list"), nor past a
                    // report verb when the office was named before ("the ministry said Finland's decision …").
                    let verbAfter = matched.first { $0.range.lowerBound == m.range.upperBound }
                    if m.via == .reference, m.count == 1, k + 1 < mentions.count, !mentions[k + 1].code.isEmpty,
                       mentions[k + 1].range.lowerBound <= m.range.upperBound + 1, verbAfter?.cue.stance.isDirected != true,
                       verbAfter == nil || owner(of: m, among: mentions[..<k], tokens) == nil {
                        // "Diplomats said France and the United States did not back …": an unnamed source reports what
                        // the governments named after its verb did; it is none of them, nor anyone named before.
                        if verbAfter != nil, Self.unnamedSources.contains(tokens[m.range.upperBound - 1].lower) { continue }
                        if verbAfter == nil || context.sameOffice(m.institution, sentence: out.count) == nil {
                            m.code = mentions[k + 1].code
                            expanded.append(m)
                            continue
                        }
                    }
                    if m.via == .reference && m.count > 1 {
                        // "the presidents of Egypt, Eritrea and Somalia met, where the three leaders pledged …": the
                        // governments named last in the sentence, when there are as many; "the four countries that
                        // imposed it - Saudi Arabia, the UAE, Bahrain and Egypt -": those set off right after it; else
                        // those of the sentences before.
                        let named = DocumentContext.last(m.count, of: mentions[..<k].reversed().lazy
                            .filter { $0.isGovernment && !$0.code.isEmpty }.map(\.code))
                        let spelled = Self.spelledOut(count: m.count, after: m, among: mentions[(k + 1)...], tokens)
                        for code in !spelled.isEmpty ? spelled : named.isEmpty ? context.resolve(count: m.count, sentence: out.count) : named {
                            m.code = code
                            expanded.append(m)
                        }
                        continue
                    }
                    if Self.isBody(m) {
                        // The body named earlier in the sentence ("the UN Human Rights Council …, which the Council
                        // adopted"), else in the document; left unresolved until the issuer is known when the document
                        // never named the body in full.
                        // "The Assembly" after "South Korea's National Assembly": the same kind of body, named in full.
                        m.code = mentions[..<k].last { $0.via == .institution && DocumentContext.sameHead($0.institution, m.institution) }?.code
                            ?? context.recent.last { DocumentContext.sameHead($0.institution, m.institution) }?.code ?? ""
                    } else if m.via == .reference, DocumentContext.organizationReferences.contains(m.institution ?? "") {
                        // "The EU's representative said the bloc was concerned …", "The bloc has also encouraged …": the
                        // organization named last, in the sentence or before it, where the word stands as a subject (not
                        // "applied to join the alliance"); "the Alliance of Small Island States" is a body of its own.
                        let opensWithThe = m.range.lowerBound > 0 && tokens[m.range.lowerBound - 1].lower == "the"
                        let start = opensWithThe ? m.range.lowerBound - 1 : m.range.lowerBound
                        let before = start > 0 ? tokens[start - 1].lower : ""
                        // "A spokesperson for the bloc('s foreign service) said": who speaks for it, as a subject does.
                        let speaksFor = Self.speakingForPrepositions.contains(before) && start > 1
                            && (Self.speechNouns.contains(tokens[start - 2].lower) || Self.isPersonNoun(tokens[start - 2].lower))
                        let subject = start <= (Self.openingAdjunctEnd(tokens) ?? -1) + 1 || Self.clauseSubjectOpeners.contains(before)
                            || speaksFor
                        let named = m.range.upperBound < tokens.count && tokens[m.range.upperBound].lower == "of"
                        m.code = !subject || named ? ""
                            : mentions[..<k].last(where: { isOrganization($0.code) })?.code
                                ?? context.resolve(institution: m.institution, person: false, sentence: out.count) ?? ""
                    } else if m.via == .reference {
                        // "Qatar, which hosts the office, received evacuees. Its foreign minister said …": a possessive
                        // opening the sentence points to the subject of the one before, whoever's office was named last.
                        // "His government said …" after a sentence about Pashinyan: the government of the person named last.
                        // "Pompeo, Secretary of State of the United States, said … that his country stood with …": the
                        // government of the person named earlier in the sentence, else of its subject before its report verb.
                        let opening = m.range.lowerBound != 0 ? nil
                            : Self.governmentPossessives.contains(tokens[0].lower) ? context.previousSubject(before: out.count)
                            : ActorRecognizer.personPossessives.contains(tokens[0].lower) ? context.resolvePerson(before: out.count) : nil
                        let personal = m.range.lowerBound == 0 || !ActorRecognizer.personPossessives.contains(tokens[m.range.lowerBound].lower)
                            ? nil : Self.speakersGovernment(among: mentions[..<k], cues: matched, tokens)
                        m.code = personal ?? owner(of: m, among: mentions[..<k], tokens) ?? Self.openingSeat(before: m, among: mentions[..<k], tokens)
                            ?? opening ?? context.resolve(institution: m.institution, person: false, sentence: out.count) ?? ""
                    }
                    expanded.append(m)
                }
                mentions = expanded
                mentions.removeAll { ($0.code.isEmpty && !Self.isBody($0)) || Self.namesNoGovernment($0, tokens) }
                for m in mentions where !m.code.isEmpty && (m.isGovernment || m.via == .lawOwner || (m.isPossessor && m.institution != nil))
                    && !Self.insideQuote(tokens, m.range.lowerBound) {
                    let before = m.range.lowerBound > 0 ? tokens[m.range.lowerBound - 1].lower : ""
                    let according = before == "to" && m.range.lowerBound > 1 && tokens[m.range.lowerBound - 2].lower == "according"
                    guard !Self.prepositions.contains(before) || according else { continue }
                    // A legislature or government makes laws: "the amendment" later is theirs.
                    if Self.lawMakers.contains(m.institution ?? "") {
                        context.recent.append(.init(code: m.code, institution: "law", isPerson: false, sentence: out.count))
                    }
                    // "The Pacific Islands Forum … The Forum condemned": an organization whose name ends in "Forum" is
                    // the body a later "the Forum" refers to. Not "Council" or "Union", which in a release of the EU or
                    // the Security Council stand for the issuer however many other councils it names.
                    let head = tokens[m.range.upperBound - 1].lower
                    let organization = isOrganization(m.code)
                    let body = m.via == .name && organization && Self.namedBodyNouns.contains(head) ? head : nil
                    context.recent.append(.init(code: m.code, institution: m.institution ?? body, isPerson: Self.namesAPerson(m, tokens),
                                                sentence: out.count, isOrganization: organization,
                                                opensSentence: m.range.lowerBound <= 1 && !m.isPossessor))
                }
                context.lists += Self.namedLists(mentions, tokens).map { ($0, out.count) }
                var analysis = SentenceAnalysis(
                    paragraph: paragraph.index, isHeading: paragraph.isHeading, start: start,
                    end: paragraph.start + range.upperBound, text: sentence, tokens: tokens, mentions: mentions,
                    // "United States", "State Department": words of a name are not cues.
                    // A phrase cue may end in a reference to its own holder ("recalled its ambassador"), or hold the one
                    // it addresses between its verb and its preposition ("warned Washington against").
                    cues: matched.filter { cue in
                        !mentions.contains { $0.range.overlaps(cue.range) && !(cue.range.count > 2 && $0.range.lowerBound > cue.range.lowerBound && $0.via == .reference)
                            && !Self.namesAddressee($0.range, inside: cue.range, tokens) }
                    })
                for k in analysis.cues.indices { analysis.cues[k].describesNoun = describesNoun(analysis.cues[k], in: analysis) }
                out.append(analysis)
            }
        }
        return out
    }

    // MARK: - Attribution

    /// `questionTurns`: the paragraphs that are a journalist's turn, none where the document has no speaker.
    func attribute(_ sentences: inout [SentenceAnalysis], document: Document, context: inout DocumentContext,
                   questionTurns: Set<Int>) {
        var lastSpeaker: (code: String, speaker: String, paragraph: Int)?
        let quoted = Self.insideRunningQuotation(sentences)
        let firstQuestion = sentences.indices.first { questionTurns.contains(sentences[$0].paragraph) }
        // A news report that reproduces a government's statement in full: there the statement speaks for them.
        let reproduced = context.speakers.isEmpty ? speakerDetector.quotedStatements(sentences) : []
        for index in sentences.indices {
            var s = sentences[index]
            defer { sentences[index] = s }
            // A byline is nobody's position, unless it says what the text does ("the UK's statement condemning …").
            if s.isQuestion || context.bylines.contains(index) && !statesItsStance(s) { continue }
            // "If adopted, the draft — presented by Mexico — would have …": what the condition supposes is nobody's
            // position; only an aside set off from it states a fact.
            // "If the tariffs remain, we will impose tariffs of our own", "Should the company persist, Mexico will file a
            // lawsuit": what the main clause commits its holder to under the condition is a position, read as any other.
            let hypothetical = startsHypothetical(s.tokens)
            let condition = hypothetical ? Self.conditionEnd(s.tokens) : nil
            if hypothetical, condition == nil {
                s.attributions = attributions(in: s, index: index, context: context).filter { Self.isAside($0.cueRange, in: s.tokens) }
                continue
            }
            if reproduced.contains(where: { $0.introduction == index }) { continue }
            // "Thank you, Madam President", "I congratulate the co-chairs": courtesy, nobody's position.
            if speakerDetector.isProcedural(s) { continue }
            // A journalist's question in a transcript is not the speaker's: "we" there is the press.
            let asked = questionTurns.contains(s.paragraph)
            var local = context
            if let statement = reproduced.first(where: { $0.sentences.contains(index) }) {
                (local.issuer, local.speakers) = (statement.speakers.first, statement.speakers)
            }
            if asked { local.issuer = nil; local.speakers = [] }
            s.attributions = attributions(in: s, index: index, context: local)
            // The condition itself is nobody's: only a cue of the main clause, held there.
            if let condition {
                s.attributions.removeAll { $0.cueRange.lowerBound <= condition || ($0.holderEnd ?? condition + 1) <= condition }
            }
            // A recorded vote says where each listed government stood, whatever else the sentence says of it.
            let votes = voteRecord.attributions(in: s)
            s.attributions = s.attributions.filter { a in !votes.contains { $0.code == a.code } } + votes
            // A sentence that opens a quotation, or stands inside one that runs over several sentences, is its speaker's.
            if s.attributions.isEmpty, s.opensWithQuote || quoted.contains(index), let speaker = quoteSpeaker(sentences, index, lastSpeaker) {
                s.attributions = [contentAttribution(s, code: speaker.code, speaker: speaker.speaker, confidence: 0.6)]
            }
            // An official statement speaks for its issuer throughout, also where it reports what others did, and all
            // its first person is the issuer's. Not where it only reports another government's act in words of its own
            // that carry no stance ("The Third Committee has adopted a resolution"): that is the other government's
            // position; nor in its title, its courtesies or a journalist's question.
            // In a transcript, every sentence of the spokesperson's answer is theirs, also where it reports another
            // government's act in plain words: answering a question about it is taking it up.
            // Not a word or two of small talk ("Okay.", "It's raining outside.").
            let label = SpeakerDetector.speakerLabelEnd(s.tokens).map { $0 + 1 } ?? 0
            let answering = !asked && firstQuestion.map { $0 < index } == true && s.tokens[label...].filter(\.isWord).count >= 5
            let voiced = s.cues.contains { voices($0, in: s) }
            // "I would refer you to the competent authorities", "We will release information in due course": no answer.
            if let issuer = local.issuer, !s.attributions.contains(where: { $0.code == issuer }), !s.isHeading,
               !declinesComment(s.tokens, from: 0, within: s.tokens.count),
               Self.addresseeSubjectStart(s.tokens) == nil || voiced,
               answering || voiced || hasModal(s.tokens) || !issueAssigner.triggerMatches(s.tokens).isEmpty
                || speakerDetector.speaksAsSubject(s) || statesAStandByNegation(s),
               voiced || !speakerDetector.narrates(s) {
                var own = contentAttribution(s, code: issuer, speaker: firstPerson(s.tokens) ?? "(issuer)",
                                             confidence: s.attributions.isEmpty ? 0.5 : 0.4)
                own.bySpeaker = true
                if !(own.cue.isEmpty && !s.attributions.isEmpty) || answering { s.attributions.append(own) }
            }
            // The speaker's own voice too speaks only through the main clause's cues.
            if let condition { s.attributions.removeAll { $0.cueRange.lowerBound <= condition } }
            let tokens = s.tokens
            s.attributions.removeAll { notesWordsOnly($0, in: tokens) }
            // "it fell to me to read, on behalf of the Heads of State of Burkina Faso, Mali and Niger, the communique": a
            // first person who acts for others there acts with them.
            if let own = s.attributions.first(where: { $0.code == local.issuer && $0.kind != .recommendation }) {
                for code in actedForInFirstPerson(s) where !s.attributions.contains(where: { $0.code == code }) {
                    var copy = own
                    copy.code = code
                    copy.bySpeaker = false
                    copy.confidence = own.confidence - 0.1
                    s.attributions.append(copy)
                }
            }
            // "We thank Egypt and Qatar for their mediation": those thanked did what they are thanked for.
            s.attributions += thanked(in: s, besides: Set(s.attributions.map(\.code)).union(local.speakers))
            // "We appreciate the efforts of Germany and the EU": those whose stand is made one's own took it.
            s.attributions += endorsed(in: s, besides: Set(s.attributions.map(\.code)).union(local.speakers))
            // "We have taken note of Russia's statement that …": those whose stand is noted took it.
            s.attributions += noted(in: s, besides: Set(s.attributions.map(\.code)).union(local.speakers))
            // A joint statement's voice is every issuer's.
            for a in s.attributions where a.bySpeaker && a.code == local.issuer {
                for code in local.speakers.dropFirst() where !s.attributions.contains(where: { $0.code == code && $0.cue == a.cue }) {
                    var copy = a
                    copy.code = code
                    s.attributions.append(copy)
                }
            }
            if let reporter = s.attributions.first(where: { $0.kind != .recommendation }) {
                lastSpeaker = (reporter.code, reporter.speaker, s.paragraph)
            }
            for a in s.attributions where a.kind != .recommendation { context.holders.append((a.code, index)) }
            if let spoke = s.attributions.first(where: { a in
                a.kind != .recommendation && !a.bySpeaker && a.holderEnd.map { end in
                    s.mentions.contains { $0.range.upperBound == end && $0.code == a.code && Self.namesAPerson($0, s.tokens) }
                } == true
            }) {
                context.lastPersonHolder = (spoke.code, index)
            }
            // The largest set of governments sharing one cue, the later cue on a tie: what "They" next opens with.
            let held = s.attributions.filter { $0.kind != .recommendation }
            var group: [String] = []
            for range in Set(held.map(\.cueRange)).sorted(by: { $0.lowerBound < $1.lowerBound }) {
                let codes = DocumentContext.distinct(held.filter { $0.cueRange == range }.map(\.code))
                if codes.count > 1, codes.count >= group.count { group = codes }
            }
            if !group.isEmpty { context.lastGroup = (group, index) }
            if let directed = s.attributions.last(where: { $0.kind != .recommendation && ($0.stance == .support || $0.stance == .oppose) }) {
                context.lastDirected = (directed.stance, directed.kind, index)
            }
            if lawSubject(of: s) != nil { context.lawSubjectSentence = index }
            if opensWithAdoptedText(s) { context.textSubjectSentence = index }
        }
    }

    /// Sentences that begin inside a quotation opened in an earlier sentence of their paragraph ("… said: “We are
    /// disappointed. We cannot accept it.”"). Double quotation marks only: a closing single quote and a plural
    /// possessive ("States’ efforts") look alike.
    static func insideRunningQuotation(_ sentences: [SentenceAnalysis]) -> Set<Int> {
        var out: Set<Int> = []
        var open = false
        var paragraph = -1
        for (index, s) in sentences.enumerated() {
            if s.paragraph != paragraph { (paragraph, open) = (s.paragraph, false) }
            if open { out.insert(index) }
            if s.tokens.filter({ $0.isQuote && $0.text != "'" }).count % 2 == 1 { open.toggle() }
        }
        return out
    }

    /// A speaker for a sentence that is all quotation: the attribution that closes the quote, or the one before it.
    func quoteSpeaker(_ sentences: [SentenceAnalysis], _ index: Int,
                              _ last: (code: String, speaker: String, paragraph: Int)?) -> (code: String, speaker: String)? {
        // '"…," said Mr Khan, a rights activist': a speaker named by name after the quotation, who is no government,
        // holds it; nobody earlier does.
        if namesOtherSpeaker(sentences[index]) { return nil }
        var j = index + 1
        while j < sentences.count, j <= index + 3, sentences[j].paragraph == sentences[index].paragraph {
            let t = sentences[j]
            // The attribution after the closing quotation mark ('…," Thomas-Greenfield said'), not a government the
            // quotation names ('in line with Azerbaijan's public statements').
            if let close = t.tokens.lastIndex(where: \.isQuote) {
                let found = attributions(in: t, index: j, context: DocumentContext()).filter { $0.kind != .recommendation }
                if let a = found.first(where: { ($0.holderEnd ?? 0) > close }) ?? found.first { return (a.code, a.speaker) }
                if namesOtherSpeaker(t) { return nil }
            }
            j += 1
        }
        if let last, sentences[index].paragraph - last.paragraph <= 1 { return (last.code, last.speaker) }
        return nil
    }

    /// Whether a reporting verb right after a sentence's closing quotation mark has a name beside it ('…," said Mr
    /// Khan', '…," Khan said'), so the sentence names its speaker.
    func namesOtherSpeaker(_ s: SentenceAnalysis) -> Bool {
        guard let close = s.tokens.lastIndex(where: \.isQuote),
              let report = s.cues.first(where: { $0.cue.stance == .report && $0.range.lowerBound > close && $0.range.lowerBound <= close + 4 })
        else { return false }
        let around = s.tokens[(close + 1)..<report.range.lowerBound] + s.tokens[report.range.upperBound..<min(s.tokens.count, report.range.upperBound + 3)]
        // "said Foreign Minister Eide": an office says the speaker may well be the government named before.
        if around.contains(where: { ActorRecognizer.titles.contains($0.lower) || ActorRecognizer.referringNouns.contains($0.lower) }) { return false }
        return around.contains { $0.isWord && $0.isCapitalized && Self.pronouns[$0.lower] == nil && !speakerDetector.firstPersonSubjects.contains($0.lower) }
    }

    /// Every actor that holds a cue in this sentence; an actor may hold several cues (one position per issue).
    func attributions(in s: SentenceAnalysis, index: Int, context: DocumentContext) -> [Attribution] {
        var out: [Attribution] = []
        let tokens = s.tokens
        var consumed: Set<Int> = []
        var previous: (holders: [Holder], cueEnd: Int, isNoun: Bool)?
        for (ci, cue) in s.cues.enumerated() {
            if consumed.contains(ci) || withholdsOnlyWords(cue, in: tokens)
                || (isComplement(cue, tokens) && ci > 0 && intentOwners(of: cue, in: s).isEmpty && !isChosen(cue, in: s)) { continue }
            var holders = self.holders(of: cue, in: s, index: index, context: context)
            // "China's drills threaten the region": a government inside the thing a verdict judges says nothing by it.
            if let judged = s.judgedSubject(of: cue, after: 0, firstPerson: speakerDetector.firstPersonSubjects) {
                holders.removeAll { judged.contains($0.end - 1) }
            }
            // "X did A, fearing B" / "X did A in order to B" / "X raided offices and restricted launches":
            // a later verb with no subject of its own shares the subject before it, past the object of the verb before
            // ("condemned Guinea's junta, demanded …").
            // Not a passive with no agent ("As a result of the Russian veto, the resolution was not adopted"), nor a
            // participle with an agent of its own that describes the noun before it ("spurned the aid offered by the
            // summit").
            if holders.isEmpty, let previous, cue.cue.pos == .verb, !isNominal(cue, tokens), !isPassive(cue, tokens),
               !hasAgentOfItsOwn(cue, in: s),
               !describesText(cue, tokens), !s.mentions.contains(where: { m in
                m.isGovernment && m.range.lowerBound >= previous.cueEnd && m.range.upperBound <= cue.range.lowerBound
                    && !(m.range.lowerBound == previous.cueEnd && endsSideTakingVerb(at: previous.cueEnd - 1, in: s)
                        && Self.joinsVerb(after: m.range.upperBound, to: cue, in: tokens))
            }), !tokens[previous.cueEnd..<cue.range.lowerBound].contains(where: { Self.subjectBlockers.contains($0.lower) || $0.isQuote }),
               !opensOwnClause(after: previous.cueEnd, before: cue.range.lowerBound, in: s) {
                holders = previous.holders.map { Holder(code: $0.code, speaker: $0.speaker, end: $0.end, confidence: $0.confidence - 0.1) }
            }
            // "expressed support for Khartoum and concern over Addis Ababa's filling": a noun joined by "and" to the noun
            // a holder expressed is the holder's too.
            if holders.isEmpty, let previous, previous.isNoun, cue.cue.pos == .noun, joinedByAnd(cue, tokens),
               !s.cues.contains(where: { $0.range.lowerBound >= previous.cueEnd && $0.range.upperBound <= cue.range.lowerBound }) {
                holders = previous.holders.map { Holder(code: $0.code, speaker: $0.speaker, end: $0.end, confidence: $0.confidence - 0.1) }
            }
            // "concern about S. Korea's leaflet ban": a policy named as the object of another actor's reaction is not
            // its owner's position there; a demand or appeal so reported is ("the regime's demands to end …").
            // "regret the government's decision to abandon the mission" says what the government decided: it stands.
            if previous != nil, cue.cue.kind == .action, holders.allSatisfy(\.isPossessor),
               !(cue.cue.stance == .report && content(of: cue, at: ci, in: s) != nil) { continue }
            if holders.isEmpty { continue }
            // What a report verb says, the same for every holder.
            let reported = cue.cue.stance == .report ? content(of: cue, at: ci, in: s) : nil
            let (behalf, spokenFor) = onBehalf(of: holders, before: cue, in: s)
            // "Speaking for New Zealand, the representative said …": a delegate named only by office speaks for the
            // government the opening phrase names, not for the one named last before it.
            // "Speaking on behalf of the European Union, the representative of Finland said …": a delegate who speaks
            // for a body states the body's position, not a national one.
            // Those spoken for, as sure as the speaker when they take the speaker's place.
            let instead = behalf.map { Holder(code: $0.code, speaker: $0.speaker, end: $0.end, confidence: $0.confidence + 0.1) }
            if !behalf.isEmpty, let opening = Self.openingBehalf(s), holders.allSatisfy({ h in
                h.end > opening.end && s.mentions.contains { $0.range.upperBound == h.end && $0.via == .reference && $0.range.lowerBound <= opening.end + 2 }
            }) {
                holders = instead
            } else if !behalf.isEmpty, spokenFor, behalf.allSatisfy({ isOrganization($0.code) }) {
                let bodies = Set(behalf.map(\.code))
                holders = holders.filter { isOrganization($0.code) && !bodies.contains($0.code) }
                    + instead.map { b in holders.first { $0.code == b.code } ?? b }
            } else {
                holders += behalf.filter { b in !holders.contains { $0.code == b.code } }
            }
            previous = (holders, cue.range.upperBound, cue.cue.pos == .noun || cue.range.count > 1)
            // What the cue echoes (", as … proposed") and the threat it makes ("… unless Seoul stopped the launches")
            // are the same for every holder.
            let echo = echoed(cue, in: s)
            let threat = cue.cue.stance.stance == nil || isDirective(cue) ? threatCondition(after: cue, in: s) : nil
            for holder in holders {
                // "Djibouti, which handles most of the trade, did not comment": the refusal may stand past an aside.
                if declinesComment(tokens, from: holder.end) || isNoComment(cue.range, tokens) { continue }
                // "The Security Council failed to adopt a resolution": a body's failure to decide is its members' votes,
                // not a position of the body's own.
                if isOrganization(holder.code), holder.end <= cue.range.lowerBound,
                   tokens[holder.end..<cue.range.lowerBound].contains(where: { $0.stem == Self.failStem }) {
                    continue
                }
                // "the U.S. has made another provocation": the speaker condemns what the U.S. did; the U.S. acted for it.
                let describedAct = cue.cue.loaded != nil && !holder.isFirstPerson
                if describedAct && cue.cue.loaded == .label { continue }
                // "Pyongyang is expected to condemn …", "the plan is expected to be rejected by Germany": a forecast, not a
                // position (between the holder and the cue, or before the cue in its clause when the holder follows it).
                let afterCue = holder.end >= cue.range.lowerBound && !holder.isPossessor
                let clause = afterCue ? Self.clauseStart(before: cue.range.lowerBound, in: tokens) : holder.end
                if clause < cue.range.lowerBound,
                   (clause..<cue.range.lowerBound).contains(where: { !predictions.matches(in: tokens, from: $0, key: \.lower).isEmpty }) {
                    continue
                }
                // "Officials in Lima said Chile had condemned the raid": Chile's position, relayed.
                if let reported, relaysAnother(reported, in: s, besides: holder.code, reportEnd: cue.range.upperBound) {
                    continue
                }
                var stance = describedAct ? .support : cue.cue.stance.stance
                var cueText = cue.text
                var cueRange = cue.range
                var stanceCue = cue
                var kind = describedAct ? .action : cue.cue.kind
                // "said it would not follow suit": the reported content's own negation.
                var contentNegated = false
                // "Australia followed suit", "… expressed themselves in the same way": the position just stated, in
                // this sentence or the one before.
                let earlier = out.first { $0.stance != .neutral && $0.code != holder.code }.map { ($0.stance, $0.kind, index) }
                    ?? context.lastDirected.map { ($0.stance, $0.kind, $0.sentence) }
                let repeated = earlier.flatMap { index - $0.2 <= 1 ? (stance: $0.0, kind: $0.1) : nil }
                var repeats = cue.cue.stance == .same
                if repeats {
                    guard let repeated else { continue }
                    (stance, kind) = (repeated.stance, repeated.kind)
                }
                // A report verb or directive takes its direction from what follows ("said it would stop", "urged Seoul to halt").
                // "demanded a ceasefire … due to a veto cast by the United States": a cue with an agent of its own is
                // another government's act, not what this one says; but for an act joined in ("Israel and the US were
                // joined in voting against by …"), whose agents join the subject.
                // "said it would retaliate unless Seoul stopped the launches": a threat's condition is what is said.
                let condition = stance == nil || isDirective(cue) ? threat : nil
                // "regret that the Council failed to adopt sanctions": a verdict on a clause is the verdict times the
                // clause's own direction, negation and all.
                // "lifted its veto on Sweden's membership", "dropped its objection to …": turning away from one's own
                // stance is the stance turned around.
                let complement = stance == nil || isDirective(cue) ? nil
                    : self.infinitive(after: cue, at: ci, in: s) ?? ownStance(after: cue, at: ci, in: s)
                if stance == nil || isDirective(cue) || echo != nil || judgesClause(cue, tokens) || complement != nil,
                   let content = condition?.content ?? echo ?? complement
                    ?? (cue.cue.stance == .report ? reported : self.content(of: cue, at: ci, in: s)),
                   !hasOwnAgent(content, in: s, besides: holder.code) || joins(cue, tokens) {
                    // "Canada joined Australia in condemning …": the one joined holds the gerund too.
                    // "We regret that China and Russia chose to abstain": what another government did is its own too.
                    if let k = s.cues.firstIndex(of: content), !joins(cue, s.tokens),
                       !opensWithAnother(content, in: s, besides: holder.code, after: cue.range.upperBound) {
                        consumed.insert(k)
                    }
                    // "said it would do the same": the position just stated.
                    if content.cue.stance == .same { repeats = true }
                    let own = content.cue.stance == .same ? repeated?.stance ?? .neutral : content.cue.stance.stance ?? .neutral
                    // "said it would not accept the cap", "urged Seoul not to resume": the content's own negation; in a
                    // quotation before the verb ('"We will not join," the officials said'), within the quotation.
                    let follows = content.range.lowerBound > cue.range.upperBound
                    let from = follows ? cue.range.upperBound
                        : (tokens[..<content.range.lowerBound].lastIndex(where: \.isQuote).map { $0 + 1 } ?? 0)
                    contentNegated = negated(tokens, before: content.range.lowerBound, after: from)
                    let inner = contentNegated ? own.reversed : own
                    stance = stance == nil ? inner : (stance == .oppose ? inner.reversed : inner)
                    cueText += " … " + content.text
                    cueRange = content.range
                    stanceCue = content
                    if cue.cue.stance == .report { kind = content.cue.kind == .action ? .statement : content.cue.kind }
                    if joins(cue, tokens) { kind = content.cue.kind }
                }
                // "regrets that the Secretariat did not invite Taiwan": a verdict on a clause that denies, with no cue of
                // its own to turn, is a verdict on what did not happen.
                if stanceCue == cue, judgesClause(cue, tokens), let judged = stance,
                   deniesClause(tokens, from: cue.range.upperBound + 1) {
                    stance = judged.reversed
                }
                // "said its borders are not up for negotiation", "said it would never cede territory": what is reported
                // is a stand, negated or modal, though no cue word says which way.
                let reportOnly = stance == nil && !statesAStand(tokens, after: cue.range.upperBound)
                let speaksAsSubject = reportOnly && speaks(holder, as: cue, in: s)
                // An unwanted condition turns the content around as a negation does ("… if it kept up the launches").
                let denied = !holder.isPossessor && deniedBySubject(s, holderEnd: holder.end)
                let isNegated = ((negated(tokens, before: cue.range.lowerBound, after: holder.end) != (condition?.unwanted == true)) != denied)
                    != emptyObject(of: cue, in: tokens)
                let finalStance = isNegated ? (stance ?? .neutral).reversed : (stance ?? .neutral)
                var confidence = holder.confidence
                if hedged(tokens, before: cue.range.lowerBound, after: holder.end) { confidence -= 0.2 }
                if let modal = modal(tokens, from: holder.end, to: cue.range.lowerBound), context.issuer != holder.code {
                    kind = .recommendation
                    cueText = modal + " " + cueText
                }
                if holder.isFirstPerson { kind = kind == .recommendation ? .statement : kind }
                // Less sure: who spoke but not which way; an act read from a noun or a gerund ("Finland joining NATO",
                // "the Leaders' review") rather than from a verb the government is the subject of.
                if finalStance == .neutral { confidence -= 0.2 }
                if kind == .action, cue.cue.pos == .noun || tokens[cue.range.lowerBound].lower.hasSuffix("ing") { confidence -= 0.2 }
                // "said the law would erode freedoms": the verdict is on the law, which the clause opens with.
                let floor = stanceCue.range != cue.range ? cue.range.upperBound : holder.isPossessor ? cue.range.lowerBound : holder.end
                let judged = s.judgedSubject(of: stanceCue, after: floor, firstPerson: speakerDetector.firstPersonSubjects)
                // "said it would not join", "denied it would join": the content's act is turned around, though the
                // report verb is not negated.
                // A repeated position ("said it would not follow suit") has no direction of its own to compare with.
                let turned = stanceCue.range == cue.range ? isNegated
                    : stanceCue.cue.stance == .same ? contentNegated != isNegated
                    : finalStance != (stanceCue.cue.stance.stance ?? finalStance)
                out.append(Attribution(code: holder.code, speaker: holder.speaker, cue: cueText, cueRange: cueRange,
                                       stance: finalStance, kind: kind, confidence: max(0.1, min(1, confidence)),
                                       negated: turned, verbAt: cue.range.lowerBound, reportOnly: reportOnly,
                                       speaksAsSubject: speaksAsSubject,
                                       bySpeaker: holder.isFirstPerson, holderEnd: holder.isPossessor ? nil : holder.end,
                                       judgedSubject: judged, repeatsEarlier: repeats, neutralByCue: stance == .neutral))
            }
        }
        // "Seoul should ..." with no cue: the author's recommendation all the same; inside a quotation ('"Japan must
        // correct its words," Lin said'), the speaker's demand.
        if out.isEmpty {
            for m in s.mentions where m.isGovernment && m.code != context.issuer && !Self.insideQuote(tokens, m.range.lowerBound) {
                if let modal = modal(tokens, from: m.range.upperBound, to: min(tokens.count, m.range.upperBound + 3)) {
                    out.append(Attribution(code: m.code, speaker: m.text, cue: modal, cueRange: m.range.upperBound..<tokens.count,
                                           stance: .support, kind: .recommendation, confidence: 0.5))
                    break
                }
            }
        }
        // "Seoul should ask the National Assembly to review the law": what the author recommends others do is part of
        // the recommendation, not their position.
        if out.contains(where: { $0.kind == .recommendation }), let m = (0..<tokens.count).first(where: {
            !modals.matches(in: tokens, from: $0, key: \.lower).isEmpty
        }) {
            out.removeAll { a in
                let at = a.verbAt ?? a.cueRange.lowerBound
                return a.kind != .recommendation && at > m && !tokens[m..<at].contains { $0.text == "," || $0.lower == "as" }
            }
        }
        return out
    }

    /// A verb with a direction of its own that judges a "that" clause ("regret that …", "welcomed that …").
    func judgesClause(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        cue.cue.pos == .verb && cue.cue.stance.stance != nil && cue.range.upperBound < tokens.count
            && tokens[cue.range.upperBound].lower == "that"
    }

    /// A cue right after "and", or after "and" and one modifier: "… and concern over", "… and deep concern over".
    func joinedByAnd(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        let k = cue.range.lowerBound
        return k > 0 && tokens[k - 1].lower == "and"
            || k > 1 && tokens[k - 2].lower == "and" && tokens[k - 1].isWord && !Self.nominalMarkers.contains(tokens[k - 1].lower)
    }

    /// "decision to abandon": an infinitive that completes a noun cue.
    func isNounComplement(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        isComplement(cue, s.tokens) && s.cues.contains { $0.cue.pos == .noun && $0.range.upperBound == cue.range.lowerBound - 1 }
    }

    /// The verb a cue that ends in "to" takes as its infinitive ("threatened to veto", "is ready to resume"): a directed
    /// verb cue right after it. The cue's direction is a step toward that verb's. A verb that only may take an
    /// infinitive ("sought to ease tension") keeps its own: what the infinitive acts on need not be the issue.
    /// For a verb of joining, the act joined in ("joined Australia in condemning the launch").
    func infinitive(after cue: SentenceAnalysis.CueMatch, at index: Int, in s: SentenceAnalysis) -> SentenceAnalysis.CueMatch? {
        // "Canada joined Australia in condemning the launch": joining someone in an act is doing it.
        if joins(cue, s.tokens), let link = s.tokens[cue.range.upperBound..<min(s.tokens.count, cue.range.upperBound + 6)]
            .firstIndex(where: { Self.joiningLinks.contains($0.lower) }) {
            return s.cues[(index + 1)...].first {
                $0.range.lowerBound == link + 1 && $0.cue.pos == .verb && $0.cue.stance.isDirected
            }
        }
        guard cue.range.count > 1, s.tokens[cue.range.upperBound - 1].lower == "to",
              let next = s.cues[(index + 1)...].first, next.range.lowerBound == cue.range.upperBound, next.cue.pos == .verb,
              next.cue.stance.isDirected else { return nil }
        return next
    }

    /// The holder's own stance that a verb with a direction takes for its object ("lifted its veto", "ended their
    /// opposition", "withdrew its support"): a noun cue with a direction right after "its", "their" and the like.
    func ownStance(after cue: SentenceAnalysis.CueMatch, at index: Int, in s: SentenceAnalysis) -> SentenceAnalysis.CueMatch? {
        guard cue.cue.pos != .noun, cue.range.upperBound + 1 < s.tokens.count,
              Self.ownPossessives.contains(s.tokens[cue.range.upperBound].lower) else { return nil }
        return s.cues[(index + 1)...].first {
            $0.range.lowerBound == cue.range.upperBound + 1 && $0.cue.pos == .noun && $0.cue.stance.isDirected
        }
    }

    /// "Ecuador's delegate, speaking also on behalf of Mexico and Chile, said …": the governments a speaker speaks for,
    /// named between the speaker and the cue, hold what the speaker says; `spokenFor` is false for those an opening
    /// "together with" joins to the speaker instead.
    func onBehalf(of holders: [Holder], before cue: SentenceAnalysis.CueMatch,
                  in s: SentenceAnalysis) -> (holders: [Holder], spokenFor: Bool) {
        guard let end = holders.map(\.end).max() else { return ([], false) }
        // The governments of a list from `start` that end by `limit` and speak with the speaker, a little less surely.
        let listed = { (start: Int, limit: Int) in
            agents(from: start, in: s).filter { $0.range.upperBound <= limit }
                .map { Holder(code: $0.code, speaker: $0.text, end: end, confidence: (holders.map(\.confidence).min() ?? 0.6) - 0.1) }
        }
        // "Speaking also for Gabon and Mozambique, the representative of Ghana said …": the phrase opens the sentence.
        if let opening = Self.openingBehalf(s), end > opening.end, end <= cue.range.lowerBound {
            return (listed(opening.list, opening.end), true)
        }
        // "Together with Germany, France agreed …": those joined act with the subject, not through it.
        if let opening = Self.openingJoint(s), end > opening.end, end <= cue.range.lowerBound {
            return (listed(opening.list, opening.end), false)
        }
        guard end < cue.range.lowerBound,
              let marker = Self.firstFormula(Self.behalfMarkers, in: end..<cue.range.lowerBound, of: s.tokens) else { return ([], false) }
        return (listed(marker.end, cue.range.lowerBound), true)
    }

    /// The governments a first person says it acts for, anywhere in the sentence ("it fell to me to read, on behalf of
    /// A, B and C, the communique"); none where no first person comes before the marker, or another government acts
    /// between them.
    func actedForInFirstPerson(_ s: SentenceAnalysis) -> [String] {
        // Most sentences have no first person: looking for one is cheaper than looking for the marker.
        guard s.tokens.contains(where: { speakerDetector.firstPerson.contains($0.lower) }),
              let marker = Self.firstFormula(Self.behalfMarkers, in: s.tokens.indices, of: s.tokens),
              let person = s.tokens[..<marker.start].lastIndex(where: { speakerDetector.firstPerson.contains($0.lower) }),
              // Not where another government acts in between ("the draft that the United Kingdom has presented on
              // behalf of …").
              !s.mentions.contains(where: { $0.isGovernment && $0.range.lowerBound > person && $0.range.upperBound <= marker.start })
        else { return [] }
        return DocumentContext.distinct(agents(from: marker.end, in: s).map(\.code))
    }

    /// "on behalf of": after it, the governments a speaker speaks for.
    static let behalfMarkers = PhraseTrie(phrases: Array(Words.vocabulary("behalf_markers")))
    /// "Speaking", "on", "introducing": words that open a sentence with "on behalf of" or "speaking for".
    static let behalfOpeners = Words.english("behalf_openers")
    /// How far into such an opening "on behalf of" may begin ("Introducing the draft resolution on behalf of …").
    static let behalfOpeningReach = 6
    /// Marks that close a clause: what comes before them is another clause.
    static let clauseBreaks = Words.english("clause_breaks")
    /// Marks that set off a list spelling out a group named just before ("the four countries - A, B, C and D -").
    static let appositionOpeners = Words.english("apposition_openers")
    /// Where the clause holding token `k` begins: just after the last clause break before it, else at the start.
    static func clauseStart(before k: Int, in tokens: [Token]) -> Int {
        tokens[..<k].lastIndex { clauseBreaks.contains($0.text) }.map { $0 + 1 } ?? 0
    }
    /// Words of a short time or place phrase between a reporting verb and its "that" ("said on Friday that").
    static let adjunctWords = Words.english("report_adjunct_words")
    /// Words that open, after a comma, a clause that may have its own subject.
    static let contrastOpeners = Words.english("contrast_openers")
    /// "only" in "not only": a word after a negator that makes it add, not deny.
    static let addingAfterNegation = Words.english("adding_after_negation")

    /// Whether a line naming a statement says what it does: a directed participle right after the speech noun
    /// ("statement condemning the decision", "letter urging restraint").
    func statesItsStance(_ s: SentenceAnalysis) -> Bool {
        s.cues.contains { c in
            c.cue.stance.isDirected && participleAfter(c, s.tokens) { namesAText(at: $0, in: s) }
        }
    }

    /// "abstained on the resolution condemning Russia", "the bill banning leaflets": a participle right after a text
    /// says what the text does, not what the subject before it did.
    func describesText(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        participleAfter(cue, tokens) { cueMatcher.enacted.contains(tokens[$0].stem) }
    }

    /// Whether a cue is an "-ing" form right after a word that `noun` accepts (given that word's index): "statement
    /// condemning", "resolution condemning".
    func participleAfter(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token], noun: (Int) -> Bool) -> Bool {
        let k = cue.range.lowerBound
        return k > 0 && tokens[k].lower.hasSuffix("ing") && noun(k - 1)
    }

    /// Whether a cue is a verb of joining another in what they do ("joined", "joins").
    func joins(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        cue.range.count == 1 && Self.joiningVerbs.contains(cueMatcher.key(tokens[cue.range.lowerBound]))
    }

    /// Stems of "join" and the like, and the word that links them to the act joined in ("in").
    static let joiningVerbs = Set(Words.vocabulary("joining_verbs").map(Stemmer.stem))
    static let joiningLinks = Words.vocabulary("joining_links")

    /// "to stop", "to reconsider": an infinitive that completes the verb before it.
    func isComplement(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        cue.range.lowerBound > 0 && tokens[cue.range.lowerBound - 1].lower == "to"
    }

    /// The stance-bearing cue a report verb or directive introduces: the next one after it, or for
    /// '"…," the ministry said' the first one inside the quotation before it.
    func content(of cue: SentenceAnalysis.CueMatch, at index: Int, in s: SentenceAnalysis) -> SentenceAnalysis.CueMatch? {
        // "Statement by X on the launch": a report noun introduces no content of its own, but for the infinitive right
        // after it ("the government's decision to abandon the mission").
        if cue.cue.stance == .report && cue.cue.pos == .noun, cue.range.upperBound + 1 < s.tokens.count,
           s.tokens[cue.range.upperBound].lower == "to" {
            return s.cues[(index + 1)...].first { $0.range.lowerBound == cue.range.upperBound + 1 && $0.cue.stance.stance != nil }
        }
        // "the UK's statement condemning the decision", "a letter urging restraint": the participle right after a report
        // noun is what the text says.
        if cue.cue.stance == .report && cue.cue.pos == .noun, let next = s.cues[(index + 1)...].first, next.cue.stance.stance != nil,
           participleAfter(next, s.tokens, noun: { $0 == cue.range.upperBound - 1 }) {
            return next
        }
        // A noun that opens its clause with "that" ("Japan's position is that …") introduces it as a verb does.
        let opensClause = s.tokens[cue.range.upperBound - 1].lower == "that"
        if cue.cue.stance == .report && cue.cue.pos != .verb && !cue.text.lowercased().hasPrefix("according") && !opensClause { return nil }
        // "According to X, the launch violated …": "the launch" is a noun, the verdict is "violated".
        // A verb gives the verdict; a noun after "the" is the thing judged ("the launch violated …").
        // Within a dozen words; or anywhere inside a quotation that opens right after the verb
        // (said in a briefing, "In terms of the bill, increasing the flow of information is a priority").
        let quoteOpens = s.tokens[cue.range.upperBound..<min(s.tokens.count, cue.range.upperBound + 8)].contains(where: \.isQuote)
        // "reiterates its call for the release": a noun the holder owns right after the verb is what it says.
        let owned = { (c: SentenceAnalysis.CueMatch) in
            c.range.lowerBound == cue.range.upperBound + 1 && Self.ownPossessives.contains(s.tokens[cue.range.upperBound].lower)
        }
        // "The envoy's appeal was rejected": a passive predicate is what befell the noun, not what it asks for.
        let following = s.cues[(index + 1)...].filter { $0.cue.stance != .report && (!isNominal($0, s.tokens) || owned($0)) && !$0.describesNoun
            && !(cue.cue.pos == .noun && isPassive($0, s.tokens)) && !Self.isDrawnReaction($0, in: s)
            && ($0.range.lowerBound - cue.range.upperBound <= 12 || quoteOpens)
            && !inRelativeClause(s, $0.range.lowerBound, after: cue.range.upperBound)
            && !inClauseOfAnother(s, $0, after: cue.range.upperBound) }
        // "called China's move to deploy the rig provocative": a verb of naming says what it names its object, past
        // the object's own words.
        if cue.range.count == 1, Self.namingStems.contains(cueMatcher.key(s.tokens[cue.range.lowerBound])),
           let named = following.first(where: { $0.cue.pos == .fixed && $0.cue.stance.isDirected }) {
            return named
        }
        if let next = following.first(where: { $0.cue.pos != .noun }) ?? following.first {
            return verdict(over: next, in: s, after: cue.range.upperBound) ?? next
        }
        // '"…," the ministry said': the quotation ends at the last quotation mark before the verb, and its
        // verdict is usually its last cue ("the tariffs imposed on us are unacceptable").
        guard cue.cue.stance == .report, let close = s.tokens[..<cue.range.lowerBound].lastIndex(where: \.isQuote) else {
            // "It is vital that the ceasefire holds, the Chilean foreign minister said": the same without quotation marks.
            guard cue.cue.stance == .report, s.tokens.count - cue.range.upperBound <= 5,
                  !s.cues.contains(where: { $0.range.lowerBound >= cue.range.upperBound }),
                  let comma = s.tokens[..<cue.range.lowerBound].lastIndex(where: { $0.text == "," }),
                  cue.range.lowerBound - comma <= 8,
                  !s.cues.contains(where: { $0.range.lowerBound > comma && $0.range.upperBound <= cue.range.lowerBound }) else {
                return nil
            }
            // Not the infinitive of a noun ("regret the government's decision to abandon …, the envoy said").
            return s.cues[..<index].last { $0.cue.stance != .report && $0.range.upperBound <= comma && !isNominal($0, s.tokens)
                && !isNounComplement($0, in: s) }
        }
        let quoted = s.cues[..<index].filter { $0.cue.stance != .report && $0.range.upperBound <= close && !isNominal($0, s.tokens) }
        // '"We express regret that …," the official said': a first-person verb is the speaker's own verdict.
        if let own = quoted.first(where: { c in
            (max(0, c.range.lowerBound - 3)..<c.range.lowerBound).contains { speakerDetector.firstPersonSubjects.contains(s.tokens[$0].lower) }
        }) {
            return own
        }
        return quoted.last
    }

    /// A verdict whose subject holds `cue` ("launches" in "the missile launches threaten the region"): that verdict
    /// is what the clause says.
    func verdict(over cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, after floor: Int) -> SentenceAnalysis.CueMatch? {
        s.cues.first { c in
            c.range.lowerBound >= cue.range.upperBound
                && s.judgedSubject(of: c, after: floor, firstPerson: speakerDetector.firstPersonSubjects)?
                    .contains(cue.range.lowerBound) == true
        }
    }

    /// ", as the special rapporteur has proposed.": a cue with nothing after it in an "as" clause takes for its content
    /// the verdict of the clause before the comma ("review the law, as … proposed" proposes the review).
    func echoed(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> SentenceAnalysis.CueMatch? {
        let tokens = s.tokens
        guard cue.range.upperBound == tokens.count || !tokens[cue.range.upperBound].isWord,
              let a = tokens[..<cue.range.lowerBound].lastIndex(where: { $0.lower == "as" }), a > 0, tokens[a - 1].text == ",",
              !tokens[a..<cue.range.lowerBound].contains(where: { $0.text == "," }) else { return nil }
        return s.cues.last { $0.range.upperBound < a && $0.cue.stance != .report && !$0.describesNoun && !isNominal($0, tokens) }
    }

    /// Whether a cue names its own agent ("a veto cast by X", "was blocked by X") other than `code`.
    func hasOwnAgent(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, besides code: String) -> Bool {
        var k = cue.range.upperBound
        while k < min(s.tokens.count, cue.range.upperBound + 3) {
            if s.tokens[k].lower == "by",
               let m = s.mentions.first(where: { $0.range.lowerBound == k + 1 || $0.range.lowerBound == k + 2 }), m.code != code {
                return true
            }
            k += 1
        }
        return false
    }

    static let beForms: Set<String> = Words.english("be_forms")
    /// Forms of "have" that make a perfect ("had expressed").
    static let perfectAuxiliaries: Set<String> = Words.english("perfect_auxiliaries")
    /// Verbs of choosing before "to" and the act chosen ("chose to veto").
    static let choiceVerbs: Set<String> = Words.vocabulary("choice_verbs")
    /// Possessives that stand for a holder's own ("its call for", "their support for").
    static let ownPossessives: Set<String> = Words.english("own_possessives")
    /// Whether an actor is an organization of states (the UN, the EU, ECOWAS), not a state.
    func isOrganization(_ code: String) -> Bool { lexicon.actor(code)?.type == .organization }

    /// "its", "their": what opens "Its foreign minister said" and points back to a government.
    static let governmentPossessives: Set<String> = Words.english("government_possessives")
    /// Words after which a clause's subject begins ("said the bloc was", "warned that the alliance would").
    static let clauseSubjectOpeners = Words.english("clause_subject_openers")
    /// Words after which a verb cue is a noun: the cue matcher's determiners, and "any" ("any review").
    static let nominalMarkers = CueMatcher.determiners.union(Words.english("quantifiers"))

    /// "was not adopted", "were swiftly rejected": a past participle after a form of "be".
    func isPassive(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        let word = tokens[cue.range.lowerBound].lower
        guard cue.cue.pos == .verb || cue.cue.pos == .fixed, isParticiple(word) else { return false }
        var k = cue.range.lowerBound - 1
        // "was not adopted", "were swiftly rejected", "was also condemned by".
        while k >= 0, negators.contains(tokens[k].lower) || tokens[k].lower.hasSuffix("ly")
            || SentenceAnalysis.preVerbAdverbs.contains(tokens[k].lower) { k -= 1 }
        guard k >= 0 else { return false }
        if Self.beForms.contains(tokens[k].lower) { return true }
        // "was welcomed by Qatar but criticised by Israel": a participle joined to a passive with its agent is one too.
        guard Self.participleLinks.contains(tokens[k].lower),
              let be = tokens[..<k].lastIndex(where: { Self.beForms.contains($0.lower) }) else { return false }
        let between = tokens[(be + 1)..<k]
        return between.first.map { isParticiple($0.lower) } == true && between.contains { $0.lower == "by" }
    }

    /// A past participle, regular ("welcomed") or irregular ("taken").
    func isParticiple(_ word: String) -> Bool { word.hasSuffix("ed") || participles.contains(word) }

    /// Whether a measure verb acts on a government named as its whole object, a measure taken ("suspended Honduras from
    /// the organization", "suspends Egypt over the coup", "suspended Guinea last week"); not on what a name only
    /// qualifies ("freezes Serb laws", "suspended Russia's membership"), nor on a name no government bears ("suspended
    /// Parliament", "suspended New START").
    func measureOnAGovernment(_ cue: CueMatcher.Match, _ mentions: [ActorMention], _ tokens: [Token]) -> Bool {
        guard cue.range.count == 1, cueMatcher.isMeasureVerb(cue.cue, key: cueMatcher.key(tokens[cue.range.lowerBound])),
              let m = mentions.first(where: { m in
                  (m.range.lowerBound == cue.range.upperBound
                      || m.range.lowerBound == cue.range.upperBound + 1 && tokens[cue.range.upperBound].lower == "the")
                      && m.via == .name && m.isGovernment && !m.isPossessor && !m.code.isEmpty
              }) else { return false }
        let after = m.range.upperBound
        return after == tokens.count || !tokens[after].isWord || CueMatcher.afterNamedObject.contains(tokens[after].lower)
    }

    /// A one-word name between a verb and the preposition of its phrase ("warned Washington against"): the one addressed.
    static func namesAddressee(_ name: Range<Int>, inside cue: Range<Int>, _ tokens: [Token]) -> Bool {
        cue.count == 3 && name == (cue.lowerBound + 1)..<(cue.lowerBound + 2) && prepositions.contains(tokens[cue.upperBound - 1].lower)
    }

    /// The years from 1945 to 2099 a text names as four-digit numbers standing alone ("in 2019", not "A2020").
    static func yearsNamed(in text: String) -> Set<Int> {
        var years: Set<Int> = []
        var run = ""
        func close() {
            if run.count == 4, let year = Int(run), (1945...2099).contains(year) { years.insert(year) }
            run = ""
        }
        for c in text {
            if c.isLetter || c.isNumber { run.append(c) } else { close() }
        }
        close()
        return years
    }

    /// A verb cue used as a noun: "the launch", "its decision to", "a ban".
    func isNominal(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        guard cue.cue.pos == .verb, cue.range.lowerBound > 0 else { return false }
        return Self.nominalMarkers.contains(tokens[cue.range.lowerBound - 1].lower)
    }

    /// The stem of "fail", "fails", "failed".
    static let failStem = Stemmer.stem("fail")

    /// Directive verbs (prefixes of their forms) whose direction is that of the action they ask for.
    static let directiveVerbs = Words.vocabulary("directive_verbs")

    /// Whether a cue is a directive verb.
    func isDirective(_ cue: SentenceAnalysis.CueMatch) -> Bool {
        let key = cue.text.lowercased()
        return Self.directiveVerbs.contains { key.hasPrefix($0) }
    }

    static let adjunctOpeners = Words.english("adjunct_openers")
    /// "speakers", "members": plural nouns for those taking part in a body named before them ("Council members").
    static let participantNouns = Words.english("participant_nouns")
    static let secondPerson = Words.english("second_person")

    /// Whether a cue can be the speaker's own verdict: not what the one addressed did, nor what a thing described in a
    /// relative clause does ("fuel that supported the Houthis' objectives").
    func voices(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        guard !addressed(cue, in: s.tokens) else { return false }
        // "who" describes a person, of whom a verdict may be given ("a person who wants to perpetuate himself").
        guard let pronoun = (max(0, cue.range.lowerBound - 2)..<cue.range.lowerBound).last(where: {
            Self.relativePronouns.contains(s.tokens[$0].lower) }), s.tokens[pronoun].lower != "who" else { return true }
        return antecedentMayBeActor(before: pronoun, in: s)
    }

    /// "In your letter, you have called on Member States …", "Your constructive approach": what the speaker says the
    /// one addressed did or is is not the speaker's own position: in a sentence whose subject is the one addressed,
    /// any cue after that subject with no "we" between; elsewhere, a cue with a "you" within eight words before it in
    /// its clause, no "we" between.
    func addressed(_ cue: SentenceAnalysis.CueMatch, in tokens: [Token]) -> Bool {
        // A "we" in a question the one addressed asks ("… to share views on how we see the format") is still theirs.
        if let subject = Self.addresseeSubjectStart(tokens), subject <= cue.range.lowerBound,
           !(subject..<cue.range.lowerBound).contains(where: { k in speakerDetector.firstPersonSubjects.contains(tokens[k].lower)
               && !(k > 0 && Self.questionWords.contains(tokens[k - 1].lower)) }) {
            return true
        }
        let near = tokens[max(0, cue.range.lowerBound - 8)..<cue.range.lowerBound]
        let clause = near.lastIndex { $0.text == "," || $0.text == ";" }.map { near[($0 + 1)...] } ?? near
        let person = clause.last { Self.secondPerson.contains($0.lower) || speakerDetector.firstPersonSubjects.contains($0.lower) }
        return person.map { Self.secondPerson.contains($0.lower) } ?? false
    }

    /// "how", "what", "whether": words that open an embedded question.
    static let questionWords = Words.english("question_words")

    /// Where the subject of a sentence about the one addressed begins ("Your constructive approach has given us
    /// hope", "In your letter, you have called on Member States …"): the sentence opens with "you" or "your", or
    /// with an adverbial phrase followed by "you". Nil for any other sentence.
    static func addresseeSubjectStart(_ tokens: [Token]) -> Int? {
        guard let first = tokens.firstIndex(where: \.isWord) else { return nil }
        if secondPerson.contains(tokens[first].lower), first + 1 < tokens.count, tokens[first + 1].text != "," { return first }
        if let comma = openingAdjunctEnd(tokens), comma + 1 < tokens.count, secondPerson.contains(tokens[comma + 1].lower) {
            return comma + 1
        }
        return nil
    }

    /// Where a sentence's own words begin: after a transcript turn's label ("Q:", "MR MILLER:"), else at its start.
    static func turnStart(_ tokens: [Token]) -> Int {
        SpeakerDetector.speakerLabelEnd(tokens).map { $0 + 1 } ?? 0
    }

    /// The comma that closes an adverbial phrase opening the sentence ("Without evidence to support them,"), if any;
    /// in a transcript, after the turn's label ("Q: After last week's meeting, …").
    static func openingAdjunctEnd(_ tokens: [Token]) -> Int? {
        let start = turnStart(tokens)
        guard start < tokens.count, adjunctOpeners.contains(tokens[start].lower) else { return nil }
        return tokens[start...].prefix(20).firstIndex { $0.text == "," }
    }

    /// The comma that closes an opening phrase naming those a speaker speaks for ("Speaking also on behalf of Gabon and
    /// Mozambique, the representative of Ghana said …"), and where the governments of that phrase begin.
    static func openingBehalf(_ s: SentenceAnalysis) -> (list: Int, end: Int)? {
        let tokens = s.tokens
        guard let first = tokens.first, behalfOpeners.contains(first.lower),
              let marker = firstFormula(behalfMarkers, in: 0..<min(behalfOpeningReach, tokens.count), of: tokens),
              let end = phraseEnd(in: s, from: marker.end) else { return nil }
        return (marker.end, end)
    }

    /// "Together with Germany, France agreed …", "On 24 May, together with the other member states of the European
    /// Union, we agreed …": an opening phrase that joins governments to the subject after it; where its list begins
    /// and the comma that ends it.
    static func openingJoint(_ s: SentenceAnalysis) -> (list: Int, end: Int)? {
        let tokens = s.tokens
        for k in 0..<min(8, tokens.count) where k == 0 || tokens[k - 1].text == "," {
            if let list = formulaEnd(joiningFormulas, at: k, in: tokens), let end = phraseEnd(in: s, from: list) { return (list, end) }
        }
        return nil
    }

    /// The comma that closes an opening phrase, an adjunct or a speaker's "on behalf of": who comes right after it is
    /// the main clause's subject, not one more of a list the phrase began ("After talks with Russia and China, the
    /// United States vetoed …"); in a transcript, after the turn's label ("Q: After last week's meeting, …").
    static func openingPhraseEnd(_ s: SentenceAnalysis) -> Int? {
        let start = turnStart(s.tokens)
        if start < s.tokens.count, adjunctOpeners.contains(s.tokens[start].lower) { return phraseEnd(in: s, from: start + 1) }
        return openingBehalf(s)?.end ?? openingJoint(s)?.end
    }

    /// The first comma from `start` that no list of governments goes on past ("by the Russian Federation, China and
    /// Algeria, the text …"): a comma followed by a conjunction, or by a government followed by a comma or conjunction,
    /// is inside the list.
    private static func phraseEnd(in s: SentenceAnalysis, from start: Int) -> Int? {
        let tokens = s.tokens
        var k = start
        while k < min(tokens.count, 30) {
            defer { k += 1 }
            guard tokens[k].text == ",", k > start else { continue }
            let next = k + 1
            guard next < tokens.count else { return nil }
            if listConjunctions.contains(tokens[next].lower) { continue }
            // One more of a list ("Speaking for Chile, Peru, and Mexico, …"), not the subject with a relative clause of
            // its own ("…, the representative of Bulgaria, which holds the presidency, welcomed").
            if let m = s.mentions.first(where: { $0.range.lowerBound == next && $0.isGovernment }), m.range.upperBound < tokens.count,
               tokens[m.range.upperBound].text == "," || listConjunctions.contains(tokens[m.range.upperBound].lower),
               commaRelativeOpening(before: min(tokens.count, m.range.upperBound + 2), in: tokens) != m.range.upperBound {
                continue
            }
            return k
        }
        return nil
    }

    /// The cue in a sentence with no holder of its own, attributed to a known speaker (quote continuation, issuer):
    /// what the speaker says, so always a statement.
    func contentAttribution(_ s: SentenceAnalysis, code: String, speaker: String, confidence: Double) -> Attribution {
        // A gerund opening the sentence ("Sending leaflets … violates") is its subject, not the speaker's cue; a cue
        // another government holds ("the United States stands behind …") is what the speaker reports, and the
        // speaker's own view is in the words left ("… the 'human rights' racket"), and in any loaded word, which
        // judges what the other government did ("the U.S. has made another provocation").
        // Another's cue runs from just past its holder's name: "the Russian Federation announced that it was
        // suspending" leaves "announced" to no one else.
        let others = s.attributions.filter { $0.code != code }.map { a in
            a.holderEnd.map { min($0, a.cueRange.lowerBound)..<max(a.cueRange.upperBound, $0 + 1) } ?? a.cueRange
        }
        let all = s.cues.filter { cue in
            !cue.describesNoun && !(cue.range.lowerBound <= 1 && s.tokens[cue.range.lowerBound].lower.hasSuffix("ing"))
                && (cue.cue.loaded != nil || !others.contains { $0.overlaps(cue.range) }) && voices(cue, in: s)
        }
        // "Without evidence to support them, the results cannot be recognised": the main clause says it, not the
        // phrase before it.
        let opening = Self.openingAdjunctEnd(s.tokens)
        let main: [SentenceAnalysis.CueMatch] = opening.map { end in all.filter { $0.range.lowerBound > end } } ?? []
        let predicates = main.contains(where: { $0.cue.stance != .report }) ? main : all
        // A judging word is the speaker's verdict before any other cue ("the claim that most states support it is
        // based on faulty figures").
        // A noun cue before a verb cue is the verb's subject ("The proposal must be rejected").
        let first = predicates.first(where: { $0.cue.loaded == .label })
            ?? predicates.first(where: { c in c.cue.stance != .report && !(c.cue.pos == .noun && predicates.contains {
                $0.range.lowerBound > c.range.upperBound && $0.cue.pos != .noun && $0.cue.stance != .report }) })
            ?? predicates.first
        // "The missile launches threaten the region": a cue inside the subject of a verdict on it is not the one.
        let floor = SpeakerDetector.speakerLabelEnd(s.tokens).map { $0 + 1 } ?? 0
        let cue = first.map { verdict(over: $0, in: s, after: floor) ?? $0 }
        let direction = cue?.cue.stance.stance ?? .neutral
        let stance = cue.map { negated(s.tokens, before: $0.range.lowerBound, after: 0) } == true ? direction.reversed : direction
        return Attribution(code: code, speaker: speaker, cue: cue?.text ?? modal(s.tokens, from: 0, to: s.tokens.count) ?? "",
                           cueRange: cue?.range ?? 0..<s.tokens.count, stance: stance,
                           kind: .statement, confidence: confidence,
                           judgedSubject: cue.flatMap { s.judgedSubject(of: $0, after: floor, firstPerson: speakerDetector.firstPersonSubjects) })
    }
}
