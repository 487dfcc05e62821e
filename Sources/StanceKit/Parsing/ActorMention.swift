/// A phrase of a sentence that names (or refers back to) a government or body.
struct ActorMention: Equatable {
    var code: String
    /// Token indices in the sentence.
    var range: Range<Int>
    var via: MentionSource
    /// False for places and for a possessor ("North Korea's human rights"); such mentions hold no position as subjects.
    var isGovernment: Bool
    /// The mention ends in a possessive ("Pyongyang's"): it can hold a nominal cue ("Pyongyang's demands").
    var isPossessor: Bool = false
    /// The generic institution noun used, when any ("ministry", "military"), for resolving "the ministry" later.
    var institution: String? = nil
    var text: String
    /// For "the two countries", "both sides": how many actors the phrase refers back to.
    var count: Int = 1
    /// For office-holders: the office and its dates, to explain the match.
    var detail: String? = nil

    /// Whether the mention names an institution of its government ("Mission of Algeria", "the Russian foreign ministry").
    var namesAnInstitution: Bool { via == .institution || via == .demonymInstitution }
}

/// How a mention names its actor: the rule that fired.
enum MentionSource: String, Equatable {
    case name, demonymInstitution, capital, institution, administration, official, person, reference, pronoun, firstPerson
    /// "the South Korean law": not the government itself, but it tells whose law a later "the law" is.
    case lawOwner
}
