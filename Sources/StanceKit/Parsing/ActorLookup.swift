/// Explains what a phrase names: which actor, by which rule, or why it names none. Behind `stance actors`.
public struct ActorLookup: Sendable {
    let lexicon: Lexicon
    let recognizer: ActorRecognizer

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        recognizer = ActorRecognizer(gazetteer: ActorGazetteer(lexicon))
    }

    /// One phrase of the query and what Stance makes of it.
    public struct Resolution: Sendable, Equatable {
        public var text: String
        /// The actor code, or nil when the phrase names a country's people or places rather than its government.
        public var actor: String?
        public var actorName: String?
        public var rule: String
    }

    /// The actors a phrase names, as the extractor would read it in a document of the given date.
    public func explain(_ phrase: String, date: String? = nil) -> [Resolution] {
        var context = DocumentContext(date: date)
        let tokens = Tokenizer.tokens(phrase[...], offset: 0)
        return recognizer.mentions(in: tokens, context: &context).map { m in
            let code = m.code.isEmpty ? nil : m.code
            let governing = m.isGovernment && code != nil
            return Resolution(text: m.text, actor: governing || m.isPossessor ? code : nil,
                              actorName: code.map { recognizer.gazetteer.name(of: $0) }, rule: rule(m))
        }
    }

    private func rule(_ m: ActorMention) -> String {
        if m.via == .lawOwner { return "a law of \(recognizer.gazetteer.name(of: m.code)): names the law, not a holder" }
        if !m.isGovernment && !m.isPossessor { return "a place (\(m.text)), not the government" }
        if m.code.isEmpty { return "refers back to a government named earlier in the document" }
        let possessive = m.isPossessor ? "; possessive: holds only what it owns (\"Seoul's demands\")" : ""
        switch m.via {
        case .name: return "country or body name" + possessive
        case .capital: return "capital or seat of government used for the government" + possessive
        case .institution: return "institution of the government" + (m.institution.map { " (\($0))" } ?? "") + possessive
        case .demonymInstitution: return "country or demonym + office '\(m.institution ?? "")'" + possessive
        case .administration: return "leader + '\(m.institution ?? "administration")'" + possessive
        case .official: return "office-holder: \(m.detail ?? "")" + possessive
        case .person: return "person tied to the government earlier in the document"
        case .reference, .pronoun, .firstPerson: return "refers back to a government named earlier"
        case .lawOwner: return "a law's owner"
        }
    }

    /// Actors whose code or name contains the query (case-insensitive), or all when it is empty.
    public func actors(matching query: String = "") -> [Actor] {
        let q = query.lowercased()
        return lexicon.actors.filter { q.isEmpty || $0.code.lowercased() == q || $0.name.lowercased().contains(q) }
            .sorted { $0.code < $1.code }
    }

    /// Office-holders of an actor, in office on the date when one is given.
    public func officials(of code: String, on date: String? = nil) -> [Official] {
        lexicon.officials.filter { $0.actor == code && (date == nil || $0.inOffice(on: date)) }
    }
}
