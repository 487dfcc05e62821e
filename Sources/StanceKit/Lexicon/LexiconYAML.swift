import Yams

/// Reading a user's YAML lexicon node by node, so every mistake can name its file, line and column.
enum LexiconYAML {
    /// The document's root node; a syntax error becomes `LexiconError.at`.
    static func root(_ text: String, file: String) throws(LexiconError) -> Node {
        try refuseAliases(text, file: file)
        do {
            return try Yams.compose(yaml: text) ?? .mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw Self.error(error, file: file)
        } catch {
            throw .at(file, 1, 1, "\(error)")
        }
    }

    static func fieldsOf(_ node: Node, allowed: Set<String>, _ file: String) throws(LexiconError) -> [String: Node] {
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

    static func required(_ key: String, _ fields: [String: Node], _ node: Node, _ file: String) throws(LexiconError) -> String {
        guard let value = fields[key] else { throw at(node, file, "missing '\(key)'") }
        guard let text = value.string, !text.isEmpty, case .scalar = value else { throw at(value, file, "'\(key)' must be text") }
        return text
    }

    static func list(_ node: Node, _ file: String) throws(LexiconError) -> [Node] {
        guard case .sequence(let sequence) = node else { throw at(node, file, "expected a list") }
        return Array(sequence)
    }

    static func strings(_ node: Node, _ file: String) throws(LexiconError) -> [String] {
        var out: [String] = []
        for item in try list(node, file) {
            guard case .scalar = item, let text = item.string else { throw at(item, file, "expected text") }
            out.append(text)
        }
        return out
    }

    /// The list of texts under an optional field; none when the field is absent.
    static func strings(_ key: String, in fields: [String: Node], _ file: String) throws(LexiconError) -> [String] {
        guard let node = fields[key] else { return [] }
        return try strings(node, file)
    }

    /// Refuses YAML aliases (`*name`) outside quotes: a few hundred bytes of nested aliases expand to billions of
    /// nodes, and a lexicon never needs them.
    static func refuseAliases(_ text: String, file: String) throws(LexiconError) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var quote: Character?
            var previous: Character = " "
            for (column, ch) in line.enumerated() {
                if let open = quote {
                    if ch == open { quote = nil }
                } else if ch == "\"" || ch == "'" {
                    if " [{,:-".contains(previous) { quote = ch }
                } else if ch == "#" && previous == " " {
                    break
                } else if ch == "*" && " [{,:-?".contains(previous) {
                    throw .at(file, number + 1, column + 1, "YAML aliases (*name) are not allowed in lexicon files")
                }
                previous = ch
            }
        }
    }

    static func at(_ node: Node, _ file: String, _ reason: String) -> LexiconError {
        .at(file, node.mark?.line ?? 1, node.mark?.column ?? 1, reason)
    }

    static func error(_ error: YamlError, file: String) -> LexiconError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return .at(file, mark.line, mark.column, problem)
        default:
            return .at(file, 1, 1, "\(error)")
        }
    }
}
