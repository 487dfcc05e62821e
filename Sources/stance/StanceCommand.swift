import Foundation
import ArgumentParser

@main
struct StanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Extract governments' stated positions from documents and compare them side by side.",
        discussion: """
            Stance reads policy briefs, government statements, speeches and news (HTML, plain text, \
            Markdown), finds what each government said or did on each issue, and writes comparison \
            reports in which every cell quotes the sentences and sources behind it.

            Examples:
              stance report samples/documents/ --html report.html --text report.txt
              stance report brief.html statement.txt          (text report to the terminal)
              stance diff last-week.json briefs/ --only-changes
              stance extract docs/ -o positions.jsonl
              stance text page.html
              stance actors "the South Korean military" --date 2021-04-07
            """,
        version: "0.1.0",
        subcommands: [Report.self, Diff.self, Extract.self, Text.self, Actors.self]
    )

    /// Errors are one line on stderr; a failure the CLI names (CLIError) exits with status 2, and so does any
    /// failure of `diff`, whose 1 means "something changed".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let isDiff = CommandLine.arguments.dropFirst().first == "diff"
            if code != .success, !(error is ExitCode), error is CLIError || isDiff {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
