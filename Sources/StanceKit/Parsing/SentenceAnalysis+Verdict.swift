/// The thing a verdict verb judges: "the law" in "the UK said the law would erode freedoms".
extension SentenceAnalysis {
    /// The words a `judges_subject` cue, or a verdict said of its subject with "be" ("the decision to join was a
    /// mistake", "the ban is unlawful"), has for its subject, between the opening of its clause (no earlier than
    /// `floor`) and the verb, when they name a thing: not a government, a person or a pronoun that could hold a view
    /// of its own (`firstPerson`: the speaker's own subject pronouns). Nil for other cues.
    func judgedSubject(of cue: CueMatch, after floor: Int, firstPerson: Set<String>) -> Range<Int>? {
        guard cue.cue.stance.isDirected else { return nil }
        var end = cue.range.lowerBound
        if !cue.cue.judgesSubject {
            guard let copula = predicateCopula(of: cue) else { return nil }
            end = copula
        }
        while end > floor, Self.beforeVerb(tokens[end - 1]) { end -= 1 }
        var start = end
        while start > floor {
            let t = tokens[start - 1]
            if t.isQuote || PositionExtractor.clauseBreaks.contains(t.text) || Self.subjectClauseOpeners.contains(t.lower)
                || cues.contains(where: { $0.range.upperBound == start && $0.cue.stance == .report && $0.cue.pos == .verb }) { break }
            start -= 1
        }
        guard start < end, tokens[start..<end].contains(where: \.isWord) else { return nil }
        // The head of what "be" is said of comes before what modifies it ("decision" in "Finland's decision to join NATO").
        let headEnd = cue.cue.judgesSubject ? end
            : (start..<end).first { $0 > start && PositionExtractor.prepositions.contains(tokens[$0].lower) } ?? end
        let head = tokens[headEnd - 1].lower
        if PositionExtractor.pronouns[head] != nil || firstPerson.contains(head) || PositionExtractor.isPersonNoun(head)
            || mentions.contains(where: { $0.range.upperBound == headEnd && ($0.isGovernment || $0.via == .person || $0.via == .official) }) {
            return nil
        }
        return start..<end
    }

    /// Where the "be" of a verdict said of a subject stands ("was" in "was a grave mistake", "is clearly unlawful"):
    /// an adjective or noun cue after a form of "be" and at most an article and two modifiers that are not cues.
    private func predicateCopula(of cue: CueMatch) -> Int? {
        guard cue.cue.pos != .verb, cue.cue.kind == .statement else { return nil }
        var k = cue.range.lowerBound - 1
        var modifiers = 0
        while k >= 0, tokens[k].isWord, !PositionExtractor.beForms.contains(tokens[k].lower), modifiers < 3,
              !cues.contains(where: { $0.range.contains(k) }), !tokens[k].isCapitalized {
            modifiers += 1
            k -= 1
        }
        guard k > 0, PositionExtractor.beForms.contains(tokens[k].lower) else { return nil }
        return k
    }

    /// An auxiliary or adverb between a subject and its verb ("would further", "has seriously").
    static func beforeVerb(_ t: Token) -> Bool {
        PositionExtractor.auxiliaries.contains(t.lower) || isAdverbBeforeVerb(t)
    }

    /// An adverb that may stand between a subject and its verb ("further", "strongly").
    static func isAdverbBeforeVerb(_ t: Token) -> Bool {
        preVerbAdverbs.contains(t.lower) || (t.isWord && !t.isCapitalized && t.lower.hasSuffix("ly"))
    }

    static let subjectClauseOpeners = Words.english("subject_clause_openers")
    static let preVerbAdverbs = Words.english("pre_verb_adverbs")
}
