import Foundation

/// Reads title, date, publisher, author, canonical URL and language from a page.
///
/// Precedence, first found wins:
/// - title: `og:title`, `twitter:title`, JSON-LD `headline`, `<title>` (site suffix removed), the first `<h1>`;
/// - date: `article:published_time` and other date-named `<meta>` tags, JSON-LD `datePublished`,
///   the first `<time datetime>`, a `/YYYY/MM/DD/` date in the canonical URL;
/// - publisher: `og:site_name`, JSON-LD `publisher`, `<meta name=publisher>`, `application-name`;
/// - author: `<meta name=author>`, `article:author` (when not a link), JSON-LD `author`;
/// - URL: `<link rel=canonical>`, `og:url`, JSON-LD `url` or `mainEntityOfPage`;
/// - language: `<html lang>`, `content-language`, `og:locale`.
enum HTMLMetadata {
    static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "citation_publication_date",
    ]

    static func read(_ page: HTMLElement, linkedData: JSONLD? = nil) -> DocumentMetadata {
        var meta: [String: String] = [:]
        var titleTag: String?
        var firstH1: String?
        var firstTime: String?
        var canonical: String?
        var language: String?
        for e in page.descendants() {
            switch e.name {
            case "html" where language == nil: language = e.attributes["lang"] ?? e.attributes["xml:lang"]
            case "meta":
                let key = (e.attributes["property"] ?? e.attributes["name"] ?? e.attributes["itemprop"]
                    ?? e.attributes["http-equiv"] ?? "").lowercased()
                if !key.isEmpty, let content = e.attributes["content"]?.foldingWhitespace(), !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case "title" where titleTag == nil: titleTag = e.text
            case "h1" where firstH1 == nil: firstH1 = e.text
            case "time" where firstTime == nil: firstTime = e.attributes["datetime"] ?? e.text
            case "link" where canonical == nil && e.attributes["rel"]?.lowercased() == "canonical": canonical = e.attributes["href"]
            default: continue
            }
        }
        let ld = linkedData ?? JSONLD(page)
        let publisher = meta["og:site_name"] ?? ld.publisher ?? meta["publisher"] ?? meta["application-name"]
        let title = meta["og:title"] ?? meta["twitter:title"] ?? ld.headline
            ?? titleTag.map { stripSiteSuffix($0, site: publisher) } ?? firstH1
        let url = canonical ?? meta["og:url"] ?? ld.url
        let date = dateKeys.lazy.compactMap { meta[$0].flatMap(DateText.isoDay) }.first
            ?? ld.datePublished.flatMap(DateText.isoDay) ?? firstTime.flatMap(DateText.isoDay) ?? url.flatMap(dateInPath)
        let articleAuthor = meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
        return DocumentMetadata(
            title: title?.foldingWhitespace().nonEmpty, date: date, publisher: publisher?.nonEmpty,
            author: (meta["author"] ?? articleAuthor ?? ld.author)?.foldingWhitespace().nonEmpty, url: url?.nonEmpty,
            language: (language ?? meta["content-language"] ?? meta["og:locale"]?.replacingAll("_", with: "-"))?.nonEmpty)
    }

    /// "Brief title | Site" → "Brief title" when the part after the separator names the site.
    static func stripSiteSuffix(_ title: String, site: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                let tail = title[range.upperBound...].trimmingSpaces
                if tail.count < 40 || site.map({ tail.caseInsensitiveCompare($0) == .orderedSame }) == true {
                    return title[..<range.lowerBound].trimmingSpaces
                }
            }
        }
        return title
    }

    /// "https://example.org/2019/11/18/story" → 2019-11-18.
    static func dateInPath(_ url: String) -> String? {
        let parts = url.split(separator: "/")
        for i in 0..<max(0, parts.count - 2) {
            guard parts[i].count == 4, let y = Int(parts[i]), (1990...2100).contains(y),
                  parts[i + 1].count == 2, let m = Int(parts[i + 1]), parts[i + 2].count == 2, let d = Int(parts[i + 2]) else { continue }
            return DateText.isoDay(String(format: "%04d-%02d-%02d", y, m, d))
        }
        return nil
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
