import Foundation

/// One clear line to stderr for problems; progress lines only when stderr is a terminal.
enum Terminal {
    static let isInteractive = isatty(STDERR_FILENO) == 1

    /// One line; control characters from documents and file names are shown as "?", never sent to the terminal.
    static func warn(_ message: String) {
        let safe = String(String.UnicodeScalarView(message.unicodeScalars.map {
            $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) ? "?" : $0
        }))
        FileHandle.standardError.write(Data("stance: \(safe)\n".utf8))
    }

    static func progress(_ message: String) {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message.prefix(120))".utf8))
    }

    static func clearProgress() {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// A failure the CLI reports as one line and exit status 2.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes a file atomically (temporary file, then rename), so a report is never half-written; `-` is standard output.
///
/// Only regular files are written: a device, a pipe, a directory or a symbolic link at the path is refused, so an
/// output never replaces what is not a report (`--json /dev/null` run as root would otherwise turn the device into a
/// file). A failed write, to a file or to standard output, is one line and exit status 2.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        if path == "-" {
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            } catch {
                throw CLIError("cannot write to standard output: \(reason(error))")
            }
            return
        }
        try check(path)
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw CLIError("cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Refuses a path where something other than a regular file stands.
    static func check(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        guard type != S_IFREG else { return }
        let what = type == S_IFDIR ? "a directory" : type == S_IFLNK ? "a symbolic link" : type == S_IFIFO ? "a pipe"
            : type == S_IFCHR || type == S_IFBLK ? "a device" : "not a regular file"
        throw CLIError("will not write '\(path)': it is \(what); give the path of a file, or - for standard output")
    }

    /// Refuses two outputs to one place before anything runs: one would overwrite the other.
    static func checkDistinct(_ paths: [String?]) throws {
        var seen: [String: String] = [:]
        for path in paths.compactMap({ $0 }) {
            let key = path == "-" ? "-" : URL(fileURLWithPath: path).standardizedFileURL.path
            if let earlier = seen[key] {
                throw CLIError(path == "-" ? "two outputs go to standard output; give one of them a file"
                               : "two outputs go to '\(earlier)'; give each its own file")
            }
            seen[key] = path
        }
        for path in paths.compactMap({ $0 }) where path != "-" { try check(path) }
    }

    private static func reason(_ error: Error) -> String {
        let code = (error as NSError).code
        return code > 0 ? String(cString: strerror(Int32(code))) : error.localizedDescription
    }
}
