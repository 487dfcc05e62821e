import Foundation
import ArgumentParser
import StanceKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare positions across documents: HTML, text, Markdown, CSV and JSON reports.",
        discussion: """
            Without --html, --text, --markdown, --csv or --json the text report goes to standard output.

            Examples:
              stance report samples/documents/ --html report.html --text report.txt
              stance report samples/documents/ --html body.html --fragment --markdown report.md
              stance report samples/documents/ --csv positions.csv
              stance report samples/documents/ --csv cells.csv --cells
              stance report samples/documents/ --width 72 --ascii
              stance report briefs/ statements/ --title "Leaflet ban: who stands where" --width 120
              stance report samples/documents/ --json report.json --templates my-templates/
              stance report samples/documents/ --only KOR,USA,PRK --issue leaflet-launches --min-confidence 0.6
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Write the HTML report here.", valueName: "file")) var html: String?
    @Flag(help: "Write only the HTML report's body (no <html>, <head> or styles), for pasting into a larger document.")
    var fragment = false
    @Option(help: ArgumentHelp("Write the text report here (- for standard output).", valueName: "file")) var text: String?
    @Option(help: ArgumentHelp("Write the report as JSON (stance.report/1) here.", valueName: "file")) var json: String?
    @Option(help: ArgumentHelp("Write the report as Markdown (GitHub tables) here.", valueName: "file")) var markdown: String?
    @Option(help: ArgumentHelp("Write one CSV row per position here (per cell with --cells).", valueName: "file"))
    var csv: String?
    @Flag(help: "With --csv: one row per issue and actor (the cell), not per position.") var cells = false
    @Option(help: "The report's title.") var title = "Positions compared"
    @OptionGroup var layout: TextLayoutOptions
    @Option(help: ArgumentHelp("Folder of .mustache templates that replace the built-in ones.", valueName: "dir"))
    var templates: String?
    @OptionGroup var selection: SelectionOptions

    func validate() throws {
        if fragment && html == nil { throw ValidationError("--fragment needs --html FILE") }
        if cells && csv == nil { throw ValidationError("--cells needs --csv FILE") }
    }

    func run() throws {
        try OutputFile.checkDistinct([html, json, markdown, csv, text])
        let (comparison, result) = try selection.comparison(of: input.inputs, extraction: input.extraction, title: title)
        do {
            let renderer = ReportRenderer(templates: try TemplateLibrary(overrides: templates))
            if let html { try OutputFile.write(try renderer.html(comparison, fragment: fragment), to: html) }
            if let json { try OutputFile.write(ReportRenderer.json(comparison), to: json) }
            if let markdown { try OutputFile.write(try renderer.markdown(comparison), to: markdown) }
            if let csv { try OutputFile.write(cells ? CSVReport.cells(comparison) : CSVReport.positions(comparison), to: csv) }
            if let text { try OutputFile.write(try renderer.text(comparison, width: layout.width, ascii: layout.ascii), to: text) }
            if html == nil, json == nil, text == nil, markdown == nil, csv == nil {
                try OutputFile.write(try renderer.text(comparison, width: layout.width, ascii: layout.ascii), to: "-")
            }
        } catch let error as RenderError {
            throw CLIError(error.description)
        }
        try ReadingStatus.check(result)
    }
}

/// Which actors, issues and positions a report keeps.
struct SelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only these actors, by code (comma-separated).", valueName: "KOR,USA,PRK"))
    var only: String?
    @Option(help: ArgumentHelp("Only these issues, by id (comma-separated; see the report JSON or issues.yaml); a taxonomy id keeps its document issues (id@document) and its resolutions and votes (id/vote) too.", valueName: "ids"))
    var issue: String?
    @Option(help: "Leave out positions with a lower confidence (0 to 1).") var minConfidence: Double = 0

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    var filter: ReportFilter {
        ReportFilter(actors: Self.codes(only, uppercase: true), issues: Self.codes(issue, uppercase: false),
                     minimumConfidence: minConfidence)
    }

    /// Refuses an actor code or issue id the lexicons do not know, before anything is read: a typo would otherwise
    /// give an empty report that looks like "no positions".
    func check(against lexicon: Lexicon) throws {
        for code in Self.codes(only, uppercase: true).sorted() where lexicon.actor(code) == nil {
            throw CLIError("--only: no actor has the code '\(code)' (stance actors lists them)")
        }
        let known = Set(lexicon.issues.map(\.id))
        for id in Self.codes(issue, uppercase: false).sorted()
            where !known.contains(IssueEvidence.sharedIssue(of: id)) && !id.contains(IssueEvidence.localSeparator) {
            throw CLIError("--issue: no issue has the id '\(id)' (see issues.yaml, or the ids in a report's JSON)")
        }
    }

    private static func codes(_ list: String?, uppercase: Bool) -> Set<String> {
        let items = (list ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Set(uppercase ? items.map { $0.uppercased() } : items)
    }

    /// Reads the inputs and lines their positions up, keeping what this selection asks for.
    func comparison(of paths: [String], extraction: ExtractionOptions, title: String) throws -> (Comparison, Extraction.Result) {
        let (inputs, skipped) = try InputOptions.collect(paths, followingLinks: extraction.followLinks)
        let lexicon = try extraction.loadLexicon()
        try check(against: lexicon)
        let result = try extraction.run(inputs, skipped: skipped, lexicon: lexicon)
        let comparison = ComparisonBuilder.build(title: title, sources: result.sources, positions: result.positions,
                                                 issues: lexicon.issues, filter: filter)
        return (comparison, result)
    }
}
