import FuzzDriver
import StanceKit

// Plain text and Markdown ingest: the same bytes read as a .txt and as a .md file.
fuzz { bytes in
    _ = try? DocumentReader.read(bytes, id: "fuzz", source: "fuzz.txt")
    _ = try? DocumentReader.read(bytes, id: "fuzz", source: "fuzz.md")
}
