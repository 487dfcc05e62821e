import Foundation
import Yams

/// An issue taxonomy a user supplies with `--issues`: new issues, or replacements for built-in ones by id,
/// each entry checked so that a mistake is reported with its file, line and column.
public struct UserIssueFile: Sendable {
    public var issues: [Issue] = []

    static let issueKeys: Set<String> = ["id", "area", "label", "description", "support", "triggers", "counter_triggers",
                                           "context_triggers", "context_counter_triggers", "weight"]

    public static func load(_ path: String) throws(LexiconError) -> UserIssueFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) throws(LexiconError) -> UserIssueFile {
        let root = try LexiconYAML.root(text, file: file)
        guard case .mapping(let mapping) = root else { throw LexiconYAML.at(root, file, "expected a mapping with an 'issues' list") }
        var result = UserIssueFile()
        for (key, value) in mapping {
            guard key.string == "issues" else {
                throw LexiconYAML.at(key, file, "unknown key '\(key.string ?? "")' (expected issues)")
            }
            for item in try LexiconYAML.list(value, file) { result.issues.append(try issue(item, file)) }
        }
        return result
    }

    private static func issue(_ node: Node, _ file: String) throws(LexiconError) -> Issue {
        let fields = try LexiconYAML.fieldsOf(node, allowed: issueKeys, file)
        let id = try LexiconYAML.required("id", fields, node, file)
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
            throw LexiconYAML.at(fields["id"]!, file, "issue id '\(id)' should be kebab-case, like leaflet-launches")
        }
        func texts(_ key: String) throws(LexiconError) -> [String] { try LexiconYAML.strings(key, in: fields, file) }
        func optional(_ key: String) throws(LexiconError) -> String {
            fields[key] == nil ? "" : try LexiconYAML.required(key, fields, node, file)
        }
        var weight = 1.0
        if let w = fields["weight"] {
            guard let value = w.float, value > 0, value.isFinite else { throw LexiconYAML.at(w, file, "weight must be a positive number") }
            weight = value
        }
        let triggers = try texts("triggers")
        guard !triggers.isEmpty else { throw LexiconYAML.at(node, file, "issue '\(id)' needs at least one trigger") }
        return Issue(id: id, area: fields["area"] == nil ? "other" : try optional("area"),
                     label: try LexiconYAML.required("label", fields, node, file), description: try optional("description"),
                     support: try optional("support"), triggers: triggers, counterTriggers: try texts("counter_triggers"),
                     contextTriggers: try texts("context_triggers"),
                     contextCounterTriggers: try texts("context_counter_triggers"), weight: weight)
    }
}

extension Lexicon {
    /// This lexicon with a user's issues added; an issue whose id is already known replaces the built-in one.
    public func adding(_ user: UserIssueFile) -> Lexicon {
        var copy = self
        let replaced = Set(user.issues.map(\.id))
        copy.issues = issues.filter { !replaced.contains($0.id) } + user.issues
        return copy
    }
}
