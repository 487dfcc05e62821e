import Foundation
import ArgumentParser
import StanceKit

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two reports: positions, stances, evidence, documents and actors.",
        discussion: """
            OLD and NEW are each a report JSON (from `stance report --json`) or a file or folder of inputs, \
            which is read with the same options as `stance report`. Without --html, --text, --markdown or \
            --json the text diff goes to standard output.

            Exit status: 0 when nothing changed, 1 when something did, 2 on trouble (like diff(1)).

            Examples:
              stance diff last-week.json briefs/
              stance diff last-week.json this-week.json --html changes.html --only-changes
              stance diff briefs-v1/ briefs-v2/ --json changes.json --text -
            """
    )

    @Argument(help: ArgumentHelp("The earlier report: a report JSON, or a file or folder of inputs.", valueName: "old"))
    var old: String
    @Argument(help: ArgumentHelp("The later report: a report JSON, or a file or folder of inputs.", valueName: "new"))
    var new: String

    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: ArgumentHelp("Write the HTML diff (old and new side by side) here.", valueName: "file")) var html: String?
    @Option(help: ArgumentHelp("Write the text diff here (- for standard output).", valueName: "file")) var text: String?
    @Option(help: ArgumentHelp("Write the diff as Markdown here.", valueName: "file")) var markdown: String?
    @Option(help: ArgumentHelp("Write the diff as JSON (stance.diff/1) here.", valueName: "file")) var json: String?
    @Flag(help: "Hide the issues on which nothing changed.") var onlyChanges = false
    @OptionGroup var layout: TextLayoutOptions
    @Option(help: ArgumentHelp("Folder of .mustache templates that replace the built-in ones (diff.html).", valueName: "dir"))
    var templates: String?

    func run() throws {
        try OutputFile.checkDistinct([html, text, markdown, json])
        let (before, unreadBefore) = try report(old)
        let (after, unreadAfter) = try report(new)
        let diff = ComparisonDiffer.diff(before, after)
        do {
            if let html {
                try OutputFile.write(try DiffRenderer(templates: try TemplateLibrary(overrides: templates)).html(diff, onlyChanges: onlyChanges), to: html)
            }
            if let markdown { try OutputFile.write(DiffRenderer.markdown(diff, onlyChanges: onlyChanges), to: markdown) }
            if let json { try OutputFile.write(DiffRenderer.json(diff), to: json) }
            let textDiff = DiffRenderer.text(diff, width: layout.width, onlyChanges: onlyChanges, ascii: layout.ascii)
            if let text { try OutputFile.write(textDiff, to: text) }
            if html == nil, text == nil, markdown == nil, json == nil { try OutputFile.write(textDiff, to: "-") }
        } catch let error as RenderError {
            throw CLIError(error.description)
        }
        try ReadingStatus.check(unread: unreadBefore + unreadAfter, read: (before.sources + after.sources).count { $0.status.isRead })
        if !diff.isEmpty { throw ExitCode(1) }
    }

    /// A side of the diff: a report JSON as written, or inputs read and compared now (with the inputs not read).
    func report(_ path: String) throws -> (Comparison, unread: [String]) {
        if path.hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read '\(path)'") }
            guard let comparison = try? JSONDecoder().decode(Comparison.self, from: data), comparison.schema == Comparison.schema else {
                throw CLIError("'\(path)' is not a Stance report JSON (\(Comparison.schema))")
            }
            return (comparison, [])
        }
        let (comparison, result) = try selection.comparison(of: [path], extraction: extraction, title: path)
        if result.sources.allSatisfy({ !$0.status.isRead }) { throw CLIError("'\(path)': no input could be read") }
        return (comparison, result.unread)
    }
}
