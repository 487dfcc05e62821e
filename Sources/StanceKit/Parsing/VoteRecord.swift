/// Reads the record of a vote: every government listed under a side holds that side, as an action.
///
/// "rejected by a vote of 4 in favour (Algeria, China, …) to 2 against (United Kingdom, United States)",
/// "116 in favor, with two — the United States and Israel — opposed and 12 abstentions, including Russia and China",
/// "Owing to Vetoes Cast by China, Russian Federation", "Against (24): Algeria, Belarus, …". A list follows its side
/// (and its count) in brackets, after a colon or after "including", or stands before it between dashes or brackets
/// right after the count it spells out.
struct VoteRecord: Sendable {
    private let sides: PhraseTrie<StanceValue>
    let voteWords: Set<String>

    init(_ cues: CueLexicon) {
        var sides = PhraseTrie<StanceValue>()
        for (side, phrases) in cues.voteSides {
            guard let stance = StanceValue(rawValue: side) else { continue }
            for phrase in phrases { sides.insert(Tokenizer.phraseTokens(phrase).map(\.lower), stance) }
        }
        self.sides = sides
        voteWords = Set(cues.voteWords.map { $0.lowercased() })
    }

    /// One action per government listed under a side of the vote the sentence records; none for other sentences.
    func attributions(in s: SentenceAnalysis) -> [Attribution] {
        let t = s.tokens
        guard t.contains(where: { voteWords.contains($0.lower) }) || opensWithASide(t) else { return [] }
        var out: [Attribution] = []
        var i = 0
        while i < t.count {
            guard let side = sides.matches(in: t, from: i, key: \.lower).first, let stance = side.values.first else {
                i += 1
                continue
            }
            let marker = i..<(i + side.length)
            for m in listed(after: marker.upperBound, in: s) + listed(before: marker.lowerBound, in: s)
            where !out.contains(where: { $0.code == m.code }) {
                out.append(Attribution(code: m.code, speaker: m.text, cue: Token.join(t[marker]), cueRange: marker,
                                       stance: stance, kind: .action, confidence: 0.8, neutralByCue: stance == .neutral))
            }
            i = marker.upperBound
        }
        return out
    }

    /// Governments in the list right after a side: "(A, B)", ": A, B;", ", including A and B".
    private func listed(after start: Int, in s: SentenceAnalysis) -> [ActorMention] {
        let t = s.tokens
        var k = Self.pastCount(from: start, in: t)
        guard k < t.count else { return [] }
        if t[k].text == "(" || t[k].text == ":" {
            let close = t[k].text == "(" ? [")"] : [";", ".", ")"]
            let end = Self.listEnd(from: k + 1, in: t) { j in close.contains(t[j].text) }
            return governments(in: (k + 1)..<end, of: s)
        }
        // "Voting against were Belarus, Nicaragua and the Russian Federation": the list is the verb's subject. What the
        // side was on may come first ("Voting in favour of the resolution were, among others, …", "against the draft").
        // "Among the abstaining delegations were …": those who voted may be named between the side and its verb.
        let object = PositionExtractor.prepositions.contains(t[k].lower) || CueMatcher.determiners.contains(t[k].lower)
            || Self.voterNouns.contains(t[k].lower)
        let verb = k == start ? (k..<min(t.count, k + 6)).first { j in
            Self.listVerbs.contains(t[j].lower) && (j == k || object && t[k..<j].allSatisfy(\.isWord))
        } : nil
        if t[k].lower == "including" || verb != nil {
            k = verb ?? k
            // The list ends at its side's end, the next side, or a clause of its own (", while Japan abstained").
            let end = Self.listEnd(from: k + 1, in: t) { j in
                [";", ".", ")"].contains(t[j].text) || !sides.matches(in: t, from: j, key: \.lower).isEmpty
                    || t[j].text == "," && j + 1 < t.count && PositionExtractor.contrastOpeners.contains(t[j + 1].lower)
            }
            return governments(in: (k + 1)..<end, of: s)
        }
        // "Vetoes Cast by China, Russian Federation": the list is the side's own object.
        if t[start - 1].lower == "by" {
            let end = t[start...].firstIndex { [";", ".", "(", ")"].contains($0.text) } ?? t.count
            return governments(in: start..<end, of: s)
        }
        return []
    }

    /// Governments between dashes or brackets right before a side: "two — the United States and Israel — opposed";
    /// or after "with": "with China and Russia abstaining".
    private func listed(before end: Int, in s: SentenceAnalysis) -> [ActorMention] {
        let t = s.tokens
        // "Britain, Germany and Japan were among the abstainers": the list is the subject of "be" before the side.
        var be = end
        while be > 0, Self.amongWords.contains(t[be - 1].lower) { be -= 1 }
        if be < end, be > 0, PositionExtractor.beForms.contains(t[be - 1].lower),
           s.mentions.contains(where: { $0.range.upperBound == be - 1 && $0.isGovernment }) {
            let k = s.listStart(endingAt: be - 1, over: PositionExtractor.listWords)
            return governments(in: (k + 1)..<(be - 1), of: s)
        }
        if s.mentions.contains(where: { $0.range.upperBound == end && $0.isGovernment }) {
            let k = s.listStart(endingAt: end, over: PositionExtractor.listWords)
            if k >= 0, t[k].lower == "with" { return governments(in: (k + 1)..<end, of: s) }
        }
        guard end > 0, ["—", "–", "-", ")"].contains(t[end - 1].text) else { return [] }
        let opener = t[end - 1].text == ")" ? "(" : t[end - 1].text
        // "with two — the United States and Israel — opposed": the list spells out a count.
        guard let open = t[..<(end - 1)].lastIndex(where: { $0.text == opener }), open > 0,
              t[open - 1].kind == .number || ActorRecognizer.numberWords[t[open - 1].lower] != nil else { return [] }
        return governments(in: (open + 1)..<(end - 1), of: s)
    }

    /// Where a list that begins at `start` ends: the first token that `ends` accepts outside brackets the list opened
    /// itself, so that a name the UN writes with its bracketed form ("Micronesia (Federated States of), Nauru") does
    /// not end the list.
    private static func listEnd(from start: Int, in t: [Token], where ends: (Int) -> Bool) -> Int {
        var depth = 0
        for j in start..<t.count {
            if depth > 0 {
                if t[j].text == ")" { depth -= 1 }
                continue
            }
            if t[j].text == "(" { depth += 1; continue }
            if ends(j) { return j }
        }
        return t.count
    }

    /// Where a side's list may begin: past the count that follows the side ("in favour 93,", "Against (24):").
    private static func pastCount(from start: Int, in t: [Token]) -> Int {
        var k = start
        if k + 2 < t.count, t[k].text == "(", t[k + 1].kind == .number, t[k + 2].text == ")" { k += 3 }
        let counted = k
        while k < t.count, k - counted < 2, t[k].kind == .number || t[k].text == "," { k += 1 }
        return k
    }

    /// A line of a recorded vote that opens with its side and the count or colon before its list ("In favour (93),
    /// including: …", "Against: …"), as UN meeting coverage prints each side of the vote on a line of its own.
    private func opensWithASide(_ t: [Token]) -> Bool {
        guard let side = sides.matches(in: t, from: 0, key: \.lower).first else { return false }
        let k = side.length
        return k + 1 < t.count && (t[k].text == ":" || t[k].text == "(" && t[k + 1].kind == .number)
    }

    /// "among the" between "were" and a side whose list came before ("were among the abstainers").
    static let amongWords = Words.english("vote_among_words")

    /// "Voting against were A, B and C": the verb after a side that the list follows.
    static let listVerbs = Words.english("vote_list_verbs")
    /// "delegations", "countries": those who voted, between a side and its list's verb.
    static let voterNouns = Words.english("vote_voter_nouns")

    private func governments(in range: Range<Int>, of s: SentenceAnalysis) -> [ActorMention] {
        s.mentions.filter { range.contains($0.range.lowerBound) && $0.isGovernment && $0.code != "UN" }
    }
}
