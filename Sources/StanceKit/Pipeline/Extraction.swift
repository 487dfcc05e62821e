import Foundation

/// Runs ingest and extraction over inputs, one document at a time, keeping only positions and source entries.
public struct Extraction: Sendable {
    public let lexicon: Lexicon
    let extractor: PositionExtractor
    let alignment: IssueAlignment
    /// The intergovernmental bodies among the actors: one that adopts a text put to a vote is for it.
    let bodies: Set<String>

    /// With `keepingFeatures`, every position carries the clues its confidence was read from (for training the
    /// confidence model).
    /// Inputs larger than this many bytes, once inflated, are skipped with their reason.
    public let maxInputSize: Int

    public init(lexicon: Lexicon, keepingFeatures: Bool = false, maxInputSize: Int = DocumentReader.defaultMaxSize) {
        self.lexicon = lexicon
        self.maxInputSize = maxInputSize
        extractor = PositionExtractor(lexicon: lexicon, keepsFeatures: keepingFeatures)
        alignment = IssueAlignment(lexicon.alignment)
        bodies = Set(lexicon.actors.filter { $0.type == .organization }.map(\.code))
    }

    /// The outcome of a run: every input's source entry, all positions, and the problems met on the way.
    public struct Result: Sendable {
        public var sources: [Source]
        public var positions: [Position]
        public var problems: [IngestError]
        /// Paths of the inputs meant to be read that were not (unreadable, binary, too large, a link not followed);
        /// hidden files and Stance's own reports are left out by design and are not counted.
        public var unread: [String] = []
    }

    /// Reads and extracts every input; an unreadable input is listed with its reason and never stops the others.
    ///
    /// `jobs` documents are read at once; the result is the same for any number of jobs, since each document's
    /// positions depend on it alone and results are kept in input order. Inputs go through in batches, so memory
    /// holds positions, not documents.
    public func run(_ inputs: [InputFile], skipped: [SkippedInput] = [], jobs: Int = 1,
                    progress: (_ done: Int, _ total: Int, _ path: String) -> Void = { _, _, _ in }) -> Result {
        var result = Result(sources: [], positions: [], problems: [])
        let jobs = max(1, jobs)
        let batchSize = jobs == 1 ? 1 : jobs * 4
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(inputs.count, start + batchSize)])
            progress(start, inputs.count, batch[0].path)
            let outcomes = Slots<Outcome>(count: batch.count)
            let extractor = self.extractor
            let maxSize = maxInputSize
            let read: @Sendable (Int) -> Void = { i in
                do throws(IngestError) {
                    let document = try DocumentReader.read(batch[i], maxSize: maxSize)
                    outcomes[i] = .read(document.id, document.metadata,
                                        extractor.alignedPositions(in: document))
                } catch {
                    outcomes[i] = .failed(error)
                }
            }
            if jobs == 1 { read(0) } else { DispatchQueue.concurrentPerform(iterations: batch.count, execute: read) }
            for (i, input) in batch.enumerated() {
                let number = result.sources.count + 1
                switch outcomes[i] {
                case .read(let id, let meta, let positions)?:
                    result.sources.append(Source(number: number, document: id, path: input.path, title: meta.title,
                                                 date: meta.date, publisher: meta.publisher, url: meta.url))
                    result.positions += positions
                case .failed(let error)?:
                    result.problems.append(error)
                    if error.losesDocument { result.unread.append(input.path) }
                    result.sources.append(Source(number: number, document: input.id, path: input.path,
                                                 status: .skipped(error.reason)))
                case nil:
                    continue
                }
            }
            start += batch.count
        }
        // Documents line up on an issue only where they speak of the same matter.
        let titles = Dictionary(result.sources.compactMap { s in s.title.map { (s.document, $0) } }, uniquingKeysWith: { a, _ in a })
        result.positions = VotedText.separating(alignment.aligning(result.positions, titles: titles), titles: titles, bodies: bodies)
        for skip in skipped {
            if skip.losesDocument { result.unread.append(skip.path) }
            result.sources.append(Source(number: result.sources.count + 1, document: InputFile.documentID(for: skip.path),
                                         path: skip.path, status: .skipped(skip.reason)))
        }
        progress(inputs.count, inputs.count, "")
        return result
    }

    private enum Outcome: Sendable {
        case read(String, DocumentMetadata, [Position])
        case failed(IngestError)
    }

    /// Positions of one document already in memory.
    public func positions(in document: Document) -> [Position] {
        let titles = document.metadata.title.map { [document.id: $0] } ?? [:]
        return VotedText.separating(extractor.alignedPositions(in: document), titles: titles, bodies: bodies)
    }
}

/// Results written by concurrent workers, one slot each, read back in order once all are done.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }
}
