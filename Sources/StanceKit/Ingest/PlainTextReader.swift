import Foundation

/// Reads plain text: front matter, then paragraphs separated by blank lines.
enum PlainTextReader {
    static func read(_ text: String, id: String, source: String) -> Document {
        let front = FrontMatter.split(normalizeNewlines(text))
        var metadata = front.metadata
        let blocks = paragraphs(front.body)
        if metadata.title == nil { metadata.title = blocks.first.map(\.text)?.foldingWhitespace() }
        if metadata.date == nil { metadata.date = blocks.prefix(3).lazy.compactMap { DateText.firstDay(in: $0.text) }.first }
        return Document(id: id, source: source, format: .text, metadata: metadata, blocks: blocks)
    }

    /// Blank-line-separated paragraphs; a short first line without final punctuation is a heading.
    static func paragraphs(_ body: Substring) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: [Substring] = []
        func flush() {
            guard !current.isEmpty else { return }
            let text = current.joined(separator: " ")
            blocks.append(TextBlock(text: text, isHeading: looksLikeHeading(text)))
            current = []
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) { flush() } else { current.append(line) }
        }
        flush()
        return blocks
    }

    static func looksLikeHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 640 else { return false }
        let t = text.trimmingSpaces
        guard let last = t.last, t.count <= 160 else { return false }
        return !".!?:;\"”’)".contains(last) && !t.contains(". ")
    }

    static func normalizeNewlines(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
    }
}

extension String {
    /// Every occurrence of a literal string replaced; no regular expressions.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
