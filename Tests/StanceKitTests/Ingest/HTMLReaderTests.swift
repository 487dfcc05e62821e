import Testing
@testable import StanceKit

@Suite struct HTMLReaderTests {
    static let page = """
        <!DOCTYPE html><html><head><title>Alliance brief | Pacific Forum</title>
        <meta property="og:site_name" content="Pacific Forum">
        <meta property="article:published_time" content="2021-04-20T09:00:00Z">
        <meta name="author" content="A. Writer">
        <link rel="canonical" href="https://example.org/brief">
        <style>p { color: red }</style><script>track("view")</script></head>
        <body><header><nav><a href="/">Home</a> <a href="/research">Research</a></nav></header>
        <div class="share-bar"><a href="#">Share on Twitter</a></div>
        <article><header><h1>Alliance brief</h1></header>
        <p>The State Department criticized the law in its annual report on human rights practices.</p>
        <p>Hackers planted a &lt;script&gt; tag on news sites, the ministry said in a statement on Monday.</p>
        <aside><h3>Related analysis</h3><a href="/x">Other brief</a></aside>
        <p>Follow us on Twitter</p>
        </article>
        <footer>© 2021 Pacific Forum. All rights reserved.</footer></body></html>
        """

    @Test func keepsTheArticleAndDropsPageFurniture() {
        let doc = HTMLReader.read(Array(Self.page.utf8), id: "b", source: "b.html")
        #expect(doc.text.contains("The State Department criticized the law"))
        #expect(doc.paragraphs.first?.isHeading == true)
        #expect(doc.text.hasPrefix("Alliance brief"))
        for furniture in ["Home", "Share on Twitter", "Related analysis", "Follow us", "All rights reserved", "track("] {
            #expect(!doc.text.contains(furniture), "kept \(furniture)")
        }
    }

    @Test func aPageNestedDeeperThanTheParsersLimitKeepsItsText() {
        let page = "<html><body>" + String(repeating: "<div>", count: 400) + "<p>Chile condemned the coup.</p>"
            + String(repeating: "</div>", count: 400) + "<p>Peru welcomed the talks.</p></body></html>"
        let doc = HTMLReader.read(Array(page.utf8), id: "deep", source: "deep.html")
        #expect(doc.text.contains("Chile condemned the coup.") && doc.text.contains("Peru welcomed the talks."))
    }

    @Test func escapedMarkupIsReadAsText() {
        let doc = HTMLReader.read(Array(Self.page.utf8), id: "b", source: "b.html")
        #expect(doc.text.contains("planted a <script> tag"))
    }

    @Test func metadataComesFromTheHead() {
        let meta = HTMLReader.read(Array(Self.page.utf8), id: "b", source: "b.html").metadata
        #expect(meta.title == "Alliance brief")
        #expect(meta.date == "2021-04-20")
        #expect(meta.publisher == "Pacific Forum")
        #expect(meta.author == "A. Writer")
        #expect(meta.url == "https://example.org/brief")
    }

    @Test func emptyAndBrokenInputDoNotCrash() {
        #expect(HTMLReader.read([], id: "e", source: "e.html").text == "")
        let broken = HTMLReader.read(Array("<p>Seoul <b>said</p> it would <div>".utf8), id: "x", source: "x.html")
        #expect(broken.text.contains("Seoul"))
    }

    @Test func windows1252PageWithoutCharsetIsNotGarbled() {
        let bytes = Array("<html><body><p>The ".utf8) + [0x93] + Array("law".utf8) + [0x94] + Array(" passed.</p></body></html>".utf8)
        #expect(HTMLReader.read(bytes, id: "w", source: "w.html").text == "The \u{201C}law\u{201D} passed.")
    }
}
