/// How a stance is shown: a word and a symbol, never colour alone.
struct StanceMark {
    var word: String
    var symbol: String
    /// ASCII mark for the text report.
    var ascii: String
    var cssClass: String

    init(_ stance: StanceValue?) {
        switch stance {
        case .support?: (word, symbol, ascii, cssClass) = ("supports", "✔", "+", "support")
        case .oppose?: (word, symbol, ascii, cssClass) = ("opposes", "✘", "-", "oppose")
        case .mixed?: (word, symbol, ascii, cssClass) = ("mixed", "◐", "~", "mixed")
        case .neutral?: (word, symbol, ascii, cssClass) = ("neutral", "○", "=", "neutral")
        case nil: (word, symbol, ascii, cssClass) = ("no position", "·", ".", "none")
        }
    }
}
