/// The cue lexicon compiled for matching: verbs across inflections, nouns in both numbers, fixed phrases.
struct CueMatcher: Sendable {
    struct Match: Equatable {
        var range: Range<Int>
        var cue: Cue
        var text: String
        /// A participle that describes the noun before it ("USB drives sent by sea"): nobody's act, and no step
        /// toward what follows. Set once the sentence's actors are known.
        var describesNoun = false
    }

    private var stems = PhraseTrie<Cue>()
    private var fixed = PhraseTrie<Cue>()
    /// Irregular verb forms (lowercased) → the stem of their base form.
    private var irregular: [String: String] = [:]
    /// Stems of the light verbs.
    private var light: Set<String> = []
    /// Stems of the nouns a light verb sends as words ("letter", "message").
    private var messages: Set<String> = []
    /// Stems of the verbs that enact a law, and of the law nouns they enact.
    private var enacting: Set<String> = []
    /// Stems of the nouns for a text that is enacted or put forward ("law", "resolution", "draft").
    private(set) var enacted: Set<String> = []
    /// Stems of the verbs that take a measure against another government, and of the ties and flows they act on.
    private var measureVerbs: Set<String> = []
    private var measureObjects: Set<String> = []
    /// Stems of the measures themselves ("ban", "sanction"): suspending "the export ban" eases a measure.
    private var measureNouns: Set<String> = []
    /// Stems of the verbs that blame their object, each with the words that follow the object ("hold" … "responsible").
    private var blaming: [String: Set<String>] = [:]
    let lists: CueLexicon

    init(_ lexicon: CueLexicon) {
        lists = lexicon
        for (base, forms) in lexicon.irregularVerbs {
            for form in forms where form != base { irregular[form.lowercased()] = Stemmer.stem(base.lowercased()) }
        }
        light = Set(lexicon.lightVerbs.map { Stemmer.stem($0.lowercased()) })
        messages = Set(lexicon.messageNouns.map { Stemmer.stem($0.lowercased()) })
        enacting = Set(lexicon.enactingVerbs.map { Stemmer.stem($0.lowercased()) })
        enacted = Set(lexicon.enactedNouns.map { Stemmer.stem($0.lowercased()) })
        measureVerbs = Set(lexicon.measureVerbs.map { Stemmer.stem($0.lowercased()) })
        measureObjects = Set(lexicon.measureObjects.map { Stemmer.stem($0.lowercased()) })
        measureNouns = Set(lexicon.measureNouns.map { Stemmer.stem($0.lowercased()) })
        for (verb, words) in lexicon.blamingPhrases {
            blaming[Stemmer.stem(verb.lowercased()), default: []].formUnion(words.map { $0.lowercased() })
        }
        for cue in lexicon.cues {
            let tokens = Tokenizer.phraseTokens(cue.phrase)
            guard !tokens.isEmpty else { continue }
            if cue.pos == .fixed {
                fixed.insert(tokens.map(\.lower), cue)
            } else {
                stems.insert(tokens.map(Self.slotKey), cue)
            }
        }
    }

    /// Prefixes that keep a verb a verb: "re-impose", "co-sponsor", "counter-sue".
    static let verbPrefixes: Set<String> = Words.english("verb_prefixes")

    static let determiners: Set<String> = Words.english("determiners")
    /// Determiners that are also relative pronouns ("that").
    static let relativeDeterminers = determiners.intersection(Words.english("relative_pronouns"))
    /// Determiners that open only a noun phrase ("the", "its"), not a clause.
    static let nounPhraseDeterminers = determiners.subtracting(relativeDeterminers)

    /// Stem of a token with irregular verb forms mapped to their base ("said" → "say").
    func key(_ token: Token) -> String { irregular[token.lower] ?? token.stem }

    /// Articles and possessives, which fill one slot in a cue phrase: "open a case against" is also "opened its case
    /// against", "recall its ambassador" also "recalled their ambassador".
    static let phraseArticles: Set<String> = Words.english("cue_phrase_articles")

    /// The key every article and possessive shares in the cue lexicon.
    static let articleSlot = "\u{1}a"

    /// A phrase word's key in the cue lexicon: the shared slot for an article or possessive, else its stem.
    static func slotKey(_ token: Token) -> String { phraseArticles.contains(token.lower) ? articleSlot : token.stem }

    /// Cues in a sentence, left to right, longest match at each token, never overlapping.
    func matches(in tokens: [Token]) -> [Match] {
        // Keys computed once: matching on them needs no closure over this matcher, which would copy it per call.
        let keys = tokens.map { Self.phraseArticles.contains($0.lower) ? Self.articleSlot : key($0) }
        let words = tokens.filter { $0.isWord && $0.text.count > 3 }
        let titleCase = words.count { $0.isCapitalized } * 3 > words.count * 2
        var found: [Match] = []
        var i = 0
        while i < tokens.count {
            if let authored = authored(tokens, keys: keys, at: i) {
                let range = i..<(i + authored.length)
                found.append(Match(range: range, cue: authored.cue, text: Token.join(tokens[range])))
                i += authored.length
                continue
            }
            // "so-called", "long-held", "U.S.-led": the second half of a compound adjective is no cue ("re-impose" is).
            if i > 1, tokens[i - 1].text == "-", tokens[i - 1].end == tokens[i].start, !Self.verbPrefixes.contains(tokens[i - 2].lower) {
                i += 1
                continue
            }
            // "hand over power without further delay", "backed the text without reservation": what an act goes without is
            // how it is done, not what it is for or against.
            if i > 0, Self.absenceMarkers.contains(tokens[i - 1].lower)
                || i > 1 && Self.absenceMarkers.contains(tokens[i - 2].lower) && Self.absenceModifiers.contains(tokens[i - 1].lower) {
                i += 1
                continue
            }
            // "member states", "partner nations": a word for members, then a plural of states, is a noun.
            if i > 0, ActorRecognizer.namesMemberStates(tokens, at: i - 1) {
                i += 1
                continue
            }
            // "Member States", "Gulf States": a capitalized word after another, mid-sentence, is part of a name (not in a
            // headline in title case, "The EU Condemns the Attack").
            if i > 1, !titleCase, tokens[i].isCapitalized, tokens[i - 1].isCapitalized, tokens[i - 1].isWord, !tokens[i].isAllCaps,
               tokens[i - 1].end < tokens[i].start {
                i += 1
                continue
            }
            // After "the", "its", "a" a verb cue is a noun ("its review", "the launch"): only a noun cue counts there.
            // "that" before a past form is a relative pronoun ("the states that sponsored it"), not "that launch".
            // After "of", a bare form is a noun too ("Minister of State", "a show of support").
            // "those abstaining", "those voting against": a participle after "those" stands for the ones who act.
            let nominal = i > 0 && (Self.determiners.contains(tokens[i - 1].lower)
                && !(Self.relativeDeterminers.contains(tokens[i - 1].lower) && isPastForm(tokens[i]))
                && !(Self.participleAntecedents.contains(tokens[i - 1].lower) && tokens[i].lower.hasSuffix("ing"))
                || Self.nounMarkers.contains(tokens[i - 1].lower) && !tokens[i].hasInflection)
            // "Lebanon holds Israel responsible": the verb alone is the cue, so the one blamed stays a mention of its own.
            if !nominal, let blame = blamed(tokens, keys: keys, at: i) {
                found.append(Match(range: i..<(i + 1), cue: blame, text: tokens[i].text))
                i += 1
                continue
            }
            let compound = endsCompoundNoun(tokens, at: i)
            let candidates = (stems.matches(in: keys, from: i, key: { $0 }) + fixed.matches(in: tokens, from: i, key: \.lower))
                .compactMap { match -> (length: Int, values: [Cue])? in
                    // A noun cue does not match a participle of its word: "the countries concerned" is no "concern", nor
                    // is "the statement concerning the events", a preposition before what it is about ("We find it
                    // concerning" is).
                    let end = i + match.length
                    let last = tokens[end - 1].lower
                    // ("deeply concerning that the talks stalled" is: "that" opens a clause there.)
                    let introduces = end < tokens.count && (Self.nounPhraseDeterminers.contains(tokens[end].lower) || tokens[end].isCapitalized)
                    let participle = last.hasSuffix("ed") ? "ed" : last.hasSuffix("ing") && introduces ? "ing" : nil
                    var values = match.values.filter { cue in
                        cue.pos != .noun || participle.map { cue.phrase.lowercased().hasSuffix($0) } ?? true
                    }
                    if nominal {
                        values = values.filter { $0.pos != .verb || match.length > 1 }
                    } else if compound, match.length == 1, values.contains(where: { $0.pos == .noun }) {
                        values = values.filter { $0.pos == .noun }
                    }
                    return values.isEmpty ? nil : (match.length, values)
                }
            var best = candidates.max(by: { $0.length < $1.length }).map {
                (length: $0.length, cue: nominal ? ($0.values.first { $0.pos == .noun } ?? $0.values[0]) : ($0.values.first { $0.pos != .noun } ?? $0.values[0]))
            }
            // One modifier inside a phrase: "expressed deep concern", "raises military tension".
            if i + 2 < tokens.count, tokens[i + 1].isWord,
               let g = stems.longestMatch(in: keys, from: i, skippingNext: true, key: { $0 }), g.length > (best?.length ?? 0) {
                best = (g.length, g.values[0])
            }
            if (best?.length ?? 0) <= 1, !nominal, let carried = carried(tokens, keys: keys, after: i) { best = carried }
            // "suspended all flights to Minsk", "expelled two Russian diplomats": a measure taken, an act for it.
            if let candidate = best, candidate.length == 1, !nominal, takesMeasure(candidate.cue, tokens, keys: keys, at: i) {
                best?.cue.stance = .support
            }
            if let best, !(best.cue.pos == .noun && !tokens[i].isCapitalized && Self.modifiesAName(tokens, after: i + best.length)) {
                let range = i..<(i + best.length)
                found.append(Match(range: range, cue: best.cue, text: Token.join(tokens[range])))
                i += best.length
            } else {
                i += 1
            }
        }
        return found
    }

    /// A bare form after an article and one modifier, read as the noun where there is one: "the missile launch",
    /// "a nuclear test" (not "the ministry said", whose form is irregular, nor "the ministry cut funding", no noun cue).
    private func endsCompoundNoun(_ tokens: [Token], at i: Int) -> Bool {
        guard i > 1, Self.articles.contains(tokens[i - 2].lower) else { return false }
        let modifier = tokens[i - 1]
        return modifier.isWord && !modifier.isCapitalized && !modifier.lower.hasSuffix("ly") && irregular[tokens[i].lower] == nil
            && !tokens[i].hasInflection
    }

    /// "the opposition People Power Party", "the protest Solidarity Movement": a lowercase noun right before a name of
    /// two or more capitalized words is part of that name's description, not a stance (in running text; a title-case
    /// headline capitalizes its cues too).
    private static func modifiesAName(_ tokens: [Token], after k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].isWord && tokens[k].isCapitalized && tokens[k + 1].isWord && tokens[k + 1].isCapitalized
    }

    /// Forms of "be" and "have" between a text and the participle of its passive ("was presented", "had been tabled").
    private static let passiveAuxiliaries: Set<String> = Words.english("be_forms").union(Words.english("perfect_auxiliaries"))

    /// Words a light verb may reach across to its noun: "sent [a strong] protest", never past a preposition or clause.
    private static let lightVerbStops: Set<String> = Words.english("light_verb_stops")

    /// Words that end a verb's object: those that end a light verb's reach, and any preposition ("expelled an
    /// ambassador | since 1945").
    private static let objectStops: Set<String> = lightVerbStops.union(Words.english("prepositions"))

    /// An enacting verb at `i` and the law it enacts within three words, as one support action ("passed the new law").
    /// A light verb at `i` and the directional noun cue that follows it within three words, as one cue spanning both
    /// that keeps the noun's stance ("lodged a formal protest", "voiced strong opposition"); with a message noun
    /// instead, a report verb whose words follow ("sent an official letter urging them to stop").
    private func carried(_ tokens: [Token], keys: [String], after i: Int) -> (length: Int, cue: Cue)? {
        let verb = key(tokens[i])
        guard enacting.contains(verb) || light.contains(verb) else { return nil }
        for j in Self.reach(tokens, after: i) {
            let t = tokens[j]
            // "passed the revised anti-leaflet law": enacting a law is an action for it.
            if enacting.contains(verb) {
                if enacted.contains(t.stem) {
                    return (j + 1 - i, Cue(phrase: Token.join(tokens[i...j]), pos: .verb, stance: .support, kind: .action))
                }
                continue
            }
            if messages.contains(t.stem) {
                return (j + 1 - i, Cue(phrase: Token.join(tokens[i...j]), pos: .verb, stance: .report))
            }
            for match in stems.matches(in: keys, from: j, key: { $0 }) {
                guard var cue = match.values.first(where: { (value: Cue) -> Bool in
                    value.pos == .noun && (value.stance == .support || value.stance == .oppose)
                }) else { continue }
                let end = j + match.length
                cue.phrase = Token.join(tokens[i..<end])
                cue.pos = .verb
                return (end - i, cue)
            }
        }
        return nil
    }

    /// Whether a measure verb's oppose cue at `i` takes a tie or flow between governments as its object ("suspended all
    /// imports", "expelled 23 Russian diplomats this month", "expelled Iran's ambassador to Australia"): a measure taken.
    /// Not where the tie only qualifies a measure that is eased ("suspended its palm oil export ban"). A government named
    /// as the whole object ("suspended Honduras") is read where the names are known
    /// (`PositionExtractor.measureOnAGovernment`).
    private func takesMeasure(_ cue: Cue, _ tokens: [Token], keys: [String], at i: Int) -> Bool {
        guard isMeasureVerb(cue, key: keys[i]),
              let tie = Self.objectPhrase(tokens, after: i).first(where: { measureObjects.contains(tokens[$0].stem) }) else { return false }
        return !(tie + 1 < tokens.count && measureNouns.contains(tokens[tie + 1].stem))
    }

    /// Whether a cue is a measure verb's, pointing away from what it acts on ("suspend", "expel"): a measure taken when
    /// what it acts on is a tie between governments, or a government.
    func isMeasureVerb(_ cue: Cue, key: String) -> Bool {
        cue.pos == .verb && cue.stance == .oppose && measureVerbs.contains(key)
    }

    /// The words of a verb's object: up to seven words, numbers, hyphens and possessives after it, before a
    /// preposition, conjunction or punctuation ("all international flights", "Iran's ambassador", "the U.S.-backed
    /// government fully responsible").
    static func objectPhrase(_ tokens: [Token], after i: Int) -> Range<Int> {
        var k = i + 1
        while k < tokens.count, k - i <= 7, tokens[k].isWord || tokens[k].kind == .number || tokens[k].text == "-",
              !objectStops.contains(tokens[k].lower) {
            k += 1
        }
        return (i + 1)..<k
    }

    /// A past form, regular ("tabled") or irregular ("brought").
    func isPastForm(_ token: Token) -> Bool {
        let word = token.lower
        return word.hasSuffix("ed") || (irregular[word] != nil && !word.hasSuffix("s") && !word.hasSuffix("ing"))
    }

    /// The participle of an enacting verb after the text and before its author ("the resolution, tabled by Mexico",
    /// "the draft presented by the UAE", "the text was presented by the United Kingdom"): a support action over the
    /// participle and "by", whose agent holds it.
    private func authored(_ tokens: [Token], keys: [String], at i: Int) -> (length: Int, cue: Cue)? {
        guard enacting.contains(keys[i]), isPastForm(tokens[i]) else { return nil }
        guard i + 1 < tokens.count, tokens[i + 1].lower == "by" else { return nil }
        var k = i - 1
        if k > 0, Self.textSetOff.contains(tokens[k].text) { k -= 1 }
        while k > 0, i - k <= 2, Self.passiveAuxiliaries.contains(tokens[k].lower) { k -= 1 }
        guard k >= 0, enacted.contains(tokens[k].stem) else { return nil }
        return (2, Cue(phrase: Token.join(tokens[i...(i + 1)]), pos: .fixed, stance: .support, kind: .action))
    }

    /// A blaming verb at `i` whose object phrase ends in the word that blames it, an oppose cue on the verb alone
    /// ("holds Israel responsible for …", "held the Israeli government fully responsible."). Not where no one stands
    /// before that word ("hold a responsible dialogue", "hold those responsible to account") or a noun follows it ("hold
    /// the responsible officials to account").
    private func blamed(_ tokens: [Token], keys: [String], at i: Int) -> Cue? {
        guard let words = blaming[keys[i]] else { return nil }
        let object = Self.objectPhrase(tokens, after: i)
        guard let word = object.first(where: { words.contains(tokens[$0].lower) }), word + 1 == object.upperBound,
              tokens[object.lowerBound..<word].contains(where: { t in
                  t.isWord && !Self.determiners.contains(t.lower) && !Self.participleAntecedents.contains(t.lower)
              }) else { return nil }
        return Cue(phrase: Token.join(tokens[i...word]), pos: .verb, stance: .oppose, kind: .statement)
    }

    /// The next four words after a verb (three between it and its noun), a hyphenated word counting as one
    /// ("the anti-leaflet law"), up to a preposition, conjunction or punctuation.
    private static func reach(_ tokens: [Token], after i: Int) -> [Int] {
        var out: [Int] = []
        var words = 0
        var j = i + 1
        while j < tokens.count, words < 4 || tokens[j - 1].text == "-" {
            let t = tokens[j]
            if t.text == "-", j > i + 1, j + 1 < tokens.count, tokens[j + 1].isWord {
                j += 1
                continue
            }
            guard t.isWord, !lightVerbStops.contains(t.lower) else { break }
            out.append(j)
            if tokens[j - 1].text != "-" { words += 1 }
            j += 1
        }
        return out
    }
}

/// Word lists the rules above read, loaded once.
extension CueMatcher {
    static let articles = Words.english("articles")
    /// Words a participle may follow as the ones who act ("those abstaining").
    static let participleAntecedents = Words.english("participle_antecedents")
    /// Words after which a cue names what an act goes without ("without").
    static let absenceMarkers = Words.english("absence_markers")
    /// Modifiers between "without" and the cue it takes ("without further delay").
    static let absenceModifiers = Words.english("absence_modifiers")
    /// Words after which a bare form is a noun ("of").
    static let nounMarkers = Words.english("noun_markers")
    /// A comma or dash that sets off a participle from the text it describes ("the resolution — presented by …").
    static let textSetOff: Set<String> = Words.english("text_set_off")
    /// Words that may follow a government named as the whole object of a measure ("suspended Guinea on 10 September",
    /// "suspended Gabon last week", "suspends Sudan over the killings").
    static let afterNamedObject: Set<String> = lightVerbStops.union(Words.english("past_time_words"))
        .union(Words.english("calendar_words")).union(Words.english("time_clause_openers"))
}
