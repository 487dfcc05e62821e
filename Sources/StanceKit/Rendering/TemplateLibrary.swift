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
