import Foundation
import Yams

/// An actor lexicon a user supplies with `--actors`: new actors, or replacements for built-in ones by code,
/// read with a check of every entry so that a mistake is reported with its file, line and column.
public struct UserActorFile: Sendable {
    public var actors: [Actor] = []
    public var officials: [Official] = []
    public var institutionWords: [String] = []
    public var organizationWords: [String] = []

    static let actorKeys: Set<String> = ["code", "name", "type", "names", "demonyms", "capitals", "institutions", "leaders"]
    static let officialKeys: Set<String> = ["actor", "name", "aliases", "role", "from", "to"]

    /// Reads a file; throws `LexiconError.at` naming the place of the first mistake.
    public static func load(_ path: String) throws(LexiconError) -> UserActorFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) throws(LexiconError) -> UserActorFile {
        let root = try LexiconYAML.root(text, file: file)
        guard case .mapping(let mapping) = root else {
            throw LexiconYAML.at(root, file, "expected a mapping with an 'actors' list")
        }
        var result = UserActorFile()
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "actors": for item in try LexiconYAML.list(value, file) { result.actors.append(try actor(item, file)) }
            case "officials": for item in try LexiconYAML.list(value, file) { result.officials.append(try official(item, file)) }
            case "institution_words": result.institutionWords = try LexiconYAML.strings(value, file)
            case "organization_words": result.organizationWords = try LexiconYAML.strings(value, file)
            default:
                throw LexiconYAML.at(keyNode, file, "unknown key '\(keyNode.string ?? "")' (expected actors, officials, institution_words, organization_words)")
            }
        }
        return result
    }

    private static func actor(_ node: Node, _ file: String) throws(LexiconError) -> Actor {
        let fields = try LexiconYAML.fieldsOf(node, allowed: actorKeys, file)
        let code = try LexiconYAML.required("code", fields, node, file)
        guard code.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }), !code.isEmpty else {
            throw LexiconYAML.at(fields["code"]!, file, "actor code '\(code)' should be upper case, like KOR or UN")
        }
        var type = ActorType.state
        if let t = fields["type"] {
            guard let value = t.string, let parsed = ActorType(rawValue: value) else {
                throw LexiconYAML.at(t, file, "type must be 'state' or 'organization'")
            }
            type = parsed
        }
        func texts(_ key: String) throws(LexiconError) -> [String] { try LexiconYAML.strings(key, in: fields, file) }
        return Actor(code: code, name: try LexiconYAML.required("name", fields, node, file), type: type, names: try texts("names"),
                     demonyms: try texts("demonyms"), capitals: try texts("capitals"), institutions: try texts("institutions"),
                     leaders: try texts("leaders"))
    }

    private static func official(_ node: Node, _ file: String) throws(LexiconError) -> Official {
        let fields = try LexiconYAML.fieldsOf(node, allowed: officialKeys, file)
        func date(_ key: String) throws(LexiconError) -> String? {
            guard let n = fields[key] else { return nil }
            guard let text = n.string, DateText.isoDay(text) == text else { throw LexiconYAML.at(n, file, "\(key) must be a date like 2021-04-07") }
            return text
        }
        guard let from = try date("from") else { throw LexiconYAML.at(node, file, "missing 'from' (the date the person took office)") }
        let to = try date("to")
        if let to, to < from { throw LexiconYAML.at(fields["to"]!, file, "'to' (\(to)) is before 'from' (\(from))") }
        let aliases = try LexiconYAML.strings("aliases", in: fields, file)
        return Official(actor: try LexiconYAML.required("actor", fields, node, file), name: try LexiconYAML.required("name", fields, node, file),
                        aliases: aliases,
                        role: try LexiconYAML.required("role", fields, node, file), from: from, to: to)
    }
}

extension Lexicon {
    /// This lexicon with a user's actors added; an actor whose code is already known replaces the built-in entry.
    public func adding(_ user: UserActorFile) -> Lexicon {
        var copy = self
        let replaced = Set(user.actors.map(\.code))
        copy.actors = actors.filter { !replaced.contains($0.code) } + user.actors
        copy.officials += user.officials
        copy.institutionWords += user.institutionWords
        copy.organizationWords += user.organizationWords
        return copy
    }
}
