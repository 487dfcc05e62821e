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
        for k in tokens.indices.dropFirst().dropLast() where tokens[k].lower == "note" && tokens[k + 1].lower == "of"
            && Self.notingVerbs.contains(tokens[k - 1].lower) && !Self.insideQuote(tokens, k)
            && !negated(tokens, before: k - 1, after: 0) {
            guard let stand = (k + 2..<min(tokens.count, k + 7)).first(where: { Self.notedStands.contains(tokens[$0].lower) }),
                  !tokens[(k + 2)..<stand].contains(where: { !$0.isWord && $0.lower != "'s" })
            else { continue }
            // Its authors right after it, or after the participle that says what they did with it ("the announcement
            // made yesterday in Paris by the President").
            let named = standAuthors(of: stand, after: k, reach: Self.notedAgentReach, in: s)
            for m in named where (m.isGovernment || m.isPossessor) && !holders.contains(m.code) && !found.contains(where: { $0.code == m.code }) {
                found.append(Attribution(code: m.code, speaker: m.text, cue: Token.join(tokens[(k - 1)...stand]),
                                         cueRange: stand..<(stand + 1), stance: .support, kind: .statement, confidence: 0.5,
                                         holderEnd: m.range.upperBound))
            }
        }
        return found
    }

    /// "take", "takes", "took", "taken", "taking": the verbs of "take note of".
    static let notingVerbs = Words.vocabulary("noting_verbs")
    /// "statement", "calls", "announcement", "decision": nouns for a stand one takes note of.
    static let notedStands = Words.vocabulary("noted_stands")
    /// How far after the stand its authors may be named ("the announcement made yesterday in Paris by the President").
    static let notedAgentReach = 9
}
