/// The words that tell who speaks in a document's own voice (`speakers.yaml`): statement words, issuing markers,
/// group nouns, transcript labels and courtesy phrases.
public struct SpeakerLexicon: Sendable, Decodable {
    public var statementWords: [String]
    /// "by", "of", "from": after a statement word, the governments that follow issue the text.
    public var issuingMarkers: [String]
    /// "delivered by", "on behalf of": the governments that follow issue the text wherever these stand in the opening.
    public var deliveryMarkers: [String]
    /// Words that end a list of issuers ("to the UN", "at the opening session").
    public var listEnders: [String]
    /// "governments", "ministers": the members of a joint statement, as subject or before "of A, B and C".
    public var groupNouns: [String]
    /// "comment", "reaction": a question asking for a government's one names who answers.
    public var answerNouns: [String]
    public var questionLabels: [String]
    public var answerLabels: [String]
    public var firstPerson: [String]
    /// First-person words that can be the subject of a stance ("we", "our").
    public var firstPersonSubjects: [String]
    /// Courtesy phrases ("thank you", "I congratulate"): their sentences hold no position.
    public var procedural: [String]
    /// What a speaker thanks someone for that makes the thanks a courtesy, whoever thanks ("for her briefing").
    public var courtesyThanks: [String]
    /// Nouns by which a speaker names their own government in apposition ("my country, Ghana,").
    public var ownGovernmentNouns: [String]
    /// Verbs by which a speaker tells what they heard or where they came ("we have heard", "we come to Glasgow").
    public var narrativeVerbs: [String]
    /// "aligns itself with the statement": a delegation's formula for joining another's statement, no position of its own.
    public var alignmentFormulas: [String]
    /// "I will begin with", "let me turn to": a speaker announcing the next topic, no position on it.
    public var agendaOpeners: [String]

    enum CodingKeys: String, CodingKey {
        case statementWords = "statement_words", issuingMarkers = "issuing_markers", deliveryMarkers = "delivery_markers",
             listEnders = "list_enders", groupNouns = "group_nouns", answerNouns = "answer_nouns",
             questionLabels = "question_labels", answerLabels = "answer_labels", firstPerson = "first_person",
             firstPersonSubjects = "first_person_subjects", procedural, courtesyThanks = "courtesy_thanks",
             ownGovernmentNouns = "own_government_nouns", narrativeVerbs = "narrative_verbs",
             alignmentFormulas = "alignment_formulas", agendaOpeners = "agenda_openers"
    }

    public init(statementWords: [String] = [], issuingMarkers: [String] = [], deliveryMarkers: [String] = [],
                listEnders: [String] = [], groupNouns: [String] = [], answerNouns: [String] = [],
                questionLabels: [String] = [], answerLabels: [String] = [], firstPerson: [String] = [],
                firstPersonSubjects: [String] = [], procedural: [String] = [], courtesyThanks: [String] = [],
                ownGovernmentNouns: [String] = [], narrativeVerbs: [String] = [], alignmentFormulas: [String] = [],
                agendaOpeners: [String] = []) {
        self.statementWords = statementWords
        self.issuingMarkers = issuingMarkers
        self.deliveryMarkers = deliveryMarkers
        self.listEnders = listEnders
        self.groupNouns = groupNouns
        self.answerNouns = answerNouns
        self.questionLabels = questionLabels
        self.answerLabels = answerLabels
        self.firstPerson = firstPerson
        self.firstPersonSubjects = firstPersonSubjects
        self.procedural = procedural
        self.courtesyThanks = courtesyThanks
        self.ownGovernmentNouns = ownGovernmentNouns
        self.narrativeVerbs = narrativeVerbs
        self.alignmentFormulas = alignmentFormulas
        self.agendaOpeners = agendaOpeners
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys) throws -> [String] { try c.decodeIfPresent([String].self, forKey: key) ?? [] }
        self.init(statementWords: try list(.statementWords), issuingMarkers: try list(.issuingMarkers),
                  deliveryMarkers: try list(.deliveryMarkers), listEnders: try list(.listEnders),
                  groupNouns: try list(.groupNouns), answerNouns: try list(.answerNouns),
                  questionLabels: try list(.questionLabels), answerLabels: try list(.answerLabels),
                  firstPerson: try list(.firstPerson), firstPersonSubjects: try list(.firstPersonSubjects),
                  procedural: try list(.procedural), courtesyThanks: try list(.courtesyThanks),
                  ownGovernmentNouns: try list(.ownGovernmentNouns), narrativeVerbs: try list(.narrativeVerbs),
                  alignmentFormulas: try list(.alignmentFormulas), agendaOpeners: try list(.agendaOpeners))
    }
}
