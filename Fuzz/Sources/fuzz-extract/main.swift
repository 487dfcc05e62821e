import FuzzDriver
import StanceKit

// The whole extraction of one document: ingest as text, Markdown and HTML, then positions with their issues.
let extraction = Extraction(lexicon: try! Lexicon.builtIn())
fuzz { bytes in
    for source in ["fuzz.txt", "fuzz.md", "fuzz.html"] {
        if let document = try? DocumentReader.read(bytes, id: "fuzz", source: source) {
            _ = extraction.positions(in: document)
        }
    }
}
