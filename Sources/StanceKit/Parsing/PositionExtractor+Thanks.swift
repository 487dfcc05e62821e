/// Governments a sentence thanks for something they did: "We thank Egypt and Qatar for their mediation", "grateful to
/// the European Union for its offer of support", "I thank the delegations of China and Pakistan, which spoke against
/// this text". Who thanks tells what those thanked did; their act is a position of theirs, in favour of what they did.
extension PositionExtractor {
    /// One position for each government thanked, commended or appreciated for an act named after it ("for …", "which
    /// …", "who …"); not for the one who thanks, nor a bare courtesy ("We thank France.").
    func thanked(in s: SentenceAnalysis, besides holders: Set<String>) -> [Attribution] {
        let tokens = s.tokens
        var found: [Attribution] = []
        for k in tokens.indices where Self.gratitudeWords.contains(tokens[k].lower) && !Self.insideQuote(tokens, k) {
            // Thanks for a report, a briefing, hospitality: a courtesy, no act of a position.
            if speakerDetector.courtesy(after: k, in: tokens) != nil { continue }
            var list = agents(from: k + 1, in: s)
            // "grateful to the European Union": the one thanked, not a place one goes to; "to Russia and to China" are
            // both thanked.
            if list.isEmpty, k + 1 < tokens.count, Self.gratitudeRecipients.contains(tokens[k + 1].lower) {
                list = s.mentions.filter { !$0.code.isEmpty && $0.range.lowerBound > k + 1 && $0.range.lowerBound <= k + 3 }
                while let last = list.last, let next = s.mentions.first(where: { m in
                    !m.code.isEmpty && m.range.lowerBound > last.range.upperBound && m.range.lowerBound <= last.range.upperBound + 4
                        && tokens[last.range.upperBound..<m.range.lowerBound].allSatisfy {
                            Self.listWords.contains($0.lower) || Self.gratitudeRecipients.contains($0.lower)
                        }
                }) {
                    list.append(next)
                }
            }
            // "grateful to the people of Japan": a country's people are not its government.
            if let first = list.first, tokens[(k + 1)..<first.range.lowerBound].contains(where: { Self.populaceNouns.contains($0.lower) }) {
                continue
            }
            guard let end = list.last?.range.upperBound else { continue }
            // The act comes right after the list: "for its offer", ", which spoke against", ", who stood with".
            var j = end
            while j < tokens.count, j < end + 6, !Self.gratitudeReasons.contains(tokens[j].lower) {
                if tokens[j].lower == "." || Self.gratitudeWords.contains(tokens[j].lower) { j = tokens.count; break }
                j += 1
            }
            guard j < tokens.count, j < end + 6 else { continue }
            list += thankedInTurn(after: j, for: tokens[j].lower, in: s)
            list.removeAll { holders.contains($0.code) }
            for m in list where !found.contains(where: { $0.code == m.code }) {
                found.append(Attribution(code: m.code, speaker: m.text, cue: tokens[k].text, cueRange: k..<(k + 1),
                                         stance: .support, kind: .action, confidence: 0.5, holderEnd: m.range.upperBound))
            }
        }
        return found
    }

    /// "We thank the United States for its support, China for the rifles it donated, and Singapore for the aircraft":
    /// the governments thanked in turn after the first, each with its own act opened by the same word.
    private func thankedInTurn(after reason: Int, for word: String, in s: SentenceAnalysis) -> [ActorMention] {
        let tokens = s.tokens
        var found: [ActorMention] = []
        var k = reason + 1
        while k < tokens.count, !Self.gratitudeWords.contains(tokens[k].lower) {
            defer { k += 1 }
            guard tokens[k].text == "," else { continue }
            var start = k + 1
            if start < tokens.count, Self.listConjunctions.contains(tokens[start].lower) { start += 1 }
            guard let m = s.mentions.first(where: { !$0.code.isEmpty && $0.range.lowerBound == start }),
                  m.range.upperBound < tokens.count, tokens[m.range.upperBound].lower == word else { continue }
            found.append(m)
        }
        return found
    }

    /// "thank", "grateful", "commend": words by which one government credits another with an act.
    static let gratitudeWords = Words.vocabulary("gratitude_words")
    /// "for", "which", "who": words that open the act a government is credited with.
    static let gratitudeReasons = Words.vocabulary("gratitude_reasons")
    /// "to": after "grateful", the word before each one thanked ("grateful to Russia and to China").
    static let gratitudeRecipients = Words.english("gratitude_recipients")
    /// "people", "citizens": a country's inhabitants, thanked for what they did, hold no position of their government.
    static let populaceNouns = Words.vocabulary("populace_nouns")
}
