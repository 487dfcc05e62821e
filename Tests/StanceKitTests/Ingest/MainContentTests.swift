import Testing
@testable import StanceKit

/// Boilerplate removal on pages written for the tests: what goes, and what of the body stays.
@Suite struct MainContentTests {
    static let body = """
        <p>The foreign ministry said on Monday that it had summoned the ambassador over the launch, the third this year.</p>
        <h2>A long dispute</h2>
        <p>Officials in Seoul have repeatedly called for talks, while Pyongyang has rejected every offer so far, analysts say.</p>
        <ul><li>First, the ministry demanded an apology from the embassy.</li><li>Second, it asked partners for support.</li></ul>
        <blockquote>We will not accept provocations of this kind, the minister told parliament on Tuesday afternoon.</blockquote>
        <p>The ministry added that it would keep close contact with its allies in the coming weeks, according to the statement.</p>
        """

    func text(_ html: String) -> String {
        HTMLReader.read(Array(html.utf8), id: "m", source: "m.html").bodyText
    }

    @Test func dropsPageFurnitureAroundTheArticle() {
        let page = """
            <html><body>
            <div class="cookie-banner"><p>We use cookies to improve your experience on this site. Accept all cookies.</p></div>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
            <div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
            <article><h1>Ministry summons ambassador over missile launch</h1>
            <p class="byline">By Jane Reporter, Staff Writer</p>
            <figure><img src="x.jpg"><figcaption>The minister speaks to reporters in Seoul on Monday.</figcaption></figure>
            \(Self.body)
            <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Earlier launch condemned by neighbours</a></li><li><a href="/b">Talks stall again</a></li></ul></div>
            </article>
            <section id="comments"><h3>Comments</h3><p>I think the ministry is wrong about this, and so do my friends here.</p></section>
            <aside class="sidebar"><p>Most read stories of the day from all our sections and regions.</p></aside>
            <div class="newsletter"><p>Subscribe to our daily newsletter for the latest news.</p></div>
            <footer><p>© 2024 Example News. All rights reserved.</p><p>Follow us on Twitter</p></footer>
            </body></html>
            """
        let t = text(page)
        for kept in ["summoned the ambassador", "A long dispute", "demanded an apology", "We will not accept provocations",
                     "keep close contact"] {
            #expect(t.contains(kept), "lost: \(kept)")
        }
        for dropped in ["cookies", "Home", "Share on", "Jane Reporter", "reporters in Seoul on Monday", "Earlier launch",
                        "I think the ministry", "Most read", "Subscribe", "All rights reserved", "Follow us"] {
            #expect(!t.contains(dropped), "kept: \(dropped)")
        }
    }

    @Test func headlineIsReadButNotPartOfTheBody() {
        let document = HTMLReader.read(Array("<html><body><h1>Seoul condemns the launch outright</h1><article>\(Self.body)</article></body></html>".utf8),
                                       id: "m", source: "m.html")
        #expect(document.paragraphs.first?.isTitle == true)
        #expect(document.text.hasPrefix("Seoul condemns the launch outright"))
        #expect(!document.bodyText.contains("Seoul condemns the launch outright"))
    }

    @Test func findsTheArticleWithoutSemanticContainers() {
        let page = """
            <html><body><div id="menu"><a href="/">Home</a> <a href="/x">World</a> <a href="/y">Politics</a></div>
            <div class="wrap"><div class="col">\(Self.body)</div><div class="col2"><a href="/z">Another story entirely</a></div></div>
            </body></html>
            """
        let t = text(page)
        #expect(t.contains("summoned the ambassador"))
        #expect(!t.contains("Another story"))
        #expect(!t.contains("Politics"))
    }

    @Test func pageWrappedInOneFormStillHasItsArticle() {
        let t = text("<html><body><form id=\"aspnetForm\"><div class=\"main\">\(Self.body)</div></form></body></html>")
        #expect(t.contains("summoned the ambassador"))
    }

    @Test func jsonLDArticleBodyWhenThePageShowsLittle() {
        let long = String(repeating: "The ministry said the talks would continue next week in Geneva. ", count: 10)
        let page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"\(long)"}</script></head>
            <body><article><p>Subscribers only.</p></article></body></html>
            """
        #expect(text(page).contains("talks would continue next week in Geneva"))
    }
}
