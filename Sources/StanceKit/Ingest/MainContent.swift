/// Finds a page's main text: the article body without navigation, share bars, subscribe boxes and footers.
enum MainContent {
    /// Elements that never hold main text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select",
        "template", "input", "textarea", "label", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
        "figcaption", "head", "title", "meta", "link",
    ]

    /// class or id words that mark page furniture rather than article text.
    static let boilerplateWords: [String] = [
        "share", "social", "subscribe", "newsletter", "related", "comment", "cookie", "consent", "breadcrumb",
        "menu", "sidebar", "promo", "advert", "sponsor", "footer", "navbar", "masthead", "signup", "sign-up",
        "popup", "modal", "toolbar", "skip-link", "pagination", "recommended", "most-read", "trending",
    ]

    /// The main text of a parsed page as paragraph blocks.
    static func blocks(of page: HTMLElement) -> [TextBlock] {
        let body = page.descendants().first(where: { $0.name == "body" }) ?? page
        let root = contentRoot(in: body)
        var blocks: [TextBlock] = []
        var inline = ""
        emit(root, into: &blocks, inline: &inline, insideArticle: ["article", "main"].contains(root.name))
        flush(&inline, into: &blocks, heading: false)
        return blocks.filter { !isFurnitureLine($0.text) }
    }

    /// The semantic article container when the page has one with real text, else the densest text block.
    static func contentRoot(in body: HTMLElement) -> HTMLElement {
        let all = body.descendants()
        let semantic = all.filter {
            $0.name == "article" || $0.name == "main" || $0.attributes["role"] == "main"
                || $0.attributes["itemprop"] == "articleBody"
        }
        if let best = semantic.max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(best) >= 200 {
            return best
        }
        var best = body
        var bestScore = 0
        for element in all where !dropped.contains(element.name) && !isBoilerplate(element) {
            let score = paragraphText(element)
            if score > bestScore {
                best = element
                bestScore = score
            }
        }
        return best
    }

    /// Characters of text in the element's direct paragraph children: the readability signal.
    private static func paragraphText(_ element: HTMLElement) -> Int {
        var total = 0
        for case .element(let child) in element.children where !isBoilerplate(child) {
            switch child.name {
            case "p", "blockquote", "pre", "h2", "h3", "ul", "ol": total += child.text.count
            case "div", "section", "article", "main": total += paragraphText(child) / 2
            default: continue
            }
        }
        return total
    }

    static func isBoilerplate(_ element: HTMLElement) -> Bool {
        if dropped.contains(element.name) { return true }
        let marks = ((element.attributes["class"] ?? "") + " " + (element.attributes["id"] ?? "") + " "
            + (element.attributes["role"] ?? "")).lowercased()
        if marks.contains("navigation") || marks.contains("banner") || marks.contains("complementary") { return true }
        guard marks.contains(where: { $0.isLetter }) else { return false }
        return boilerplateWords.contains { marks.contains($0) }
    }

    private static func emit(_ element: HTMLElement, into blocks: inout [TextBlock], inline: inout String, insideArticle: Bool) {
        for child in element.children {
            switch child {
            case .text(let t):
                inline += t
            case .element(let e):
                if e.name == "header" {
                    // A header inside an article holds the headline; elsewhere it is the site banner.
                    if insideArticle {
                        for heading in e.descendants() where heading.name == "h1" || heading.name == "h2" {
                            flush(&inline, into: &blocks, heading: false)
                            blocks.append(TextBlock(text: heading.text, isHeading: true))
                        }
                    }
                    continue
                }
                if isBoilerplate(e) { continue }
                if e.name == "br" {
                    inline += " "
                    continue
                }
                let isHeading = e.name.count == 2 && e.name.first == "h" && e.name.last.map { "123456".contains($0) } == true
                let isBlock = HTMLElement.blockNames.contains(e.name)
                if isBlock { flush(&inline, into: &blocks, heading: false) }
                if isHeading || e.name == "p" || e.name == "li", isLinkList(e) { continue }
                emit(e, into: &blocks, inline: &inline, insideArticle: insideArticle || e.name == "article")
                if isBlock { flush(&inline, into: &blocks, heading: isHeading) }
            }
        }
    }

    /// A block whose text is mostly link text: a menu or related-links line.
    private static func isLinkList(_ element: HTMLElement) -> Bool {
        let total = element.text.count
        guard total > 0 else { return false }
        let linked = element.descendants().filter { $0.name == "a" }.reduce(0) { $0 + $1.text.count }
        return Double(linked) / Double(total) > 0.6 && total < 300
    }

    private static func flush(_ inline: inout String, into blocks: inout [TextBlock], heading: Bool) {
        let text = inline.foldingWhitespace()
        inline = ""
        if !text.isEmpty { blocks.append(TextBlock(text: text, isHeading: heading)) }
    }

    /// Share, follow and subscribe prompts, copyright lines and similar furniture.
    static func isFurnitureLine(_ text: String) -> Bool {
        let t = text.lowercased()
        guard t.count < 200 else { return false }
        let prefixes = ["share on", "share this", "follow us", "follow @", "subscribe", "sign up", "click here",
                        "advertisement", "read more", "related:", "all rights reserved", "©", "copyright",
                        "share:", "email this", "print this"]
        if prefixes.contains(where: { t.hasPrefix($0) }) { return true }
        return t.contains("all rights reserved") || (t.hasPrefix("follow") && t.contains("on twitter"))
    }
}
