import Foundation

/// Reads schema.org data a page embeds as JSON-LD: the article body many news sites publish whole.
enum JSONLD {
    /// The longest `articleBody` in the page's JSON-LD blocks, if any.
    static func articleBody(in page: HTMLElement) -> String? {
        var best: String?
        for script in page.descendants() where script.attributes["type"]?.lowercased().contains("ld+json") == true {
            var text = ""
            for case .text(let t) in script.children { text += t }
            guard let data = text.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for body in strings(named: "articleBody", in: json) where body.count > (best?.count ?? 0) {
                best = body
            }
        }
        return best
    }

    private static func strings(named key: String, in json: Any) -> [String] {
        if let object = json as? [String: Any] {
            var found = (object[key] as? String).map { [$0] } ?? []
            for value in object.values where value is [String: Any] || value is [Any] {
                found += strings(named: key, in: value)
            }
            return found
        }
        if let array = json as? [Any] { return array.flatMap { strings(named: key, in: $0) } }
        return []
    }
}
