@testable import StanceKit

/// The built-in lexicon, loaded once for all tests.
let builtInLexicon: Lexicon = {
    do { return try Lexicon.builtIn() } catch { fatalError("built-in lexicon: \(error)") }
}()

let sharedExtractor = PositionExtractor(lexicon: builtInLexicon)

/// Positions read from a small text written for a test.
func positions(_ text: String, date: String? = "2021-04-07", kind: String? = "news", issuer: String? = nil,
               title: String? = nil) -> [Position] {
    let document = Document(id: "test", source: "test.txt", format: .text,
                            metadata: DocumentMetadata(title: title, date: date, kind: kind, issuer: issuer),
                            blocks: PlainTextReader.paragraphs(text[...]))
    return sharedExtractor.positions(in: document)
}

/// The governments that hold positions of one direction, sorted: ["DEU", "HUN"].
func actors(_ positions: [Position], _ stance: StanceValue) -> [String] {
    positions.filter { $0.stance == stance }.map(\.actor).sorted()
}

/// A one-line dump of a position, for readable expectations: "USA oppose statement".
func summary(_ p: Position) -> String { "\(p.actor) \(p.stance.rawValue) \(p.kind.rawValue)" }

/// The description of the error a call throws, or "" when it succeeds: for checking what users are told.
func thrownDescription(_ body: () throws -> Void) -> String {
    do {
        try body()
        return ""
    } catch {
        return String(describing: error)
    }
}
