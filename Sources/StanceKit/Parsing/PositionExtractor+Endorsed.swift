/// Governments whose stand a sentence's holder makes its own: "We appreciate the efforts of Germany and the EU to
/// promote a solution", "welcomed the position of the Arab League", "grateful for the clear condemnation voiced by the
/// European Union and by the United States", "appreciates Russia's firm adherence to the one-China principle". Those
/// named took the stand endorsed, so they hold the endorsing holder's position on it.
extension PositionExtractor {
    /// One position for each government named with a stand that an endorsing word takes up (one of its
    /// `endorsed_stands`, with the government after "of", "by" or "from", or in a possessive before it): a copy of
    /// the endorsing holder's position in the sentence, at lower confidence. Not where that position is turned
    /// around ("does not support the efforts of …").
    func endorsed(in s: SentenceAnalysis, besides holders: Set<String>) -> [Attribution] {
        let tokens = s.tokens
        var found: [Attribution] = []
        let held = s.attributions.filter { $0.kind != .recommendation }
        for k in tokens.indices where Self.endorsementWords.contains(tokens[k].lower) {
            // The holder of the endorsing word, else of the stand before it, else the sentence's holder named before it.
            guard let endorser = held.first(where: { $0.cueRange.contains(k) }) ?? held.last(where: { $0.cueRange.lowerBound <= k })
                    ?? held.first(where: { ($0.holderEnd ?? 0) <= k }),
                  !endorser.negated, !negated(tokens, before: k, after: endorser.holderEnd ?? 0),
                  let stand = (k + 1..<min(tokens.count, k + 6)).first(where: { Self.endorsedStands.contains(tokens[$0].lower) })
            else { continue }
            // Nothing but the article, adjectives or a possessive between the endorsing word and the stand.
            if tokens[(k + 1)..<stand].contains(where: { !$0.isWord && $0.lower != "'s" }) { continue }
            for m in standAuthors(of: stand, after: k, reach: Self.endorsedAgentReach, in: s)
            where !holders.contains(m.code) && !found.contains(where: { $0.code == m.code }) {
                var copy = endorser
                copy.code = m.code
                copy.speaker = m.text
                copy.bySpeaker = false
                copy.confidence = min(endorser.confidence, 0.5)
                found.append(copy)
            }
        }
        return found
    }

    /// Those named as having taken the stand at `stand`, a word that `after` introduces: a possessor between them
    /// ("Russia's firm adherence"; a possessor is no government as a subject, but as the owner of a stand it took it),
    /// else the governments after "of", "by" or "from" within `reach` words after the stand, with only words between
    /// ("the condemnation voiced by the European Union", "the announcement made yesterday in Paris by the President").
    func standAuthors(of stand: Int, after: Int, reach: Int, in s: SentenceAnalysis) -> [ActorMention] {
        let tokens = s.tokens
        let owners = s.mentions.filter { !$0.code.isEmpty && $0.isPossessor && $0.range.lowerBound > after && $0.range.upperBound <= stand }
        guard owners.isEmpty else { return owners }
        guard let by = (stand + 1..<min(tokens.count, stand + reach)).first(where: { Self.endorsementAgents.contains(tokens[$0].lower) }),
              tokens[(stand + 1)..<by].allSatisfy({ $0.isWord && !Self.standPhraseEnders.contains($0.lower) })
        else { return [] }
        return agents(from: by + 1, in: s)
    }

    /// How far after an endorsed stand its authors may be named ("the clear condemnation voiced by …").
    static let endorsedAgentReach = 5
    /// Words that end the phrase of a stand before any "of" or "by" after it ("took note of the decision and remained
    /// committed to the ruling of the Court").
    static let standPhraseEnders = Words.english("stand_phrase_enders")

    /// "welcome", "appreciate", "support": words by which one government makes another's stand its own.
    static let endorsementWords = Words.vocabulary("endorsement_words")
    /// "efforts", "position", "condemnation": nouns for the stand another government took.
    static let endorsedStands = Words.vocabulary("endorsed_stands")
    /// "of", "by", "from": words after a stand that name who took it.
    static let endorsementAgents = Words.vocabulary("endorsement_agents")
}
