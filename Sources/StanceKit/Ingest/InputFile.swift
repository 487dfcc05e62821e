import Foundation

/// One input named on the command line or found in a folder, not yet read.
public struct InputFile: Sendable, Equatable {
    /// The document id: the path relative to the folder given, without its extensions; `stdin` for `-`.
    public var id: String
    /// The path as the user can find it again, or `-` for standard input.
    public var path: String

    public init(id: String, path: String) {
        self.id = id
        self.path = path
    }

    static let knownExtensions: Set<String> = ["gz", "html", "htm", "xhtml", "txt", "text", "md", "markdown"]

    /// A path's name without the extensions Stance knows (`briefs/a.html.gz` → `briefs/a`).
    static func documentID(for relativePath: String) -> String {
        var id = relativePath
        while let dot = id.lastIndex(of: "."), id[dot...].contains("/") == false,
              knownExtensions.contains(id[id.index(after: dot)...].lowercased()), dot != id.startIndex {
            id = String(id[..<dot])
        }
        return id
    }

    /// Expands files, folders (recursively, sorted by path) and `-` into inputs, in the order given.
    ///
    /// Hidden files in folders are left out and reported in `skipped`; a path that does not exist throws.
    public static func collect(_ arguments: [String]) throws(IngestError) -> (inputs: [InputFile], skipped: [SkippedInput]) {
        var inputs: [InputFile] = []
        var skipped: [SkippedInput] = []
        let files = FileManager.default
        for argument in arguments {
            if argument == "-" {
                inputs.append(InputFile(id: "stdin", path: "-"))
                continue
            }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: argument, isDirectory: &isFolder) else { throw .notFound(argument) }
            if !isFolder.boolValue {
                inputs.append(InputFile(id: documentID(for: (argument as NSString).lastPathComponent), path: argument))
                continue
            }
            guard let walker = files.enumerator(atPath: argument) else { throw .unreadable(argument, "cannot list the folder") }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let full = (argument as NSString).appendingPathComponent(relative)
                var isDir: ObjCBool = false
                // An entry gone between listing and checking is nothing to read.
                guard files.fileExists(atPath: full, isDirectory: &isDir) else { continue }
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if isDir.boolValue { walker.skipDescendants() }
                    skipped.append(SkippedInput(path: full, reason: "hidden file"))
                    continue
                }
                if !isDir.boolValue { found.append(relative) }
            }
            for relative in found.sorted() {
                inputs.append(InputFile(id: documentID(for: relative), path: (argument as NSString).appendingPathComponent(relative)))
            }
        }
        return (inputs, skipped)
    }
}

/// An input that was not read, and why: listed in the report's sources.
public struct SkippedInput: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
