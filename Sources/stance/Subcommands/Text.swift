import ArgumentParser
import Foundation
import StanceKit

struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the main text Stance reads from each input.",
        discussion: """
            Useful to check what a web page's main content is once menus, share buttons and footers \
            are gone. A page's headline is left out unless --title is given (positions are read from \
            it all the same). With -o DIR, writes one ID.txt per input into DIR.

            Examples:
              stance text samples/documents/brief-nk-human-rights-alliance.html
              stance text pages/ -o extracted/
              stance text --title page.html.gz
            """
    )

    @Argument(help: InputOptions.inputsHelp)
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write one ID.txt per input into.", valueName: "dir"))
    var output: String?

    @Flag(name: .customLong("title"), help: "Start with the page's headline, which Stance also reads for positions.")
    var withTitle = false

    @Flag(help: "Read files that symbolic links inside a folder lead to outside it (skipped by default).")
    var followLinks = false

    func run() throws {
        let (files, skipped) = try InputOptions.collect(inputs, followingLinks: followLinks)
        for skip in skipped { Terminal.warn("skipped '\(skip.path)': \(skip.reason)") }
        var unread = skipped.filter(\.losesDocument).map(\.path)
        var read = 0
        for file in files {
            do {
                let document = try DocumentReader.read(file)
                let text = withTitle ? document.text : document.bodyText
                if let output {
                    try OutputFile.write(text + "\n", to: (output as NSString).appendingPathComponent(document.id + ".txt"))
                } else {
                    let header = files.count > 1 ? "==> \(file.path) <==\n" : ""
                    try OutputFile.write(header + text + "\n" + (files.count > 1 ? "\n" : ""), to: "-")
                }
                read += 1
            } catch let error as IngestError {
                Terminal.warn(error.description)
                if error.losesDocument { unread.append(file.path) }
            }
        }
        try ReadingStatus.check(unread: unread, read: read)
    }
}
