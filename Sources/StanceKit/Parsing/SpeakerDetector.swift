/// Finds who speaks in a document's own voice, so its first person and its unattributed claims can be theirs:
/// the government that issued a statement, speech or briefing, or every government of a joint statement.
struct SpeakerDetector: Sendable {
    private let statementWords: PhraseTrie<String>
    private let issuingMarkers: PhraseTrie<String>
    private let deliveryMarkers: PhraseTrie<String>
    private let groupNouns: PhraseTrie<String>
    private let listEnders: Set<String>
    private let answerNouns: Set<String>
    let questionLabels: Set<String>
    let firstPerson: Set<String>
    /// First-person words that stand for the speaker as a subject ("we", "our").
    let firstPersonSubjects: Set<String>
    let procedural: PhraseTrie<String>
    /// What one thanks another for that makes the thanks a courtesy ("for her briefing").
    let courtesyThanks: PhraseTrie<String>
    /// "aligns itself with the statement": a delegation's formula for joining what another delivered.
    let alignmentFormulas: PhraseTrie<String>
    /// "I will begin with", "let me turn to": a speaker announcing the next topic.
    let agendaOpeners: PhraseTrie<String>
    /// Nouns by which a speaker names their own government ("my country, Ghana,").
    private let ownGovernmentNouns: Set<String>
    /// Verbs by which a speaker tells what they heard or where they came ("we have heard", "we come to Glasgow").
    private let narrativeVerbs: Set<String>

    /// The codes of organizations of states (the EU, ECOWAS): a body a speaker chairs, not a government they speak for.
    let organizations: Set<String>

    /// The institution word of "the Armenian side", "the Russian side".
    static let sideNoun = "side"

    /// How many opening sentences may name the issuer.
    static let openingSentences = 8

    init(_ lexicon: SpeakerLexicon, organizations: Set<String>) {
        self.organizations = organizations
        ownGovernmentNouns = Set(lexicon.ownGovernmentNouns.map { $0.lowercased() })
        narrativeVerbs = Set(lexicon.narrativeVerbs.map { $0.lowercased() })
        statementWords = PhraseTrie(phrases: lexicon.statementWords)
        issuingMarkers = PhraseTrie(phrases: lexicon.issuingMarkers)
        deliveryMarkers = PhraseTrie(phrases: lexicon.deliveryMarkers)
        groupNouns = PhraseTrie(phrases: lexicon.groupNouns)
        procedural = PhraseTrie(phrases: lexicon.procedural)
        courtesyThanks = PhraseTrie(phrases: lexicon.courtesyThanks)
        alignmentFormulas = PhraseTrie(phrases: lexicon.alignmentFormulas)
        agendaOpeners = PhraseTrie(phrases: lexicon.agendaOpeners)
        listEnders = Set(lexicon.listEnders.map { $0.lowercased() })
        answerNouns = Set(lexicon.answerNouns.map { $0.lowercased() })
        questionLabels = Set(lexicon.questionLabels.map { $0.lowercased() })
        firstPerson = Tokenizer.wordKeys(lexicon.firstPerson)
        firstPersonSubjects = Tokenizer.wordKeys(lexicon.firstPersonSubjects)
    }


    /// Who issued a document, and which of its opening sentences say so (its byline, no position of anyone's).
    struct Speakers: Equatable {
        /// The governments that issued it, first the one that delivers it; empty when it has no voice of its own.
        var codes: [String] = []
        /// Indices of the sentences that name the issuers.
        var bylines: Set<Int> = []
    }

    /// The governments that issued the document.
    ///
    /// In order: the opening's byline ("Statement by …", "delivered by the Permanent Representative of India",
    /// "on behalf of the G4 – Brazil, Germany, Japan and my own country, India", "Foreign Ministry Spokesperson
    /// X's Remarks"), a joint statement's opening list ("The Governments of A, B and C express …"), the government a
    /// transcript's questions ask to comment ("What is China's comment?"), and last, in a text that speaks in the first
    /// person, the government that most often opens its sentences ("The United States cannot support …").
    func speakers(of sentences: [SentenceAnalysis], kind: String?) -> Speakers {
        if let kind, !IssuerKinds.all.contains(kind) { return Speakers() }
        var found = Speakers()
        var unnamed = false
        // "The Governments of A, B and C express …" opens a joint statement only under a title that names the text
        // ("Statement on the Election in …"); "Leaders of A, B and C agreed on Monday" opens a news report.
        // A line that names the text: the title, a heading or a short line, or a sentence that opens with it; not a
        // report's "closed without the adoption of a presidential statement", nor a participle that takes an object
        // ("Briefing the Council, the Assistant Secretary-General said …").
        let titled = sentences.prefix(3).enumerated().contains { index, s in
            guard let at = statementWord(in: s) else { return false }
            let takesObject = at + 1 < s.tokens.count && CueMatcher.articles.contains(s.tokens[at + 1].lower)
            return index == 0 || s.isHeading || !takesObject && (s.tokens.count <= Self.bylineLineLength || at <= 2)
        }
        for (index, s) in sentences.prefix(Self.openingSentences).enumerated() {
            let (issuers, marked) = byline(s, isTitle: index == 0)
            let namesText = statementWord(in: s) != nil
            // "I deliver this statement on behalf of …" names the text in the first person: still its byline. So is a
            // line that only names the text ("Press Release n. 467").
            if (marked && (!speaksInFirstPerson(s) || namesText) || s.isHeading && namesText || namesText && s.tokens.count <= 5)
                && !labelsAHeadline(s) {
                found.bylines.insert(index)
            }
            unnamed = unnamed || marked && issuers.isEmpty
            // "Statement by the Delegation of Indonesia" then "The leaders of Vanuatu, Solomon Islands and Tuvalu went
            // further still …": a list that leaves out every government the byline names speaks of others; a joint
            // statement's list names its deliverer too.
            let named = found.codes + issuers
            let list = titled ? openingList(s) : []
            let joint = named.isEmpty || list.contains { named.contains($0) }
            for code in issuers + (joint ? list : []) where !found.codes.contains(code) { found.codes.append(code) }
        }
        // "Sudan: Government of Sudan Welcomes …" then "the statement issued by the Ministry of Foreign Affairs": a byline
        // that names no country is the title's government's, not the body where it was delivered ("Statement by
        // Ambassador X at the Security Council").
        if found.codes.isEmpty, unnamed, let title = sentences.first,
           let m = title.mentions.first(where: { $0.isGovernment && $0.via != .reference && !namesAVenue($0, in: title) }) {
            found.codes = [m.code]
        }
        // "Press release: The Ministry of Foreign Affairs condemns …" then "The Ministry of Foreign Affairs … of the
        // Democratic Republic of the Congo strongly condemns …": the institution that opens the text names the issuer.
        if found.codes.isEmpty, unnamed || titled, let m = sentences.dropFirst().prefix(2).lazy.compactMap({ s in
            s.mentions.first { ($0.via == .institution || $0.via == .demonymInstitution && s.isHeading) && $0.isGovernment
                && $0.range.lowerBound <= 1 }
        }).first {
            found.codes = [m.code]
        }
        let firstPersonText = found.codes.isEmpty && speaksMostlyInFirstPerson(sentences)
        if found.codes.isEmpty, firstPersonText, let code = titledSpeaker(sentences) {
            found = Speakers(codes: [code], bylines: [0])
        }
        // "Office for Government Policy Coordination, Republic of Korea" over a text in the first person or one its opening
        // names as a statement: an office's letterhead names it, whichever other government it calls "the Japanese side",
        // or its title names ("Statement on the Attacks by Cambodia"). (A line with a country's name
        // alone may be a heading on that country, and counts last.)
        if found.codes.isEmpty, firstPersonText || titled, let code = letterhead(sentences, officeOnly: true) {
            found.codes = [code]
        }
        // "MFA statement on …" then "The Armenian side has repeatedly warned …": a statement that names no issuer
        // speaks of its own government as "the … side".
        if found.codes.isEmpty, titled || firstPersonText, let code = selfNamedSide(sentences) {
            found.codes = [code]
        }
        let transcript = isTranscript(sentences)
        // "Department Press Briefing with Spokesperson Tammy Bruce, Washington, May 29, 2025", "Press Release: …" then
        // "Prime Minister's Office, Islamabad, 7 August 2019": the capital in the dateline of the title, or of the line
        // under it, holds a briefing, a first-person text or a text its opening names as a statement.
        if found.codes.isEmpty, transcript || firstPersonText || titled, let code = titleDateline(sentences) {
            found.codes = [code]
        }
        let answering = found.codes.isEmpty && transcript
            ? answeringGovernment(sentences) ?? labeledGovernment(sentences) : nil
        if found.codes.isEmpty, let code = answering ?? (firstPersonText ? firstPersonSubject(sentences) : nil)
            ?? reportedBriefingGovernment(sentences)
            ?? (firstPersonText ? ownGovernmentNamed(sentences) ?? letterhead(sentences) : nil) {
            found.codes = [code]
        }
        if found.codes.isEmpty { found.bylines = [] }
        return found
    }

    /// A statement a report reproduces in full: the sentence that introduces it, the sentences it runs over, and the
    /// governments that issued it.
    struct QuotedStatement: Equatable {
        var introduction: Int
        var sentences: Range<Int>
        var speakers: [String]
    }

    /// "Here is the US-France statement in full:", "Read the UK's statement below:": a sentence that names a statement
    /// and the governments that issued it and ends in a colon introduces the paragraphs after it, up to the next
    /// heading, as those governments' own voice.
    func quotedStatements(_ sentences: [SentenceAnalysis]) -> [QuotedStatement] {
        var out: [QuotedStatement] = []
        for (index, s) in sentences.enumerated() where s.tokens.last?.text == ":" && s.tokens.count <= 30 && index + 1 < sentences.count {
            guard statementWord(in: s) != nil, !speaksInFirstPerson(s) else { continue }
            var speakers: [String] = []
            for m in s.mentions where (m.isGovernment || m.isPossessor) && !speakers.contains(m.code) { speakers.append(m.code) }
            guard !speakers.isEmpty else { continue }
            let end = sentences[(index + 1)...].firstIndex { $0.isHeading } ?? sentences.count
            if end > index + 1 { out.append(QuotedStatement(introduction: index, sentences: (index + 1)..<end, speakers: speakers)) }
        }
        return out
    }

    /// "O.V. Postnikov, Head of the delegation of the Russian Federation, …, right of reply during …": a title that
    /// names one government before its statement word, over a text in the first person (the caller checks), is that
    /// government's.
    private func titledSpeaker(_ sentences: [SentenceAnalysis]) -> String? {
        guard let title = sentences.first,
              let at = statementWord(in: title)
        else { return nil }
        let named = Set(title.mentions.filter { m in
            m.range.upperBound <= at && m.isGovernment && m.via != .reference && !namesAVenue(m, in: title)
        }.map(\.code))
        return named.count == 1 ? named.first : nil
    }

    /// A first-person text's letterhead: an opening line that is only a government's name, or its office's up to where
    /// it sits, after the speaker's name if any ("KENYA", "Permanent Mission of Kenya to the United Nations",
    /// "Ambassador Jane Doe, Acting U.S. Representative").
    ///
    /// With `officeOnly`, only an office's line: one that opens with an office noun and may join its words with "of",
    /// "for" ("Office for Government Policy Coordination, Republic of Korea"), or the country's name then its office's
    /// ("Republic of Türkiye, Ministry of Foreign Affairs"); not a venue ("Ceremony at the Embassy of Japan").
    private func letterhead(_ sentences: [SentenceAnalysis], officeOnly: Bool = false) -> String? {
        for s in sentences.prefix(4) {
            let words = s.tokens.indices.filter { s.tokens[$0].isWord }
            // "Mission of Algeria to the European Union": the body it is accredited to is where it sits, not who it is.
            let named = s.mentions.filter { $0.isGovernment && $0.via != .reference && !$0.code.isEmpty && !namesAVenue($0, in: s) }
            guard let last = named.last, Set(named.map(\.code)).count == 1 else { continue }
            let before = words.filter { $0 < named[0].range.lowerBound }.map { s.tokens[$0] }
            // "Ministry of Foreign Affairs of the Kingdom of Thailand": an office's whole name is a line of its own, or
            // its name then where it sits ("Mission of Algeria to the European Union").
            let lineEnd = (words.last ?? 0) + 1
            let seatEndsLine = last.range.upperBound < s.tokens.count && listEnders.contains(s.tokens[last.range.upperBound].lower)
                && s.mentions.contains { m in
                    m.range.upperBound >= lineEnd && m.range.lowerBound <= last.range.upperBound + 2 && namesAVenue(m, in: s)
                }
            // The office may follow its country's name ("People's Democratic Republic of Algeria" over "Mission of Algeria
            // to …" runs as one line); not a headline's "Expulsion of Iran's Ambassador to Australia".
            let officeFollows = named[0].range.upperBound < s.tokens.count
                && Self.officeNouns.contains(s.tokens[named[0].range.upperBound].lower)
            let opensWithOffice = before.isEmpty && (named[0].namesAnInstitution || officeFollows)
            let wholeOffice = opensWithOffice
                && (named.count == 1 && last.via == .institution && last.range.upperBound >= lineEnd || seatEndsLine)
            if wholeOffice { return last.code }
            // "Republic of Türkiye, Ministry of Foreign Affairs": the country's name, then its office's ("Ministry", alone
            // or joined to its portfolio by "of", "for"), as a line of its own that says nothing ("Türkiye Ministry
            // Summons Envoy", "Chile Ministry Hosts Envoy" are headlines).
            let rest = words.filter { $0 >= last.range.upperBound }
            let titleCase = { (t: Token) in t.isCapitalized || ActorRecognizer.officeTitleLinks.contains(t.lower) }
            let officeAfter = (rest.first.map { Self.officeNouns.contains(s.tokens[$0].lower) } ?? false)
                && (rest.count == 1 || ActorRecognizer.officeTitleLinks.contains(s.tokens[rest[1]].lower))
                || named.count == 1 && [.institution, .demonymInstitution].contains(last.via) && last.range.upperBound >= lineEnd
            if officeAfter, !s.cues.contains(where: { $0.cue.pos != .noun }),
               before.allSatisfy(titleCase), rest.allSatisfy({ titleCase(s.tokens[$0]) }) {
                return last.code
            }
            if officeOnly {
                guard let opening = before.first?.lower,
                      ActorRecognizer.officeHeads.contains(opening) || PositionExtractor.organNouns.contains(opening) else { continue }
            }
            guard words.filter({ $0 < last.range.lowerBound }).allSatisfy({
                s.tokens[$0].isCapitalized || officeOnly && ActorRecognizer.officeTitleLinks.contains(s.tokens[$0].lower)
            }) else { continue }
            if rest.first.map({ listEnders.contains(s.tokens[$0].lower) }) ?? true { return last.code }
        }
        return nil
    }

    /// Whether a mention stands after a word that ends a list of issuers ("at the Security Council", "to the UN"): the
    /// place or audience of a statement, not its author.
    private func namesAVenue(_ m: ActorMention, in s: SentenceAnalysis) -> Bool {
        s.tokens[max(0, m.range.lowerBound - 2)..<m.range.lowerBound].contains { listEnders.contains($0.lower) }
    }

    /// The one government a text makes the subject of its sentences as "the … side" ("The Armenian side has warned"),
    /// outside quotations, opening the sentence; not an object ("the statement of the Azerbaijani side",
    /// "we urge the Philippine side to stop", nor one a clause or phrase opens: "…, and the Russian side has helped",
    /// "Since August, the Russian side has guided …" in a Finnish release); nil when none or several.
    private func selfNamedSide(_ sentences: [SentenceAnalysis]) -> String? {
        let sides = Set(sentences.flatMap { s in
            s.mentions.filter { m in
                var k = m.range.lowerBound - 1
                if k >= 0, s.tokens[k].lower == "the" { k -= 1 }
                let leads = k < 0 || k == 0 && s.tokens[k].isQuote
                return m.isGovernment && m.institution == Self.sideNoun && leads
                    && !PositionExtractor.insideQuote(s.tokens, m.range.lowerBound)
            }.map(\.code)
        })
        return sides.count == 1 ? sides.first : nil
    }

    /// Whether the text speaks in the first person outside quotations in three or more sentences and at least one in
    /// seven. A sentence inside a quotation that runs over several sentences is someone else's voice.
    private func speaksMostlyInFirstPerson(_ sentences: [SentenceAnalysis]) -> Bool {
        let quoted = PositionExtractor.insideRunningQuotation(sentences)
        let body = sentences.indices.filter { !sentences[$0].isHeading && !sentences[$0].isQuestion }
        let count = body.filter { !quoted.contains($0) && speaksInFirstPerson(sentences[$0]) }.count
        return count >= 3 && Double(count) >= 0.15 * Double(body.count)
    }

    /// In a text mostly in the first person (outside quotations; the caller checks), the government that opens two or more of its
    /// sentences and more than any other, or the only one that opens any: a speech or statement that names its own
    /// government as its subject.
    private func firstPersonSubject(_ sentences: [SentenceAnalysis]) -> String? {
        let body = sentences.filter { !$0.isHeading && !$0.isQuestion }
        var counts: [String: Int] = [:]
        for s in body where !s.opensWithQuote {
            guard let m = s.mentions.first, m.range.lowerBound <= 1, m.isGovernment, !m.isPossessor, m.via != .reference else { continue }
            counts[m.code, default: 0] += 1
        }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, ranked.count == 1 || top.value >= 2 && ranked[1].value < top.value else { return nil }
        return top.key
    }

    /// "My country, Ghana, has always …", "my Government, the Government of Fiji,": the one government a first-person
    /// text names in apposition to its own, outside quotations; nil when none or several.
    private func ownGovernmentNamed(_ sentences: [SentenceAnalysis]) -> String? {
        var named: Set<String> = []
        for s in sentences {
            let t = s.tokens
            for k in t.indices.dropLast(2) where firstPerson.contains(t[k].lower) && ownGovernmentNouns.contains(t[k + 1].lower)
                && t[k + 2].text == "," && !PositionExtractor.insideQuote(t, k) {
                if let m = s.mentions.first(where: { $0.isGovernment && $0.via != .reference && (k + 3...k + 5).contains($0.range.lowerBound) }) {
                    named.insert(m.code)
                }
            }
        }
        return named.count == 1 ? named.first : nil
    }

    /// "Press Release: India rejects allegations made by …": a label for the text, then a headline of its own that
    /// states a stance; not a byline, whose words hold no position.
    private func labelsAHeadline(_ s: SentenceAnalysis) -> Bool {
        guard let at = statementWord(in: s), at <= 1,
              let colon = s.tokens[at...].prefix(4).firstIndex(where: { $0.text == ":" }) else { return false }
        return s.cues.contains { $0.range.lowerBound > colon && $0.cue.pos != .noun }
    }

    /// Where a sentence first names the text itself ("statement", "remarks", "right of reply"), if it does.
    private func statementWord(in s: SentenceAnalysis) -> Int? {
        s.tokens.indices.first { !statementWords.matches(in: s.tokens, from: $0, key: \.lower).isEmpty }
    }

    /// Whether words name a time past: "ago", "last", a month or day by name, a year.
    static func recountsThePast(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { t in
            pastTimeWords.contains(t.lower) || t.isCapitalized && ActorRecognizer.calendarWords.contains(t.lower)
                || t.kind == .number && t.text.count == 4
        }
    }

    static let pastTimeWords = Words.english("past_time_words")

    /// Governments after an issuing marker, up to the word that ends the list.
    ///
    /// Only in a sentence that introduces the text: one that opens with a statement word ("Joint Statement by …",
    /// "As delivered by …"), names the text as this one ("I deliver this statement on behalf of …", "the text of a joint
    /// statement by …"), or is a heading. "According to a statement by the ministry" in a news report is not a byline.
    private func byline(_ s: SentenceAnalysis, isTitle: Bool) -> (issuers: [String], marked: Bool) {
        let t = s.tokens
        var start = 0
        while start < min(t.count, 3), t[start].kind != .word || Self.bylineOpeners.contains(t[start].lower) { start += 1 }
        let opensWithStatement = !statementWords.matches(in: t, from: start, key: \.lower).isEmpty
            || start > 0 && t[start - 1].lower == "as"
        let introduces = s.isHeading || opensWithStatement || speaksInFirstPerson(s)
        var out: [String] = []
        var marked = false
        var statementAt: Int?
        var quotesBefore = [Int](repeating: 0, count: t.count + 1)
        for (k, token) in t.enumerated() { quotesBefore[k + 1] = quotesBefore[k] + (token.isQuote ? 1 : 0) }
        var i = 0
        while i < t.count {
            if quotesBefore[i] % 2 == 1 { i += 1; continue }
            if statementAt == nil, let m = statementWords.matches(in: t, from: i, key: \.lower).first {
                let before = t[max(0, i - 6)..<i].map(\.lower)
                // "this statement", "the following joint statement": the word names this text when "this" or
                // "following" stands right before it, one word apart at most; not "This decision follows the remarks
                // made by …", whose remarks are another's.
                let near = before.suffix(2)
                let thisText = near.contains("this") || near.contains("following") || before.contains("below")
                    || zip(before, before.dropFirst()).contains { $0 == "text" && $1 == "of" }
                func owns(_ m: ActorMention) -> Bool {
                    m.isPossessor || m.range.upperBound < t.count && t[m.range.upperBound].lower == "'s"
                }
                // "Foreign Ministry Spokesperson Lu Kang's Remarks": the ministry before the owner is the owner's own.
                let possessors = s.mentions.filter { owns($0) && $0.range.upperBound <= i && i - $0.range.upperBound <= 3 }
                // "UK-France joint statement", "US and Saudi joint statement": governments that modify the word issue it.
                let modifying = modifiers(before: i, in: s)
                let owners = possessors + modifying
                // "Kashmir at UN 2018: India's First Right to Reply": a body after "at" is where, not who reports.
                let reported = s.mentions.contains { m in
                    m.range.upperBound <= i && !owns(m) && m.via != .reference && !owners.contains { $0.code == m.code }
                        && !(m.range.lowerBound > 0 && listEnders.contains(t[m.range.lowerBound - 1].lower))
                }
                // A first sentence counts as a title when it is short and does not cite ("According to a statement by …").
                let cites = before.contains("according")
                if !cites && (i == start || thisText || (s.isHeading || isTitle && t.count <= 25) && !reported) {
                    statementAt = i
                    // "Foreign Ministry Spokesperson X's Remarks", "R.O.K. Government's Stance": the possessor issues it.
                    if !modifying.isEmpty {
                        out += modifying.map(\.code)
                    } else if let owner = possessors.last {
                        out.append(owner.code)
                    }
                    // "REMARKS: Marshall Islands to COP28"
                    if i + m.length < t.count, t[i + m.length].text == ":" { out += governments(in: s, from: i + m.length + 1) }
                }
                i += m.length
                continue
            }
            // "Eight months ago, on 28 January, it fell to me to read, on behalf of A, B and C, the communique": a first
            // person who recounts an act of the past spoke for them then, not in this text.
            // "South Africa welcomes the advisory opinion delivered by the Court, which we regard as …": after a
            // government that acts in the sentence, "delivered by" tells who gave what it acts on.
            if introduces, let m = deliveryMarkers.matches(in: t, from: i, key: \.lower).first,
               s.isHeading || opensWithStatement
                || !Self.recountsThePast(t[..<i]) && !s.mentions.contains(where: { $0.isGovernment && $0.range.upperBound <= i }) {
                marked = true
                out += governments(in: s, from: i + m.length)
                i += m.length
                continue
            }
            if let at = statementAt, i - at <= 3, let m = issuingMarkers.matches(in: t, from: i, key: \.lower).first {
                marked = true
                out += governments(in: s, from: i + m.length)
                statementAt = nil
                i += m.length
                continue
            }
            i += 1
        }
        // "A spokesman for the Foreign Ministry of the DPRK issued the following statement"
        if out.isEmpty, let k = t.firstIndex(where: { $0.lower == "issued" }), k + 2 < t.count, t[k + 1].lower == "the",
           t[k + 2].lower == "following", let m = s.mentions.last(where: { $0.range.upperBound <= k && $0.isGovernment }) {
            out.append(m.code)
            marked = true
        }
        return (out, marked || !out.isEmpty)
    }

    /// The governments named right before the word at `index`, joined only by hyphens, slashes, commas or "and"
    /// ("UK-France joint statement", "US and Saudi statement"): the text's authors when that word names it.
    private func modifiers(before index: Int, in s: SentenceAnalysis) -> [ActorMention] {
        let names = { (m: ActorMention) in m.isGovernment && m.via != .reference }
        let start = s.listStart(endingAt: index, over: Self.modifierJoins, counting: names)
        return s.mentions.filter { names($0) && $0.range.lowerBound > start && $0.range.upperBound <= index }
    }

    /// "The Governments of A, B and C express …", "1. Ministers of A, B, C and D, representing the BASIC Group, met":
    /// a group noun at the head of the sentence, then the list of its members.
    private func openingList(_ s: SentenceAnalysis) -> [String] {
        let t = s.tokens
        var i = 0
        while i < min(t.count, 3), t[i].kind == .number || t[i].text == "." || t[i].lower == "the" { i += 1 }
        guard let m = groupNouns.matches(in: t, from: i, key: \.lower).first, i + m.length < t.count,
              t[i + m.length].lower == "of" else { return [] }
        let codes = governments(in: s, from: i + m.length + 1)
        return codes.count >= 2 ? codes : []
    }

    /// The governments named from `start` on, until a word that ends the list, or the list's verb: "The foreign
    /// ministers of A, B and C have notified the Security Council" names no Council among its authors.
    private func governments(in s: SentenceAnalysis, from start: Int) -> [String] {
        var out: [String] = []
        var k = start
        var chairs = false
        while k < s.tokens.count, k - start <= 40 {
            if let m = s.mentions.first(where: { $0.range.contains(k) }) {
                // "President of the Republic of Ghana and Chairperson of the Authority of … ECOWAS": the organization the
                // speaker chairs is not a second issuer ("and the Chairperson of the AU Commission" is another person).
                let chaired = chairs && !out.isEmpty && organizations.contains(m.code)
                if (m.isGovernment || m.isPossessor) && m.via != .reference && !m.code.isEmpty && !out.contains(m.code) && !chaired {
                    out.append(m.code)
                }
                chairs = false
                k = m.range.upperBound
                continue
            }
            let word = s.tokens[k].lower
            if listEnders.contains(word) || [".", ";", "?", "!"].contains(word) || PositionExtractor.auxiliaries.contains(word)
                || s.cues.contains(where: { $0.range.lowerBound == k && $0.cue.pos != .noun }) { break }
            if Self.chairTitles.contains(word) { chairs = k == 0 || !CueMatcher.articles.contains(s.tokens[k - 1].lower) }
            if word == "," { chairs = false }
            k += 1
        }
        return out
    }

    /// Titles of a body's chair (`chair_titles`): after one, in a byline, the organization named is the speaker's
    /// second office, not a second issuer.
    static let chairTitles = Words.vocabulary("chair_titles")

    /// The words that open an office's name on a letterhead ("Ministry", "Mission").
    static let officeNouns = PositionExtractor.organNouns.union(ActorRecognizer.officeHeads)

    /// The government most often asked for its comment in the document's questions ("What is China's comment?").
    private func answeringGovernment(_ sentences: [SentenceAnalysis]) -> String? {
        var counts: [String: Int] = [:]
        for s in sentences where s.isQuestion {
            for m in s.mentions where m.isPossessor && m.range.upperBound < s.tokens.count {
                if answerNouns.contains(s.tokens[m.range.upperBound].lower) { counts[m.code, default: 0] += 1 }
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The government whose capital a title, or the short line under it, names as its dateline, set off by a comma
    /// ("…, Washington, May 29, 2025", "… Press Conference, Beijing", "Mark Toner, Deputy Spokesperson, Washington,
    /// DC"), when it names one; not when a line there opens with another government's office (a mission's seat).
    private func titleDateline(_ sentences: [SentenceAnalysis]) -> String? {
        guard let title = sentences.first, title.paragraph == 0 else { return nil }
        // The title, then the short lines under it, each its own paragraph ("Robert Palladino, Deputy Spokesperson",
        // "Washington, DC"), up to the first that is not.
        var heads = [title]
        for line in sentences.dropFirst().prefix(Self.bylineLines) {
            let sameLine = heads.count == 1 && line.paragraph == title.paragraph
            guard sameLine || line.paragraph == heads[heads.count - 1].paragraph + 1 && line.tokens.count <= Self.bylineLineLength
            else { break }
            heads.append(line)
        }
        let places = heads.flatMap { line in
            line.mentions.filter { m in
                let t = line.tokens
                // Set off by a comma, or opening a line of its own under the title ("Washington, DC"), or ending the
                // byline a line break ran into ("Vedant Patel, Principal Deputy Spokesperson" over "Washington, D.C.").
                let underTitle = line.start != title.start
                // The office before the capital says it is a byline's ("… Spokesperson Washington, D.C."), not a mission's
                // seat ("U.S. Embassy Tokyo").
                let endsByline = underTitle && m.range.lowerBound > 0 && t[m.range.lowerBound - 1].isCapitalized
                    && Self.officeStems.contains { t[m.range.lowerBound - 1].lower.hasPrefix($0) }
                    && (m.range.upperBound == t.count
                        || t[m.range.upperBound].text == "," && t.count - m.range.upperBound <= Self.placeQualifierLength)
                let setOff = m.range.lowerBound > 0 ? t[m.range.lowerBound - 1].text == "," || endsByline
                    : underTitle && t.count <= Self.datelineLength
                return m.via == .capital && setOff
                    && (m.range.upperBound == t.count || t[m.range.upperBound].text == "," || t[m.range.upperBound].kind == .number)
            }
        }
        let codes = Set(places.map(\.code))
        // "Mission of Algeria to the European Union" over "Brussels, 10 June 2022": the seat of a government's mission
        // abroad, not its capital, when a line opens with another government's office.
        // (A line with no verb: not a headline's "Russian Ambassador Summoned to the Polish Foreign Ministry".)
        let letterheads = heads.filter { line in !line.cues.contains { $0.cue.pos != .noun } }.flatMap { line in
            line.mentions.filter { $0.isGovernment && $0.namesAnInstitution && $0.range.lowerBound <= 1 }
        }
        guard codes.count == 1, let code = codes.first, !letterheads.contains(where: { $0.code != code }) else { return nil }
        return code
    }

    /// The most words a line under a title may have to be its byline ("Mark Toner, Deputy Spokesperson, Washington, DC").
    static let bylineLineLength = 16

    /// Beginnings of the words for a speaker's office ("spokes", "minist"), after which a capital ends a byline.
    static let officeStems = Words.vocabulary("office_stems")

    /// The most tokens after a dateline's place, its comma included, that end a byline's line (", D.C.").
    static let placeQualifierLength = 2

    /// The most short lines under a title that may hold its dateline (a name, an office, a place).
    static let bylineLines = 3

    /// The most words a line of its own that opens with a capital may have to be a dateline ("Washington, DC", "Beijing,
    /// 5 May 2024").
    static let datelineLength = 7

    /// "Asked if …, the PMS said that we kept the matter under review": a briefing reported in the third person, two or
    /// more answers opening with a reported question, whose speaker is the same government's each time. Its first
    /// person is that government's.
    private func reportedBriefingGovernment(_ sentences: [SentenceAnalysis]) -> String? {
        var counts: [String: Int] = [:]
        var asked = 0
        for s in sentences where s.tokens.first.map({ Self.reportedQuestionOpeners.contains($0.lower) }) == true {
            asked += 1
            let speakers = s.mentions.filter { m in
                m.isGovernment && s.cues.contains { $0.range.lowerBound == m.range.upperBound && $0.cue.stance == .report }
            }
            for code in Set(speakers.map(\.code)) { counts[code, default: 0] += 1 }
        }
        guard asked >= 2, let (code, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count >= 2 else { return nil }
        return code
    }

    /// The government of the officials who answer in a transcript, named in their labels ("AMBASSADOR TAI:", "Guo
    /// Jiakun:"), the one named most often; journalists' labels name none.
    private func labeledGovernment(_ sentences: [SentenceAnalysis]) -> String? {
        var counts: [String: Int] = [:]
        for s in sentences {
            guard let colon = Self.speakerLabelEnd(s.tokens) else { continue }
            for code in Set(s.mentions.filter({ $0.isGovernment && $0.range.upperBound <= colon }).map(\.code)) {
                counts[code, default: 0] += 1
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// Whether the document is a transcript: a turn opens with a question label ("Q:"), two or more paragraphs end in a
    /// question, or two or more open with a speaker's label ("China Daily:", "Guo Jiakun:"). A speech's one rhetorical
    /// question is no journalist's turn.
    func isTranscript(_ sentences: [SentenceAnalysis]) -> Bool { transcript(sentences).isTranscript }

    /// The paragraphs that are a journalist's turn (a `Q:` label or a last sentence that asks), in a transcript; none
    /// in any other document.
    func questionTurns(_ sentences: [SentenceAnalysis]) -> Set<Int> {
        let found = transcript(sentences)
        return found.isTranscript ? found.turns : []
    }

    private func transcript(_ sentences: [SentenceAnalysis]) -> (isTranscript: Bool, turns: Set<Int>) {
        var turns: Set<Int> = []
        var questionLabelled = false
        var labelled = 0
        for paragraph in sentences.paragraphRuns {
            if opensWithQuestionLabel(paragraph) { questionLabelled = true }
            if opensWithQuestionLabel(paragraph) || paragraph.last?.isQuestion == true { turns.insert(paragraph[paragraph.startIndex].paragraph) }
            if opensWithSpeakerLabel(paragraph) { labelled += 1 }
        }
        return (questionLabelled || turns.count >= 2 || labelled >= 2, turns)
    }

    /// "Guo Jiakun: …", "Official Spokesperson, Shri Raveesh Kumar: …": capitalized words and commas, then a colon.
    private func opensWithSpeakerLabel(_ paragraph: ArraySlice<SentenceAnalysis>) -> Bool {
        paragraph.first.map { Self.speakerLabelEnd($0.tokens) != nil } ?? false
    }

    /// The colon that ends a speaker's label at the start of a sentence ("Guo Jiakun:"), if there is one.
    static func speakerLabelEnd(_ tokens: [Token]) -> Int? {
        // "MS. JEAN-PIERRE:", "Official Spokesperson, Shri Raveesh Kumar:".
        guard let colon = tokens.prefix(8).firstIndex(where: { $0.text == ":" }), colon > 0,
              tokens[..<colon].allSatisfy({ $0.text == "," || $0.text == "." || $0.text == "-" || $0.isWord && ($0.isCapitalized || $0.isAllCaps) })
        else { return nil }
        return colon
    }

    private func opensWithQuestionLabel(_ paragraph: ArraySlice<SentenceAnalysis>) -> Bool {
        guard let first = paragraph.first, first.tokens.count > 1 else { return false }
        // "Q:", "Question:"; and the White House's bare "Q" before the question.
        return first.tokens[1].text == ":" && questionLabels.contains(first.tokens[0].lower)
            || first.tokens[0].text == "Q" && first.tokens[1].isWord
    }

    /// What the thanks at `thanks` are for, within ten words, when that makes them a courtesy ("for her briefing", "our
    /// hosts").
    func courtesy(after thanks: Int, in tokens: [Token]) -> Range<Int>? {
        (thanks..<min(tokens.count, thanks + 10)).lazy.compactMap { from in
            courtesyThanks.matches(in: tokens, from: from, key: \.lower).map(\.length).max().map { from..<(from + $0) }
        }.first
    }

    /// A sentence of courtesy ("Thank you, Madam President", "I congratulate …"): a courtesy phrase within its first
    /// six words with no government named before it, or thanks for a briefing or report and nothing else. Nobody's
    /// position.
    func isProcedural(_ s: SentenceAnalysis) -> Bool {
        // "Brazil thanks the Secretary-General for his report": thanks for a briefing are a courtesy, whoever gives
        // them, in a sentence that says nothing else ("… condemns the invasion and thanks …" keeps its condemnation).
        // The courtesy's own words ("our hosts") are no stance of their own.
        if let thanks = s.tokens.firstIndex(where: { $0.stem == Self.thankStem }), let courtesy = courtesy(after: thanks, in: s.tokens) {
            if !s.cues.contains(where: { $0.cue.stance.isDirected && !$0.range.contains(thanks)
                && !$0.range.overlaps(courtesy) }) {
                return true
            }
        }
        // "Pakistan aligns itself with the statement delivered by Italy on behalf of …": a delegation's formula, whoever
        // names itself first; what the statement said is elsewhere.
        if s.tokens.indices.prefix(8).contains(where: { !alignmentFormulas.matches(in: s.tokens, from: $0, key: \.lower).isEmpty }) {
            return true
        }
        // "(Similar question from Reuters)": an editor's note in brackets.
        if s.tokens.first?.text == "(", s.tokens.last(where: { $0.text != "." })?.text == ")" { return true }
        // "Official Spokesperson, Shri Raveesh Kumar: Namaskar, good afternoon": the words after a speaker's label.
        let label = Self.speakerLabelEnd(s.tokens).map { $0 + 1 } ?? 0
        // "I will begin with Afghanistan", "Let me turn to the situation in Ceuta": the speaker names the next topic
        // and takes no stance on it.
        if let opener = agendaOpeners.matches(in: s.tokens, from: label, key: \.lower).first,
           !s.cues.contains(where: { $0.range.lowerBound >= label + opener.length && $0.cue.stance.isDirected }) {
            return true
        }
        guard let at = s.tokens.indices.dropFirst(label).prefix(7).first(where: {
            !procedural.matches(in: s.tokens, from: $0, key: \.lower).isEmpty
        }) else { return false }
        // "The United States condemns the attack and thanks Qatar": a government named first holds the sentence.
        return !s.mentions.contains { $0.range.lowerBound >= label && $0.range.lowerBound < at && $0.isGovernment && $0.via != .firstPerson }
    }

    /// Whether the first person of a sentence only tells what it heard or where it came ("We have heard that we need a
    /// pragmatic outcome", "We come to Glasgow with global ambition", "The pandemic has taught us …").
    func narrates(_ s: SentenceAnalysis) -> Bool {
        s.tokens.indices.contains { k in
            firstPerson.contains(s.tokens[k].lower) && !PositionExtractor.insideQuote(s.tokens, k)
                && (max(0, k - 2)...min(s.tokens.count - 1, k + 3)).contains { narrativeVerbs.contains(s.tokens[$0].lower) }
        }
    }

    /// Whether the sentence speaks in the first person outside quotation marks.
    func speaksInFirstPerson(_ s: SentenceAnalysis) -> Bool {
        s.tokens.indices.contains { firstPerson.contains(s.tokens[$0].lower) && !PositionExtractor.insideQuote(s.tokens, $0)
            && !(s.tokens[$0].lower == "us" && s.tokens[$0].text != "us") }
    }

    /// Whether the speaker is a subject of the sentence, outside quotation marks ("We condemn", "I welcome"), not only
    /// its object or owner ("plastic reaches our reefs", "for us, the ocean is not an abstract question").
    func speaksAsSubject(_ s: SentenceAnalysis) -> Bool {
        s.tokens.indices.contains { k in
            firstPersonSubjects.contains(s.tokens[k].lower) && !PositionExtractor.ownPossessives.contains(s.tokens[k].lower)
                && !PositionExtractor.insideQuote(s.tokens, k)
        }
    }

    /// A group noun of the joint statement's members at `index` ("Ministers recognized", "The Facilitators stand").
    func groupNounLength(in tokens: [Token], at index: Int) -> Int? {
        groupNouns.matches(in: tokens, from: index, key: \.lower).first?.length
    }
}

/// Document kinds (front matter `kind:`) that have a voice of their own.
enum IssuerKinds {
    static let all: Set<String> = Words.vocabulary("voiced_document_kinds")
}

/// Word lists the rules above read, loaded once.
extension SpeakerDetector {
    static let bylineOpeners = Words.english("byline_openers")
    static let modifierJoins = Words.english("modifier_joins")
    static let reportedQuestionOpeners = Words.english("reported_question_openers")
    /// The stem of "thank", "thanks", "thanked": the verb of a courtesy.
    static let thankStem = Stemmer.stem("thank")
}
