/// A paragraph of main text before offsets are assigned: what every reader produces.
struct TextBlock: Equatable {
    var text: String
    var isHeading: Bool = false
    var isTitle: Bool = false
}

extension Document {
    /// Joins blocks into a document's text, one blank line apart, recording each paragraph's offsets.
    init(id: String, source: String, format: DocumentFormat, metadata: DocumentMetadata, blocks: [TextBlock]) {
        var text = ""
        var paragraphs: [Paragraph] = []
        var offset = 0
        for block in blocks {
            let body = block.text.foldingWhitespace()
            guard !body.isEmpty else { continue }
            if !paragraphs.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = body.unicodeScalars.count
            paragraphs.append(Paragraph(index: paragraphs.count, start: offset, end: offset + length, isHeading: block.isHeading,
                                        isTitle: block.isTitle))
            text += body
            offset += length
        }
        // What the document says about itself is shown in reports too: no control characters there either.
        var metadata = metadata
        for field in [\DocumentMetadata.title, \.publisher, \.author, \.url, \.date] {
            metadata[keyPath: field] = metadata[keyPath: field].map { $0.foldingWhitespace() }
        }
        self.init(id: id, source: source, format: format, metadata: metadata, text: text, paragraphs: paragraphs)
    }
}
