/// Reads an HTML page: metadata from its head, main content from its body.
enum HTMLReader {
    static func read(_ bytes: [UInt8], id: String, source: String) -> Document {
        let page: HTMLElement
        if TextDecoding.isUnicode(bytes) || !declaresCharset(bytes) {
            page = LibXML2Parser.parse(Array(TextDecoding.decode(bytes).utf8), encoding: "UTF-8")
        } else {
            page = LibXML2Parser.parse(bytes)
        }
        let linkedData = JSONLD(page)
        return Document(id: id, source: source, format: .html, metadata: HTMLMetadata.read(page, linkedData: linkedData),
                        blocks: MainContent.blocks(of: page, linkedData: linkedData))
    }

    /// Whether the first kilobytes declare a charset, which libxml2 then honours.
    private static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased().contains("charset")
    }
}
