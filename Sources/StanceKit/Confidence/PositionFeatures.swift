/// What a position's confidence is learned from: the rules' own reading of it (their confidence, the kind of cue and
/// of holder) and the sentence around it (a quotation, a crowd of governments, its length). Names only, each one a
/// yes-or-no clue, so that a model can weigh them and a person can read why.
enum PositionFeatures {
    /// The clues of `position`, whose sentence holds positions of `actorsInSentence` governments in all.
    static func of(_ position: Position, actorsInSentence: Int, actorType: ActorType?, firstPerson: Set<String>) -> [String] {
        var out = ["bias"]
        out.append("rule=" + String(format1(position.confidence)))
        out.append("kind=" + position.kind.rawValue)
        out.append("stance=" + position.stance.rawValue)
        out.append("kind×stance=" + position.kind.rawValue + "×" + position.stance.rawValue)
        out.append("actor=" + (actorType?.rawValue ?? "unknown"))
        let speaker = position.speaker.lowercased()
        let holder: String
        if speaker == "(issuer)" {
            holder = "issuer"
        } else if firstPerson.contains(speaker) {
            holder = "first-person"
        } else if position.evidence.contains(position.speaker), !position.speaker.isEmpty {
            holder = speaker.split(separator: " ").count > 1 ? "named-phrase" : "named-word"
        } else {
            holder = "elsewhere"
        }
        out.append("holder=" + holder)
        out.append("cue=" + (position.cue.isEmpty ? "none" : position.cue.contains("…") ? "chain" : "one"))
        if position.evidence.contains(where: { Self.quotes.contains($0) }) { out.append("quotation") }
        out.append("crowd=" + (actorsInSentence <= 1 ? "1" : actorsInSentence <= 3 ? "2-3" : "4+"))
        out.append("issue=" + (position.issueScore == nil ? "inherited" : (position.issueScore ?? 0) >= 2 ? "strong" : "weak"))
        let words = position.evidence.split(separator: " ").count
        out.append("length=" + (words <= 12 ? "short" : words <= 35 ? "medium" : "long"))
        if position.paragraph == 0 { out.append("opening") }
        if position.evidence.localizedCaseInsensitiveContains(position.actorName) { out.append("actor-named") }
        if let last = position.evidence.last, !".!?\"”’)".contains(last) { out.append("heading") }
        if SpeakerDetector.officeStems.contains(where: { speaker.contains($0) }) { out.append("holder=office") }
        return out
    }

    private static func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "0.\(min(9, max(0, tenths)))"
    }

    static let quotes: Set<Character> = ["\"", "“", "”"]
}
