/// What a document says about itself: from HTML `<meta>` tags, front matter, or the text.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    public var title: String?
    /// Publication date as ISO 8601 `YYYY-MM-DD`.
    public var date: String?
    public var publisher: String?
    public var author: String?
    public var url: String?
    /// The genre as the analyst would name it: `statement`, `speech`, `news`, `brief`, `note`, `summary`.
    public var kind: String?
    /// The actor code of the government that issued the document, when it speaks in the first person.
    public var issuer: String?
    /// The language the page declares (BCP 47, e.g. `en`, `en-US`).
    public var language: String?

    public init(title: String? = nil, date: String? = nil, publisher: String? = nil, author: String? = nil,
                url: String? = nil, kind: String? = nil, issuer: String? = nil, language: String? = nil) {
        self.title = title
        self.date = date
        self.publisher = publisher
        self.author = author
        self.url = url
        self.kind = kind
        self.issuer = issuer
        self.language = language
    }
}
