import Foundation

/// Reads the schema.org data a page embeds as JSON-LD: headline, dates, author, publisher, URL and,
/// on many news sites, the whole article body.
struct JSONLD {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var url: String?
    /// The longest `articleBody` found.
    var articleBody: String?

    init(_ page: HTMLElement) {
        for script in page.descendants() where script.attributes["type"]?.lowercased().contains("ld+json") == true {
            var text = ""
            for case .text(let t) in script.children { text += t }
            guard let data = text.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for object in Self.objects(in: json) { take(object) }
        }
    }

    private static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "WebPage", "Report", "ScholarlyArticle", "PressRelease",
    ]

    private mutating func take(_ object: [String: Any]) {
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if let body = object["articleBody"] as? String, body.count > (articleBody?.count ?? 0) { articleBody = body }
        guard types.contains(where: Self.articleTypes.contains) else { return }
        headline = headline ?? (object["headline"] as? String) ?? (object["name"] as? String)
        datePublished = datePublished ?? (object["datePublished"] as? String)
        author = author ?? Self.name(object["author"])
        publisher = publisher ?? Self.name(object["publisher"])
        url = url ?? (object["url"] as? String) ?? (object["mainEntityOfPage"] as? String)
            ?? ((object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
    }

    /// A person's or organization's name: a string, an object with `name`, or the first of a list.
    private static func name(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return o["name"] as? String }
        if let a = value as? [Any] { return a.lazy.compactMap { name($0) }.first }
        return nil
    }

    /// Every object in a JSON-LD value, including those in `@graph` lists and nested values.
    private static func objects(in json: Any) -> [[String: Any]] {
        if let object = json as? [String: Any] {
            var found = [object]
            for value in object.values where value is [String: Any] || value is [Any] { found += objects(in: value) }
            return found
        }
        if let array = json as? [Any] { return array.flatMap { objects(in: $0) } }
        return []
    }
}
