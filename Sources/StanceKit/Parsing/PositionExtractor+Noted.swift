/// Governments whose stand a sentence says it takes note of: "The Ministry takes note of the statement of the European
/// Union that it does not recognize …", "We have taken note of Russia's statement that …", "The Committee took note of
/// the calls by the Secretary-General for maximum restraint". Noting registers the stand without endorsing it; those
/// named took it, so each holds a position of their own, in favour of what they said, asked or decided.
extension PositionExtractor {
    /// One position for each government named with a noted stand (one of `noted_stands`, in a possessive before it or
    /// after "of", "by" or "from" a few words on); not for the one who takes note, nor under a negation ("never took
    /// note of").
    func noted(in s: SentenceAnalysis, besides holders: Set<String>) -> [Attribution] {
        let tokens = s.tokens
        var found: [Attribution] = []
        for k in tokens.indices {
            guard let end = Self.formulaEnd(Self.notingPhrases, at: k, in: tokens),
                  !Self.insideQuote(tokens, k), !negated(tokens, before: k, after: 0),
                  let stand = Self.notedStand(after: end, in: tokens)
            else { continue }
            // Its authors in a possessive before it or a few words after it ("the announcement made yesterday in Paris
            // by the President").
            let named = standAuthors(of: stand, after: end - 1, reach: Self.notedAgentReach, in: s)
            for m in named where (m.isGovernment || m.isPossessor) && !holders.contains(m.code) && !found.contains(where: { $0.code == m.code }) {
                found.append(Attribution(code: m.code, speaker: m.text, cue: Token.join(tokens[k...stand]),
                                         cueRange: stand..<(stand + 1), stance: .support, kind: .statement, confidence: 0.5,
                                         holderEnd: m.range.upperBound))
            }
        }
        return found
    }

    /// "We have taken note of Russia's statement that …", "… of what the Vietnamese side has said": noting another's
    /// words registers them and takes no stand (`noted_words`); noting a decision or a judgment is a stand, neutral.
    func notesWordsOnly(_ a: Attribution, in tokens: [Token]) -> Bool {
        guard a.cueRange.lowerBound < tokens.count,
              let end = Self.formulaEnd(Self.notingPhrases, at: a.cueRange.lowerBound, in: tokens),
              let stand = Self.notedStand(after: end, in: tokens) else { return false }
        return Self.notedWords.contains(tokens[stand].lower)
    }

    /// The noted stand's noun within a few words after the noting phrase ends at `end`, with no break between
    /// ("taken note of Russia's statement").
    static func notedStand(after end: Int, in tokens: [Token]) -> Int? {
        guard let stand = (end..<min(tokens.count, end + notedStandReach)).first(where: { notedStands.contains(tokens[$0].lower) }),
              !tokens[end..<stand].contains(where: { !$0.isWord && $0.lower != "'s" }) else { return nil }
        return stand
    }

    /// "take note of", "took note of": the phrases of noting a stand.
    static let notingPhrases = PhraseTrie(phrases: Array(Words.vocabulary("noting_phrases")))
    /// "statements", "claims", "assurances", "what": another's words, which one may note without taking a stand.
    static let notedWords = Words.vocabulary("noted_words")
    /// "statement", "calls", "announcement", "decision": nouns for a stand one takes note of, words or acts.
    static let notedStands = notedWords.union(Words.vocabulary("noted_acts"))
    /// How far after the noting phrase its stand may be named ("taken note of the Russian Federation's statement").
    static let notedStandReach = 5
    /// How far after the stand its authors may be named ("the announcement made yesterday in Paris by the President").
    static let notedAgentReach = 9
}
