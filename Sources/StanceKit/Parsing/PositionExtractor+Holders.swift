/// Finding who holds a cue: the subject to its left and whatever is coordinated with it, a possessor,
/// an agent after "by" or "from", a speaker after a quotation, a law's maker, a pronoun's antecedent.
extension PositionExtractor {
    struct Holder {
        var code: String
        var speaker: String
        var end: Int
        var confidence: Double
        var isFirstPerson = false
        /// Held through a possessive ("Seoul's ban").
        var isPossessor = false
    }

    static let subjectBlockers: Set<String> = Words.english("subject_blockers")
    static let ownClauseOpeners: Set<String> = Words.english("own_clause_openers")
    static let asPhraseOpeners: Set<String> = Words.english("as_phrase_openers")
    static let unnamedSources: Set<String> = Words.vocabulary("unnamed_sources")
    /// "as", "nor", "so": opening a cue with an auxiliary, they put its subject after it ("as did Italy").
    static let invertingOpeners: Set<String> = Words.english("inverting_openers")
    static let prepositions: Set<String> = Words.english("prepositions")
    /// "that", "which", "who": a relative pronoun points to its antecedent.
    static let relativePronouns = Words.english("relative_pronouns")
    /// Relative pronouns that open a clause set off by commas ("Mali, whose government …, welcomed"), and the one
    /// that owns what follows it.
    static let commaRelatives = Words.english("comma_relatives")

    /// The comma that opens a relative clause set off by commas and reaching to `k` ("Mali, whose government urged
    /// the removal, …"): the last comma before `k`, when a comma relative follows it before `k`.
    static func commaRelativeOpening(before k: Int, in tokens: [Token]) -> Int? {
        guard let open = tokens[..<k].lastIndex(where: { $0.text == "," }), open + 1 < k,
              commaRelatives.contains(tokens[open + 1].lower) else { return nil }
        return open
    }
    /// The comma that opens an apposition ending at `k` ("France, the former colonial power,", "China, one of the
    /// countries Pompeo singled out,", "Belarus, Russia's closest ally,"): an article, "one" or another government's
    /// possessive after it, a few words long, and no cue inside but in a relative clause of its own ("the Troika
    /// that backed the country's independence,").
    static func appositionOpening(before k: Int, in s: SentenceAnalysis) -> Int? {
        guard let open = s.tokens[..<k].lastIndex(where: { $0.text == "," }), k - open <= 12, open + 1 < k else { return nil }
        let head = s.tokens[open + 1].lower
        guard CueMatcher.articles.contains(head) || appositionHeads.contains(head)
                || s.mentions.contains(where: { $0.isPossessor && $0.range.lowerBound == open + 1 }) else { return nil }
        let relative = s.tokens[(open + 1)..<k].firstIndex { relativePronouns.contains($0.lower) } ?? k
        guard relative < k || k - open <= 8,
              !s.cues.contains(where: { $0.range.lowerBound > open && $0.range.lowerBound < relative }) else { return nil }
        return open
    }
    /// The comma that opens a participle's aside ending at `k` (", speaking as holder of the presidency,", ", asked about
    /// the measure,", ", led by Sierra Leone's President,", ", while supporting the text,") or one of circumstance (", in
    /// a video message addressed to the Secretary-General,", ", during a visit to Beijing,"): a word in -ing, a
    /// participle of being asked, one of leading before "by", a subordinating word before a participle, or a preposition
    /// of circumstance right after it, no other comma inside, at most two dozen words.
    static func asideOpening(before k: Int, in tokens: [Token]) -> Int? {
        guard let open = tokens[..<k].lastIndex(where: { $0.text == "," }), k - open <= 24, open + 1 < k else { return nil }
        let first = tokens[open + 1]
        let leader = leadingParticiples.contains(first.lower) && open + 2 < k && tokens[open + 2].lower == "by"
        // ", while supporting the text,": a participle after a word that subordinates it.
        // Not a name or a pronoun in -ing (", while Beijing …", ", though nothing …").
        let subordinated = asideSubordinators.contains(first.lower) && open + 2 < k && tokens[open + 2].lower.hasSuffix("ing")
            && !tokens[open + 2].isCapitalized && !Self.indefinitePronouns.contains(tokens[open + 2].lower)
        return first.isWord && first.lower.hasSuffix("ing") || circumstancePrepositions.contains(first.lower)
            || SpeakerDetector.reportedQuestionOpeners.contains(first.lower) || leader || subordinated ? open : nil
    }
    /// "nothing", "something": pronouns in -ing that are no participle.
    static let indefinitePronouns = Words.english("indefinite_pronouns_in_ing")
    /// "while", "though": words before a participle that open an aside (", while supporting the text,").
    static let asideSubordinators = Words.english("aside_subordinators")
    /// "led", "headed": participles whose aside names who leads the subject (", led by Sierra Leone's President,").
    static let leadingParticiples = Words.english("leading_participles")
    /// Whether the words after a possessive owner's "'s", up to the office word at `end`, are the capitalized name of a
    /// unit ("the State Department's Bureau of African Affairs", "Belarus's State Customs Committee").
    static func namesAUnit(after owner: ActorMention, to end: Int, _ tokens: [Token]) -> Bool {
        guard owner.range.upperBound < end, let start = possessedStart(after: owner, tokens) else { return false }
        return start < end && end - start <= 6 && tokens[start].isCapitalized && tokens[end].isCapitalized
            && tokens[start...end].allSatisfy { $0.isCapitalized || ownerPrepositions.contains($0.lower) || conjunctions.contains($0.lower) }
    }
    /// Where what a possessive owns begins: right after its "'s".
    static func possessedStart(after owner: ActorMention, _ tokens: [Token]) -> Int? {
        if tokens[owner.range.upperBound - 1].lower == "'s" { return owner.range.upperBound }
        return owner.range.upperBound < tokens.count && tokens[owner.range.upperBound].lower == "'s" ? owner.range.upperBound + 1 : nil
    }
    /// Bodies and offices that, after a possessive opening a sentence, speak for its owner ("Netanyahu's office", "Saudi
    /// Arabia's public prosecutor").
    static let speakingBodies = Words.vocabulary("speaking_bodies")
    /// Whether a mention stands at the head of its sentence: first in a speaker's turn, or right after an opening phrase.
    static func opensTheSentence(_ m: ActorMention, _ tokens: [Token]) -> Bool {
        m.range.lowerBound <= max(turnStart(tokens) + 1, (openingAdjunctEnd(tokens) ?? -1) + 2)
    }
    /// "in", "during": prepositions that open an aside saying where or how a holder spoke.
    static let circumstancePrepositions = Words.english("circumstance_prepositions")
    static let possessiveRelatives = Words.english("possessive_relatives")
    /// Words besides articles that open an apposition ("China, one of the countries named, said").
    static let appositionHeads = Words.english("apposition_heads")
    /// Prepositions that name the means of an act done to someone ("hit Beijing with tariffs").
    static let meansPrepositions = Words.english("means_prepositions")
    /// "among" in "were among the countries that …": the subject is one of those who did it.
    static let membershipOpeners = Words.english("membership_openers")
    /// "was", "were", "a", "the": before a participle, they make "by X" its agent ("was vetoed by", "a veto cast by").
    static let passiveMarkers = Words.english("passive_markers")
    /// Words that join the governments of a list before its verb.
    static let listWords = Words.english("list_words")
    /// Words that open a list naming a subject's members ("countries like A and B voted"), not an adjunct.
    static let subjectListOpeners = Words.english("subject_list_openers").map { $0.split(separator: " ").map(String.init) }
    /// Prepositions that name a member inside the subject itself ("Members of Congress, the United Nations, and …").
    static let memberOfOpeners = Words.english("member_of_openers")
    /// "of": after it, the owner of the noun before ("the decision of the Indian Government").
    static let ownerPrepositions = Words.english("owner_prepositions")
    /// "they": a pronoun for several governments at once.
    static let pluralPronouns = Words.english("plural_pronouns")

    /// Whether the words right before `index` open a list of a subject's members ("like", "such as").
    static func opensSubjectList(before index: Int, in tokens: [Token]) -> Bool {
        subjectListOpeners.contains { words in
            index >= words.count && zip(tokens[(index - words.count)..<index], words).allSatisfy { $0.lower == $1 }
        }
    }
    /// Third-person subject pronouns, each marked whether it stands for a person ("he") or not ("it", "they").
    static let pronouns: [String: Bool] = Dictionary(Words.english("thing_pronouns").map { ($0, false) }
        + Words.english("person_pronouns").map { ($0, true) }, uniquingKeysWith: { _, person in person })
    /// Verbs whose "that" clause says what another should do ("demanded that Seoul stop …").
    static let demandStems = Set(Words.vocabulary("demand_verbs").map(Stemmer.stem))
    /// Stems of verbs that charge someone with an act ("accused Qatar of supporting …").
    static let accusationStems = Set(Words.vocabulary("accusation_verbs").map(Stemmer.stem))
    /// Whether an office of several words ends at `end` ("Heads of State", "Head of Government").
    static func endsInLeadersOffice(_ tokens: [Token], at end: Int) -> Bool {
        leadersOffices.contains { phrase in
            end + 1 >= phrase.count && tokens[(end + 1 - phrase.count)...end].map(\.lower) == phrase
        }
    }

    /// "heads of state", "head of government": offices of several words whose holders speak for the governments after
    /// "of".
    static let leadersOffices = Words.vocabulary("leaders_offices").map { Tokenizer.phraseTokens($0).map(\.lower) }

    /// "members": all of whom, with "the", speak for the body of governments named after "of" (`body_members`).
    static let bodyMembers = Words.vocabulary("body_members")

    /// "drawing", "prompted": verbs by which an act draws a reaction from others ("drawing protests from Australia").
    static let drawingVerbs = Words.vocabulary("drawing_verbs")

    /// Whether a cue is a reaction an act drew from others, named after it ("…, drawing rebukes from Athens", "a move
    /// that prompted criticism from Argentina"): a verb of drawing up to three words before it (after which "rebukes"
    /// or "protests" is the noun) that opens an aside or a relative clause, "from" right after. Not a reaction
    /// foretold in what someone says ("warned that the move would draw condemnation from the EU").
    static func isDrawnReaction(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        let start = cue.range.lowerBound
        guard cue.range.upperBound < s.tokens.count, s.tokens[cue.range.upperBound].lower == "from" else { return false }
        return (max(1, start - 3)..<max(1, start)).contains { k in
            drawingVerbs.contains(s.tokens[k].lower)
                && (s.tokens[k - 1].text == "," || relativePronouns.contains(s.tokens[k - 1].lower))
        }
    }

    /// "of", "from": prepositions that open an agent list and may open each of its parts again ("of A, and of B").
    static let repeatedAgentPrepositions = Words.english("repeated_agent_prepositions")
    /// Stems of verbs that name what their object is ("calling the U.S. measures unjustified").
    static let namingStems = Set(Words.vocabulary("naming_verbs").map(Stemmer.stem))
    /// "of", "for": what someone is charged with follows them.
    static let chargePrepositions = Words.english("charge_prepositions")

    /// Words after which a pronoun is an object, not a subject ("subject it to review", "called it a violation").
    static let objectFollowers: Set<String> = Words.english("object_followers")

    func holders(of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, index: Int, context: DocumentContext) -> [Holder] {
        let tokens = s.tokens
        let start = cue.range.lowerBound
        // "Pyongyang's demands": a possessor holds a nominal cue.
        // One word may stand between them for a noun or a bare form ("Seoul's new ban"), not for an inflected verb
        // ("Seoul's caution extends").
        let inflected = cue.cue.pos == .verb && tokens[start].hasInflection
        // "welcomed the resolution adopted by the Security Council", "a price cap, imposed by the G7, the European Union
        // and Australia, …": the agents right after a participle that describes the noun before it hold it, not the
        // subject of the sentence.
        if describesTheNounBefore(cue, in: s), let by = Self.agentBy(after: cue, in: s), by + 1 < tokens.count {
            let list = agents(from: by + 1, in: s)
            if !list.isEmpty, s.mentions.contains(where: { (1...2).contains($0.range.lowerBound - by) }) {
                return list.map { Holder(code: $0.code, speaker: $0.text, end: start, confidence: 0.6) }
            }
        }
        // Not a verdict set before the thing it judges ("Russia's illegal attacks", "the Dutch side's improper
        // intervention"): the speaker judges what the possessor did. A gerund is the possessor's own act ("Japan's
        // backing proved decisive"), and a verb after the cue is the sentence's ("Japan's backing proved …").
        let judged = cue.range.upperBound < tokens.count ? tokens[cue.range.upperBound] : nil
        let attributive = cue.cue.pos == .fixed && !tokens[cue.range.upperBound - 1].lower.hasSuffix("ing")
            && judged.map { $0.isWord && !$0.isCapitalized && !Self.prepositions.contains($0.lower)
                && !Self.auxiliaries.contains($0.lower) && !$0.lower.hasSuffix("ed") } == true
        if !attributive, let m = s.mentions.first(where: { $0.isPossessor && ($0.range.upperBound == start
                                                                 || $0.range.upperBound == start - 1 && !inflected) }) {
            return [Holder(code: m.code, speaker: m.text, end: m.range.upperBound, confidence: 0.7, isPossessor: true)]
        }
        // "In a statement welcoming the ceasefire, Qatar said …": a text's participle in the opening phrase is the
        // main clause's subject's.
        if let comma = Self.openingAdjunctEnd(tokens), comma > cue.range.upperBound,
           participleAfter(cue, tokens, noun: { namesAText(at: $0, in: s) }),
           let m = s.mentions.first(where: { $0.isGovernment && $0.range.lowerBound > comma && $0.range.lowerBound <= comma + 3 }) {
            return [Holder(code: m.code, speaker: m.text, end: m.range.upperBound, confidence: 0.6)]
        }
        // "…, drawing rebukes from Athens and Washington": a reaction the subject's act draws is theirs it comes from.
        if Self.isDrawnReaction(cue, in: s) {
            let list = agents(from: cue.range.upperBound + 1, in: s)
            if !list.isEmpty { return list.map { Holder(code: $0.code, speaker: $0.text, end: start, confidence: 0.6) } }
        }
        // "adopted over U.S. objections": a government named right before a noun cue, after a preposition, holds it.
        if cue.cue.pos == .noun, let m = s.mentions.first(where: { $0.isGovernment && $0.range.upperBound == start }),
           m.range.lowerBound > 0, Self.prepositions.contains(tokens[m.range.lowerBound - 1].lower) {
            return [Holder(code: m.code, speaker: m.text, end: m.range.upperBound, confidence: 0.6, isPossessor: true)]
        }
        // "The session was convened at the request of Germany and Iceland": those named after the phrase hold it, and
        // asked for what its clause says ("it was not included at the request of the Treasury": against including it).
        if cue.cue.holderFollows {
            let clause = Self.clauseStart(before: start, in: tokens)
            return agentsAndThoseActedFor(from: cue.range.upperBound, in: s).map {
                Holder(code: $0.code, speaker: $0.text, end: clause, confidence: 0.6)
            }
        }
        if let acting = actorOfWith(cue, in: s) {
            return acting.map { Holder(code: $0.code, speaker: $0.text, end: $0.range.upperBound, confidence: 0.6) }
        }
        let owners = intentOwners(of: cue, in: s)
        if !owners.isEmpty {
            return owners.map { Holder(code: $0.code, speaker: $0.text, end: $0.range.upperBound, confidence: 0.6) }
        }
        if cue.describesNoun || isConditional(cue, in: s) { return [] }
        if let body = adoptedTextBody(of: cue, in: s, index: index, context: context) { return [body] }
        // "Argentina and Brazil, joined by Chile and Peru, signed …": the aside adds to the subject; it does nothing itself.
        if Self.joiningAside(at: start - 1, in: tokens) != nil { return [] }
        // "the resolution, which was drafted by France and the UAE": a passive's agent holds it, not the antecedent.
        // Not "Russia was joined by China in vetoing …": there the ones joined act too.
        let joining = joins(cue, tokens)
        let passiveBy = isPassive(cue, tokens) && cue.range.upperBound < tokens.count && tokens[cue.range.upperBound].lower == "by"
        if passiveBy, !joining {
            let list = agentsAndThoseActedFor(from: cue.range.upperBound + 1, in: s)
            if !list.isEmpty { return list.map { Holder(code: $0.code, speaker: $0.text, end: start, confidence: 0.6) } }
            // "The resolution, presented by Pakistan, was adopted by a recorded vote of 28 …": the body that voted, the
            // organization the document named last, adopted it.
            if let body = adoptingBody(of: cue, in: s, index: index, context: context) { return [body] }
        }
        // Subject to the left, with anything coordinated with it. Not of a passive ("Russia was criticized for the
        // attack"): its subject is what the act befell, unless the verb says how the subject feels ("we are encouraged").
        // "Israel and the US were joined in voting against by …": the ones joined act all the same.
        let befell = cue.cue.pos == .verb && isPassive(cue, tokens) && !Self.experiencerStems.contains(cueMatcher.key(tokens[start]))
            && !joining
        // "Hungary vetoed the EU statement, two diplomats said": an unnamed speaker after the clause it reports holds
        // nothing for the governments that clause names.
        if cue.cue.stance == .report, let open = tokens[..<start].lastIndex(where: { $0.text == "," || $0.isQuote }),
           start - open <= 4, tokens[(open + 1)..<start].contains(where: { Self.unnamedSources.contains($0.lower) }),
           !s.mentions.contains(where: { $0.range.lowerBound > open && $0.range.upperBound <= start }) {
            return []
        }
        // "Sweden upset Hungary by criticising …": what a subject acted by is the subject's, not the one acted on.
        if start > 1, tokens[start].lower.hasSuffix("ing"), tokens[start - 1].lower == "by" {
            let clause = Self.clauseStart(before: start, in: tokens)
            // The one acted on stands right before "by" ("stunned the Security Council by calling …"); the subject is
            // a government before it, at the clause's start or after the word that opens a subordinate clause.
            let inClause = s.mentions.filter { $0.isGovernment && $0.range.lowerBound >= clause && $0.range.upperBound <= start - 1 }
            let actedOn = inClause.last.flatMap { m in m.range.upperBound == start - 1 && inClause.count > 1 ? m : nil }
            if let subject = inClause.first(where: { $0.range != actedOn?.range }),
               subject.range.lowerBound <= clause + 1 || actedOn != nil, isSubject(subject, of: cue, in: s) {
                return coordinated(with: subject, before: cue, in: s).map {
                    Holder(code: $0.code, speaker: $0.text, end: subject.range.upperBound, confidence: confidence(of: $0))
                }
            }
        }
        // "Mali's foreign ministry summoned the Algerian ambassador and said …": a second predicate joined by "and" has
        // the first one's subject, not the first one's object.
        if let and = (0..<start).last(where: { !Self.auxiliaries.contains(tokens[$0].lower) && !SentenceAnalysis.isAdverbBeforeVerb(tokens[$0]) }),
           tokens[and].lower == "and", cue.cue.pos == .verb || cue.cue.stance == .report,
           let first = s.cues.last(where: { c in
               c.range.upperBound <= and && c.cue.pos == .verb && !isNominal(c, tokens) && !c.describesNoun
           }),
           !tokens[first.range.upperBound..<and].contains(where: { $0.text == "," || $0.text == ";" }),
           s.mentions.contains(where: { $0.range.lowerBound >= first.range.upperBound && $0.range.upperBound <= and }) {
            let subject = holders(of: first, in: s, index: index, context: context)
            if !subject.isEmpty { return subject }
        }
        let spokenFor = spokenForInAside(before: cue, in: s)
        if !spokenFor.isEmpty { return spokenFor }
        // "as did Italy", "nor did Spain": the one who repeats it is named after the cue, never before it.
        let namedAfter = cue.cue.stance == .same && cue.cue.pos == .fixed && Self.invertingOpeners.contains(tokens[start].lower)
        var j = namedAfter ? -1 : start - 1
        var words = 0
        var passedRelative = false
        var relativeAt: Int?
        // Governments an aside joins to the subject ("…, joined by Chile and Peru, signed"), or a passive of joining
        // ("Russia was joined by China in vetoing …").
        var joined: [ActorMention] = joining && passiveBy ? agents(from: cue.range.upperBound + 1, in: s) : []
        while j >= 0, words <= 12 {
            let t = tokens[j]
            if t.text == ",", joined.isEmpty, let (open, list) = (max(0, j - 20)..<j).reversed().lazy
                .compactMap({ k in Self.joiningAside(at: k, in: tokens).map { (k, $0) } }).first {
                joined = agents(from: list, in: s).filter { $0.range.upperBound <= j }
                // The aside closes here: its list runs up to this comma.
                if joined.last?.range.upperBound == j {
                    j = open - 1
                    continue
                }
                joined = []
            }
            // "The letter, spearheaded by Colombia, stated …": a text speaks for those the aside names as its authors.
            if j >= 2, j + 1 < start, tokens[j + 1].lower == "by", tokens[j - 1].text == ",", isParticiple(t.lower),
               Self.speechNouns.contains(tokens[j - 2].lower) {
                let authors = agents(from: j + 2, in: s).filter { $0.range.upperBound < start }
                if !authors.isEmpty { return authors.map { Holder(code: $0.code, speaker: $0.text, end: j - 1, confidence: 0.6) } }
            }
            // "the law that imposes", "the administration, which cut": the relative pronoun points to its antecedent.
            // "Mohamed Issa Abushahab (United Arab Emirates) noted": the delegate of the state in brackets.
            if t.text == ")", let m = s.mentions.first(where: { $0.range.upperBound == j && $0.isGovernment }),
               m.range.lowerBound > 0, tokens[m.range.lowerBound - 1].text == "(" {
                return [Holder(code: m.code, speaker: m.text, end: j + 1, confidence: 0.7)]
            }
            // "Russia on Wednesday (August 30) vetoed": an aside in brackets that names no government is passed over.
            if t.text == ")", let open = tokens[..<j].lastIndex(where: { $0.text == "(" }), j - open <= 8,
               !s.mentions.contains(where: { $0.range.lowerBound > open && $0.range.upperBound <= j }) {
                j = open - 1
                words += 1
                continue
            }
            // "Mali, whose military junta urged …": the government the possessive relative points back to.
            // The country may stand as a place ("the mission to Mali, whose junta urged …"): "whose" makes it the state.
            if Self.possessiveRelatives.contains(t.lower), words <= 3, let m = s.mentions.last(where: {
                $0.via != .lawOwner && ($0.range.upperBound == j || $0.range.upperBound == j - 1 && tokens[j - 1].text == ",") }) {
                return [Holder(code: m.code, speaker: m.text + " " + Token.join(tokens[j..<start]), end: j, confidence: 0.6)]
            }
            // "China, one of the countries Pompeo singled out, said …": an apposition right before the verb is passed
            // over to the government it describes.
            // So is a participle's aside ("Fiji's representative, speaking as holder of the presidency of the Conference
            // of the Parties, welcomed …") and one of circumstance ("Netanyahu, in a video message addressed to the
            // Secretary-General, urged …").
            // "The African Union's observer mission, led by …, concluded": the body a possessive owns, a few words long.
            if t.text == ",", j == start - 1,
               let open = Self.appositionOpening(before: j, in: s) ?? Self.asideOpening(before: j, in: tokens),
               s.mentions.contains(where: { m in
                   m.isGovernment && m.range.upperBound == open
                       || m.isPossessor && m.range.upperBound < open && open - m.range.upperBound <= 3
                           && tokens[m.range.upperBound..<open].allSatisfy(\.isWord)
               }) {
                j = open - 1
                continue
            }
            // "Ruto said he had spoken to Kiir and, after consulting Uganda's Museveni and Ethiopia's Abiy Ahmed, was
            // sending an envoy": whoever an aside of circumstance names is not the subject of the verb after it.
            if t.text == ",", tokens[(j + 1)..<start].allSatisfy({ Self.auxiliaries.contains($0.lower) }),
               let open = Self.asideOpening(before: j, in: tokens), open > 0,
               !TriggerContext.exampleMarkers.contains(tokens[open + 1].stem) {
                j = open - 1
                continue
            }
            // "Mali, whose government urged the removal, welcomed …": a relative clause between commas is passed over,
            // also after an apposition ("France, the former colonial power, which keeps troops there, condemned …").
            // So is a clause of "whose" with asides of its own ("Iran, whose ambassador in Beirut, Mojtaba Amani, was
            // wounded …, condemned").
            if t.text == ",", let open = Self.commaRelativeOpening(before: j, in: tokens) ?? (max(0, j - 24)..<j).last(where: { i in
                tokens[i].text == "," && i + 1 < j && Self.possessiveRelatives.contains(tokens[i + 1].lower)
                    && s.mentions.contains(where: { $0.isGovernment && $0.range.upperBound == i })
            }), j - open <= 24 {
                let ends = { (k: Int) in s.mentions.contains(where: { $0.isGovernment && $0.range.upperBound == k }) }
                // "the Taliban administration in Afghanistan, which borders both countries,": the government a few words
                // before the comma, where the country named right before it stands as a place.
                let place = s.mentions.last(where: { !$0.isGovernment && $0.range.upperBound == open })
                let within = place.flatMap { place in s.mentions.last(where: { m in
                    m.isGovernment && m.code == place.code && m.range.upperBound < open && open - m.range.upperBound <= 3
                        && tokens[m.range.upperBound..<open].allSatisfy { $0.isWord }
                        && !s.cues.contains { $0.range.lowerBound >= m.range.upperBound && $0.range.lowerBound < open }
                })?.range.upperBound }
                if let antecedent = ends(open) ? open : Self.appositionOpening(before: open, in: s).flatMap({ ends($0) ? $0 : nil }) ?? within {
                    j = antecedent - 1
                    continue
                }
            }
            let relative = Self.relativePronouns.contains(t.lower) && words <= 2
            if relative {
                // "fuel that supported …": the clause is its antecedent's, and a thing holds no position.
                if !antecedentMayBeActor(before: j, in: s) { break }
                passedRelative = true
                relativeAt = j
            }
            // "Norway and Chile were among the states that sponsored it": the subject of "were among" holds the clause.
            if passedRelative, words <= 5, Self.membershipOpeners.contains(t.lower), j > 0,
               Self.auxiliaries.contains(tokens[j - 1].lower) {
                j -= 2
                words += 2
                continue
            }
            if Self.subjectBlockers.contains(t.lower) && !relative { break }
            if Self.ownClauseOpeners.contains(t.lower), cue.cue.pos == .verb, hasOwnSubject(from: j + 1, before: start, in: s) { break }
            // Another verb on the way has the subject to itself ("the State Department condemned the launch"), and so
            // has a predicate with a direction ("Brazil is opposed to the proposal").
            if s.cues.contains(where: { $0.range.contains(j) && $0.range != cue.range && !isNominal($0, tokens)
                && ($0.cue.pos == .verb || $0.cue.pos == .fixed && $0.cue.stance.isDirected) }) {
                break
            }
            if t.lower == "that" && !relative { break }
            // "Netanyahu's office said …", "The Secretary-General's office condemned …": an office that opens the sentence
            // speaks for its holder's government (not one named as an object: "invite the rapporteur's office to review").
            if Self.speakingBodies.contains(t.lower), !befell, let owner = s.mentions.first(where: { m in
                   m.isPossessor && (Self.possessedStart(after: m, tokens) == j || Self.namesAUnit(after: m, to: j, tokens)) }),
               Self.opensTheSentence(owner, tokens) {
                return [Holder(code: owner.code, speaker: Token.join(tokens[owner.range.lowerBound...j]), end: j + 1, confidence: 0.6)]
            }
            // "Saudi Arabia's public prosecutor said …", "Venezuela's National Electoral Council said …": a short noun
            // phrase after the possessive of a government that opens the sentence speaks for it when its head names a
            // body or is a name; not "Peru's fishermen", "Ukraine's allies".
            if !befell, j > 0, tokens[j - 1].lower == "'s", let owner = s.mentions.first(where: { m in
                   m.isPossessor && !m.code.isEmpty && Self.possessedStart(after: m, tokens) == j }),
               Self.opensTheSentence(owner, tokens),
               start - j <= 4, tokens[j..<start].allSatisfy(\.isWord),
               tokens[start - 1].isCapitalized || Self.speakingBodies.contains(tokens[start - 1].lower),
               !s.cues.contains(where: { $0.range.lowerBound >= j && $0.range.lowerBound < start }),
               !s.mentions.contains(where: { $0.range.lowerBound >= j && $0.range.lowerBound < start }) {
                return [Holder(code: owner.code, speaker: Token.join(tokens[owner.range.lowerBound..<start]), end: start, confidence: 0.5)]
            }
            if var m = s.mentions.first(where: { $0.range.upperBound == j + 1 && $0.isGovernment }) {
                // "The President of the General Assembly, Miroslav Lajčák, welcomed …": a person named after an office of a
                // body speaks for the body, whichever government they served before or after.
                if m.via == .official || m.via == .person, m.range.lowerBound >= 2, tokens[m.range.lowerBound - 1].text == ",",
                   let office = s.mentions.first(where: { $0.range.upperBound == m.range.lowerBound - 1 && $0.via == .institution
                       && $0.code != m.code && isOrganization($0.code) }) {
                    m = office
                }
                // "the Ministers pledged" in a joint statement: all its issuers, not the last governments named.
                if m.via == .reference, context.speakers.count > 1, !befell, let issuer = context.issuer, !Self.insideQuote(tokens, j),
                   m.range.contains(where: { k in speakerDetector.groupNounLength(in: tokens, at: k) == m.range.upperBound - k }) {
                    return [Holder(code: issuer, speaker: m.text, end: j + 1, confidence: 0.7, isFirstPerson: true)]
                }
                // "UNSC Resolution 2664 was approved": the body whose text it is adopted it.
                let ownsText = m.range.upperBound < tokens.count && cueMatcher.enacted.contains(tokens[m.range.upperBound].stem)
                // "associated itself with the Secretary-General of the United Nations, who condemned the takeover": the
                // antecedent of the relative clause holds it, after a preposition too.
                let antecedent = relativeAt.map { r in
                    m.range.upperBound == r - 1 && tokens[r - 1].text == "," && tokens[r].lower != "that" && m.via != .reference
                } ?? false
                if isSubject(m, of: cue, in: s) || antecedent, !befell || ownsText {
                    let subject = coordinated(with: m, before: cue, in: s)
                    return (subject + joined.filter { x in !subject.contains { $0.code == x.code } }).map {
                        Holder(code: $0.code, speaker: $0.text, end: m.range.upperBound, confidence: confidence(of: $0))
                    }
                }
                j = m.range.lowerBound - 1
                words += 1
                continue
            }
            // "Japan's statement condemned the coup", "the UK's full statement condemning …": a text speaks for its author;
            // so does a body of its own ("the World Health Assembly's Committee A approved", "Georgia's parliament voted").
            if Self.speechNouns.contains(t.lower) || Self.organNouns.contains(t.lower), words <= 3, let m = s.mentions.first(where: {
                $0.isPossessor && ($0.range.upperBound == j || $0.range.upperBound == j - 1 && tokens[j - 1].isWord) }) {
                return [Holder(code: m.code, speaker: m.text, end: j + 1, confidence: 0.6)]
            }
            // '"…," the statement stressed': a text named with "the" right before its report verb speaks for the
            // government that held a position last, in this sentence or the one before.
            if cue.cue.stance == .report, words == 0, j > 0, Self.speechNouns.contains(t.lower), !Self.isPersonNoun(t.lower),
               CueMatcher.articles.contains(tokens[j - 1].lower), !s.mentions.contains(where: { $0.range.upperBound == j - 1 }),
               let code = context.lastHolder(before: index, window: 1) {
                return [Holder(code: code, speaker: Token.join(tokens[(j - 1)...j]), end: j + 1, confidence: 0.5)]
            }
            // "the law imposes", "a new South Korean law that imposes": a law acts for the government that made it.
            // Not in what another reports of the law ('"This law will stifle civil society," the spokesman said', "the
            // EU said the law went against its values"): there the law's effect is the reporter's claim.
            if ActorRecognizer.lawNouns.contains(t.lower), words <= 3 || lawSubject(of: s) == j,
               !Self.insideQuote(tokens, j) && !Self.continuesQuote(tokens, j),
               !s.cues.contains(where: { $0.cue.stance == .report && $0.range.upperBound <= j }),
               let owner = lawOwner(at: j, in: s, sentence: index, context: context) {
                return [Holder(code: owner, speaker: t.text, end: j + 1, confidence: 0.5)]
            }
            // "It limits what can be sent …" right after a sentence about the law: the law again.
            if t.lower == "it", j == 0, context.lawSubjectSentence == index - 1,
               let owner = lawOwner(at: nil, in: s, sentence: index, context: context) {
                return [Holder(code: owner, speaker: t.text, end: j + 1, confidence: 0.4)]
            }
            // "Resolution 2593 … passed 13-0. It also demands …": a resolution again, speaking for the body that adopted it.
            if t.lower == "it", j == 0, context.textSubjectSentence == index - 1,
               let body = adopter(among: [], text: t.text, end: j + 1, index: index, context: context) {
                return [body]
            }
            // "Britain, France and Germany regretted the decision. They called on Tehran …": a plural pronoun opening a
            // sentence is the group that last held a position together.
            if Self.pluralPronouns.contains(t.lower), j == 0, words <= 3, !befell, let group = context.lastGroup,
               index - group.sentence == 1 {
                return group.codes.map { Holder(code: $0, speaker: t.text, end: j + 1, confidence: 0.5) }
            }
            // "subject it to review", "described it as": a pronoun before a preposition or article is an object.
            // "the Argentine presidency rejected the accusation made by the Bolivian government, which it said was false":
            // the government a relative clause opens on is what the pronoun's verb speaks of; the pronoun is the
            // sentence's subject, when that is a government ("the text condemns the army's mobilization, which it
            // describes as …": none). ("That" may open what a noun says instead: "the EU's statement that it …".)
            if Self.pronouns[t.lower] != nil, words <= 3, !befell, j >= 2, tokens[j - 1].lower == "which", tokens[j - 2].text == "," {
                guard let subject = s.mentions.first(where: { m in
                    m.isGovernment && !m.code.isEmpty && m.range.upperBound < j - 2 && isSubject(m, of: cue, in: s)
                        && !Self.insideQuote(tokens, m.range.lowerBound)
                        && m.range.lowerBound <= (Self.openingAdjunctEnd(tokens) ?? -1) + 2
                }) else { return [] }
                return [Holder(code: subject.code, speaker: t.text, end: j + 1, confidence: 0.5)]
            }
            if let isPerson = Self.pronouns[t.lower], words <= 3, !befell, !Self.objectFollowers.contains(tokens[j + 1].lower),
               refersToActor(t, at: j, in: s, index: index, context: context),
               let code = isPerson ? recentInSentence(s, before: j, where: { !$0.code.isEmpty && Self.namesAPerson($0, s.tokens) })
                   ?? context.resolvePerson(before: index) ?? context.lastHolder(before: index, window: 1)
                   : recentInSentence(s, before: j) ?? context.lastHolder(before: index)
                    ?? context.resolve(institution: nil, person: false, sentence: index) {
                return [Holder(code: code, speaker: t.text, end: j + 1, confidence: 0.5)]
            }
            if speakerDetector.firstPersonSubjects.contains(t.lower), words <= 4, !befell, let issuer = context.issuer, !Self.insideQuote(tokens, j) {
                return [Holder(code: issuer, speaker: t.text, end: j + 1, confidence: 0.7, isFirstPerson: true)]
            }
            // "Ministers recognized …", "The Facilitators stand ready …": a joint statement's members as its subject.
            if context.speakers.count > 1, words <= 3, !befell, let issuer = context.issuer, !Self.insideQuote(tokens, j),
               (max(0, j - 2)...j).contains(where: { k in speakerDetector.groupNounLength(in: tokens, at: k) == j + 1 - k }) {
                return [Holder(code: issuer, speaker: t.text, end: j + 1, confidence: 0.7, isFirstPerson: true)]
            }
            if t.isWord || t.kind == .number { words += 1 }
            j -= 1
        }
        // Postposed speaker: "…," the ministry said / said Adam Austen, the spokesman for …; "according to X".
        // Not a participle after a comma ("…, calling the U.S. measures unjustified"): it speaks for the clause's own
        // subject, and what follows it is what it speaks of.
        let participle = cue.cue.pos == .verb && tokens[start].lower.hasSuffix("ing")
        let inverted = start > 0 && (tokens[start - 1].isQuote || tokens[start - 1].text == ",") && !participle
        // A fixed cue that is one past form ("backed", "ordered") is a verb: who follows it is its object ("ordered
        // Myanmar to …"), not its holder, unless "by" names its agents ("drafted by France").
        let pastForm = cue.cue.pos == .fixed && cue.range.count == 1 && tokens[start].lower.hasSuffix("ed")
            && !(cue.range.upperBound < tokens.count && tokens[cue.range.upperBound].lower == "by")
        if (cue.cue.stance == .report && inverted) || cue.cue.pos == .fixed && !pastForm {
            var k = cue.range.upperBound
            var skipped = 0
            while k < tokens.count, skipped <= (inverted ? 8 : 3) {
                if let m = s.mentions.first(where: { $0.range.lowerBound == k && ($0.isGovernment || $0.isPossessor) }) {
                    // "drafted by France and the United Arab Emirates", "as did France and Italy": every one of the list.
                    if tokens[k - 1].lower == "by" || cue.cue.stance == .same {
                        let list = agentsAndThoseActedFor(from: k, in: s)
                        if list.count > 1 { return list.map { Holder(code: $0.code, speaker: $0.text, end: $0.range.upperBound, confidence: 0.7) } }
                    }
                    return [Holder(code: m.code, speaker: m.text, end: m.range.upperBound, confidence: confidence(of: m))]
                }
                if tokens[k].isQuote || tokens[k].lower == "that" { break }
                // "the illegal decision of the Indian Government": a verdict on a thing, whose owner comes after "of".
                if !inverted, Self.ownerPrepositions.contains(tokens[k].lower) { break }
                skipped += 1
                k += 1
            }
        }
        // Agent after the cue: "was vetoed by the United States", "a veto cast by X", "support from China, France and …".
        // A finite passive ("was vetoed by"), a noun ("a veto cast by"), or a participle right before its agents that
        // describes the noun before it, where no subject was found ("A joint statement signed by Germany and Denmark …").
        let beforeCue = start > 0 ? tokens[start - 1].lower : ""
        let finite = Self.passiveMarkers.contains(beforeCue)
            || Self.prepositions.contains(beforeCue) || cue.cue.pos == .noun
        let reducedRelative = describesTheNounBefore(cue, in: s)
        var k = cue.range.upperBound
        while k < min(tokens.count, cue.range.upperBound + 5) {
            // "The proposal was rejected by Germany": the agent is the later verb's, not the noun's.
            if Self.auxiliaries.contains(tokens[k].lower) || s.cues.contains(where: { $0.range.contains(k) && $0.range != cue.range }) {
                break
            }
            // "support from China" names its agent; "recalled their ambassadors from Israel" names a place.
            if ((finite || reducedRelative && k == cue.range.upperBound) && tokens[k].lower == "by") || (tokens[k].lower == "from" && (cue.cue.pos == .noun || (k == cue.range.upperBound && cue.range.count == 1))) {
                let agents = agents(from: k + 1, in: s)
                if !agents.isEmpty {
                    return agents.map { Holder(code: $0.code, speaker: $0.text, end: start, confidence: 0.6) }
                }
            }
            if !tokens[k].isWord { break }
            k += 1
        }
        return namedMembers(of: cue, in: s)
    }

    /// The "by" that names a participle's agent: right after it, or after a short time ("the treaty signed on 22 May
    /// 2025 by the United Kingdom and Mauritius", "the sanctions imposed last year by …"); not after a place or a
    /// government ("signed in Paris by …", "imposed on Moldova by …"), where the sentence tells of another act.
    static func agentBy(after cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Int? {
        let tokens = s.tokens
        var k = cue.range.upperBound
        while k < tokens.count, k - cue.range.upperBound <= 5, tokens[k].lower != "by" {
            let t = tokens[k]
            guard adjunctWords.contains(t.lower) || t.kind == .number || t.isWord && t.isCapitalized,
                  !s.mentions.contains(where: { $0.range.contains(k) }) else { return nil }
            k += 1
        }
        return k < tokens.count && tokens[k].lower == "by" ? k : nil
    }

    /// Whether a verb cue is a participle that describes the noun before it ("a price cap, imposed by …", "the
    /// resolution adopted by …"). (An aside of the sentence's own subject, "The letter, spearheaded by Colombia,
    /// stated …", speaks through its verb.)
    func describesTheNounBefore(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        // "co-sponsored": a participle with its prefix.
        let prefixed = cue.range.count == 3 && s.tokens[cue.range.lowerBound + 1].text == "-"
        let start = cue.range.lowerBound
        guard cue.cue.pos == .verb, cue.range.count == 1 || prefixed, start > 0, isParticiple(s.tokens[cue.range.upperBound - 1].lower)
        else { return false }
        let before = s.tokens[start - 1]
        return before.text == "," && s.cues.contains { $0.range.upperBound < start - 1 }
            || before.isWord && !before.isCapitalized && !s.mentions.contains { $0.range.contains(start - 1) }
                && !Self.passiveMarkers.contains(before.lower) && !Self.auxiliaries.contains(before.lower)
                && !SentenceAnalysis.preVerbAdverbs.contains(before.lower)
    }

    /// Whether a participle describes the noun before it and names its agent after "by" ("the aid offered by the
    /// summit"); not a verb joined to the one before ("condemned the visit and retaliated by suspending talks"), whose
    /// "by" tells how.
    func hasAgentOfItsOwn(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        let start = cue.range.lowerBound
        guard describesTheNounBefore(cue, in: s), !Self.conjunctions.contains(s.tokens[start - 1].lower),
              let by = Self.agentBy(after: cue, in: s), by + 1 < s.tokens.count else { return false }
        return !s.tokens[by + 1].lower.hasSuffix("ing")
    }

    /// The agents from `start`, and those they acted for: "tabled by Canada on behalf of Chile, Ecuador and Uruguay".
    /// The list after "on behalf of" must name a government at once ("on behalf of the core group that Chile chairs"
    /// names none).
    func agentsAndThoseActedFor(from start: Int, in s: SentenceAnalysis) -> [ActorMention] {
        var list = agents(from: start, in: s)
        if let last = list.last?.range.upperBound, var k = Self.formulaEnd(Self.behalfMarkers, at: last, in: s.tokens) {
            while k < s.tokens.count, CueMatcher.articles.contains(s.tokens[k].lower) { k += 1 }
            if s.mentions.contains(where: { $0.range.lowerBound == k && $0.isGovernment }) {
                list += agents(from: k, in: s).filter { m in !list.contains { $0.code == m.code } }
            }
        }
        return list
    }

    /// The governments of an agent list that starts at `start` ("by China, France and …", "from 11 Council members,
    /// including …"): up to eight words before the first, then only list words and numbers between them.
    func agents(from start: Int, in s: SentenceAnalysis) -> [ActorMention] {
        let tokens = s.tokens
        var agents: [ActorMention] = []
        var m = start
        // "Despite objections from Russia and China, the United States vetoed …": the list ends with the opening phrase.
        let limit = Self.openingPhraseEnd(s).flatMap { $0 >= start ? $0 : nil } ?? min(tokens.count, start + 29)
        // "by the European Union and by the United States", "the efforts of the United States, and of Saudi Arabia,
        // China …": the preposition that opened the list may open each of its parts again.
        let repeated: Set<String> = start > 0 && Self.repeatedAgentPrepositions.contains(tokens[start - 1].lower)
            ? ["by", tokens[start - 1].lower] : ["by"]
        while m < min(limit, start + 29) {
            if let mention = s.mentions.first(where: { $0.range.lowerBound == m }) {
                // "G7 members France, Germany …": a body named for its members is passed over. A group names each
                // member ("on behalf of the Nordic countries").
                for x in s.mentions where x.range == mention.range && x.isGovernment && !agents.contains(where: { $0.code == x.code }) {
                    agents.append(x)
                }
                m = mention.range.upperBound
            } else if agents.isEmpty && voteRecord.voteWords.contains(tokens[m].lower) {
                // "adopted by a vote of 13 in favour, with China abstaining": the agent is the vote, not who follows it.
                break
            } else if !agents.isEmpty, let end = Self.relativeAside(at: m, in: tokens), end + 1 < tokens.count,
                      listJoiners.contains(tokens[end + 1].lower) {
                // "welcomed by the United States, which operates the base, as well as by Australia": the aside
                // describes the agent before it; the list goes on after it.
                m = end + 1
            } else if listJoiners.contains(tokens[m].lower) || tokens[m].kind == .number
                        || (!agents.isEmpty && repeated.contains(tokens[m].lower) && listJoiners.contains(tokens[m - 1].lower))
                        || (agents.isEmpty && tokens[m].isWord && m - start < 8) {
                m += 1
            } else {
                break
            }
        }
        return agents
    }

    /// Whether what a report verb ending at `reportEnd` says opens with another government than `code` as the subject
    /// of a verb of saying ("the Kremlin said Kazakhstan had expressed support", "said Tokayev and Uzbek President
    /// Mirziyoyev had both welcomed …"): what that government said is its own, which the one who reports it only relays.
    func relaysAnother(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, besides code: String, reportEnd: Int) -> Bool {
        // An act so reported is the reporter's claim ("said Argentina had reneged on the accord"); a word relayed is not.
        cue.cue.kind == .statement && opensWithAnother(cue, in: s, besides: code, after: reportEnd)
    }

    /// Whether a clause after `start` opens with another government than `code` (or a list of them) as the subject of
    /// the verb `cue` ("that China and Russia chose to abstain", "Kazakhstan had expressed support").
    func opensWithAnother(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, besides code: String, after start: Int) -> Bool {
        guard start < cue.range.lowerBound, cue.cue.pos == .verb else { return false }
        var j = cue.range.lowerBound - 1
        if j - 1 >= start, isChosen(cue, in: s) { j -= 2 }
        while j >= start, Self.perfectAuxiliaries.contains(s.tokens[j].lower) || SentenceAnalysis.preVerbAdverbs.contains(s.tokens[j].lower) {
            j -= 1
        }
        // Named, not referred back to ("his country rejected …" after "he said" is the speaker's own).
        guard let subject = s.mentions.first(where: { $0.range.upperBound == j + 1 && $0.isGovernment && !$0.isPossessor }),
              subject.code != code, subject.via != .reference else { return false }
        return (start..<subject.range.lowerBound).allSatisfy { k in
            let word = s.tokens[k].lower
            // "that Prime Minister Netanyahu has welcomed …": an office-holder's title before the name.
            return word == "that" || CueMatcher.determiners.contains(word) || Self.listWords.contains(word)
                || s.mentions.contains { $0.range.contains(k) && $0.isGovernment }
                || subject.via == .official && s.tokens[k].isCapitalized && ActorRecognizer.titles.contains(word)
        }
    }

    /// Whether a verb is the act a government chose ("that Russia chose to veto the draft"): a choice to act is the act,
    /// which the government holds however the sentence around it judges it.
    func isChosen(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        let k = cue.range.lowerBound
        return k >= 3 && s.tokens[k - 1].lower == "to" && Self.choiceVerbs.contains(s.tokens[k - 2].lower)
            && s.mentions.contains { $0.range.upperBound == k - 2 && $0.isGovernment && !$0.isPossessor }
    }

    /// The body that adopted a text by a vote ("The text was approved by a recorded vote of 124 …"): an organization
    /// named earlier in the sentence, else the one named last in the sentences before, when the passive's subject is
    /// a text and its agent a vote.
    func adoptingBody(of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, index: Int, context: DocumentContext) -> Holder? {
        let tokens = s.tokens
        let after = cue.range.upperBound + 1
        guard Self.adoptingVerbs.contains(cueMatcher.key(tokens[cue.range.lowerBound])),
              (after..<min(tokens.count, after + 3)).contains(where: { voteRecord.voteWords.contains(tokens[$0].lower) }),
              let subject = tokens[..<cue.range.lowerBound].firstIndex(where: { Self.instrumentNouns.contains($0.lower) }),
              subject <= 2 else { return nil }
        return adopter(among: s.mentions.filter { $0.range.upperBound <= cue.range.lowerBound }, text: tokens[subject].text,
                       end: cue.range.lowerBound, index: index, context: context)
    }

    /// "The resolution demands an immediate ceasefire", "Drafted by the United States, the text lifts the asset freeze":
    /// an adopted text that acts as a verb's subject speaks for the body that adopted it, the organization named
    /// earlier in the sentence or last in the six sentences before (not a draft, and not its authors).
    func adoptedTextBody(of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis, index: Int, context: DocumentContext) -> Holder? {
        let tokens = s.tokens
        let start = cue.range.lowerBound
        // "the text strongly condemns …": an adverb may stand between the text and its verb.
        var noun = start - 1
        if noun > 0, SentenceAnalysis.isAdverbBeforeVerb(tokens[noun]) { noun -= 1 }
        guard cue.cue.pos == .verb, noun >= 1, tokens[start].hasInflection,
              Self.adoptedTextNouns.contains(tokens[noun].lower), tokens[noun - 1].lower == "the",
              noun == 1 || tokens[noun - 2].text == "," else { return nil }
        return adopter(among: s.mentions.filter { $0.range.upperBound <= noun - 1 && $0.isGovernment }, text: tokens[noun].text,
                       end: start, index: index, context: context)
    }
    static let adoptedTextNouns: Set<String> = Words.vocabulary("adopted_text_nouns")

    /// Whether a sentence opens with an adopted text as its subject ("The resolution, adopted by 14 votes, declared …",
    /// "Resolution 2593, drafted by the United States, passed 13-0").
    func opensWithAdoptedText(_ s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        var k = 0
        if k < tokens.count, tokens[k].lower == "the" { k += 1 }
        if k < tokens.count && Self.adoptedTextNouns.contains(tokens[k].lower)
            && (k == 1 || tokens[k].isCapitalized && k + 1 < tokens.count && tokens[k + 1].kind == .number) {
            return true
        }
        // "Presented by Chile and co-sponsored by …, the text strongly condemns …": the subject after a participle's
        // opening phrase, right before the main clause's verb.
        guard let first = s.cues.first, first.range.lowerBound == 0, first.cue.pos != .noun else { return false }
        return tokens.indices.dropFirst().prefix(30).contains { c in
            tokens[c].text == "," && c + 2 < tokens.count && tokens[c + 1].lower == "the"
                && Self.adoptedTextNouns.contains(tokens[c + 2].lower)
                && s.cues.contains { $0.cue.pos == .verb && (c + 3...c + 4).contains($0.range.lowerBound) }
        }
    }

    /// The body that adopted a text: the last organization among the sentence's `mentions` before the text, else one
    /// of the six sentences before, speaking through the `text` ("resolution").
    private func adopter(among mentions: [ActorMention], text: String, end: Int, index: Int, context: DocumentContext) -> Holder? {
        if let m = mentions.last(where: { isOrganization($0.code) }) {
            return Holder(code: m.code, speaker: m.text, end: end, confidence: 0.5)
        }
        // "The Security Council gave its support to ECOWAS" then "Resolution 2337 (2017) was adopted …": of the
        // organizations the latest such sentence names, a body that votes (a council, an assembly) adopts the text, not
        // an organization it names.
        guard let latest = context.recent.last(where: { $0.isOrganization && $0.sentence < index && index - $0.sentence <= 6 })
        else { return nil }
        let named = context.recent.filter { $0.isOrganization && $0.sentence == latest.sentence }
        let last = named.last { $0.institution.map(ActorRecognizer.bodyNouns.contains) ?? false } ?? latest
        return Holder(code: last.code, speaker: text, end: end, confidence: 0.5)
    }

    /// "adopt", "approve": verbs by which a body adopts a text by vote (stems).
    static let adoptingVerbs = Set(Words.vocabulary("adopting_verbs").map(Stemmer.stem))

    /// Where the list of an aside at `comma` that adds governments to the subject before it begins (", joined by Chile
    /// and Peru,", ", together with Iran,"), if one opens there.
    static func joiningAside(at comma: Int, in tokens: [Token]) -> Int? {
        guard comma >= 0, comma + 1 < tokens.count, tokens[comma].text == "," else { return nil }
        return formulaEnd(joiningFormulas, at: comma + 1, in: tokens)
    }
    static let joiningFormulas = PhraseTrie(phrases: Array(Words.vocabulary("joining_formulas")))
    /// "among them", "including": words that go on to name the governments a plural subject stood for.
    static let memberListOpeners = PhraseTrie(phrases: Array(Words.english("member_list_openers")))
    /// Nouns for what a government means to do ("the decision of Canada to expel", "the attempt of X to …").
    static let intentNouns: Set<String> = Words.vocabulary("intent_nouns")

    /// "the decision of the Canadian Government to expel an official", "the decisions of Canada, Sweden and Japan to
    /// resume their funding", "the decision by Canada to …": the governments a noun of intent names after "of" or
    /// "by", which hold the verb after "to" as "Canada's decision to expel" does; none when it names none.
    func intentOwners(of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> [ActorMention] {
        let tokens = s.tokens
        let start = cue.range.lowerBound
        guard start >= 4, tokens[start - 1].lower == "to",
              s.mentions.contains(where: { $0.isGovernment && $0.range.upperBound == start - 1 }) else { return [] }
        var k = s.listStart(endingAt: start - 1, over: Self.intentListWords)
        guard k >= 1, Self.intentOwnerPrepositions.contains(tokens[k].lower), Self.intentNouns.contains(tokens[k - 1].lower)
        else { return [] }
        k += 1
        return s.mentions.filter { $0.isGovernment && $0.range.lowerBound >= k && $0.range.upperBound <= start - 1 }
    }
    /// Words that join the governments of a noun of intent ("the decisions of Canada, Sweden and Japan to …").
    static let intentListWords = Words.english("intent_list_words")
    /// "of", "by": the prepositions after which a noun of intent names whose it is.
    static let intentOwnerPrepositions = Words.english("intent_owner_prepositions")

    /// Where the longest of the `formulas` that the tokens at `start` spell ends ("together with", "among them"), if
    /// one does.
    static func formulaEnd(_ formulas: PhraseTrie<String>, at start: Int, in tokens: [Token]) -> Int? {
        formulas.matches(in: tokens, from: start, key: \.lower).first.map { start + $0.length }
    }

    /// Where the first of the `formulas` in `range` begins and ends ("on behalf of" in "…, speaking on behalf of
    /// Chile, said"), if one does.
    static func firstFormula(_ formulas: PhraseTrie<String>, in range: Range<Int>, of tokens: [Token]) -> (start: Int, end: Int)? {
        range.lazy.compactMap { k in formulaEnd(formulas, at: k, in: tokens).map { (k, $0) } }.first
    }

    /// "Jonathan Shrier, speaking for the United States, said …": a speaker the lexicon does not know, whose aside right
    /// before the verb names the governments spoken for, speaks for them; not one it knows ("The representative of
    /// Canada, speaking for the Group of Friends, said …").
    func spokenForInAside(before cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> [Holder] {
        let tokens = s.tokens
        let comma = cue.range.lowerBound - 1
        guard comma > 2, tokens[comma].text == ",",
              let open = tokens[max(0, comma - Self.asideLength)..<comma].lastIndex(where: { $0.text == "," }),
              let marker = Self.firstFormula(Self.behalfMarkers, in: (open + 1)..<min(open + 3, comma), of: tokens),
              !s.mentions.contains(where: { $0.range.upperBound <= open && $0.range.lowerBound >= Self.clauseStart(before: open, in: tokens) })
        else { return [] }
        let list = agents(from: marker.end, in: s).filter { $0.range.upperBound <= comma }
        guard list.last?.range.upperBound == comma else { return [] }
        return list.map { Holder(code: $0.code, speaker: $0.text, end: comma, confidence: 0.6) }
    }

    /// The most tokens of an aside between commas that names whom a speaker speaks for.
    static let asideLength = 16

    /// "Several governments condemned the raid, among them Brazil, Colombia and Spain", "the many countries that have
    /// spoken up against these actions, among them …": a plural subject for governments that the sentence then names
    /// one by one after the clause. Those named hold the cue.
    func namedMembers(of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> [Holder] {
        let tokens = s.tokens
        let start = cue.range.lowerBound
        guard let noun = (max(0, start - 6)..<start).last(where: { Self.alliedNouns.contains(tokens[$0].lower) }),
              !s.mentions.contains(where: { $0.range.lowerBound > noun && $0.range.lowerBound < start }),
              !tokens[noun..<start].contains(where: { $0.text == "," }) else { return [] }
        for comma in cue.range.upperBound..<tokens.count where tokens[comma].text == "," {
            guard let open = Self.formulaEnd(Self.memberListOpeners, at: comma + 1, in: tokens) else { continue }
            // The list names governments from its first word ("among them the United States"), not a thing.
            let list = agents(from: open, in: s)
            guard let first = list.first, first.range.lowerBound <= open + 1 else { return [] }
            return list.map { Holder(code: $0.code, speaker: $0.text, end: start, confidence: 0.6) }
        }
        return []
    }

    /// Where a relative clause set off by commas that starts at `start` (", which …,") ends: its closing comma.
    static func relativeAside(at start: Int, in tokens: [Token]) -> Int? {
        guard start + 1 < tokens.count, tokens[start].text == ",", commaRelatives.contains(tokens[start + 1].lower) else { return nil }
        return tokens[(start + 2)...].prefix(24).firstIndex { $0.text == "," }
    }

    /// "USB drives sent by sea", "leaflets flown across the border": a participle right after a noun, before a
    /// preposition, describes that noun; nobody to its left is doing it.
    func describesNoun(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        let start = cue.range.lowerBound
        guard cue.cue.pos == .verb || cue.cue.pos == .fixed, cue.cue.stance != .report, cue.range.count == 1, start > 0,
              cue.range.upperBound < tokens.count
        else { return false }
        let word = tokens[start].lower
        let before = tokens[start - 1]
        return isParticiple(word) && Self.prepositions.contains(tokens[cue.range.upperBound].lower)
            && before.isWord && !before.lower.hasSuffix("ly") && !Self.auxiliaries.contains(before.lower)
            && Self.pronouns[before.lower] == nil && !speakerDetector.firstPersonSubjects.contains(before.lower)
            && !Self.verbOpeners.contains(before.lower)
            && !Self.speechNouns.contains(before.lower) && !PositionExtractor.personNouns.contains(before.lower)
            && !Self.alliedNouns.contains(before.lower) && !Self.pluralOfficeNouns.contains(before.lower)
            && !s.mentions.contains { $0.isGovernment && $0.range.contains(start - 1) }
    }

    static let auxiliaries: Set<String> = Words.english("auxiliaries")
    /// Bodies of a government or organization that act for it under its possessive ("the Assembly's Committee A
    /// approved", "Georgia's parliament voted").
    static let organNouns: Set<String> = Words.vocabulary("organ_nouns")
    /// Plural nouns for governments acting together ("its allies agreed to …").
    static let alliedNouns: Set<String> = Words.vocabulary("allied_nouns")

    /// Whether the word at `k` names a text that says something: a speech noun ("letter", "remarks") or the end of a
    /// report noun cue ("statement").
    func namesAText(at k: Int, in s: SentenceAnalysis) -> Bool {
        Self.speechNouns.contains(s.tokens[k].lower)
            || s.cues.contains { $0.range.upperBound == k + 1 && $0.cue.stance == .report && $0.cue.pos == .noun }
    }
    /// Verbs whose passive says how its subject feels ("we are encouraged by", "Tokyo was alarmed"): the subject holds it.
    static let experiencerStems = Set(Words.vocabulary("experiencer_verbs").map(Stemmer.stem))

    static let speechNouns: Set<String> = Words.vocabulary("speech_nouns")

    /// Whether what a relative pronoun at `index` refers to may be a government: one named right before it ("Norway,
    /// which …", "the State Department, which …"), a word for governments or their officials ("the countries that …"),
    /// or a measure that acts for those who adopt it ("voted on a resolution that will start winding down …").
    func antecedentMayBeActor(before index: Int, in s: SentenceAnalysis) -> Bool {
        var k = index - 1
        if k >= 0, s.tokens[k].text == "," { k -= 1 }
        guard k >= 0 else { return false }
        if s.mentions.contains(where: { $0.range.upperBound == k + 1 }) { return true }
        let actorLike = { (word: String) in
            Self.actorGroupWords.contains(word) || ActorRecognizer.referringNouns.contains(word)
                || ActorRecognizer.lawNouns.contains(word) || Self.instrumentNouns.contains(word)
        }
        if actorLike(s.tokens[k].lower) { return true }
        // "those in the region who voiced support": the antecedent may stand before a short phrase of place.
        guard let preposition = (max(0, k - 3)...k).last(where: { Self.prepositions.contains(s.tokens[$0].lower) }),
              preposition > 0 else { return false }
        return actorLike(s.tokens[preposition - 1].lower)
    }

    static let instrumentNouns = Words.vocabulary("instrument_nouns")

    /// Words for governments or their officials that a relative clause may describe ("the countries that sponsored …").
    static let actorGroupWords = Words.vocabulary("membership_nouns").union(Words.vocabulary("membership_groups"))
        .union(Words.vocabulary("plural_office_nouns")).union(Words.english("actor_antecedents"))

    /// Whether a clause opener (`own_clause_openers`) after `floor` opens a clause with a subject of its own before a
    /// verb at `start` (`hasOwnSubject`).
    func opensOwnClause(after floor: Int, before start: Int, in s: SentenceAnalysis) -> Bool {
        guard floor < start, let opener = (floor..<start).last(where: { Self.ownClauseOpeners.contains(s.tokens[$0].lower) })
        else { return false }
        return hasOwnSubject(from: opener + 1, before: start, in: s)
    }

    /// Whether the words from `from` up to a verb at `start` end in a plural subject of their own that names no
    /// government ("as several delegations pressed for answers"): a lower-case plural noun right before the verb (past
    /// auxiliaries and adverbs), with no comma or quotation mark on the way. Not a phrase that only says how the subject
    /// before it acts or what it is ("the EU as a whole recalled", "Japan as chair of the G7 condemned", "France as well
    /// as several delegations condemned"): its first word, or the word before its opener, is one of `as_phrase_openers`,
    /// or its last is no plural.
    func hasOwnSubject(from: Int, before start: Int, in s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        guard from < start, !Self.asPhraseOpeners.contains(tokens[from].lower),
              from < 2 || !Self.asPhraseOpeners.contains(tokens[from - 2].lower),
              !tokens[from..<start].contains(where: { $0.text == "," || $0.isQuote }) else { return false }
        var k = start - 1
        while k > from, SentenceAnalysis.beforeVerb(tokens[k]) { k -= 1 }
        let t = tokens[k]
        return t.isWord && !t.isCapitalized && t.lower.count > 3 && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss")
            && Self.pronouns[t.lower] == nil && !CueMatcher.determiners.contains(t.lower)
            && !Self.conjunctions.contains(t.lower) && !Self.prepositions.contains(t.lower)
            && !s.mentions.contains(where: { $0.range.contains(k) })
    }

    /// Whether a mention left of a cue is its subject. After a preposition it is not ("for Seoul"), except as the
    /// author of a statement ("agreed with State Department remarks supporting …"), as the office behind a
    /// spokesman ("the spokesman for Foreign Minister Freeland said"), or in "with the United Kingdom abstaining".
    func isSubject(_ m: ActorMention, of cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        // "the China-US climate change talks", "the Israel-Hamas war": names joined by a hyphen before a noun name a
        // thing, not one who acts.
        if Self.namesACompound(m, in: s) { return false }
        var b = m.range.lowerBound - 1
        while b >= 0, Self.articlesAndPossessives.contains(tokens[b].lower) { b -= 1 }
        let before = b >= 0 ? tokens[b].lower : ""
        // "asked Seoul to reconsider", "urged Pyongyang to stop … and to subject it to review": a government between a
        // verb and the infinitives it is asked to carry out is the one addressed, not the one speaking.
        // So is "ask its European Union partners to consider sanctions": a noun or two may name the ones addressed.
        // Not a verb of the government's own choosing on the way ("On Friday Japan decided to remove …", "Japan was to
        // remove …"): the word before it is then no verb that addresses it but the sentence's opening phrase.
        let addressedTo = (m.range.upperBound..<min(cue.range.lowerBound, m.range.upperBound + 3)).first { k in
            tokens[k].lower == "to" && tokens[m.range.upperBound..<k].allSatisfy {
                $0.isWord && !$0.isCapitalized && !Self.choiceVerbs.contains($0.lower) && !Self.auxiliaries.contains($0.lower)
            } && !s.cues.contains { $0.range.lowerBound >= m.range.upperBound && $0.range.lowerBound < k }
        }
        if addressedTo != nil, b >= 0, tokens[b].isWord,
           !Self.clauseLinks.contains(before), !s.mentions.contains(where: { $0.range.contains(b) }) {
            return false
        }
        // "Seoul's caution extends to …": the subject is what the government has, not the government; its statement or
        // its spokesman still speak for it.
        if m.isPossessor, m.range.upperBound < cue.range.lowerBound {
            let owned = tokens[m.range.upperBound].lower
            if tokens[m.range.upperBound].isWord, !Self.speechNouns.contains(owned), !Self.personNouns.contains(owned),
               !s.cues.contains(where: { $0.range.contains(m.range.upperBound) }) {
                return false
            }
        }
        // "demanding that Seoul put a stop to them": the government a demand is made of is addressed, not acting.
        if before == "that", b > 0, Self.demandStems.contains(tokens[b - 1].stem) { return false }
        // "demanded Russia withdraw its forces", "Demands Russian Federation Withdraw Personnel": so is one named right
        // after the verb of demanding, "that" left out, when a verb in its bare form follows it ("insists Moscow
        // rejected the ceasefire" reports what Moscow did).
        if b >= 0, Self.demandStems.contains(tokens[b].stem), m.range.upperBound == cue.range.lowerBound,
           cue.cue.pos == .verb, tokens[cue.range.lowerBound].lower == cue.cue.phrase.split(separator: " ").first.map(String.init) {
            return false
        }
        // "accused Qatar of supporting terrorism", "blamed Moscow for arming the rebels": the act is charged, not held.
        if b >= 0, Self.accusationStems.contains(cueMatcher.key(tokens[b])), m.range.upperBound + 1 == cue.range.lowerBound,
           Self.chargePrepositions.contains(tokens[m.range.upperBound].lower) {
            return false
        }
        // "calling the U.S. measures unjustified", "described Moscow's move as a provocation": what a verb of naming
        // takes as its object is judged, not judging.
        if b >= 0, Self.namingStems.contains(cueMatcher.key(tokens[b])) {
            return false
        }
        // "condemned Guinea's junta, demanded Conde's release": the object of a verb that takes a side is not the subject
        // of a verb joined to it by a comma or "and"; the one joined is ("joined Spain in declaring …").
        if b >= 0, endsSideTakingVerb(at: b, in: s), cue.cue.pos == .verb, Self.joinsVerb(after: m.range.upperBound, to: cue, in: tokens) {
            return false
        }
        // "Putin sent Macron a letter and condemned the attack": a government right after the verb of a government
        // named before it is that verb's object, and the verb joined to it by "and" is the subject's.
        // Not a verb of speech, whose content has a subject of its own ("Moscow said Kyiv had studied the proposal and
        // rejected it").
        if b >= 1, tokens[b].isWord, !tokens[b].isCapitalized, !Self.prepositions.contains(before), !Self.auxiliaries.contains(before),
           !Self.listConjunctions.contains(before), !Self.clauseLinks.contains(before), cue.cue.pos == .verb,
           !s.cues.contains(where: { $0.range.contains(b) && $0.cue.stance == .report }),
           Self.joinsVerb(after: m.range.upperBound, to: cue, in: tokens),
           s.mentions.contains(where: { $0.isGovernment && !$0.isPossessor && $0.range.upperBound == b }) {
            return false
        }
        // "After talks with Russia and China, the United States vetoed …": right after an opening phrase, the subject.
        if before == ",", b == Self.openingPhraseEnd(s) { return true }
        // "against China, the European Union, Canada and Turkey": a list that a preposition opens is no subject.
        if before == "," || Self.listConjunctions.contains(before) {
            let (list, opener) = coordinatedList(with: m, before: cue, in: s)
            // "blocked by Russia and Algeria, the text garnered …": the list a preposition opened goes on to here.
            if opener != nil { return false }
            if let first = list.first, first.range != m.range {
                let opener = first.range.lowerBound > 0 ? tokens[first.range.lowerBound - 1].lower : ""
                // "several major economies, including China, India and Russia, have rejected": the list spells out the subject.
                // "countries like Germany, Hungary and Malta voted": so do "like" and "such as".
                return opener == "including" || Self.opensSubjectList(before: first.range.lowerBound, in: tokens)
                    || isSubject(first, of: cue, in: s)
            }
        }
        guard Self.prepositions.contains(before) else { return true }
        let after = m.range.upperBound < tokens.count ? tokens[m.range.upperBound].lower : ""
        // "Delegates from several developing countries, including India, expressed …": one member set off by commas.
        if before == "including", after == ",", b > 0, tokens[b - 1].text == "," { return true }
        if Self.speechNouns.contains(after) { return true }
        // "a spokesman for X", "the leaders of the three countries announced": the text or the people speak for them.
        if (before == "for" || before == "of"), b >= 1,
           Self.speechNouns.contains(tokens[b - 1].lower) || before == "of" && Self.isPersonNoun(tokens[b - 1].lower) {
            return true
        }
        // "the Heads of State of Burkina Faso, Mali and Niger signed": an office named in several words.
        if before == "of", Self.endsInLeadersOffice(tokens, at: b - 1) { return true }
        if before == "of", personsName(endingAt: b - 1, in: s) { return true }
        // "The members of the Security Council condemned", "The 15 members of the Council agreed": all of a body's
        // members, as the sentence's subject, speak for it; "Western members of the Council" do not, nor "the members of
        // Guinea's junta", nor the members an earlier verb has for object ("briefed the members of the Council and urged").
        if before == "of", !m.isPossessor, isOrganization(m.code), b >= 2, Self.bodyMembers.contains(tokens[b - 1].lower) {
            let article = tokens[b - 2].kind == .number ? b - 3 : b - 2
            if article >= 0, tokens[article].lower == "the", article == 0 || article == (Self.openingPhraseEnd(s) ?? -1) + 1 {
                return true
            }
        }
        if before == "with", m.range.upperBound == cue.range.lowerBound, tokens[cue.range.lowerBound].lower.hasSuffix("ing") {
            return true
        }
        return false
    }

    /// "Sir Pierson Dixon | of the United Kingdom said", "Arkady Sobolev | of the Soviet Union condemned": a person's
    /// name of two to four capitalized words, opening the sentence or set off by a comma, before "of" and a government;
    /// not a body's name ("the University | of Chile").
    func personsName(endingAt end: Int, in s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        guard end >= 1 else { return false }
        let start = Self.capitalizedRun(endingAt: end, in: tokens)
        let name = tokens[start..<(end + 1)]
        guard name.count >= 2, start == 0 || tokens[start - 1].text == ",",
              name.allSatisfy({ $0.isWord && $0.isCapitalized && !recognizer.gazetteer.organizationWords.contains($0.lower) }),
              !s.mentions.contains(where: { $0.range.overlaps(start..<(end + 1)) }) else { return false }
        return !(start...end).contains { CueMatcher.articles.contains(tokens[$0].lower) || recognizer.institutionWord(at: $0, tokens) != nil }
    }

    /// Whether the word at `index` ends a verb cue that takes a side, so that what follows it is that verb's object; not
    /// one that joins another in an act ("joined Spain in recognising …"), nor a noun read as a verb ("Despite Western
    /// sanctions Russia and Iran signed").
    func endsSideTakingVerb(at index: Int, in s: SentenceAnalysis) -> Bool {
        s.cues.contains { c in
            c.range.upperBound == index + 1 && c.cue.pos == .verb && (c.cue.stance == .support || c.cue.stance == .oppose)
                && !joins(c, s.tokens) && !isNominal(c, s.tokens)
        }
    }

    /// Whether a cue is a second verb of the clause that runs to `start`: after a comma or "and", only auxiliaries and
    /// adverbs before it ("…, demanded", "… and then also called for"), not a subject of its own ("…, and the generals
    /// rejected").
    static func joinsVerb(after start: Int, to cue: SentenceAnalysis.CueMatch, in tokens: [Token]) -> Bool {
        guard start < cue.range.lowerBound,
              let separator = (start..<cue.range.lowerBound).last(where: { tokens[$0].text == "," || listConjunctions.contains(tokens[$0].lower) })
        else { return false }
        return tokens[(separator + 1)..<cue.range.lowerBound].allSatisfy { t in
            t.text == "," || listConjunctions.contains(t.lower) || SentenceAnalysis.beforeVerb(t)
        }
    }

    /// Whose law the noun at `index` is: a "South Korean law" in the same phrase, else the government last named.
    func lawOwner(at index: Int?, in s: SentenceAnalysis, sentence: Int, context: DocumentContext) -> String? {
        if let index {
            if let own = s.mentions.first(where: { $0.via == .lawOwner && $0.range.upperBound == index + 1 }) { return own.code }
            let before = index > 0 ? s.tokens[index - 1].lower : ""
            guard Self.lawModifiers.contains(before)
                    || s.tokens[max(0, index - 3)..<index].contains(where: { $0.lower == "the" })
                    || lawSubject(of: s) == index else { return nil }
            // "The Turkish parliament fast-tracked legislation allowing …": the law maker whose verb has it for object.
            if let maker = s.mentions.last(where: { $0.isGovernment && $0.range.upperBound <= index }),
               Self.lawMakers.contains(maker.institution ?? ""), index - maker.range.upperBound <= 4,
               !s.tokens[maker.range.upperBound..<index].contains(where: { Self.clauseBreaks.contains($0.text) || $0.isQuote || $0.lower == "to" }) {
                return maker.code
            }
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
        for start in starts where start < firstVerb && Self.subjectDeterminers.contains(tokens[start].lower) {
            if let law = (start..<firstVerb).first(where: { ActorRecognizer.lawNouns.contains(tokens[$0].lower) }) { return law }
        }
        return nil
    }

    /// Whether a pronoun can stand for a government here: not the "it" of "it is encouraging that", not a
    /// pronoun inside someone's quotation, and "they" only after several governments or a plural office.
    func refersToActor(_ t: Token, at j: Int, in s: SentenceAnalysis, index: Int, context: DocumentContext) -> Bool {
        if Self.insideQuote(s.tokens, j) { return false }
        let next = j + 1 < s.tokens.count ? s.tokens[j + 1].lower : ""
        // "It was disappointed by the decision" says how a government feels; "it is encouraging that" says nothing of one.
        if t.lower == "it", Self.copulas.contains(next) {
            var k = j + 2
            while k < s.tokens.count, s.tokens[k].lower.hasSuffix("ly") { k += 1 }
            return k < s.tokens.count && isParticiple(s.tokens[k].lower)
                && Self.experiencerStems.contains(cueMatcher.key(s.tokens[k]))
        }
        if t.lower == "they" {
            let recent = context.holders.filter { $0.sentence < index && index - $0.sentence <= 2 }
            return Set(recent.map(\.code)).count >= 2
                || context.recent.contains { index - $0.sentence <= 2 && Self.pluralOfficeNouns.contains($0.institution ?? "") }
        }
        return true
    }

    func confidence(of mention: ActorMention) -> Double {
        switch mention.via {
        case .name, .institution, .demonymInstitution, .official, .administration: 0.8
        case .capital, .person: 0.7
        case .reference, .pronoun, .firstPerson, .lawOwner: 0.6
        }
    }

    /// "Brussels answered Minsk with sanctions", "the EU slapped Russia with fresh sanctions": a cue after "with" (a
    /// noun there) is the act of the subject that did something to the government before "with", never that one's.
    /// The subject and those coordinated with it; empty when the government before "with" has no subject before it.
    func actorOfWith(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> [ActorMention]? {
        let tokens = s.tokens
        guard let means = (max(0, cue.range.lowerBound - 3)..<cue.range.lowerBound)
                .last(where: { Self.meansPrepositions.contains(tokens[$0].lower) }),
              ((means + 1)..<cue.range.lowerBound).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
              let target = s.mentions.first(where: { $0.isGovernment && $0.range.upperBound == means }) else { return nil }
        var verb = target.range.lowerBound - 1
        if verb >= 0, Self.prepositions.contains(tokens[verb].lower) { verb -= 1 }
        guard verb >= 1, tokens[verb].isWord, !tokens[verb].isCapitalized, !Self.prepositions.contains(tokens[verb].lower),
              let subject = s.mentions.first(where: { $0.isGovernment && $0.range.upperBound == verb }) else { return [] }
        return coordinated(with: subject, before: cue, in: s)
    }

    /// The subject and the mentions joined to it by commas and "and": "Members of Congress, the United Nations, and …".
    func coordinated(with subject: ActorMention, before cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> [ActorMention] {
        coordinatedList(with: subject, before: cue, in: s).list
    }

    /// The governments coordinated with `subject`, and the preposition that opens the list when one does ("by Russia
    /// and Algeria"): then the list is no subject.
    func coordinatedList(with subject: ActorMention, before cue: SentenceAnalysis.CueMatch,
                         in s: SentenceAnalysis) -> (list: [ActorMention], opener: String?) {
        // "the two countries", "the two Koreas": one phrase, several actors.
        let members = { (m: ActorMention) in
            s.mentions.filter { $0.range == m.range && $0.isGovernment }.reduce(into: [ActorMention]()) { out, x in
                if !out.contains(where: { $0.code == x.code }) { out.append(x) }
            }
        }
        let own = members(subject)
        // "Poland and the Baltic countries": a group's members, and whoever is coordinated with it.
        let alone = own.count > 1 ? own : [subject]
        var group = alone
        func prepend(_ m: ActorMention) {
            for x in members(m).reversed() where !group.contains(where: { $0.code == x.code }) { group.insert(x, at: 0) }
        }
        // "Members of Congress, the United Nations, and human rights organizations have criticized": the list's
        // conjunction may stand after the last government in it.
        var sawConjunction = s.tokens[subject.range.upperBound..<cue.range.lowerBound].contains { Self.conjunctions.contains($0.lower) }
        let joiners = Self.listWords
        // Items after the subject up to the verb ("China, India, and Russia have rejected": subject is the last).
        // Not back across an opening phrase ("After talks with Russia and China, the United States vetoed …").
        let floor = Self.openingPhraseEnd(s).flatMap { $0 < subject.range.lowerBound ? $0 : nil } ?? -1
        var cursor = subject.range.lowerBound - 1
        var item = subject
        while cursor > floor {
            // "Indonesian Foreign Minister Retno Marsudi", "European Commission Vice President Valdis Dombrovskis": a
            // title just before the name of the same government is one item with it.
            var edge = cursor
            while edge > floor, cursor - edge < 3, s.tokens[edge].isWord, s.tokens[edge].isCapitalized,
                  !s.mentions.contains(where: { $0.range.upperBound == edge + 1 }) { edge -= 1 }
            if let title = s.mentions.first(where: { $0.range.upperBound == edge + 1 && $0.isGovernment && $0.code == item.code }) {
                item = title
                cursor = title.range.lowerBound - 1
                continue
            }
            var gap = 0
            var k = cursor
            var hitJoiner = false
            while k > floor, gap <= 4, s.mentions.first(where: { $0.range.upperBound == k + 1 && $0.isGovernment }) == nil {
                // "the Home Secretary of the UK, Suella Braverman, and …": a name set off by commas is the one before it.
                if let open = Self.nameInCommas(endingAt: k, in: s.tokens),
                   !s.mentions.contains(where: { $0.range.lowerBound > open && $0.range.lowerBound < k }) {
                    gap += 1
                    k = open
                    continue
                }
                if joiners.contains(s.tokens[k].lower) {
                    hitJoiner = true
                    if Self.listConjunctions.contains(s.tokens[k].lower) { sawConjunction = true }
                } else if !s.tokens[k].isWord || Self.subjectBlockers.contains(s.tokens[k].lower) { gap = 99; break }
                gap += 1
                k -= 1
            }
            guard k >= 0, gap <= 4, hitJoiner, let m = s.mentions.first(where: { $0.range.upperBound == k + 1 && $0.isGovernment }) else { break }
            let before = m.range.lowerBound > 0 ? s.tokens[m.range.lowerBound - 1].lower : ""
            // "… before the Assembly, and South Africa is proud to …": ", and" between two names alone joins two clauses;
            // a list of two has no comma, one of three has a comma before the name in front ("A, B, and C").
            // "… talks with India, and Denmark and Sweden froze their aid": a list joined by its own "and" has no item
            // before a comma and another "and"; that one ends the clause before.
            if Self.joinsClauses(from: m.range.upperBound, to: item.range.lowerBound, in: s.tokens) {
                let joinedAlready = group.count > alone.count
                    && s.tokens[item.range.upperBound..<subject.range.lowerBound].contains { Self.listConjunctions.contains($0.lower) }
                if group.count == alone.count && before != "," || joinedAlready { break }
            }
            if Self.memberOfOpeners.contains(before) || Self.opensSubjectList(before: m.range.lowerBound, in: s.tokens) {
                prepend(m)
                return (sawConjunction ? group : alone, nil)
            }
            if Self.prepositions.contains(before) && before != "including" {
                return sawConjunction ? (group, before) : (alone, nil)
            }
            prepend(m)
            item = m
            cursor = m.range.lowerBound - 1
        }
        // A list of governments needs its "and"/"or" ("For Seoul, the government said" names one subject),
        // except a headline's list of three or more ("Japan, U.S., S. Korea slam …") or one that opens a heading
        // ("Egypt, Sudan welcome …").
        let opensHeading = s.isHeading && group.count == 2 && group[0].range.lowerBound == 0
        return (sawConjunction || group.count >= 3 || opensHeading ? group : alone, nil)
    }

    /// Whether a name is joined by a hyphen, with no space, to another government's name, the two before a word that is
    /// no verb ("China-US talks"); not a dateline's dash ("GENEVA - The United Nations …") nor a word ("US-sponsored").
    static func namesACompound(_ m: ActorMention, in s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        let tight = { (k: Int) in compoundHyphens.contains(tokens[k].text) && tokens[k - 1].end == tokens[k].start && tokens[k].end == tokens[k + 1].start }
        var end = m.range.upperBound
        var joined = m.range.lowerBound >= 2 && tight(m.range.lowerBound - 1)
            && s.mentions.contains { $0.range.upperBound == m.range.lowerBound - 1 && $0.isGovernment }
        if end + 1 < tokens.count, tight(end), let other = s.mentions.first(where: { $0.range.lowerBound == end + 1 && $0.isGovernment }) {
            joined = true
            end = other.range.upperBound
        }
        guard joined, end < tokens.count else { return false }
        let next = tokens[end]
        return next.isWord && !next.isCapitalized && !auxiliaries.contains(next.lower) && !next.lower.hasSuffix("ed")
    }

    /// "-", "–": marks that join two names into one modifier when written with no space.
    static let compoundHyphens = Words.english("compound_hyphens")

    /// Whether only ", and" (or ", or") stands between two names, with an article at most: a comma before the
    /// conjunction and no name set off by commas ("the Home Secretary of the UK, Suella Braverman, and …" is a list).
    static func joinsClauses(from start: Int, to end: Int, in tokens: [Token]) -> Bool {
        guard start + 1 < end, tokens[start].text == ",", listConjunctions.contains(tokens[start + 1].lower) else { return false }
        return tokens[(start + 2)..<end].allSatisfy { CueMatcher.articles.contains($0.lower) }
    }

    /// The comma that opens a person's name set off by commas and closed by the comma at `k` (", Suella Braverman,").
    static func nameInCommas(endingAt k: Int, in tokens: [Token]) -> Int? {
        guard tokens[k].text == "," else { return nil }
        let j = capitalizedRun(endingAt: k - 1, in: tokens) - 1
        return j >= 0 && j < k - 1 && tokens[j].text == "," ? j : nil
    }

    /// Where the run of capitalized words that ends at `last` begins, at most four words back (a person's name, its
    /// title's last words): `last + 1` when the word at `last` is none.
    static func capitalizedRun(endingAt last: Int, in tokens: [Token]) -> Int {
        var start = last + 1
        while start > 0, last - start < 3, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
        return start
    }

    /// The government named last before `index` in the sentence, outside quotation marks: in '"… the ASEAN …," it
    /// added', the pronoun is the quote's speaker, not a government the quote names.
    /// With `accept`, the last such government it takes: the person named last, for "he" in "Shrier was critical of the
    /// resolution, which he said rewards …".
    func recentInSentence(_ s: SentenceAnalysis, before index: Int, where accept: (ActorMention) -> Bool = { _ in true }) -> String? {
        s.mentions.last(where: { $0.range.upperBound <= index && $0.isGovernment && !Self.insideQuote(s.tokens, $0.range.lowerBound)
            && accept($0) })?.code
    }

    /// Whether an odd number of quotation marks precede the token: it stands inside a quotation.
    static func insideQuote(_ tokens: [Token], _ index: Int) -> Bool {
        tokens[..<index].filter(\.isQuote).count % 2 == 1
    }

    /// Whether the token stands before the mark that closes a quotation opened in an earlier sentence ('This law will
    /// stifle civil society," the spokesman said.'): the sentence's marks are odd in number and it does not open with one.
    static func continuesQuote(_ tokens: [Token], _ index: Int) -> Bool {
        guard let first = tokens.firstIndex(where: \.isQuote), first > 0, index < first else { return false }
        return tokens.filter(\.isQuote).count % 2 == 1
    }
}

/// Word lists the rules above read, loaded once.
extension PositionExtractor {
    static let articlesAndPossessives = Words.english("articles_and_possessives")
    static let clauseLinks = Words.english("clause_links")
    static let conjunctions = Words.english("conjunctions")
    static let copulas = Words.english("copulas")
    static let lawModifiers = Words.english("law_modifiers")
    static let listConjunctions = Words.english("list_conjunctions")
    static let participleLinks = Words.english("participle_links")
    static let pluralOfficeNouns = Words.vocabulary("plural_office_nouns")
    static let subjectDeterminers = Words.english("subject_determiners")
    static let verbOpeners = Words.english("verb_openers")
}
