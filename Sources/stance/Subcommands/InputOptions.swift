import Foundation
import ArgumentParser
import StanceKit

/// The inputs every reading command takes.
struct InputOptions: ParsableArguments {
    /// Help shared by every command that takes input paths.
    static let inputsHelp = ArgumentHelp("Files, folders (read recursively, in sorted order) or - for standard input.", valueName: "input")

    @Argument(help: inputsHelp)
    var inputs: [String]

    @OptionGroup var extraction: ExtractionOptions

    func collect() throws -> (inputs: [InputFile], skipped: [SkippedInput]) {
        try Self.collect(inputs, followingLinks: extraction.followLinks)
    }

    /// Expands paths into input files, turning a failure into one clear CLI line.
    static func collect(_ paths: [String], followingLinks: Bool) throws -> (inputs: [InputFile], skipped: [SkippedInput]) {
        let found: (inputs: [InputFile], skipped: [SkippedInput])
        do {
            found = try InputFile.collect(paths, followingLinks: followingLinks)
        } catch {
            throw CLIError(error.description)
        }
        // An empty folder is no report of nothing: say so.
        if found.inputs.isEmpty && found.skipped.isEmpty {
            throw CLIError("no documents in \(paths.map { "'\($0)'" }.joined(separator: ", ")) (Stance reads .html, .htm, .txt, .md and their .gz)")
        }
        return found
    }
}

/// How inputs are read: lexicon files, parallelism, progress.
struct ExtractionOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print no progress lines.")
    var quiet = false

    /// Help shared by every command that takes actor files.
    static let actorsHelp = ArgumentHelp("YAML file of actors that add to or replace built-in ones (repeatable).", valueName: "file")

    @Option(help: actorsHelp)
    var actors: [String] = []

    @Option(help: ArgumentHelp("YAML file of issues that add to or replace built-in ones (repeatable).", valueName: "file"))
    var issues: [String] = []

    @Option(help: ArgumentHelp("Documents read at once (default: all cores); the output is the same for any number.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Read files that symbolic links inside a folder lead to outside it (skipped by default).")
    var followLinks = false

    @Option(help: ArgumentHelp("Skip inputs larger than this, in megabytes, once inflated (default: 200).", valueName: "MB"))
    var maxInputSize: Int = DocumentReader.defaultMaxSize / (1024 * 1024)

    func validate() throws {
        guard (1...100_000).contains(maxInputSize) else { throw ValidationError("--max-input-size must be between 1 and 100000 (megabytes)") }
    }

    func run(_ inputs: [InputFile], skipped: [SkippedInput], lexicon: Lexicon? = nil,
             keepingFeatures: Bool = false) throws -> Extraction.Result {
        let extraction = Extraction(lexicon: try lexicon ?? loadLexicon(), keepingFeatures: keepingFeatures,
                                    maxInputSize: maxInputSize * 1024 * 1024)
        let result = extraction.run(inputs, skipped: skipped, jobs: jobs) { done, total, path in
            if !quiet, total > 1, !path.isEmpty { Terminal.progress("reading \(done + 1)/\(total): \(path)") }
        }
        if !quiet { Terminal.clearProgress() }
        for problem in result.problems { Terminal.warn(problem.description) }
        for skip in skipped { Terminal.warn("skipped '\(skip.path)': \(skip.reason)") }
        return result
    }

    func loadLexicon() throws -> Lexicon { try LexiconLoader.load(actors: actors, issues: issues) }
}

/// The exit status once every output is written: 2 when no input could be read, 3 when some input meant to be read
/// was not (each was named on standard error and is listed in the report's sources), else the command's own.
enum ReadingStatus {
    static func check(unread: [String], read: Int) throws {
        if read == 0 { throw ExitCode(2) }
        guard !unread.isEmpty else { return }
        let what = unread.count == 1 ? "1 input was" : "\(unread.count) inputs were"
        Terminal.warn("\(what) not read (exit status 3); the others are in the output")
        throw ExitCode(3)
    }

    static func check(_ result: Extraction.Result) throws {
        try check(unread: result.unread, read: result.sources.count { $0.status.isRead })
    }
}

/// How a text report or diff is laid out: its width and its line drawing.
struct TextLayoutOptions: ParsableArguments {
    @Option(help: "Width of the text output in display columns (40 to 400).") var width = 100
    @Flag(help: "Draw the text output with plain ASCII instead of box-drawing characters.") var ascii = false

    func validate() throws {
        guard (40...400).contains(width) else { throw ValidationError("--width must be between 40 and 400") }
    }
}
