import Testing
@testable import StanceKit

@Suite struct MarkdownReaderTests {
    @Test func headingsListsAndLinksBecomePlainParagraphs() {
        let md = "---\ntitle: Note\n---\n# The law\n\nSeoul **defended** the [law](https://example.org).\n\n- First point\n- Second point\n"
        let doc = MarkdownReader.read(md, id: "n", source: "n.md")
        #expect(doc.text == "The law\n\nSeoul defended the law.\n\nFirst point\n\nSecond point")
        #expect(doc.paragraphs[0].isHeading)
        #expect(doc.metadata.title == "Note")
    }

    @Test func underscoresInsideWordsStay() {
        #expect(MarkdownReader.inline("the snake_case name and _emphasis_") == "the snake_case name and emphasis")
    }
}
