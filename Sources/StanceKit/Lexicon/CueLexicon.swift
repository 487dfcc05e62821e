/// Stance cues and the small closed word lists that modify them (negators, modals, hedges).
public struct CueLexicon: Sendable, Decodable {
    public var cues: [Cue]
    /// base form → [third person, past, past participle, present participle]
    public var irregularVerbs: [String: [String]]
    public var negators: [String]
    /// "refuse to", "yet to": reverse the cue that follows.
    public var reversingVerbs: [String]
    public var hedges: [String]
    public var hypothetical: [String]
    /// "is expected to", "will likely": forecasts of what a government will do, not its position.
    public var predictions: [String]
    public var recommendationModals: [String]
    public var noComment: [String]
    /// "send", "lodge", "voice": verbs that carry the stance of the noun after them ("sent a strong protest").
    public var lightVerbs: [String]
    /// "letter", "message": what a light verb sends that carries words, so "sent a letter urging …" reports what follows.
    public var messageNouns: [String]
    /// "pass": verbs that enact the law noun after them ("passed the revised anti-leaflet law"), and those nouns.
    public var enactingVerbs: [String]
    public var enactedNouns: [String]
    /// "suspend", "expel": verbs that, with a tie or a flow between governments as their object ("suspended all
    /// flights", "expelled two diplomats") or a government named right after them ("suspended Honduras"), are a measure
    /// taken, an action for it as "impose sanctions" is; with anything else ("suspended the law") they turn away from it.
    public var measureVerbs: [String]
    /// The ties and flows a measure verb acts on: "flights", "imports", "diplomats", "aid".
    public var measureObjects: [String]
    /// The measures themselves ("ban", "sanction"): a tie that only qualifies one ("export ban") is no measure taken.
    public var measureNouns: [String]
    /// "hold" → ["responsible"]: verbs, and the words after their object, by which a government blames another
    /// ("Lebanon holds Israel responsible for the attack"), as "blame" does.
    public var blamingPhrases: [String: [String]]
    /// "a new response", "retaliate": words that make what follows "if" unwanted ("would see a new response if it kept
    /// up the launches" opposes the launches).
    public var threats: [String]
    /// The sides of a recorded vote by direction ("in favour", "against", "abstentions"), and the words that make a
    /// sentence a vote record.
    public var voteSides: [String: [String]]
    public var voteWords: [String]
    /// Words that may stand between the governments of a list of agents ("G7 members France, Germany and Italy").
    public var listJoiners: [String]

    enum CodingKeys: String, CodingKey {
        case cues, irregularVerbs = "irregular_verbs", negators, reversingVerbs = "reversing_verbs", hedges,
             hypothetical, predictions, recommendationModals = "recommendation_modals", noComment = "no_comment",
             lightVerbs = "light_verbs", messageNouns = "message_nouns",
             enactingVerbs = "enacting_verbs", enactedNouns = "enacted_nouns",
             measureVerbs = "measure_verbs", measureObjects = "measure_objects", measureNouns = "measure_nouns",
             blamingPhrases = "blaming_phrases", threats, voteSides = "vote_sides",
             voteWords = "vote_words", listJoiners = "list_joiners"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cues = try c.decode([Cue].self, forKey: .cues)
        irregularVerbs = try c.decodeIfPresent([String: [String]].self, forKey: .irregularVerbs) ?? [:]
        negators = try c.decodeIfPresent([String].self, forKey: .negators) ?? []
        reversingVerbs = try c.decodeIfPresent([String].self, forKey: .reversingVerbs) ?? []
        hedges = try c.decodeIfPresent([String].self, forKey: .hedges) ?? []
        hypothetical = try c.decodeIfPresent([String].self, forKey: .hypothetical) ?? []
        predictions = try c.decodeIfPresent([String].self, forKey: .predictions) ?? []
        recommendationModals = try c.decodeIfPresent([String].self, forKey: .recommendationModals) ?? []
        noComment = try c.decodeIfPresent([String].self, forKey: .noComment) ?? []
        lightVerbs = try c.decodeIfPresent([String].self, forKey: .lightVerbs) ?? []
        messageNouns = try c.decodeIfPresent([String].self, forKey: .messageNouns) ?? []
        enactingVerbs = try c.decodeIfPresent([String].self, forKey: .enactingVerbs) ?? []
        enactedNouns = try c.decodeIfPresent([String].self, forKey: .enactedNouns) ?? []
        measureVerbs = try c.decodeIfPresent([String].self, forKey: .measureVerbs) ?? []
        measureObjects = try c.decodeIfPresent([String].self, forKey: .measureObjects) ?? []
        measureNouns = try c.decodeIfPresent([String].self, forKey: .measureNouns) ?? []
        blamingPhrases = try c.decodeIfPresent([String: [String]].self, forKey: .blamingPhrases) ?? [:]
        threats = try c.decodeIfPresent([String].self, forKey: .threats) ?? []
        voteSides = try c.decodeIfPresent([String: [String]].self, forKey: .voteSides) ?? [:]
        voteWords = try c.decodeIfPresent([String].self, forKey: .voteWords) ?? []
        listJoiners = try c.decodeIfPresent([String].self, forKey: .listJoiners) ?? []
    }
}
