import Testing
@testable import StanceKit

/// Each source of page metadata, and the order in which they win.
@Suite struct HTMLMetadataTests {
    func meta(_ head: String, body: String = "<p>Text.</p>", lang: String = "") -> DocumentMetadata {
        HTMLMetadata.read(LibXML2Parser.parse(Array("<html\(lang)><head>\(head)</head><body>\(body)</body></html>".utf8), encoding: "UTF-8"))
    }

    @Test func openGraphAndArticleTags() {
        let m = meta("""
            <meta property="og:title" content="Seoul defends the law"><meta property="og:site_name" content="Harbor News">
            <meta property="article:published_time" content="2020-12-17T09:30:00+09:00"><meta name="author" content="Mina Karlsson">
            <meta property="og:url" content="https://example.org/a">
            """)
        #expect(m.title == "Seoul defends the law")
        #expect(m.publisher == "Harbor News")
        #expect(m.date == "2020-12-17")
        #expect(m.author == "Mina Karlsson")
        #expect(m.url == "https://example.org/a")
    }

    @Test func jsonLDArticle() {
        let m = meta("""
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
            "headline":"Tokyo protests the launch","datePublished":"2023-08-24T10:00:00Z",
            "author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"@type":"Organization","name":"Pacific Wire"},
            "mainEntityOfPage":{"@id":"https://example.org/b"}}]}</script>
            """)
        #expect(m.title == "Tokyo protests the launch")
        #expect(m.date == "2023-08-24")
        #expect(m.author == "A. Writer")
        #expect(m.publisher == "Pacific Wire")
        #expect(m.url == "https://example.org/b")
    }

    @Test func titleTagTimeElementCanonicalLinkAndLanguage() {
        let m = meta("<title>Ministry statement | Foreign Ministry</title><link rel=\"canonical\" href=\"https://example.org/c\">",
                     body: "<p><time datetime=\"2019-11-15\">15 November</time> The ministry welcomed it.</p>", lang: " lang=\"en-GB\"")
        #expect(m.title == "Ministry statement")
        #expect(m.date == "2019-11-15")
        #expect(m.url == "https://example.org/c")
        #expect(m.language == "en-GB")
    }

    @Test func dateFromTheURLPathAsALastResort() {
        #expect(meta("<link rel=\"canonical\" href=\"https://example.org/2021/04/07/brief\">").date == "2021-04-07")
    }

    @Test func metaTagsWinOverJSONLDAndTitleTag() {
        let m = meta("""
            <title>Other | Site</title><meta property="og:title" content="The OG title">
            <script type="application/ld+json">{"@type":"Article","headline":"The LD title","datePublished":"2001-01-01"}</script>
            <meta name="date" content="2002-02-02">
            """)
        #expect(m.title == "The OG title")
        #expect(m.date == "2002-02-02")
    }
}
