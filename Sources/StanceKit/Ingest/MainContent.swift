import Foundation

/// Finds a page's main text: the article body without navigation, related links, share bars,
/// subscribe boxes, comments and footers, but with its own headings, lists and quotations.
enum MainContent {
    /// The main text of a parsed page as paragraph blocks, headline first.
    static func blocks(of page: HTMLElement, linkedData: JSONLD? = nil) -> [TextBlock] {
        let tree = PageTree(page)
        let scorer = ContentScorer(tree)
        var roots: [Int] = []
        if let top = scorer.topCandidate() {
            roots = withSiblings(top, scorer)
        } else {
            // Too little text to score: all of it.
            roots = [tree.first("body") ?? 0]
        }
        var blocks: [TextBlock] = []
        var inline = ""
        for root in roots {
            emit(root, tree, scorer, into: &blocks, inline: &inline)
            flush(&inline, into: &blocks, heading: false)
        }
        // "You may also like", "Related stories", "Comments": what follows is no longer the article.
        if let end = blocks.firstIndex(where: { isSectionAfterArticle($0.text) }) { blocks.removeSubrange(end...) }
        blocks = blocks.filter { !isFurnitureLine($0.text) }
        // A page that publishes its article as JSON-LD gives it whole; prefer it when extraction found much less.
        let extracted = blocks.reduce(0) { $0 + $1.text.count }
        if let body = (linkedData ?? JSONLD(page)).articleBody, body.count > 200, Double(body.count) > 1.3 * Double(extracted) {
            blocks = PlainTextReader.paragraphs(body.replacingAll("\r", with: "")[...]).map { TextBlock(text: $0.text) }
        }
        if let headline = headline(tree) {
            if blocks.first?.text == headline {
                blocks[0].isTitle = true
            } else {
                blocks.insert(TextBlock(text: headline, isHeading: true, isTitle: true), at: 0)
            }
        }
        return blocks
    }

    /// The candidate and those of its siblings that look like more of the same article.
    private static func withSiblings(_ top: Int, _ scorer: ContentScorer) -> [Int] {
        let tree = scorer.tree
        let parent = tree[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, scorer.finalScore(top) * 0.2)
        return tree[parent].children.filter { sibling in
            if sibling == top { return true }
            guard !scorer.removed[sibling], tree[sibling].name != "#text" else { return false }
            if scorer.finalScore(sibling) >= threshold { return true }
            guard tree[sibling].name == "p" else { return false }
            let length = scorer.textLength[sibling]
            let density = scorer.linkDensity(sibling)
            if length > 80 && density < 0.25 { return true }
            return length > 0 && density == 0 && scorer.fullText(sibling).hasSuffix(".")
        }
    }

    /// The page's headline: the first `<h1>` with text.
    private static func headline(_ tree: PageTree) -> String? {
        for i in tree.preorder() where tree[i].name == "h1" {
            var text = ""
            for j in tree.preorder(from: i) where tree[j].name == "#text" { text += tree[j].text + " " }
            let folded = text.foldingWhitespace()
            if folded.count >= 10 { return folded }
        }
        return nil
    }

    private static func emit(_ index: Int, _ tree: PageTree, _ scorer: ContentScorer, into blocks: inout [TextBlock],
                             inline: inout String) {
        let node = tree[index]
        if node.name == "#text" {
            inline += node.text
            return
        }
        if scorer.removed[index] || node.name == "h1" { return }
        if node.name == "br" {
            inline += "\n"
            return
        }
        let isHeading = ["h2", "h3", "h4", "h5", "h6"].contains(node.name)
        let isBlock = HTMLElement.blockNames.contains(node.name)
        if isBlock {
            flush(&inline, into: &blocks, heading: false)
            // Menus and lists of related links inside the article.
            if ["ul", "ol", "div", "section", "table", "dl"].contains(node.name), scorer.linkDensity(index) > 0.5,
               scorer.textLength[index] < 1000 {
                return
            }
        }
        for child in node.children { emit(child, tree, scorer, into: &blocks, inline: &inline) }
        if isBlock { flush(&inline, into: &blocks, heading: isHeading) }
    }

    /// Ends the current paragraph; line breaks inside it (`<br>`) start paragraphs of their own.
    private static func flush(_ inline: inout String, into blocks: inout [TextBlock], heading: Bool) {
        for line in inline.split(separator: "\n") {
            let text = String(line).foldingWhitespace()
            if !text.isEmpty { blocks.append(TextBlock(text: text, isHeading: heading)) }
        }
        inline = ""
    }

    /// Headings that open the page's tail of related links or comments.
    static func isSectionAfterArticle(_ text: String) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        let t = text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        guard t.count <= 40 else { return false }
        let headings = ["you may also like", "you might also like", "related stories", "related articles",
                        "related content", "related coverage", "more from", "more stories", "most popular",
                        "most read", "recommended for you", "recommended stories", "read next", "what to read next",
                        "tell us what you think", "leave a comment", "leave a reply", "join the conversation",
                        "comments", "trending now", "also read", "around the web", "sponsored content"]
        return headings.contains { t == $0 || (t.hasPrefix($0) && t.count <= $0.count + 12) }
    }

    /// Share, follow and subscribe prompts, copyright lines and similar furniture.
    static func isFurnitureLine(_ text: String) -> Bool {
        let t = text.lowercased()
        guard t.count < 200 else { return false }
        let prefixes = ["share on", "share this", "follow us", "follow @", "subscribe", "sign up", "click here",
                        "advertisement", "read more", "related:", "all rights reserved", "©", "copyright",
                        "share:", "email this", "print this", "read next", "recommended:", "see also:"]
        if prefixes.contains(where: { t.hasPrefix($0) }) { return true }
        let whole = ["advert", "advertisement", "ad", "comments", "share", "print", "email", "tweet",
                     "this slideshow requires javascript.", "loading...", "close", "menu", "skip to content"]
        if whole.contains(t.trimmingCharacters(in: .whitespaces)) { return true }
        if t.hasPrefix("updated at ") || t.hasPrefix("updated:") || t.hasPrefix("published:"), t.count < 60 { return true }
        return t.contains("all rights reserved") || (t.hasPrefix("follow") && t.contains("on twitter"))
    }
}
