/// The actor lexicon compiled for matching: every name, demonym, capital, institution, leader and office-holder.
struct ActorGazetteer: Sendable {
    enum AliasKind: Sendable, Equatable {
        case name, demonym, capital, institution, leader
        case official(Int)
    }

    struct Alias: Sendable {
        var code: String
        var kind: AliasKind
        /// The alias's tokens as written, for checking capitalization against the text.
        var written: [String]
    }

    var aliases = PhraseTrie<Alias>()
    /// Generic institution nouns ("foreign ministry"); the value is the phrase, lowercased.
    var institutionWords = PhraseTrie<String>()
    var officials: [Official]
    /// Each official's role as lowercased words, by official ("prime", "minister"), for finding the title before a name.
    var roleWords: [[String]]
    var names: [String: String]
    /// Lowercased organization words ("herald", "airlines").
    var organizationWords: Set<String>
    /// Surnames too common to name a leader on their own ("Li", "Kim"): they need a title or the full name first.
    var commonSurnames: Set<String>
    /// Lowercased words that make a country's name a national team ("match", "World Cup").
    var sportsWords = PhraseTrie<Bool>()
    /// Lowercased ambiguous alias + actor → token sequences (lowercased) that rule it out.
    var ambiguous: [String: [[String]]] = [:]
    /// Shared names ("Korea") → the actors they may stand for.
    var contextNames = PhraseTrie<ContextName>()
    /// Group names ("the two Koreas") → all the actors they stand for.
    var groups = PhraseTrie<[String]>()
    /// Each government's names and demonyms as written, for finding whether a document names it anywhere.
    var countryWords: [String: [String]] = [:]

    static let headOfGovernmentRoles: Set<String> = Words.vocabulary("head_of_government_roles")

    init(_ lexicon: Lexicon) {
        officials = lexicon.officials
        roleWords = lexicon.officials.map { Tokenizer.tokens($0.role[...], offset: 0).map(\.lower) }
        names = Dictionary(lexicon.actors.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        organizationWords = Set(lexicon.organizationWords.map { $0.lowercased() })
        commonSurnames = Set(lexicon.commonSurnames)
        for word in lexicon.sportsWords { sportsWords.insert(Tokenizer.phraseTokens(word).map(\.lower), true) }
        for entry in lexicon.ambiguous {
            ambiguous[entry.alias.lowercased() + "|" + entry.actor, default: []] += entry.notWith.map {
                Tokenizer.phraseTokens($0).map(\.lower)
            }
        }
        for entry in lexicon.contextNames {
            contextNames.insert(Tokenizer.phraseTokens(entry.alias).map(\.lower), entry)
        }
        for entry in lexicon.groups {
            groups.insert(Tokenizer.phraseTokens(entry.alias).map(\.lower), entry.actors)
        }
        for actor in lexicon.actors {
            countryWords[actor.code] = actor.names + actor.demonyms
            let groups: [([String], AliasKind)] = [
                (actor.names, .name), (actor.demonyms, .demonym), (actor.capitals, .capital),
                (actor.institutions, .institution), (actor.leaders, .leader),
            ]
            for (phrases, kind) in groups {
                for phrase in phrases { add(phrase, code: actor.code, kind: kind) }
            }
        }
        // The latest office a person held is tried first: in a text with no date, "Tedros Adhanom Ghebreyesus" is WHO's
        // Director-General before he is Ethiopia's former foreign minister.
        let latestFirst = lexicon.officials.indices.sorted { a, b in
            let (x, y) = (lexicon.officials[a].from, lexicon.officials[b].from)
            return x != y ? x > y : a < b
        }
        for index in latestFirst {
            let official = lexicon.officials[index]
            for phrase in [official.name] + official.aliases { add(phrase, code: official.actor, kind: .official(index)) }
        }
        for word in lexicon.institutionWords {
            let keys = Tokenizer.phraseTokens(word).map(\.lower)
            for spelling in Self.spellings(of: keys) { institutionWords.insert(spelling, keys.joined(separator: " ")) }
        }
    }

    private mutating func add(_ phrase: String, code: String, kind: AliasKind) {
        let tokens = Tokenizer.phraseTokens(phrase)
        guard !tokens.isEmpty else { return }
        for spelling in Self.spellings(of: tokens.map(\.lower)) {
            aliases.insert(spelling, Alias(code: code, kind: kind, written: zip(tokens, spelling).map { $1 == $0.lower ? $0.text : $1 }))
        }
    }

    /// "and", "&": the ways a name may write its conjunction ("Foreign & Commonwealth Office").
    private static let andSpellings = Words.english("and_spellings")

    /// A name's keys as written, and with its conjunction spelt each other way throughout.
    static func spellings(of keys: [String]) -> [[String]] {
        guard keys.contains(where: andSpellings.contains) else { return [keys] }
        let others = andSpellings.sorted().map { spelling in keys.map { andSpellings.contains($0) ? spelling : $0 } }
        return [keys] + others.filter { $0 != keys }
    }

    /// Whether the text's tokens are written the way the alias is: all-caps tokens exactly, capitalized ones capitalized.
    /// Multi-word institution names may be written in lower case ("the unification ministry").
    static func caseMatches(_ alias: Alias, _ tokens: ArraySlice<Token>) -> Bool {
        let relaxed = alias.kind == .institution && alias.written.count > 1
        for (written, token) in zip(alias.written, tokens) {
            let letters = written.filter(\.isLetter)
            if letters.count >= 2, letters.allSatisfy(\.isUppercase) {
                if token.text != written { return false }
            } else if !relaxed, written.first?.isUppercase == true, token.text.first?.isUppercase != true {
                return false
            }
        }
        return true
    }

    func name(of code: String) -> String { names[code] ?? code }

    /// Whether a sentence is about sport, where "Spain beat Croatia" names teams, not governments.
    func isAboutSport(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { !sportsWords.matches(in: tokens, from: $0, key: \.lower).isEmpty }
    }

    /// Whether an ambiguous alias is ruled out by words elsewhere in the sentence ("Georgia" near "Atlanta").
    func ruledOut(_ alias: Alias, in tokens: [Token]) -> Bool {
        guard let phrases = ambiguous[alias.written.joined(separator: " ").lowercased() + "|" + alias.code] else { return false }
        let words = tokens.map(\.lower)
        return phrases.contains { phrase in
            guard !phrase.isEmpty, phrase.count <= words.count else { return false }
            return (0...(words.count - phrase.count)).contains { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
        }
    }
}
