/// The thing a verdict verb judges: "the law" in "the UK said the law would erode freedoms".
extension SentenceAnalysis {
    /// The words a `judges_subject` cue has for its subject, between the opening of its clause (no earlier than
    /// `floor`) and the verb, when they name a thing: not a government, a person or a pronoun that could hold a view
    /// of its own (`firstPerson`: the speaker's own subject pronouns). Nil for other cues.
    func judgedSubject(of cue: CueMatch, after floor: Int, firstPerson: Set<String>) -> Range<Int>? {
        guard cue.cue.judgesSubject, cue.cue.stance.isDirected else { return nil }
        var end = cue.range.lowerBound
        while end > floor, Self.beforeVerb(tokens[end - 1]) { end -= 1 }
        var start = end
        while start > floor {
            let t = tokens[start - 1]
            if t.isQuote || PositionExtractor.clauseBreaks.contains(t.text) || Self.subjectClauseOpeners.contains(t.lower)
                || cues.contains(where: { $0.range.upperBound == start && $0.cue.stance == .report }) { break }
            start -= 1
        }
        guard start < end, tokens[start..<end].contains(where: \.isWord) else { return nil }
        let head = tokens[end - 1].lower
        if PositionExtractor.pronouns[head] != nil || firstPerson.contains(head) || PositionExtractor.isPersonNoun(head)
            || mentions.contains(where: { $0.range.upperBound == end && ($0.isGovernment || $0.via == .person || $0.via == .official) }) {
            return nil
        }
        return start..<end
    }

    /// An auxiliary or adverb between a subject and its verb ("would further", "has seriously").
    private static func beforeVerb(_ t: Token) -> Bool {
        PositionExtractor.auxiliaries.contains(t.lower) || preVerbAdverbs.contains(t.lower) || (t.isWord && !t.isCapitalized && t.lower.hasSuffix("ly"))
    }

    static let subjectClauseOpeners = Words.english("subject_clause_openers")
    static let preVerbAdverbs = Words.english("pre_verb_adverbs")
}
