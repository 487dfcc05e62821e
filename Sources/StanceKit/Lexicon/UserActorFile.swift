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
        let root: Node
        do {
            root = try Yams.compose(yaml: text) ?? .mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw Self.error(error, file: file)
        } catch {
            throw .at(file, 1, 1, "\(error)")
        }
        guard case .mapping(let mapping) = root else {
            throw at(root, file, "expected a mapping with an 'actors' list")
        }
        var result = UserActorFile()
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "actors": for item in try list(value, file) { result.actors.append(try actor(item, file)) }
            case "officials": for item in try list(value, file) { result.officials.append(try official(item, file)) }
            case "institution_words": result.institutionWords = try strings(value, file)
            case "organization_words": result.organizationWords = try strings(value, file)
            default:
                throw at(keyNode, file, "unknown key '\(keyNode.string ?? "")' (expected actors, officials, institution_words, organization_words)")
            }
        }
        return result
    }

    private static func actor(_ node: Node, _ file: String) throws(LexiconError) -> Actor {
        let fields = try fieldsOf(node, allowed: actorKeys, file)
        let code = try required("code", fields, node, file)
        guard code.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }), !code.isEmpty else {
            throw at(fields["code"]!, file, "actor code '\(code)' should be upper case, like KOR or UN")
        }
        var type = ActorType.state
        if let t = fields["type"] {
            guard let value = t.string, let parsed = ActorType(rawValue: value) else {
                throw at(t, file, "type must be 'state' or 'organization'")
            }
            type = parsed
        }
        func list(_ key: String) throws(LexiconError) -> [String] {
            guard let node = fields[key] else { return [] }
            return try strings(node, file)
        }
        return Actor(code: code, name: try required("name", fields, node, file), type: type, names: try list("names"),
                     demonyms: try list("demonyms"), capitals: try list("capitals"), institutions: try list("institutions"),
                     leaders: try list("leaders"))
    }

    private static func official(_ node: Node, _ file: String) throws(LexiconError) -> Official {
        let fields = try fieldsOf(node, allowed: officialKeys, file)
        func date(_ key: String) throws(LexiconError) -> String? {
            guard let n = fields[key] else { return nil }
            guard let text = n.string, DateText.isoDay(text) == text else { throw at(n, file, "\(key) must be a date like 2021-04-07") }
            return text
        }
        guard let from = try date("from") else { throw at(node, file, "missing 'from' (the date the person took office)") }
        let to = try date("to")
        if let to, to < from { throw at(fields["to"]!, file, "'to' (\(to)) is before 'from' (\(from))") }
        let aliases = try fields["aliases"].map { n throws(LexiconError) in try strings(n, file) } ?? []
        return Official(actor: try required("actor", fields, node, file), name: try required("name", fields, node, file),
                        aliases: aliases,
                        role: try required("role", fields, node, file), from: from, to: to)
    }

    private static func fieldsOf(_ node: Node, allowed: Set<String>, _ file: String) throws(LexiconError) -> [String: Node] {
        guard case .mapping(let mapping) = node else { throw at(node, file, "expected a mapping of fields") }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw at(key, file, "unknown field '\(name)' (expected \(allowed.sorted().joined(separator: ", ")))")
            }
            fields[name] = value
        }
        return fields
    }

    private static func required(_ key: String, _ fields: [String: Node], _ node: Node, _ file: String) throws(LexiconError) -> String {
        guard let value = fields[key] else { throw at(node, file, "missing '\(key)'") }
        guard let text = value.string, !text.isEmpty, case .scalar = value else { throw at(value, file, "'\(key)' must be text") }
        return text
    }

    private static func list(_ node: Node, _ file: String) throws(LexiconError) -> [Node] {
        guard case .sequence(let sequence) = node else { throw at(node, file, "expected a list") }
        return Array(sequence)
    }

    private static func strings(_ node: Node, _ file: String) throws(LexiconError) -> [String] {
        var out: [String] = []
        for item in try list(node, file) {
            guard case .scalar = item, let text = item.string else { throw at(item, file, "expected text") }
            out.append(text)
        }
        return out
    }

    private static func at(_ node: Node, _ file: String, _ reason: String) -> LexiconError {
        .at(file, node.mark?.line ?? 1, node.mark?.column ?? 1, reason)
    }

    private static func error(_ error: YamlError, file: String) -> LexiconError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .at(file, mark.line, mark.column, problem)
        default:
            return .at(file, 1, 1, "\(error)")
        }
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
