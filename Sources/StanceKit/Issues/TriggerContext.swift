/// Where in a sentence a trigger stands, beyond its words: in an office's title ("the special rapporteur on human
/// rights in the DPRK"), or singled out as an instance ("all hostile acts, including the distribution of leaflets").
enum TriggerContext {
    /// Words that single out an instance of what was just named.
    static let exampleMarkers = Set(Words.english("example_markers").map(Stemmer.stem))

    /// Offices named by what they are for: "rapporteur on", "envoy for", "commissioner for".
    static let titleNouns: Set<String> = Words.vocabulary("office_title_nouns")

    /// The span of "on …" / "for …" after a title noun, up to the next comma, quotation mark or verb-like cue word.
    static func titleComplement(_ tokens: [Token]) -> Range<Int>? {
        guard let k = (1..<max(1, tokens.count)).first(where: { Self.topicPrepositions.contains(tokens[$0].lower)
            && Self.titleNouns.contains(tokens[$0 - 1].lower) }) else { return nil }
        let end = ((k + 1)..<tokens.count).first { j in Self.titleComplementEnds.contains(tokens[j].lower) || tokens[j].isQuote }
            ?? tokens.count
        return k..<end
    }

    /// Whether "including" or "such as" opens the phrase ending before key `k`, within four words and no punctuation.
    static func introducesExample(_ sentence: [TriggerKeys.Key], before k: Int) -> Bool {
        var j = k - 1
        while j >= max(0, k - 5) {
            let key = sentence[j].key
            if exampleMarkers.contains(key) || (key == "as" && j > 0 && sentence[j - 1].key == "such") { return true }
            if !(key.first?.isLetter ?? false) { return false }
            j -= 1
        }
        return false
    }

    /// Whether the phrase at token `k` is the place of a noun before it ("its offensive in eastern Ukraine", "drills
    /// across the region"): a locative preposition at most two modifier words back, itself after a word.
    static func namesAPlace(_ tokens: [Token], at k: Int) -> Bool {
        var j = k - 1
        while j >= max(1, k - 3) {
            let word = tokens[j].lower
            if locativePrepositions.contains(word) { return tokens[j - 1].isWord }
            if !tokens[j].isWord || PositionExtractor.prepositions.contains(word) { return false }
            j -= 1
        }
        return false
    }
}

/// Word lists the rules above read, loaded once.
extension TriggerContext {
    static let topicPrepositions = Words.english("topic_prepositions")
    static let locativePrepositions = Words.english("locative_prepositions")
    /// Punctuation and verbs that end an office's title ("the special rapporteur on human rights in the DPRK, …", "… said").
    static let titleComplementEnds = Words.english("title_complement_ends")
}
