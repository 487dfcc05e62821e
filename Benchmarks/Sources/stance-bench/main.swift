import Foundation
import StanceKit

// Measures HTML ingest (pages/s, MB/s) and text-to-positions throughput (MB/s) in a release build.
// usage: stance-bench HTML_FOLDER [TEXT_FOLDER...]  (reported as the median of 5 timed passes after a warm-up)

func files(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func time(_ passes: Int = 5, _ work: () -> Void) -> Double {
    work()
    var seconds: [Double] = []
    for _ in 0..<passes {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return median(seconds)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let htmlFolder = arguments.first else {
    FileHandle.standardError.write(Data("usage: stance-bench HTML_FOLDER [TEXT_FOLDER...]\n".utf8))
    exit(2)
}

// HTML ingest: pages decompressed in memory first, so neither the disk nor gzip is measured.
let pages: [(String, [UInt8])] = files(in: htmlFolder).compactMap { path in
    guard let data = FileManager.default.contents(atPath: path),
          let bytes = DocumentReader.decompressed([UInt8](data)) else { return nil }
    let name = path.hasSuffix(".gz") ? String(path.dropLast(3)) : path
    return (name, bytes)
}
var htmlBytes = 0
let htmlSeconds = time {
    htmlBytes = 0
    for (path, bytes) in pages {
        let document = try? DocumentReader.read(bytes, id: "bench", source: path)
        htmlBytes += bytes.count
        _ = document?.text.count
    }
}
print(String(format: "html ingest: %d pages, %.1f MB of HTML, %.0f pages/s, %.1f MB/s",
             pages.count, Double(htmlBytes) / 1e6, Double(pages.count) / htmlSeconds, Double(htmlBytes) / 1e6 / htmlSeconds))

// Text to positions: documents already read, extraction alone.
let lexicon = try Lexicon.builtIn()
let extraction = Extraction(lexicon: lexicon)
var documents: [Document] = []
for folder in arguments.dropFirst() {
    for path in files(in: folder) {
        if let data = FileManager.default.contents(atPath: path),
           let document = try? DocumentReader.read([UInt8](data), id: path, source: path) {
            documents.append(document)
        }
    }
}
if !documents.isEmpty {
    // Repeat the corpus so one pass takes long enough to time.
    let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
    let rounds = max(1, 2_000_000 / max(1, textBytes))
    var positions = 0
    let seconds = time {
        positions = 0
        for _ in 0..<rounds { for d in documents { positions += extraction.positions(in: d).count } }
    }
    print(String(format: "text to positions: %d documents x %d, %.1f MB, %.2f MB/s, %d positions per pass",
                 documents.count, rounds, Double(textBytes * rounds) / 1e6, Double(textBytes * rounds) / 1e6 / seconds, positions))
}
