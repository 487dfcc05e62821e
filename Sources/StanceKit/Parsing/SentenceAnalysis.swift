/// One sentence as the extractor sees it: its tokens, the governments it names, its cues, and who holds what.
struct SentenceAnalysis {
    var paragraph: Int
    var isHeading: Bool
    /// Unicode-scalar offsets in the document's text.
    var start: Int
    var end: Int
    var text: String
    var tokens: [Token]
    var mentions: [ActorMention]
    var cues: [CueMatch]
    var attributions: [Attribution] = []

    typealias CueMatch = CueMatcher.Match

    /// The sentence opens with a quotation mark: it may continue a quote attributed elsewhere.
    var opensWithQuote: Bool { tokens.first?.isQuote == true }
    var isQuestion: Bool { text.hasSuffix("?") || text.hasSuffix("?\"") || text.hasSuffix("?”") }

    /// Where a list of governments that ends at `end` begins, read back over government names (those `counts` takes)
    /// and `joiners` ("neither France nor Germany", "China and Russia"): the index of the first token before the list,
    /// -1 at the sentence's start.
    func listStart(endingAt end: Int, over joiners: Set<String>,
                   counting counts: (ActorMention) -> Bool = { $0.isGovernment }) -> Int {
        var k = end - 1
        while k >= 0 {
            if let m = mentions.first(where: { $0.range.upperBound == k + 1 && counts($0) }) {
                k = m.range.lowerBound - 1
            } else if joiners.contains(tokens[k].lower) {
                k -= 1
            } else {
                break
            }
        }
        return k
    }
}

extension Array where Element == SentenceAnalysis {
    /// The sentences grouped by paragraph, in text order.
    var paragraphRuns: [ArraySlice<SentenceAnalysis>] {
        var runs: [ArraySlice<SentenceAnalysis>] = []
        var start = startIndex
        while start < endIndex {
            var end = start
            while end < endIndex, self[end].paragraph == self[start].paragraph { end += 1 }
            runs.append(self[start..<end])
            start = end
        }
        return runs
    }
}
