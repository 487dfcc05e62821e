/// Scores a page's blocks for how much article text they hold, in the manner of readability:
/// paragraphs with commas and length lend their score to their parents, links and page-furniture
/// class names take it away, and the best-scored block (with its likely siblings) is the article.
struct ContentScorer {
    let tree: PageTree
    /// Nodes that never hold main text: scripts, menus, share bars, hidden elements.
    private(set) var removed: [Bool]
    private(set) var textLength: [Int]
    private(set) var linkLength: [Int]
    private(set) var score: [Double]
    /// Each element's class, id and role split into lowercased words, once.
    private let markWords: [[String]]

    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select",
        "template", "input", "textarea", "label", "menu", "dialog", "object", "embed", "canvas", "video", "audio",
        "figure", "figcaption", "head", "title", "meta", "link", "header", "picture", "source", "map",
    ]
    /// class/id words of page furniture.
    static let unlikely = [
        "banner", "breadcrumb", "combx", "comment", "community", "disqus", "foot", "gdpr",
        "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
        "social", "sponsor", "supplemental", "agegate", "pagination", "pager", "popup",
        "share", "subscribe", "newsletter", "cookie", "consent", "promo", "outbrain", "taboola", "recommend",
        "most-read", "mostread", "trending", "signup", "sign-up", "byline", "author-bio", "tags", "topics",
        "navbar", "masthead", "toolbar", "skip", "modal", "overlay", "widget", "caption", "credit", "dateline",
        "timestamp", "readmore", "nav",
    ]
    /// class/id words that keep an element even when it also carries an unlikely word.
    static let maybe = ["article", "body", "column", "content", "main", "shadow", "story", "entry"]
    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ]
    static let negative = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline", "author", "caption", "credit",
    ]
    static let paragraphNames: Set<String> = ["p", "pre", "td", "blockquote"]
    static let textBlockNames: Set<String> = ["div", "section", "article", "main", "span", "font", "center"]

    init(_ tree: PageTree) {
        self.tree = tree
        removed = Array(repeating: false, count: tree.count)
        textLength = Array(repeating: 0, count: tree.count)
        linkLength = Array(repeating: 0, count: tree.count)
        score = Array(repeating: 0, count: tree.count)
        markWords = (0..<tree.count).map { i in
            let a = tree[i].attributes
            guard a["class"] != nil || a["id"] != nil || a["role"] != nil else { return [] }
            return Self.words(of: (a["class"] ?? "") + " " + (a["id"] ?? "") + " " + (a["role"] ?? ""))
        }
        markRemoved()
        measure()
        scoreParagraphs()
    }

    /// Lowercased letter-and-digit runs of a class or id ("article-body__text" → article, body, text), by bytes.
    static func words(of marks: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        for byte in marks.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: current.append(byte)
            default:
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// Whether the class/id/role words of an element include one of `words` (whole words or word prefixes).
    func marked(_ i: Int, _ words: [String]) -> Bool {
        let tokens = markWords[i]
        guard !tokens.isEmpty else { return false }
        return tokens.contains { token in words.contains { token == $0 || ($0.count >= 4 && token.hasPrefix($0)) } }
    }

    private mutating func markRemoved() {
        // Paragraph text per element before furniture is judged: an element holding most of the page's
        // paragraphs is the article, whatever its class says.
        var paragraphText = Array(repeating: 0, count: tree.count)
        for i in 0..<tree.count where tree[i].name == "#text" {
            let parent = tree[i].parent
            guard parent >= 0, !["script", "style", "noscript", "template"].contains(tree[parent].name) else { continue }
            // Paragraph text: inside <p>, or a run long enough to be prose (blogs that write with <br>).
            let length = tree[i].text.count
            guard tree[parent].name == "p" || length >= 80 else { continue }
            var a = i
            while a >= 0 {
                paragraphText[a] += length
                a = tree[a].parent
            }
        }
        let pageParagraphs = max(1, paragraphText[0])
        for i in tree.preorder() {
            let node = tree[i]
            guard node.name != "#text" else { continue }
            if node.parent >= 0, removed[node.parent] {
                removed[i] = true
                continue
            }
            // ASP.NET pages wrap the whole page in one <form>: a form holding the paragraphs stays.
            let wrapsArticle = node.name == "form" && Double(paragraphText[i]) >= 0.4 * Double(pageParagraphs)
            if (Self.dropped.contains(node.name) && !wrapsArticle) || isHidden(node) {
                removed[i] = true
                continue
            }
            guard !["html", "body", "article", "main", "#document"].contains(node.name) else { continue }
            if marked(i, Self.unlikely), !marked(i, Self.maybe),
               Double(paragraphText[i]) < 0.4 * Double(pageParagraphs) {
                removed[i] = true
            }
        }
    }

    private func isHidden(_ node: PageTree.Node) -> Bool {
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
        let style = (node.attributes["style"] ?? "").lowercased().filter { $0 != " " }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// Text and link-text lengths of every node, bottom up.
    private mutating func measure() {
        for i in tree.preorder().reversed() {
            let node = tree[i]
            if removed[i] { continue }
            if node.name == "#text" {
                textLength[i] = node.text.foldedLength
                continue
            }
            var total = 0, links = 0
            for c in node.children where !removed[c] {
                total += textLength[c]
                links += linkLength[c]
            }
            textLength[i] = total
            linkLength[i] = node.name == "a" ? total : links
        }
    }

    func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }

    /// Characters of text directly inside an element (not in child elements).
    func ownTextLength(_ i: Int) -> Int {
        tree[i].children.reduce(0) { $0 + (tree[$1].name == "#text" ? textLength[$1] : 0) }
    }

    private mutating func scoreParagraphs() {
        var initialized = Set<Int>()
        for i in tree.preorder(skip: { removed[$0] }) {
            let node = tree[i]
            let isParagraph = Self.paragraphNames.contains(node.name)
                || (Self.textBlockNames.contains(node.name) && ownTextLength(i) >= 25)
            guard isParagraph, textLength[i] >= 25 else { continue }
            let text = fullText(i)
            let commas = text.filter { $0 == "," || $0 == "，" || $0 == "、" }.count
            let contentScore = 1 + Double(commas) + min(3, Double(text.count) / 100)
            var ancestor = node.name == "p" || isParagraph && !Self.textBlockNames.contains(node.name) ? node.parent : i
            var level = 0
            while ancestor >= 0, level < 3 {
                if !initialized.contains(ancestor) {
                    initialized.insert(ancestor)
                    score[ancestor] += baseScore(ancestor)
                }
                score[ancestor] += contentScore / (level == 0 ? 1 : Double(level) * 2)
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
    }

    private func baseScore(_ i: Int) -> Double {
        var base: Double
        switch tree[i].name {
        case "div", "article", "main": base = 5
        case "pre", "td", "blockquote", "section": base = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
        default: base = 0
        }
        if marked(i, Self.negative) { base -= 25 }
        if marked(i, Self.positive) { base += 25 }
        if tree[i].attributes["itemprop"]?.lowercased() == "articlebody" { base += 50 }
        return base
    }

    /// Final score of a candidate: its score discounted by how much of its text is links.
    func finalScore(_ i: Int) -> Double { score[i] * (1 - linkDensity(i)) }

    /// The best candidate for the article's container.
    func topCandidate() -> Int? {
        var best: Int?
        for i in 0..<tree.count where score[i] != 0 && !removed[i] {
            if best == nil || finalScore(i) > finalScore(best!) { best = i }
        }
        return best
    }

    /// The element's text, whitespace folded, removed parts left out.
    func fullText(_ i: Int) -> String {
        var out = ""
        for j in tree.preorder(from: i, skip: { removed[$0] }) where tree[j].name == "#text" { out += tree[j].text }
        return out.foldingWhitespace()
    }
}
