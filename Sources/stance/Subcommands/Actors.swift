import Foundation
import ArgumentParser
import StanceKit

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actors Stance knows, or show what a phrase resolves to and why.",
        discussion: """
            Without a query, lists every actor (code, name, kind). A query that is an actor's code or \
            part of its name shows that actor's entry; any other query is read as a phrase from a \
            document and each government it names is shown with the rule that fired.

            Examples:
              stance actors
              stance actors KOR
              stance actors "the South Korean military" --date 2021-04-07
              stance actors "former Foreign Minister Kang Kyung-wha said" --date 2021-04-07
              stance actors "North Koreans living near the border"
              stance actors "Seoul" --actors my-actors.yaml
            """
    )

    @Argument(help: "An actor code, part of a name, or a phrase to resolve.") var query: [String] = []
    @Option(help: ArgumentHelp("The document date against which office-holders are resolved (YYYY-MM-DD).", valueName: "date"))
    var date: String?
    @Option(help: ExtractionOptions.actorsHelp)
    var actors: [String] = []

    func validate() throws {
        guard let date else { return }
        let parts = date.split(separator: "-").map { Int($0) }
        var components = DateComponents()
        if parts.count == 3, date.count == 10, let y = parts[0], let m = parts[1], let d = parts[2] {
            (components.year, components.month, components.day) = (y, m, d)
        }
        guard components.year != nil, components.isValidDate(in: Calendar(identifier: .gregorian)) else {
            throw ValidationError("--date must be a real day written YYYY-MM-DD, like 2021-04-07")
        }
    }

    func run() throws {
        let lexicon = try LexiconLoader.load(actors: actors)
        // Written at once, so a failed write is reported (`stance actors > full-disk` is no silent success).
        try OutputFile.write(lines(ActorLookup(lexicon: lexicon)).map { $0 + "\n" }.joined(), to: "-")
    }

    private func lines(_ lookup: ActorLookup) -> [String] {
        let text = query.joined(separator: " ")
        if text.isEmpty {
            return lookup.actors().map { "\($0.code.padding(6))\($0.name) (\($0.type.rawValue))" }
        }
        let matches = lookup.actors(matching: text)
        if !matches.isEmpty && matches.count <= 5 && !text.contains(" ") || matches.contains(where: { $0.code == text }) {
            return matches.flatMap { describe($0, lookup) }
        }
        var out: [String] = []
        let resolutions = lookup.explain(text, date: date)
        if resolutions.isEmpty {
            out.append("\u{201C}\(text)\u{201D} names no government Stance knows.")
            if !matches.isEmpty { out.append("Actors whose name contains it: " + matches.map { "\($0.code) \($0.name)" }.joined(separator: ", ")) }
        }
        for r in resolutions {
            let target = r.actor.map { "\($0) \(r.actorName ?? "")" } ?? "no actor"
            out.append("\u{201C}\(r.text)\u{201D} → \(target)\n    rule: \(r.rule)")
        }
        return out
    }

    private func describe(_ actor: Actor, _ lookup: ActorLookup) -> [String] {
        var out = ["\(actor.code): \(actor.name) (\(actor.type.rawValue))"]
        let fields = [("names", actor.names), ("demonyms", actor.demonyms), ("capitals and seats", actor.capitals),
                      ("institutions", actor.institutions), ("leaders", actor.leaders)]
        for (label, values) in fields where !values.isEmpty { out.append("  \(label): \(values.joined(separator: ", "))") }
        let officials = lookup.officials(of: actor.code, on: date)
        if !officials.isEmpty {
            out.append("  office-holders\(date.map { " on \($0)" } ?? ""):")
            for o in officials { out.append("    \(o.role) \(o.name), \(o.from) to \(o.to ?? "today")") }
        }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
