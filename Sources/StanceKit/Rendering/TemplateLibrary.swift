import Foundation
import Mustache

/// The report templates: those built into the binary, with any the user supplies in a folder taking their place.
public struct TemplateLibrary: Sendable {
    let library: MustacheLibrary

    /// Built-in templates, overridden by `*.mustache` files in `overrides` when given.
    public init(overrides: String? = nil) throws(RenderError) {
        var library = MustacheLibrary()
        var texts: [String: (text: String, file: String)] = [:]
        for (path, text) in EmbeddedResources.files where path.hasPrefix("Templates/") && path.hasSuffix(".mustache") {
            texts[String(path.dropFirst("Templates/".count).dropLast(".mustache".count))] = (text, path)
        }
        if let overrides {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides, isDirectory: &isFolder), isFolder.boolValue else {
                throw .templateFolder(overrides)
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: overrides)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") {
                let file = (overrides as NSString).appendingPathComponent(name)
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw .unreadable(file) }
                texts[String(name.dropLast(".mustache".count))] = (text, file)
            }
        }
        try Self.checkStructure(texts)
        for (name, entry) in texts.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: entry.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .template(entry.file, line: error.context.lineNumber, column: error.context.columnNumber,
                                reason: "\(error.error)")
            } catch {
                throw .template(entry.file, line: 0, column: 0, reason: "\(error)")
            }
        }
        self.library = library
    }

    /// Sections nested deeper than this, or partials included through more levels, are refused before rendering:
    /// a template that includes itself, or 20,000 nested sections, would otherwise overflow the stack.
    static let deepestSections = 64
    static let deepestPartials = 16

    /// Refuses templates whose sections nest too deep, and partials that include themselves or nest too deep.
    static func checkStructure(_ texts: [String: (text: String, file: String)]) throws(RenderError) {
        var includes: [String: [String]] = [:]
        for (name, entry) in texts {
            var depth = 0
            var deepest = 0
            var partials: [String] = []
            var rest = entry.text[...]
            while let open = rest.range(of: "{{") {
                let tag = rest[open.upperBound...]
                guard let close = tag.range(of: "}}") else { break }
                let body = tag[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("#") || body.hasPrefix("^") { depth += 1; deepest = max(deepest, depth) }
                if body.hasPrefix("/") { depth -= 1 }
                if body.hasPrefix(">") { partials.append(body.dropFirst().trimmingCharacters(in: .whitespaces)) }
                rest = tag[close.upperBound...]
            }
            if deepest > deepestSections {
                throw .template(entry.file, line: 0, column: 0, reason: "sections nested \(deepest) deep (at most \(deepestSections))")
            }
            includes[name] = partials
        }
        // Every chain of partials from every template: a name met again is a loop.
        func walk(_ name: String, _ chain: [String]) throws(RenderError) {
            if chain.contains(name) {
                throw .template(texts[chain[0]]?.file ?? chain[0], line: 0, column: 0,
                                reason: "partial '\(name)' includes itself (\((chain + [name]).joined(separator: " → ")))")
            }
            if chain.count > deepestPartials {
                throw .template(texts[chain[0]]?.file ?? chain[0], line: 0, column: 0,
                                reason: "partials nested more than \(deepestPartials) deep")
            }
            for next in includes[name] ?? [] { try walk(next, chain + [name]) }
        }
        for name in includes.keys.sorted() { try walk(name, []) }
    }

    func render(_ object: Any, template name: String) throws(RenderError) -> String {
        guard let text = library.render(object, withTemplate: name) else { throw .missingTemplate(name) }
        return text
    }
}

/// Why a report could not be rendered.
public enum RenderError: Error, CustomStringConvertible {
    case templateFolder(String)
    case unreadable(String)
    case template(String, line: Int, column: Int, reason: String)
    case missingTemplate(String)

    public var description: String {
        switch self {
        case .templateFolder(let path): "cannot use templates from '\(path)': not a folder"
        case .unreadable(let file): "cannot read template '\(file)'"
        case .template(let file, let line, let column, let reason): "\(file):\(line):\(column): template error: \(reason)"
        case .missingTemplate(let name): "no template named '\(name).mustache'"
        }
    }
}
