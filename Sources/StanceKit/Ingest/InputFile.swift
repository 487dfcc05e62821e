import Foundation

/// One input named on the command line or found in a folder, not yet read.
public struct InputFile: Sendable, Equatable {
    /// The document id: the path relative to the folder given, without its extensions unless another input would
    /// share it; `stdin` for `-`.
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
    /// Hidden files in folders are left out and reported in `skipped`; a path that does not exist throws. Ids are
    /// unique: inputs that would share one ("note.md" and "note.txt") keep their extensions, and inputs that would
    /// still share one are named by their paths, so one document's sentences are never cited as another's.
    /// A symbolic link inside a folder that leads out of it is skipped with a note unless `followingLinks`
    /// (`ln -s /etc/passwd docs/p.txt` must not put the password file into a report).
    public static func collect(_ arguments: [String], followingLinks: Bool = false) throws(IngestError)
        -> (inputs: [InputFile], skipped: [SkippedInput]) {
        let (inputs, skipped) = try gather(arguments, followingLinks: followingLinks)
        return (unique(inputs), skipped)
    }

    /// Whether `path` is a symbolic link whose target lies outside `folder`.
    static func leadsOut(_ path: String, of folder: String) -> Bool {
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink else {
            return false
        }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let inside = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        return !target.hasPrefix(inside.hasSuffix("/") ? inside : inside + "/")
    }

    /// The inputs with ids made unique, in the same order.
    static func unique(_ inputs: [(input: InputFile, name: String)]) -> [InputFile] {
        let byID = Dictionary(grouping: inputs.map(\.input.id), by: { $0 }).mapValues(\.count)
        let named = inputs.map { item in byID[item.input.id]! > 1 ? InputFile(id: item.name, path: item.input.path) : item.input }
        let byName = Dictionary(grouping: named.map(\.id), by: { $0 }).mapValues(\.count)
        return named.map { byName[$0.id]! > 1 && $0.path != "-" ? InputFile(id: $0.path, path: $0.path) : $0 }
    }

    private static func gather(_ arguments: [String], followingLinks: Bool) throws(IngestError)
        -> (inputs: [(input: InputFile, name: String)], skipped: [SkippedInput]) {
        var inputs: [(input: InputFile, name: String)] = []
        var skipped: [SkippedInput] = []
        let files = FileManager.default
        for argument in arguments {
            if argument == "-" {
                inputs.append((InputFile(id: "stdin", path: "-"), "stdin"))
                continue
            }
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: argument, isDirectory: &isFolder) else { throw .notFound(argument) }
            if !isFolder.boolValue {
                let name = (argument as NSString).lastPathComponent
                inputs.append((InputFile(id: documentID(for: name), path: argument), name))
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
                    skipped.append(SkippedInput(path: full, reason: "hidden file", losesDocument: false))
                    continue
                }
                // A folder Stance may not list is skipped by the walker without a word: say so.
                if isDir.boolValue, !files.isReadableFile(atPath: full) || !files.isExecutableFile(atPath: full) {
                    walker.skipDescendants()
                    skipped.append(SkippedInput(path: full, reason: "cannot list the folder (permission denied)"))
                    continue
                }
                if !isDir.boolValue, !followingLinks, leadsOut(full, of: argument) {
                    skipped.append(SkippedInput(path: full, reason: "a symbolic link out of '\(argument)' (--follow-links reads it)"))
                    continue
                }
                if !isDir.boolValue { found.append(relative) }
            }
            for relative in found.sorted() {
                inputs.append((InputFile(id: documentID(for: relative), path: (argument as NSString).appendingPathComponent(relative)), relative))
            }
        }
        return (inputs, skipped)
    }
}

/// An input that was not read, and why: listed in the report's sources.
public struct SkippedInput: Sendable, Equatable {
    public var path: String
    public var reason: String
    /// False for what a folder holds but is not meant to be read (hidden files); true when a document is lost
    /// (a symbolic link not followed), which the exit status says.
    public var losesDocument: Bool

    public init(path: String, reason: String, losesDocument: Bool = true) {
        self.path = path
        self.reason = reason
        self.losesDocument = losesDocument
    }
}
