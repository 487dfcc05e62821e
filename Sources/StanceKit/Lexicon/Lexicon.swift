import Yams

/// Everything Stance knows before it reads a document: actors, office-holders, issues and stance cues.
///
/// Built in from `Resources/*.yaml`; users extend or override entries with their own YAML files.
public struct Lexicon: Sendable {
    public var actors: [Actor] { didSet { actorIndex = Self.index(actors) } }
    /// Where each code's actor stands in `actors` (the first, when a code repeats): `actor(_:)` is asked for every mention.
    private var actorIndex: [String: Int]
    /// Generic nouns that name a government body after a country, demonym or possessive ("foreign ministry").
    public var institutionWords: [String]
    /// Words after a country that make it part of an organization's name ("Korea Herald").
    public var organizationWords: [String]
    /// Aliases that name a government only without certain words in the sentence ("Georgia" without "Atlanta").
    public var ambiguous: [AmbiguousAlias]
    /// Names that stand for whichever of several actors a document names most ("Korea").
    public var contextNames: [ContextName]
    /// Names that stand for several actors at once ("the two Koreas").
    public var groups: [ContextName]
    /// Words that make a sentence about sport, where country names stand for teams.
    public var sportsWords: [String]
    /// Surnames too common to name a head of government without a title or the full name.
    public var commonSurnames: [String]
    public var officials: [Official]
    public var issues: [Issue]
    public var cues: CueLexicon
    /// Words that tell who speaks in a document's own voice.
    public var speakers: SpeakerLexicon
    /// Words too common to line documents up by.
    public var alignment: AlignmentLexicon

    public init(actors: [Actor], institutionWords: [String], organizationWords: [String] = [],
                ambiguous: [AmbiguousAlias] = [], contextNames: [ContextName] = [], groups: [ContextName] = [],
                sportsWords: [String] = [], commonSurnames: [String] = [], officials: [Official], issues: [Issue],
                cues: CueLexicon, speakers: SpeakerLexicon = SpeakerLexicon(), alignment: AlignmentLexicon = AlignmentLexicon()) {
        self.actors = actors
        self.actorIndex = Self.index(actors)
        self.institutionWords = institutionWords
        self.organizationWords = organizationWords
        self.ambiguous = ambiguous
        self.contextNames = contextNames
        self.groups = groups
        self.sportsWords = sportsWords
        self.commonSurnames = commonSurnames
        self.officials = officials
        self.issues = issues
        self.cues = cues
        self.speakers = speakers
        self.alignment = alignment
    }

    /// The lexicons compiled into the binary.
    public static func builtIn() throws(LexiconError) -> Lexicon {
        func file(_ name: String) throws(LexiconError) -> String {
            guard let text = EmbeddedResources.files["Resources/" + name] else { throw .missing(name) }
            return text
        }
        let actorFile: ActorFile = try decode(try file("actors.yaml"), name: "actors.yaml")
        let officialFile: OfficialFile = try decode(try file("officials.yaml"), name: "officials.yaml")
        let issueFile: IssueFile = try decode(try file("issues.yaml"), name: "issues.yaml")
        let cues: CueLexicon = try decode(try file("cues.yaml"), name: "cues.yaml")
        let speakers: SpeakerLexicon = try decode(try file("speakers.yaml"), name: "speakers.yaml")
        let alignment: AlignmentLexicon = try decode(try file("alignment.yaml"), name: "alignment.yaml")
        return Lexicon(actors: actorFile.actors, institutionWords: actorFile.institutionWords ?? [],
                       organizationWords: actorFile.organizationWords ?? [], ambiguous: actorFile.ambiguous ?? [],
                       contextNames: actorFile.contextNames ?? [], groups: actorFile.groups ?? [],
                       sportsWords: actorFile.sportsWords ?? [], commonSurnames: officialFile.commonSurnames ?? [],
                       officials: officialFile.officials,
                       issues: issueFile.issues, cues: cues, speakers: speakers, alignment: alignment)
    }

    /// The actor with a code, if the lexicon has it.
    public func actor(_ code: String) -> Actor? { actorIndex[code].map { actors[$0] } }

    private static func index(_ actors: [Actor]) -> [String: Int] {
        Dictionary(actors.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    static func decode<T: Decodable>(_ text: String, name: String) throws(LexiconError) -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as YamlError {
            throw .invalid(name, "\(error)")
        } catch let error as DecodingError {
            throw .invalid(name, describe(error))
        } catch {
            throw .invalid(name, "\(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

struct ActorFile: Decodable {
    var institutionWords: [String]?
    var organizationWords: [String]?
    var ambiguous: [AmbiguousAlias]?
    var contextNames: [ContextName]?
    var groups: [ContextName]?
    var sportsWords: [String]?
    var actors: [Actor]

    enum CodingKeys: String, CodingKey {
        case institutionWords = "institution_words", organizationWords = "organization_words", ambiguous,
             contextNames = "context_names", groups, sportsWords = "sports_words", actors
    }
}

/// An alias that names `actor` unless one of `notWith` appears in the same sentence.
public struct AmbiguousAlias: Sendable, Codable, Equatable {
    public var alias: String
    public var actor: String
    public var notWith: [String]

    enum CodingKeys: String, CodingKey { case alias, actor, notWith = "not_with" }
}

/// A name shared by several actors, resolved to the one the document has named most so far.
public struct ContextName: Sendable, Codable, Equatable {
    public var alias: String
    public var actors: [String]
    /// The actor the name stands for in a roll of states opened by a bracket or colon ("in favour (Argentina, China,
    /// Congo, …)"), which uses the United Nations' short names: there "Congo" is the Republic of the Congo.
    public var inRolls: String?

    enum CodingKeys: String, CodingKey { case alias, actors, inRolls = "in_rolls" }
}

struct OfficialFile: Decodable {
    var officials: [Official]
    var commonSurnames: [String]?

    enum CodingKeys: String, CodingKey { case officials, commonSurnames = "common_surnames" }
}

struct IssueFile: Decodable { var issues: [Issue] }

/// Why a lexicon could not be loaded.
public enum LexiconError: Error, CustomStringConvertible {
    case missing(String)
    case invalid(String, String)
    case unreadable(String)
    /// A mistake at a place in a user's file: file, line, column, what is wrong.
    case at(String, Int, Int, String)

    public var description: String {
        switch self {
        case .missing(let name): "built-in lexicon '\(name)' is missing from this build"
        case .invalid(let name, let reason): "cannot read lexicon '\(name)': \(reason)"
        case .unreadable(let path): "cannot read lexicon '\(path)': no such file or not readable"
        case .at(let file, let line, let column, let reason): "\(file):\(line):\(column): \(reason)"
        }
    }
}
