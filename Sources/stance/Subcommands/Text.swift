import ArgumentParser
import Foundation
import StanceKit

struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the main text Stance reads from each input.",
        discussion: """
            Useful to check what a web page's main content is once menus, share buttons and footers
            are gone. With -o DIR, writes one ID.txt per input into DIR.

            Examples:
              stance text samples/brief-nk-human-rights-alliance.html
              stance text pages/ -o extracted/
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write one ID.txt per input into.", valueName: "dir"))
    var output: String?

    func run() throws {
        let (inputs, skipped) = try input.collect()
        for skip in skipped { Terminal.warn("skipped '\(skip.path)': \(skip.reason)") }
        var failures = 0
        for file in inputs {
            do {
                let document = try DocumentReader.read(file)
                if let output {
                    try OutputFile.write(document.text + "\n", to: (output as NSString).appendingPathComponent(document.id + ".txt"))
                } else {
                    let header = inputs.count > 1 ? "==> \(file.path) <==\n" : ""
                    try OutputFile.write(header + document.text + "\n" + (inputs.count > 1 ? "\n" : ""), to: "-")
                }
            } catch let error as IngestError {
                Terminal.warn(error.description)
                failures += 1
            }
        }
        if failures > 0 && failures == inputs.count { throw ExitCode(2) }
    }
}
