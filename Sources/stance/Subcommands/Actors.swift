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

    func run() throws {
        let lexicon = try LexiconLoader.load(actors: actors)
        let lookup = ActorLookup(lexicon: lexicon)
        let text = query.joined(separator: " ")
        if text.isEmpty {
            for actor in lookup.actors() { print("\(actor.code.padding(6))\(actor.name) (\(actor.type.rawValue))") }
            return
        }
        let matches = lookup.actors(matching: text)
        if !matches.isEmpty && matches.count <= 5 && !text.contains(" ") || matches.contains(where: { $0.code == text }) {
            for actor in matches { describe(actor, lookup) }
            return
        }
        let resolutions = lookup.explain(text, date: date)
        if resolutions.isEmpty {
            print("\u{201C}\(text)\u{201D} names no government Stance knows.")
            if !matches.isEmpty { print("Actors whose name contains it: " + matches.map { "\($0.code) \($0.name)" }.joined(separator: ", ")) }
        }
        for r in resolutions {
            let target = r.actor.map { "\($0) \(r.actorName ?? "")" } ?? "no actor"
            print("\u{201C}\(r.text)\u{201D} → \(target)\n    rule: \(r.rule)")
        }
    }

    private func describe(_ actor: Actor, _ lookup: ActorLookup) {
        print("\(actor.code): \(actor.name) (\(actor.type.rawValue))")
        let fields = [("names", actor.names), ("demonyms", actor.demonyms), ("capitals and seats", actor.capitals),
                      ("institutions", actor.institutions), ("leaders", actor.leaders)]
        for (label, values) in fields where !values.isEmpty { print("  \(label): \(values.joined(separator: ", "))") }
        let officials = lookup.officials(of: actor.code, on: date)
        if !officials.isEmpty {
            print("  office-holders\(date.map { " on \($0)" } ?? ""):")
            for o in officials { print("    \(o.role) \(o.name), \(o.from) to \(o.to ?? "today")") }
        }
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
