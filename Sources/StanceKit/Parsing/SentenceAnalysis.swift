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
