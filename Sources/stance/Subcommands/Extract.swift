import ArgumentParser
import StanceKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every position found as JSON Lines.",
        discussion: """
            Each line is one position: document, actor, actor_name, speaker, cue, kind, issue, \
            issue_label, stance, confidence, evidence, paragraph, start, end, date, source.

            Examples:
              stance extract samples/ -o positions.jsonl
              cat statement.txt | stance extract -
              stance extract samples/ --features -o features.jsonl
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write positions here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Add to each position the clues its confidence was read from (for `make train`).")
    var features = false

    func run() throws {
        try OutputFile.checkDistinct([output])
        let (inputs, skipped) = try input.collect()
        let result = try input.extraction.run(inputs, skipped: skipped, keepingFeatures: features)
        try OutputFile.write(ReportRenderer.jsonLines(result.positions), to: output ?? "-")
        try ReadingStatus.check(result)
    }
}
