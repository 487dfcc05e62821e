/// Reads positions out of a document: who holds which stance, in which sentence, with what confidence.
///
/// Document-local by design: a document's positions depend only on it and the lexicons, so
/// documents can be extracted in any order or in parallel with identical results.
public struct PositionExtractor: Sendable {
    let lexicon: Lexicon
    let recognizer: ActorRecognizer
    let cueMatcher: CueMatcher
    let issueAssigner: IssueAssigner
    private let negators: Set<String>
    private let modals: PhraseTrie<String>
    private let reversing: PhraseTrie<String>
    private let hedges: Set<String>
    private let noComment: PhraseTrie<String>
    private let predictions: PhraseTrie<String>

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        recognizer = ActorRecognizer(gazetteer: ActorGazetteer(lexicon))
        cueMatcher = CueMatcher(lexicon.cues)
        issueAssigner = IssueAssigner(lexicon.issues, actors: lexicon.actors)
        negators = Set(lexicon.cues.negators.map { $0.lowercased().replacingAll("’", with: "'") })
        modals = Self.trie(lexicon.cues.recommendationModals)
        reversing = Self.trie(lexicon.cues.reversingVerbs)
        noComment = Self.trie(lexicon.cues.noComment)
        predictions = Self.trie(lexicon.cues.predictions)
        hedges = Set(lexicon.cues.hedges.map { $0.lowercased() })
    }

    private static func trie(_ phrases: [String]) -> PhraseTrie<String> {
        var trie = PhraseTrie<String>()
        for phrase in phrases {
            let tokens = Tokenizer.phraseTokens(phrase)
            trie.insert(tokens.map(\.lower), phrase)
        }
        return trie
    }

    /// Positions and recommendations in a document, in text order, with issues assigned.
    public func positions(in document: Document) -> [Position] {
        var context = DocumentContext(date: document.metadata.date, issuer: document.metadata.issuer)
        var sentences = analyze(document, &context)
        if context.issuer == nil { context.issuer = IssuerDetector.issuer(of: sentences, kind: document.metadata.kind) }
        attribute(&sentences, document: document, context: &context)
        return issueAssigner.assign(sentences, in: document, names: recognizer.gazetteer)
    }

    private func analyze(_ document: Document, _ context: inout DocumentContext) -> [SentenceAnalysis] {
        var out: [SentenceAnalysis] = []
        let scalars = Array(document.text.unicodeScalars)
        for paragraph in document.paragraphs {
            let text = String(String.UnicodeScalarView(scalars[paragraph.start..<paragraph.end]))
            for range in SentenceSplitter.split(text) {
                let start = paragraph.start + range.lowerBound
                let sentence = String(String.UnicodeScalarView(scalars[start..<(paragraph.start + range.upperBound)]))
                let tokens = Tokenizer.tokens(sentence[...], offset: start)
                var mentions = recognizer.mentions(in: tokens, context: &context)
                var expanded: [ActorMention] = []
                for (k, var m) in mentions.enumerated() {
                    // "the state news agency KCNA", "the foreign minister, Wang Yi": the name that follows says whose.
                    if m.via == .reference, m.count == 1, k + 1 < mentions.count, !mentions[k + 1].code.isEmpty,
                       mentions[k + 1].range.lowerBound <= m.range.upperBound + 1 {
                        m.code = mentions[k + 1].code
                        expanded.append(m)
                        continue
                    }
                    if m.via == .reference && m.count > 1 {
                        for code in context.resolve(count: m.count, sentence: out.count) {
                            m.code = code
                            expanded.append(m)
                        }
                        continue
                    }
                    if m.via == .reference {
                        m.code = context.resolve(institution: m.institution, person: false, sentence: out.count) ?? ""
                    }
                    expanded.append(m)
                }
                mentions = expanded
                mentions.removeAll { $0.code.isEmpty }
                for m in mentions where (m.isGovernment || m.via == .lawOwner || (m.isPossessor && m.institution != nil))
                    && !Self.insideQuote(tokens, m.range.lowerBound) {
                    let before = m.range.lowerBound > 0 ? tokens[m.range.lowerBound - 1].lower : ""
                    let according = before == "to" && m.range.lowerBound > 1 && tokens[m.range.lowerBound - 2].lower == "according"
                    guard !Self.prepositions.contains(before) || according else { continue }
                    // A legislature or government makes laws: "the amendment" later is theirs.
                    let lawMaker = ["national assembly", "parliament", "congress", "legislature", "senate", "cabinet",
                                    "government", "administration"].contains(m.institution ?? "")
                    if lawMaker {
                        context.recent.append(.init(code: m.code, institution: "law", isPerson: false, sentence: out.count))
                    }
                    let personNoun = ["spokesman", "spokeswoman", "spokesperson", "minister", "foreign minister", "official",
                                      "ambassador", "envoy", "president", "prime minister", "premier", "chancellor",
                                      "leader", "representative", "delegate", "negotiator", "diplomat", "secretary"]
                        .contains(m.institution ?? "")
                    context.recent.append(.init(code: m.code, institution: m.institution,
                                                isPerson: m.via == .official || m.via == .person || personNoun, sentence: out.count))
                }
                out.append(SentenceAnalysis(
                    paragraph: paragraph.index, isHeading: paragraph.isHeading, start: start,
                    end: paragraph.start + range.upperBound, text: sentence, tokens: tokens, mentions: mentions,
                    // "United States", "State Department": words of a name are not cues.
                    cues: cueMatcher.matches(in: tokens).filter { cue in !mentions.contains { $0.range.overlaps(cue.range) } }))
            }
        }
        return out
    }

    // MARK: - Attribution

    private func attribute(_ sentences: inout [SentenceAnalysis], document: Document, context: inout DocumentContext) {
        var lastSpeaker: (code: String, speaker: String, paragraph: Int)?
        for index in sentences.indices {
            var s = sentences[index]
            defer { sentences[index] = s }
            if s.isQuestion || startsHypothetical(s.tokens) { continue }
            s.attributions = attributions(in: s, index: index, context: context)
            if s.attributions.isEmpty, s.opensWithQuote, let speaker = quoteSpeaker(sentences, index, lastSpeaker) {
                s.attributions = [contentAttribution(s, code: speaker.code, speaker: speaker.speaker, confidence: 0.6)]
            }
            // An official statement speaks for its issuer throughout, also where it reports what others did.
            if let issuer = context.issuer, !s.attributions.contains(where: { $0.code == issuer }),
               !s.cues.isEmpty || hasModal(s.tokens) || !issueAssigner.candidates(s.tokens, cue: 0..<0).isEmpty {
                s.attributions.append(contentAttribution(s, code: issuer, speaker: firstPerson(s.tokens) ?? "(issuer)",
                                                         confidence: s.attributions.isEmpty ? 0.5 : 0.4))
            }
            if let reporter = s.attributions.first(where: { $0.kind != .recommendation }) {
                lastSpeaker = (reporter.code, reporter.speaker, s.paragraph)
            }
            for a in s.attributions where a.kind != .recommendation { context.holders.append((a.code, index)) }
            if lawSubject(of: s) != nil { context.lawSubjectSentence = index }
        }
    }

    /// A speaker for a sentence that is all quotation: the attribution that closes the quote, or the one before it.
    private func quoteSpeaker(_ sentences: [SentenceAnalysis], _ index: Int,
                              _ last: (code: String, speaker: String, paragraph: Int)?) -> (code: String, speaker: String)? {
        var j = index + 1
        while j < sentences.count, j <= index + 3, sentences[j].paragraph == sentences[index].paragraph {
            let t = sentences[j]
            if let a = attributions(in: t, index: j, context: DocumentContext()).first(where: { $0.kind != .recommendation }),
               t.tokens.contains(where: \.isQuote) {
                return (a.code, a.speaker)
            }
            j += 1
        }
        if let last, sentences[index].paragraph - last.paragraph <= 1 { return (last.code, last.speaker) }
        return nil
    }

    /// Every actor that holds a cue in this sentence; an actor may hold several cues (one position per issue).
    private func attributions(in s: SentenceAnalysis, index: Int, context: DocumentContext) -> [Attribution] {
        var out: [Attribution] = []
        let tokens = s.tokens
        var consumed: Set<Int> = []
        var previous: (holders: [Holder], cueEnd: Int)?
        for (ci, cue) in s.cues.enumerated() {
            if consumed.contains(ci) || (isComplement(cue, tokens) && ci > 0) { continue }
            var holders = self.holders(of: cue, in: s, index: index, context: context)
            // "X did A, fearing B" / "X did A in order to B" / "X raided offices and restricted launches":
            // a later verb with no subject of its own shares the subject before it.
            if holders.isEmpty, let previous, cue.cue.pos == .verb, !isNominal(cue, tokens), !s.mentions.contains(where: {
                $0.isGovernment && $0.range.lowerBound >= previous.cueEnd && $0.range.upperBound <= cue.range.lowerBound
            }), !tokens[previous.cueEnd..<cue.range.lowerBound].contains(where: { Self.subjectBlockers.contains($0.lower) || $0.isQuote }) {
                holders = previous.holders.map { Holder(code: $0.code, speaker: $0.speaker, end: $0.end, confidence: $0.confidence - 0.1) }
            }
            // "concern about S. Korea's leaflet ban": a policy named as the object of another actor's reaction is not
            // its owner's position there; a demand or appeal so reported is ("the regime's demands to end …").
            if previous != nil, cue.cue.kind == .action, holders.allSatisfy(\.isPossessor) { continue }
            if holders.isEmpty { continue }
            previous = (holders, cue.range.upperBound)
            for holder in holders {
                if declinesComment(tokens, from: holder.end) { continue }
                // "Pyongyang is expected to condemn …": a forecast, not a position.
                if holder.end < cue.range.lowerBound,
                   (holder.end..<cue.range.lowerBound).contains(where: { !predictions.matches(in: tokens, from: $0, key: \.lower).isEmpty }) {
                    continue
                }
                var stance = cue.cue.stance.stance
                var cueText = cue.text
                var cueRange = cue.range
                var kind = cue.cue.kind
                // A report verb or directive takes its direction from what follows ("said it would stop", "urged Seoul to halt").
                // "demanded a ceasefire … due to a veto cast by the United States": a cue with an agent of its own is
                // another government's act, not what this one says.
                if stance == nil || isDirective(cue), let content = self.content(of: cue, at: ci, in: s),
                   !hasOwnAgent(content, in: s, besides: holder.code) {
                    if let k = s.cues.firstIndex(of: content) { consumed.insert(k) }
                    let inner = content.cue.stance.stance ?? .neutral
                    stance = stance == nil ? inner : (stance == .oppose ? inner.reversed : inner)
                    cueText += " … " + content.text
                    cueRange = content.range
                    if cue.cue.stance == .report { kind = content.cue.kind == .action ? .statement : content.cue.kind }
                }
                let reportOnly = stance == nil
                let isNegated = negated(tokens, before: cue.range.lowerBound, after: holder.end)
                let finalStance = isNegated ? (stance ?? .neutral).reversed : (stance ?? .neutral)
                var confidence = holder.confidence
                if hedged(tokens, before: cue.range.lowerBound, after: holder.end) { confidence -= 0.2 }
                if let modal = modal(tokens, from: holder.end, to: cue.range.lowerBound), context.issuer != holder.code {
                    kind = .recommendation
                    cueText = modal + " " + cueText
                }
                if holder.isFirstPerson { kind = kind == .recommendation ? .statement : kind }
                out.append(Attribution(code: holder.code, speaker: holder.speaker, cue: cueText, cueRange: cueRange,
                                       stance: finalStance, kind: kind, confidence: max(0.1, min(1, confidence)),
                                       negated: isNegated, reportOnly: reportOnly))
            }
        }
        // "Seoul should ..." with no cue: the author's recommendation all the same.
        if out.isEmpty {
            for m in s.mentions where m.isGovernment && m.code != context.issuer {
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
                a.kind != .recommendation && a.cueRange.lowerBound > m
                    && !tokens[m..<a.cueRange.lowerBound].contains { $0.text == "," || $0.lower == "as" }
            }
        }
        return out
    }

    struct Holder {
        var code: String
        var speaker: String
        var end: Int
        var confidence: Double
        var isFirstPerson = false
        /// Held through a possessive ("Seoul's ban").
        var isPossessor = false
    }

    static let subjectBlockers: Set<String> = [
        ";", ":", "which", "who", "whom", "whose", "because", "if", "although", "though", "unless", "whether",
        "when", "while", "before", "but", "(", ")", "where",
    ]
    static let prepositions: Set<String> = [
        "of", "from", "by", "with", "for", "against", "about", "on", "over", "to", "in", "into", "at", "toward",
        "towards", "between", "among", "than", "under", "through", "behind", "upon", "like", "including",
    ]
    static let pronouns: [String: Bool] = ["it": false, "they": false, "he": true, "she": true]
    static let firstPersonWords: Set<String> = ["we", "i", "our"]

    private func holders(of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, index: Int, context: DocumentContext) -> [Holder] {
        let tokens = s.tokens
        let start = cue.range.lowerBound
        // "Pyongyang's demands": a possessor holds a nominal cue.
        if let m = s.mentions.first(where: { $0.isPossessor && ($0.range.upperBound == start || $0.range.upperBound == start - 1) }) {
            return [Holder(code: m.code, speaker: m.text, end: m.range.upperBound, confidence: 0.7, isPossessor: true)]
        }
        // Subject to the left, with anything coordinated with it.
        var j = start - 1
        var words = 0
        while j >= 0, words <= 12 {
            let t = tokens[j]
            // "the law that imposes", "the administration, which cut": the relative pronoun points to its antecedent.
            // "Mohamed Issa Abushahab (United Arab Emirates) noted": the delegate of the state in brackets.
            if t.text == ")", let m = s.mentions.first(where: { $0.range.upperBound == j && $0.isGovernment }),
               m.range.lowerBound > 0, tokens[m.range.lowerBound - 1].text == "(" {
                return [Holder(code: m.code, speaker: m.text, end: j + 1, confidence: 0.7)]
            }
            let relative = ["that", "which", "who"].contains(t.lower) && words <= 2
            if Self.subjectBlockers.contains(t.lower) && !relative { break }
            // Another verb on the way has the subject to itself ("the State Department condemned the launch").
            if s.cues.contains(where: { $0.range.contains(j) && $0.range != cue.range && $0.cue.pos == .verb && !isNominal($0, tokens) }) {
                break
            }
            if t.lower == "that" && !relative { break }
            if let m = s.mentions.first(where: { $0.range.upperBound == j + 1 && $0.isGovernment }) {
                if isSubject(m, of: cue, in: s) {
                    return coordinated(with: m, before: cue, in: s).map {
                        Holder(code: $0.code, speaker: $0.text, end: m.range.upperBound, confidence: confidence(of: $0))
                    }
                }
                j = m.range.lowerBound - 1
                words += 1
                continue
            }
            // "the law imposes", "a new South Korean law that imposes": a law acts for the government that made it.
            if ActorRecognizer.lawNouns.contains(t.lower), words <= 3 || lawSubject(of: s) == j,
               let owner = lawOwner(at: j, in: s, sentence: index, context: context) {
                return [Holder(code: owner, speaker: t.text, end: j + 1, confidence: 0.5)]
            }
            // "It limits what can be sent …" right after a sentence about the law: the law again.
            if t.lower == "it", j == 0, context.lawSubjectSentence == index - 1,
               let owner = lawOwner(at: nil, in: s, sentence: index, context: context) {
                return [Holder(code: owner, speaker: t.text, end: j + 1, confidence: 0.4)]
            }
            if let isPerson = Self.pronouns[t.lower], words <= 3, refersToActor(t, at: j, in: s, index: index, context: context),
               let code = isPerson ? context.resolvePerson(before: index)
                   : recentInSentence(s, before: j) ?? context.lastHolder(before: index)
                    ?? context.resolve(institution: nil, person: false, sentence: index) {
                return [Holder(code: code, speaker: t.text, end: j + 1, confidence: 0.5)]
            }
            if Self.firstPersonWords.contains(t.lower), words <= 4, let issuer = context.issuer, !insideQuote(tokens, j) {
                return [Holder(code: issuer, speaker: t.text, end: j + 1, confidence: 0.7, isFirstPerson: true)]
            }
            if t.isWord || t.kind == .number { words += 1 }
            j -= 1
        }
        // Postposed speaker: "…," the ministry said / said Adam Austen, the spokesman for …; "according to X".
        let inverted = start > 0 && (tokens[start - 1].isQuote || tokens[start - 1].text == ",")
        if (cue.cue.stance == .report && inverted) || cue.cue.pos == .fixed {
            var k = cue.range.upperBound
            var skipped = 0
            while k < tokens.count, skipped <= (inverted ? 8 : 3) {
                if let m = s.mentions.first(where: { $0.range.lowerBound == k && ($0.isGovernment || $0.isPossessor) }) {
                    return [Holder(code: m.code, speaker: m.text, end: m.range.upperBound, confidence: confidence(of: m))]
                }
                if tokens[k].isQuote || tokens[k].lower == "that" { break }
                skipped += 1
                k += 1
            }
        }
        // Agent after the cue: "was vetoed by the United States", "a veto cast by X", "support from China, France and …".
        var k = cue.range.upperBound
        while k < min(tokens.count, cue.range.upperBound + 5) {
            // Only a finite passive ("was vetoed by") or a noun ("a veto cast by"): "the tariffs imposed by X" names a
            // policy, it does not report X acting.
            let beforeCue = start > 0 ? tokens[start - 1].lower : ""
            let finite = ["was", "were", "is", "are", "been", "be", "being", "got", "a", "an", "the", "its"].contains(beforeCue)
                || Self.prepositions.contains(beforeCue) || cue.cue.pos == .noun
            if (finite && tokens[k].lower == "by") || tokens[k].lower == "from" {
                var agents: [ActorMention] = []
                var m = k + 1
                while m < min(tokens.count, k + 16) {
                    if let mention = s.mentions.first(where: { $0.range.lowerBound == m && $0.isGovernment }) {
                        if !agents.contains(where: { $0.code == mention.code }) { agents.append(mention) }
                        m = mention.range.upperBound
                    } else if [",", "and", "the", "including", "(", ")", "as", "well", "both"].contains(tokens[m].lower)
                                || (agents.isEmpty && (tokens[m].isWord || tokens[m].kind == .number)) {
                        m += 1
                    } else {
                        break
                    }
                }
                if !agents.isEmpty {
                    return agents.map { Holder(code: $0.code, speaker: $0.text, end: start, confidence: 0.6) }
                }
            }
            if !tokens[k].isWord { break }
            k += 1
        }
        return []
    }

    static let speechNouns: Set<String> = [
        "remarks", "remark", "statement", "statements", "comments", "comment", "report", "announcement", "letter",
        "spokesman", "spokeswoman", "spokesperson", "official", "officials",
    ]

    /// Whether a mention left of a cue is its subject. After a preposition it is not ("for Seoul"), except as the
    /// author of a statement ("agreed with State Department remarks supporting …"), as the office behind a
    /// spokesman ("the spokesman for Foreign Minister Freeland said"), or in "with the United Kingdom abstaining".
    private func isSubject(_ m: ActorMention, of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        var b = m.range.lowerBound - 1
        while b >= 0, ["the", "a", "an", "its", "their"].contains(tokens[b].lower) { b -= 1 }
        let before = b >= 0 ? tokens[b].lower : ""
        // "against China, the European Union, Canada and Turkey": a list that a preposition opens is no subject.
        if before == "," || before == "and" || before == "or" {
            let list = coordinated(with: m, before: cue, in: s)
            if let first = list.first, first.range != m.range {
                let opener = first.range.lowerBound > 0 ? tokens[first.range.lowerBound - 1].lower : ""
                // "several major economies, including China, India and Russia, have rejected": the list spells out the subject.
                return opener == "including" || isSubject(first, of: cue, in: s)
            }
        }
        guard Self.prepositions.contains(before) else { return true }
        let after = m.range.upperBound < tokens.count ? tokens[m.range.upperBound].lower : ""
        if Self.speechNouns.contains(after) { return true }
        if (before == "for" || before == "of"), b >= 1, Self.speechNouns.contains(tokens[b - 1].lower) { return true }
        if before == "with", m.range.upperBound == cue.range.lowerBound, tokens[cue.range.lowerBound].lower.hasSuffix("ing") {
            return true
        }
        return false
    }

    /// Whose law the noun at `index` is: a "South Korean law" in the same phrase, else the government last named.
    private func lawOwner(at index: Int?, in s: SentenceAnalysis, sentence: Int, context: DocumentContext) -> String? {
        if let index {
            if let own = s.mentions.first(where: { $0.via == .lawOwner && $0.range.upperBound == index + 1 }) { return own.code }
            let before = index > 0 ? s.tokens[index - 1].lower : ""
            guard ["the", "this", "that", "its", "new", "amended", "revised", "-"].contains(before)
                    || s.tokens[max(0, index - 3)..<index].contains(where: { $0.lower == "the" })
                    || lawSubject(of: s) == index else { return nil }
        }
        if let owner = context.recent.last(where: { $0.institution == "law" && $0.sentence < sentence && sentence - $0.sentence <= 6 }) {
            return owner.code
        }
        // Only states make laws: the state that last held a position nearby.
        return context.lastHolder(before: sentence, window: 3) { lexicon.actor($0)?.type == .state }
    }

    /// The law noun heading a sentence's subject ("The newly amended Law on … Act stymies …", "Colloquially known as
    /// the anti-leaflet law, the bill's scope …"), if the subject is a law.
    func lawSubject(of s: SentenceAnalysis) -> Int? {
        let tokens = s.tokens
        // The sentence's verb: not a participle inside the subject ("The newly amended Law", "the revised act").
        let firstVerb = s.cues.first { cue in
            guard cue.cue.pos == .verb, cue.range.lowerBound > 0 else { return cue.cue.pos == .verb }
            let before = tokens[cue.range.lowerBound - 1].lower
            return !CueMatcher.determiners.contains(before) && !before.hasSuffix("ly")
        }?.range.lowerBound ?? tokens.count
        var starts = [0]
        if let comma = tokens.prefix(12).firstIndex(where: { $0.text == "," }) { starts.append(comma + 1) }
        for start in starts where start < firstVerb && ["the", "this", "a", "an", "its"].contains(tokens[start].lower) {
            if let law = (start..<firstVerb).first(where: { ActorRecognizer.lawNouns.contains(tokens[$0].lower) }) { return law }
        }
        return nil
    }

    /// Whether a pronoun can stand for a government here: not the "it" of "it is encouraging that", not a
    /// pronoun inside someone's quotation, and "they" only after several governments or a plural office.
    private func refersToActor(_ t: Token, at j: Int, in s: SentenceAnalysis, index: Int, context: DocumentContext) -> Bool {
        if insideQuote(s.tokens, j) { return false }
        let next = j + 1 < s.tokens.count ? s.tokens[j + 1].lower : ""
        if t.lower == "it", ["is", "was", "'s", "seems", "seemed", "appears", "appeared", "would", "remains"].contains(next) {
            return false
        }
        if t.lower == "they" {
            let recent = context.holders.filter { $0.sentence < index && index - $0.sentence <= 2 }
            return Set(recent.map(\.code)).count >= 2
                || context.recent.contains { index - $0.sentence <= 2 && ["officials", "authorities", "leaders"].contains($0.institution ?? "") }
        }
        return true
    }

    private func confidence(of mention: ActorMention) -> Double {
        switch mention.via {
        case .name, .institution, .demonymInstitution, .official, .administration: 0.8
        case .capital, .person: 0.7
        case .reference, .pronoun, .firstPerson, .lawOwner: 0.6
        }
    }

    /// The subject and the mentions joined to it by commas and "and": "Members of Congress, the United Nations, and …".
    private func coordinated(with subject: ActorMention, before cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> [ActorMention] {
        // "the two countries", "the two Koreas": one phrase, several actors.
        let sameRange = s.mentions.filter { $0.range == subject.range && $0.isGovernment }
        if sameRange.count > 1 { return sameRange }
        var group = [subject]
        // "Members of Congress, the United Nations, and human rights organizations have criticized": the list's
        // conjunction may stand after the last government in it.
        var sawConjunction = s.tokens[subject.range.upperBound..<cue.range.lowerBound].contains { ["and", "or", "&"].contains($0.lower) }
        let joiners: Set<String> = [",", "and", "or", "the", "both", "as", "well", "including", "&"]
        // Items after the subject up to the verb ("China, India, and Russia have rejected": subject is the last).
        var cursor = subject.range.lowerBound - 1
        while cursor >= 0 {
            var gap = 0
            var k = cursor
            var hitJoiner = false
            while k >= 0, gap <= 4, s.mentions.first(where: { $0.range.upperBound == k + 1 && $0.isGovernment }) == nil {
                if joiners.contains(s.tokens[k].lower) {
                    hitJoiner = true
                    if ["and", "or", "&", "well"].contains(s.tokens[k].lower) { sawConjunction = true }
                } else if !s.tokens[k].isWord || Self.subjectBlockers.contains(s.tokens[k].lower) { gap = 99; break }
                gap += 1
                k -= 1
            }
            guard k >= 0, gap <= 4, hitJoiner, let m = s.mentions.first(where: { $0.range.upperBound == k + 1 && $0.isGovernment }) else { break }
            let before = m.range.lowerBound > 0 ? s.tokens[m.range.lowerBound - 1].lower : ""
            if Self.prepositions.contains(before) && before != "including" { break }
            if !group.contains(where: { $0.code == m.code }) { group.insert(m, at: 0) }
            cursor = m.range.lowerBound - 1
        }
        // A list of governments needs its "and"/"or" ("For Seoul, the government said" names one subject),
        // except a headline's list of three or more ("Japan, U.S., S. Korea slam …").
        return sawConjunction || group.count >= 3 ? group : [subject]
    }

    private func recentInSentence(_ s: SentenceAnalysis, before index: Int) -> String? {
        s.mentions.last(where: { $0.range.upperBound <= index && $0.isGovernment })?.code
    }

    private func insideQuote(_ tokens: [Token], _ index: Int) -> Bool { Self.insideQuote(tokens, index) }

    /// Whether an odd number of quotation marks precede the token: it stands inside a quotation.
    static func insideQuote(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[..<index].filter(\.isQuote).count % 2 == 1
    }

    /// "to stop", "to reconsider": an infinitive that completes the verb before it.
    private func isComplement(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        cue.range.lowerBound > 0 && tokens[cue.range.lowerBound - 1].lower == "to"
    }

    /// The stance-bearing cue a report verb or directive introduces: the next one after it, or for
    /// '"…," the ministry said' the first one inside the quotation before it.
    private func content(of cue: SentenceAnalysis.CueMatch, at index: Int, in s: SentenceAnalysis) -> SentenceAnalysis.CueMatch? {
        // "Statement by X on the launch": a report noun introduces no content of its own.
        if cue.cue.stance == .report && cue.cue.pos != .verb && !cue.text.lowercased().hasPrefix("according") { return nil }
        // "According to X, the launch violated …": "the launch" is a noun, the verdict is "violated".
        // A verb gives the verdict; a noun after "the" is the thing judged ("the launch violated …").
        // Within a dozen words; or anywhere inside a quotation that opens right after the verb
        // (said in a briefing, "In terms of the bill, increasing the flow of information is a priority").
        let quoteOpens = s.tokens[cue.range.upperBound..<min(s.tokens.count, cue.range.upperBound + 8)].contains(where: \.isQuote)
        let following = s.cues[(index + 1)...].filter { $0.cue.stance != .report && !isNominal($0, s.tokens)
            && ($0.range.lowerBound - cue.range.upperBound <= 12 || quoteOpens) }
        if let next = following.first(where: { $0.cue.pos != .noun }) ?? following.first {
            return next
        }
        // '"…," the ministry said': the quotation ends at the last quotation mark before the verb, and its
        // verdict is usually its last cue ("the tariffs imposed on us are unacceptable").
        guard cue.cue.stance == .report, let close = s.tokens[..<cue.range.lowerBound].lastIndex(where: \.isQuote) else {
            return nil
        }
        return s.cues[..<index].last { $0.cue.stance != .report && $0.range.upperBound <= close && !isNominal($0, s.tokens) }
    }

    /// Whether a cue names its own agent ("a veto cast by X", "was blocked by X") other than `code`.
    private func hasOwnAgent(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, besides code: String) -> Bool {
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

    /// A verb cue used as a noun: "the launch", "its decision to", "a ban".
    private func isNominal(_ cue: SentenceAnalysis.CueMatch, _ tokens: [Token]) -> Bool {
        guard cue.cue.pos == .verb, cue.range.lowerBound > 0 else { return false }
        return ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "any", "'s"]
            .contains(tokens[cue.range.lowerBound - 1].lower)
    }

    /// Directive verbs whose direction is that of the action they ask for.
    private func isDirective(_ cue: SentenceAnalysis.CueMatch) -> Bool {
        let directives: Set<String> = ["urg", "call on", "call for", "ask", "demand", "press", "appeal", "request", "want", "seek", "push", "encourag", "express will"]
        let key = cue.text.lowercased()
        return directives.contains { key.hasPrefix($0) }
    }

    /// The cue in a sentence with no holder of its own, attributed to a known speaker (quote continuation, issuer):
    /// what the speaker says, so always a statement.
    private func contentAttribution(_ s: SentenceAnalysis, code: String, speaker: String, confidence: Double) -> Attribution {
        // A gerund opening the sentence ("Sending leaflets … violates") is its subject, not the speaker's cue; a cue
        // another government holds ("the United States stands behind …") is what the speaker reports, and the
        // speaker's own view is in the words left ("… the 'human rights' racket").
        let others = s.attributions.filter { $0.code != code }.map(\.cueRange)
        let predicates = s.cues.filter { cue in
            !(cue.range.lowerBound <= 1 && s.tokens[cue.range.lowerBound].lower.hasSuffix("ing"))
                && !others.contains { $0.overlaps(cue.range) }
        }
        let cue = predicates.first(where: { $0.cue.stance != .report }) ?? predicates.first
        let direction = cue?.cue.stance.stance ?? .neutral
        let stance = cue.map { negated(s.tokens, before: $0.range.lowerBound, after: 0) } == true ? direction.reversed : direction
        return Attribution(code: code, speaker: speaker, cue: cue?.text ?? modal(s.tokens, from: 0, to: s.tokens.count) ?? "",
                           cueRange: cue?.range ?? 0..<s.tokens.count, stance: stance,
                           kind: .statement, confidence: confidence)
    }

    // MARK: - Modifiers

    private func negated(_ tokens: [Token], before cueStart: Int, after holderEnd: Int) -> Bool {
        let from = max(holderEnd, cueStart - 4)
        guard from < cueStart else { return false }
        var flips = 0
        var i = from
        while i < cueStart {
            if negators.contains(tokens[i].lower) { flips += 1 }
            if let m = reversing.matches(in: tokens, from: i, key: \.lower).first { flips += 1; i += m.length; continue }
            i += 1
        }
        // "yet to", "refused to" also stem-match inflected forms ("refuses to").
        return flips % 2 == 1
    }

    private func hedged(_ tokens: [Token], before cueStart: Int, after holderEnd: Int) -> Bool {
        tokens[max(holderEnd, cueStart - 3)..<max(holderEnd, cueStart)].contains { hedges.contains($0.lower) }
    }

    private func modal(_ tokens: [Token], from: Int, to: Int) -> String? {
        guard from < to else { return nil }
        for i in from..<min(to, tokens.count) {
            if let m = modals.matches(in: tokens, from: i, key: \.lower).first { return m.values[0] }
        }
        return nil
    }

    private func hasModal(_ tokens: [Token]) -> Bool { modal(tokens, from: 0, to: tokens.count) != nil }

    private func firstPerson(_ tokens: [Token]) -> String? {
        tokens.first { Self.firstPersonWords.contains($0.lower) || $0.lower == "us" && $0.text == "us" }?.text
    }

    private func startsHypothetical(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first(where: \.isWord) else { return false }
        return ["if", "unless", "whether", "should"].contains(first.lower) && first.isCapitalized
    }

    private func declinesComment(_ tokens: [Token], from: Int) -> Bool {
        for i in from..<min(tokens.count, from + 6) where !noComment.matches(in: tokens, from: i, key: \.lower).isEmpty {
            return true
        }
        return false
    }
}
