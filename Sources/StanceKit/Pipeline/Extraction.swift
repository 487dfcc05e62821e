/// Runs ingest and extraction over inputs, one document at a time, keeping only positions and source entries.
public struct Extraction: Sendable {
    public let lexicon: Lexicon
    let extractor: PositionExtractor

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        extractor = PositionExtractor(lexicon: lexicon)
    }

    /// The outcome of a run: every input's source entry, all positions, and the problems met on the way.
    public struct Result: Sendable {
        public var sources: [Source]
        public var positions: [Position]
        public var problems: [IngestError]
    }

    /// Reads and extracts every input; an unreadable input is listed with its reason and never stops the others.
    public func run(_ inputs: [InputFile], skipped: [SkippedInput] = [],
                    progress: (_ done: Int, _ total: Int, _ path: String) -> Void = { _, _, _ in }) -> Result {
        var result = Result(sources: [], positions: [], problems: [])
        for (index, input) in inputs.enumerated() {
            progress(index, inputs.count, input.path)
            let number = result.sources.count + 1
            do {
                let document = try DocumentReader.read(input)
                let meta = document.metadata
                result.sources.append(Source(number: number, document: document.id, path: input.path, title: meta.title,
                                             date: meta.date, publisher: meta.publisher, url: meta.url))
                result.positions += extractor.positions(in: document)
            } catch {
                result.problems.append(error)
                result.sources.append(Source(number: number, document: input.id, path: input.path, status: "skipped: \(error.reason)"))
            }
        }
        for skip in skipped {
            result.sources.append(Source(number: result.sources.count + 1, document: InputFile.documentID(for: skip.path),
                                         path: skip.path, status: "skipped: \(skip.reason)"))
        }
        progress(inputs.count, inputs.count, "")
        return result
    }

    /// Positions of one document already in memory.
    public func positions(in document: Document) -> [Position] { extractor.positions(in: document) }
}
