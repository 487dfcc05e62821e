import Foundation

/// Reads one input into a `Document`, choosing the reader by extension or, failing that, by content.
public enum DocumentReader {
    /// Inputs larger than this once inflated are refused (`--max-input-size`), so a small `.gz` bomb cannot take the
    /// machine's memory.
    public static let defaultMaxSize = 200 * 1024 * 1024

    public static func read(_ input: InputFile, maxSize: Int = defaultMaxSize) throws(IngestError) -> Document {
        let bytes: [UInt8]
        if input.path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: input.path) else {
                throw .unreadable(input.path, "permission denied or not a regular file")
            }
            bytes = Array(data)
        }
        return try read(bytes, id: input.id, source: input.path, maxSize: maxSize)
    }

    /// Reads bytes already in memory; `source` names them in errors and reports.
    public static func read(_ bytes: [UInt8], id: String, source: String, maxSize: Int = defaultMaxSize) throws(IngestError) -> Document {
        if bytes.count > maxSize { throw .unsupported(source, "larger than \(megabytes(maxSize)) (--max-input-size)") }
        if Gzip.isCompressed(bytes) {
            let inflated: [UInt8]
            switch Gzip.inflate(bytes, limit: maxSize) {
            case .inflated(let output): inflated = output
            case .damaged: throw .unreadable(source, "damaged gzip data")
            case .tooLarge: throw .unsupported(source, "inflates to more than \(megabytes(maxSize)) (--max-input-size)")
            }
            let inner = source.lowercased().hasSuffix(".gz") ? String(source.dropLast(3)) : source
            var document = try read(inflated, id: id, source: inner, maxSize: maxSize)
            document.source = source
            return document
        }
        if bytes.prefix(8192).contains(0), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) {
            throw .binary(source)
        }
        if isOwnReport(bytes) { throw .ownReport(source) }
        switch format(of: source, bytes: bytes) {
        case .html: return HTMLReader.read(bytes, id: id, source: source)
        case .markdown: return MarkdownReader.read(TextDecoding.decode(bytes), id: id, source: source)
        case .text: return PlainTextReader.read(TextDecoding.decode(bytes), id: id, source: source)
        }
    }

    private static func megabytes(_ bytes: Int) -> String { "\(bytes / (1024 * 1024)) MB" }

    /// The bytes as stored, inflated when they are gzip-compressed (nil when the compressed data is damaged).
    public static func decompressed(_ bytes: [UInt8]) -> [UInt8]? {
        Gzip.isCompressed(bytes) ? Gzip.inflate(bytes) : bytes
    }

    /// Whether the bytes are a report Stance wrote (its HTML's generator tag, its Markdown's opening comment, its
    /// text report's key line): written into an input folder, it would otherwise be read back as a document.
    static func isOwnReport(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        return head.contains("<meta name=\"generator\" content=\"Stance\">") || head.hasPrefix("<!-- Written by Stance")
            || String(decoding: bytes.prefix(65_536), as: UTF8.self).contains(ownTextReportKey)
    }

    /// The start of the key line of Stance's text report, built as the report builds it.
    static let ownTextReportKey = "\nKey: " + [StanceMark(.support), StanceMark(.oppose)].map { "\($0.ascii) \($0.word)" }
        .joined(separator: ", ")

    static func format(of path: String, bytes: [UInt8]) -> DocumentFormat {
        let name = path.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return .html }
        if name.hasSuffix(".md") || name.hasSuffix(".markdown") { return .markdown }
        if name.hasSuffix(".txt") || name.hasSuffix(".text") { return .text }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || head.contains("<body") { return .html }
        return .text
    }
}
