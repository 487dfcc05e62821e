/// Folds English inflections (plural, -ed, -ing, -s) so that lexicon entries match any form.
///
/// Deliberately light: it only needs to map a word and its inflections to the same key,
/// not to produce a dictionary form. Both lexicons and text go through it.
enum Stemmer {
    private static let unchanged: Set<String> = Words.english("stem_exceptions")

    static func stem(_ word: String) -> String {
        guard word.count > 3, !unchanged.contains(word), word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return word }
        var w = word
        if w.hasSuffix("ies") && w.count > 4 { w = String(w.dropLast(3)) + "y" }
        else if w.hasSuffix("sses") || w.hasSuffix("shes") || w.hasSuffix("ches") || w.hasSuffix("xes") || w.hasSuffix("zes") {
            w = String(w.dropLast(2))
        }
        else if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") {}
        else if w.hasSuffix("s") { w = String(w.dropLast()) }
        else if w.hasSuffix("ied") && w.count > 4 { w = String(w.dropLast(3)) + "y" }
        else if w.hasSuffix("eed") { w = String(w.dropLast()) }
        else if w.hasSuffix("ed") && w.count > 4 { w = undouble(String(w.dropLast(2))) }
        else if w.hasSuffix("ing") && w.count > 5 { w = undouble(String(w.dropLast(3))) }
        if w.hasSuffix("e") && w.count > 3 && !w.hasSuffix("ee") { w = String(w.dropLast()) }
        w = americanSpelling(w)
        // "note", "noted", "noting" must not meet the negation "not".
        return w == "not" ? "note" : w
    }

    /// British spellings folded to American ones, so that UN and Commonwealth texts meet the lexicons:
    /// "criticised", "labour", "defence", "programmes", "analyse", "organisation".
    private static func americanSpelling(_ w: String) -> String {
        guard w.count > 5 else { return w }
        if w.hasSuffix("isation") { return String(w.dropLast(6)) + "zation" }
        if w.hasSuffix("is") || w.hasSuffix("ys") { return String(w.dropLast()) + "z" }
        if w.hasSuffix("our") { return String(w.dropLast(2)) + "r" }
        if w.hasSuffix("fenc") { return String(w.dropLast()) + "s" }
        if w.hasSuffix("mm") { return String(w.dropLast()) }
        return w
    }

    private static func undouble(_ w: String) -> String {
        let chars = Array(w)
        guard chars.count >= 4, chars[chars.count - 1] == chars[chars.count - 2],
              !"lsz".contains(chars[chars.count - 1]), !"aeiou".contains(chars[chars.count - 1]) else { return w }
        return String(chars.dropLast())
    }
}
