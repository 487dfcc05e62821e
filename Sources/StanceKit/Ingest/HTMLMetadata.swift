import Foundation

/// Reads title, date, publisher, author and canonical URL from a page's head and body.
///
/// Precedence, first found wins: title from `og:title`, `twitter:title`, `<title>` (site suffix
/// removed), the first `<h1>`; date from `article:published_time`, date-named `<meta>` tags,
/// JSON-LD `datePublished`, the first `<time datetime>`; publisher from `og:site_name`,
/// `publisher` and `application-name`; author from `author` and `article:author`; URL from
/// `<link rel=canonical>`, then `og:url`.
enum HTMLMetadata {
    static func read(_ page: HTMLElement) -> DocumentMetadata {
        var meta: [String: String] = [:]
        var titleTag: String?
        var firstH1: String?
        var firstTime: String?
        var canonical: String?
        var jsonLD = ""
        for e in page.descendants() {
            switch e.name {
            case "meta":
                let key = (e.attributes["property"] ?? e.attributes["name"] ?? e.attributes["itemprop"] ?? "").lowercased()
                if !key.isEmpty, let content = e.attributes["content"]?.foldingWhitespace(), !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case "title" where titleTag == nil: titleTag = e.text
            case "h1" where firstH1 == nil: firstH1 = e.text
            case "time" where firstTime == nil: firstTime = e.attributes["datetime"] ?? e.text
            case "link" where canonical == nil && e.attributes["rel"]?.lowercased() == "canonical": canonical = e.attributes["href"]
            case "script" where e.attributes["type"]?.lowercased() == "application/ld+json":
                for case .text(let t) in e.children { jsonLD += t }
            default: continue
            }
        }
        let publisher = meta["og:site_name"] ?? meta["publisher"] ?? meta["application-name"]
        let title = meta["og:title"] ?? meta["twitter:title"] ?? titleTag.map { stripSiteSuffix($0, site: publisher) } ?? firstH1
        let dateKeys = ["article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
                        "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date"]
        let dateText = dateKeys.lazy.compactMap { meta[$0] }.first ?? jsonField("datePublished", in: jsonLD) ?? firstTime
        return DocumentMetadata(
            title: title?.nonEmpty, date: dateText.flatMap(DateText.isoDay), publisher: publisher?.nonEmpty,
            author: (meta["author"] ?? meta["article:author"])?.nonEmpty, url: (canonical ?? meta["og:url"])?.nonEmpty)
    }

    /// "Brief title | Site" → "Brief title" when the part after the separator is the site's name.
    static func stripSiteSuffix(_ title: String, site: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                let tail = title[range.upperBound...].trimmingSpaces
                if let site, tail.caseInsensitiveCompare(site) == .orderedSame || tail.count < 40 {
                    return title[..<range.lowerBound].trimmingSpaces
                }
            }
        }
        return title
    }

    /// The string value of `"key": "value"` in JSON-LD text, without a JSON parse of the whole block.
    static func jsonField(_ key: String, in json: String) -> String? {
        guard let keyRange = json.range(of: "\"\(key)\"") else { return nil }
        let rest = json[keyRange.upperBound...].drop(while: { $0 == " " || $0 == ":" || $0 == "\n" })
        guard rest.first == "\"" else { return nil }
        return String(rest.dropFirst().prefix(while: { $0 != "\"" }))
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
