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
