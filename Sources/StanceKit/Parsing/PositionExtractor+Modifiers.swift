/// Words around a cue that change what it means: negation, hedges, modals, first person, hypotheticals,
/// refusals to comment.
extension PositionExtractor {
    func negated(_ tokens: [Token], before cueStart: Int, after holderEnd: Int) -> Bool {
        let from = max(holderEnd, cueStart - 4)
        guard from < cueStart else { return false }
        return negations(tokens, in: from..<cueStart) % 2 == 1
    }

    /// "pledged no troops", "offered no dialogue": a verb with a direction whose object is nothing denies the act as
    /// "did not pledge any" would. Not a report verb ("said no decision had been taken"), a word the "no" only opens
    /// ("ruled out no-deal Brexit"), nor a bound ("pledged no less than $1 billion", "withdraw no later than March").
    func emptyObject(of cue: SentenceAnalysis.CueMatch, in tokens: [Token]) -> Bool {
        let k = cue.range.upperBound
        guard cue.cue.pos == .verb, cue.cue.stance.isDirected, k + 1 < tokens.count,
              Self.emptyObjectDeterminers.contains(tokens[k].lower) else { return false }
        return tokens[k + 1].text != "-" && !Self.boundComparatives.contains(tokens[k + 1].lower)
    }

    /// "offered no evidence", "released no details": an object that is nothing said, not a step refused; the verb
    /// then says nothing of where its holder stands.
    func withholdsOnlyWords(_ cue: SentenceAnalysis.CueMatch, in tokens: [Token]) -> Bool {
        emptyObject(of: cue, in: tokens) && Self.unsaidObjects.contains(tokens[cue.range.upperBound + 1].lower)
    }

    /// "no": a determiner that makes a verb's object nothing.
    static let emptyObjectDeterminers = Words.english("empty_object_determiners")
    /// "less", "later": after "no", a bound of the act, which still happens ("no less than", "no later than").
    static let boundComparatives = Words.english("bound_comparatives")
    /// "evidence", "details": what a verb may give none of without refusing a step.
    static let unsaidObjects = Words.english("unsaid_objects")

    /// How many negations ("not", "never") and reversing verbs ("failed to", "refused to") a span holds; not one that
    /// adds ("not only condemned … but also").
    func negations(_ tokens: [Token], in span: Range<Int>) -> Int {
        var flips = 0
        var i = span.lowerBound
        while i < span.upperBound {
            if negators.contains(tokens[i].lower),
               !(i + 1 < tokens.count && Self.addingAfterNegation.contains(tokens[i + 1].lower)) { flips += 1 }
            // "yet to", "refused to" also stem-match inflected forms ("refuses to").
            if let m = reversing.matches(in: tokens, from: i, key: \.lower).first { flips += 1; i += m.length; continue }
            i += 1
        }
        return flips
    }

    /// Whether the clause a verdict judges, from `start` to its first break, denies what it says ("regrets that the
    /// Secretariat did not invite Taiwan", "… had not responded in kind").
    func deniesClause(_ tokens: [Token], from start: Int) -> Bool {
        let limit = min(tokens.count, start + 15)
        let end = (start..<limit).first {
            Self.clauseBreaks.contains(tokens[$0].lower) || Self.contrastOpeners.contains(tokens[$0].lower)
        } ?? limit
        return negations(tokens, in: start..<end) % 2 == 1
    }

    /// "Neither France nor Germany supported the plan": a subject list joined by "neither … nor" denies the verb for
    /// each of its members. Reads back from the end of the holder's list over its names and list words.
    func deniedBySubject(_ s: SentenceAnalysis, holderEnd: Int) -> Bool {
        if invertedByNegation(s.tokens, holderEnd: holderEnd) { return true }
        let start = s.listStart(endingAt: holderEnd, over: Self.listWords.union(negators))
        return ((start + 1)..<max(start + 1, holderEnd)).contains { k in
            negators.contains(s.tokens[k].lower) && !s.mentions.contains { $0.isGovernment && $0.range.contains(k) }
        }
    }

    /// "Under no circumstances will Mexico accept …", "At no time did Chile consent …": a negative phrase opening the
    /// sentence, then an auxiliary before the subject, denies the subject's verb.
    func invertedByNegation(_ tokens: [Token], holderEnd: Int) -> Bool {
        let start = Self.turnStart(tokens)
        guard let phrase = Self.frontedNegations.matches(in: tokens, from: start, key: \.lower).first else { return false }
        let aux = start + phrase.length
        return aux < holderEnd && Self.auxiliaries.contains(tokens[aux].lower)
    }

    func hedged(_ tokens: [Token], before cueStart: Int, after holderEnd: Int) -> Bool {
        tokens[max(holderEnd, cueStart - 3)..<max(holderEnd, cueStart)].contains { hedges.contains($0.lower) }
    }

    func modal(_ tokens: [Token], from: Int, to: Int) -> String? {
        guard from < to else { return nil }
        for i in from..<min(to, tokens.count) {
            if let m = modals.matches(in: tokens, from: i, key: \.lower).first { return m.values[0] }
        }
        return nil
    }

    func hasModal(_ tokens: [Token]) -> Bool { modal(tokens, from: 0, to: tokens.count) != nil }

    /// Whether a sentence in the issuer's voice states a stand by negating, as a modal does ("Our sovereignty is not
    /// up for negotiation", "There is no military solution"), where a plain sentence may only recount. Not a contrast
    /// drawn for the speaker's own sake ("For us, the health of the ocean is not an abstract question", "For my
    /// country, they are not an abstraction").
    func statesAStandByNegation(_ s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        guard tokens.contains(where: { negators.contains($0.lower) }) else { return false }
        let opening = tokens.prefix { $0.text != "," }
        let framed = opening.count < tokens.count && opening.count <= 4
            && opening.first.map { Self.framingPrepositions.contains($0.lower) } == true
            && opening.contains { speakerDetector.firstPerson.contains($0.lower) }
        return !framed
    }

    /// "For us, …", "To my country, …": an opening that frames what follows as the speaker's own view of it.
    static let framingPrepositions = Words.english("framing_prepositions")

    /// Whether the clause a reporting verb introduces is negated, modal or restricted by "only" ("… said its borders are
    /// not up for negotiation", "… said the conflict can only be resolved through dialogue"): a stand, not a fact.
    func statesAStand(_ tokens: [Token], after verbEnd: Int) -> Bool {
        let end = tokens[verbEnd...].firstIndex { Self.clauseBreaks.contains($0.text) } ?? tokens.count
        let clause = verbEnd..<min(end, verbEnd + 12)
        return modal(tokens, from: clause.lowerBound, to: clause.upperBound) != nil
            || tokens[clause].contains { negators.contains($0.lower) || Self.standMarkers.contains($0.lower) }
    }

    /// Whether the holder speaks as the subject of a verb of speech that is the first verb of its clause ("the
    /// representative of Ukraine said more than 60,000 tonnes had been destroyed"): not past another verb ("rejects the
    /// pretext of alleged threats", "She accused Seoul of … and said …", where Seoul is no subject), not a passive,
    /// a headline or a clause that only describes a thing.
    func speaks(_ holder: Holder, as cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        let tokens = s.tokens
        guard cue.cue.pos == .verb, cue.range.count == 1, !holder.isFirstPerson, !holder.isPossessor,
              holder.end <= cue.range.lowerBound, !isPassive(cue, tokens), !s.isHeading else { return false }
        let holderStart = s.mentions.last { $0.range.upperBound == holder.end }?.range.lowerBound ?? holder.end
        let clauseStart = Self.clauseStart(before: min(holderStart, tokens.count), in: tokens)
        return !s.cues.contains { $0.range.lowerBound >= clauseStart && $0.range.upperBound <= cue.range.lowerBound }
            && !describesAThing(after: cue.range.upperBound, tokens)
    }

    static let descriptiveSubjects: Set<String> = Words.english("descriptive_subjects")

    /// Whether a reported clause only describes something ("said it was the first such exercise", "said there were no
    /// casualties"): a fact, not a stand, when nothing else in the sentence gives it a direction or an issue.
    func describesAThing(after verbEnd: Int, _ tokens: [Token]) -> Bool {
        verbEnd + 1 < tokens.count && Self.descriptiveSubjects.contains(tokens[verbEnd].lower)
            && Self.beForms.contains(tokens[verbEnd + 1].lower)
    }

    func firstPerson(_ tokens: [Token]) -> String? {
        tokens.first { speakerDetector.firstPersonSubjects.contains($0.lower) || $0.lower == "us" && $0.text == "us" }?.text
    }

    func startsHypothetical(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first(where: \.isWord) else { return false }
        return Self.hypotheticalOpeners.contains(first.lower) && first.isCapitalized
    }

    /// Whether a cue stands in an aside after a sentence's opening clause, between two dashes or commas of the
    /// same kind ("If adopted, the text — tabled by Kenya — would have …").
    static func isAside(_ cue: Range<Int>, in tokens: [Token]) -> Bool {
        // A comma or dash, not a hyphen inside a word ("long-awaited").
        let setsOff = { (k: Int) in
            CueMatcher.textSetOff.contains(tokens[k].text)
                && (tokens[k].text != "-" || k == 0 || k + 1 == tokens.count || tokens[k].start > tokens[k - 1].end || tokens[k + 1].start > tokens[k].end)
        }
        guard let opening = tokens.firstIndex(where: { $0.text == "," }), opening < cue.lowerBound,
              let before = ((opening + 1)..<cue.lowerBound).last(where: setsOff),
              let after = (cue.upperBound..<tokens.count).first(where: setsOff) else { return false }
        return tokens[after].text == tokens[before].text
    }

    /// Whether a no-comment phrase ("declined to comment", "refer you to") starts within `reach` tokens of `from`.
    func declinesComment(_ tokens: [Token], from: Int, within reach: Int = 6) -> Bool {
        for i in from..<min(tokens.count, from + reach) where !noComment.matches(in: tokens, from: i, key: \.lower).isEmpty {
            return true
        }
        return false
    }

    /// Whether the cue is the last word of a refusal to comment ("did not respond to a request for comment").
    func isNoComment(_ cue: Range<Int>, _ tokens: [Token]) -> Bool {
        (max(0, cue.lowerBound - 8)...cue.lowerBound).contains { i in
            noComment.matches(in: tokens, from: i, key: \.lower).contains { i + $0.length >= cue.upperBound }
        }
    }

    /// Words that make a reported clause a stand though no cue says which way ("can only be resolved through dialogue").
    static let standMarkers = Words.english("stand_markers")

    /// Words that open a clause's subject: after "that" they make it a complement ("said that it would stop"),
    /// not a relative clause ("the groups that plan to send leaflets").
    static let subjectOpeners: Set<String> = CueMatcher.determiners.union(Words.english("subject_openers"))

    /// Whether a clause with a government of its own for subject opens between `from` and `cue` ("warned that more
    /// must be done, while France proposed a summit", "urged China to show restraint, and the European Union called on
    /// Beijing …"): what follows is that government's.
    func inClauseOfAnother(_ s: SentenceAnalysis, _ cue: SentenceAnalysis.CueMatch, after from: Int) -> Bool {
        let index = cue.range.lowerBound
        guard from + 1 < index else { return false }
        // "Egypt, which requested the meeting, and Saudi Arabia both condemned …": after a relative clause a name is
        // one more subject of the main verb.
        let inRelative = Self.commaRelativeOpening(before: from, in: s.tokens) != nil
        for k in from..<(index - 1) where Self.clauseBreaks.contains(s.tokens[k].text) {
            let opener = s.tokens[k + 1].lower
            if Self.contrastOpeners.contains(opener), s.mentions.contains(where: { $0.isGovernment && !$0.isPossessor
                && $0.range.lowerBound > k + 1 && $0.range.lowerBound <= k + 3 && $0.range.upperBound <= index }) {
                return true
            }
            // After "and" a government may be one more object of a list: only the verb's own subject opens a clause.
            if !inRelative, Self.conjunctions.contains(opener), opensWithAnother(cue, in: s, besides: "", after: k + 2) {
                return true
            }
        }
        return false
    }

    /// Whether token `index` sits in a relative clause opened after `from` and not yet closed by a comma: what a
    /// relative clause says ("the groups that plan to send leaflets") describes a noun, not what the holder says.
    func inRelativeClause(_ s: SentenceAnalysis, _ index: Int, after from: Int) -> Bool {
        var k = index - 1
        while k >= from {
            let t = s.tokens[k]
            if Self.clauseBreaks.contains(t.text) || t.isQuote { return false }
            if t.lower == "who" || t.lower == "which" { return true }
            if t.lower == "that", k > from, k + 1 < s.tokens.count {
                let next = s.tokens[k + 1]
                let opensSubject = !next.isWord || next.isCapitalized || Self.subjectOpeners.contains(next.lower)
                    || s.mentions.contains { $0.range.lowerBound == k + 1 }
                if !opensSubject { return true }
            }
            k -= 1
        }
        return false
    }

    /// Words that open a condition inside a sentence.
    static let conditionWords: Set<String> = Words.english("condition_words")
    /// "until": a condition when the verb after it is not in the past ("until Russia withdraws").
    static let untilWords: Set<String> = Words.english("until_words")
    /// "is", "has": auxiliaries of the present, whose clause after "until" is still to come.
    static let presentAuxiliaries: Set<String> = Words.english("present_auxiliaries")

    /// A threat and its condition after a reporting verb: "said the South would see a new response if it kept up the
    /// launches", "said it would retaliate unless Seoul stopped them". The condition's first cue is what the speaker
    /// is for or against: unwanted after "if", wanted after "unless".
    func threatCondition(after cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> (content: SentenceAnalysis.CueMatch, unwanted: Bool)? {
        let tokens = s.tokens
        guard let k = (cue.range.upperBound..<tokens.count).first(where: { Self.conditionWords.contains(tokens[$0].lower) }),
              tokens[cue.range.upperBound..<k].contains(where: { threats.contains($0.stem) }),
              let content = s.cues.first(where: { $0.range.lowerBound > k && $0.cue.stance != .report && !$0.describesNoun })
        else { return nil }
        return (content, tokens[k].lower == "if")
    }

    /// Whether a cue stands in a condition opened mid-sentence ("… if Washington lifted the sanctions", "will keep the
    /// sanctions until Russia withdraws"): a hypothetical act, nobody's position.
    func isConditional(_ cue: SentenceAnalysis.CueMatch, in s: SentenceAnalysis) -> Bool {
        guard let k = (0..<cue.range.lowerBound).last(where: {
            Self.conditionWords.contains(s.tokens[$0].lower)
                || Self.untilWords.contains(s.tokens[$0].lower) && notPast(cue, after: $0, in: s.tokens)
        }), k > 0
        else { return false }
        return !s.tokens[k..<cue.range.lowerBound].contains { Self.clauseBreaks.contains($0.text) || $0.isQuote }
    }

    /// Whether the verb of a cue after "until" at `k` is not in the past: its own form, or a present auxiliary before it
    /// ("until the prisoners are released", "until Russia has withdrawn").
    func notPast(_ cue: SentenceAnalysis.CueMatch, after k: Int, in tokens: [Token]) -> Bool {
        !cueMatcher.isPastForm(tokens[cue.range.lowerBound])
            || tokens[(k + 1)..<cue.range.lowerBound].contains { Self.presentAuxiliaries.contains($0.lower) }
    }
}

/// Word lists the rules above read, loaded once.
extension PositionExtractor {
    static let hypotheticalOpeners = Words.english("hypothetical_openers")
    /// "under no circumstances", "at no time": negative phrases that, opening a sentence, put its auxiliary first.
    static let frontedNegations = PhraseTrie(phrases: Array(Words.english("fronted_negations")))
}
