import Testing
@testable import StanceKit

@Suite struct PlainTextReaderTests {
    @Test func frontMatterBecomesMetadataAndIsNotText() {
        let doc = PlainTextReader.read("---\ntitle: Press release\ndate: 2019-11-15\nissuer: kor\nkind: Statement\n---\nWe welcome the resolution.\n", id: "a", source: "a.txt")
        #expect(doc.metadata.title == "Press release")
        #expect(doc.metadata.date == "2019-11-15")
        #expect(doc.metadata.issuer == "KOR")
        #expect(doc.metadata.kind == "statement")
        #expect(doc.text == "We welcome the resolution.")
    }

    @Test func paragraphsAreSeparatedByBlankLinesAndLinesJoined() {
        let doc = PlainTextReader.read("First line\ncontinues here.\n\nSecond paragraph.", id: "a", source: "a.txt")
        #expect(doc.paragraphs.count == 2)
        #expect(doc.text == "First line continues here.\n\nSecond paragraph.")
        let scalars = Array(doc.text.unicodeScalars)
        let second = doc.paragraphs[1]
        #expect(String(String.UnicodeScalarView(scalars[second.start..<second.end])) == "Second paragraph.")
    }

    @Test func offsetsCountUnicodeScalars() {
        let doc = PlainTextReader.read("Seoul’s “view” — 한국.\n\nNext.", id: "a", source: "a.txt")
        let scalars = Array(doc.text.unicodeScalars)
        let p = doc.paragraphs[1]
        #expect(String(String.UnicodeScalarView(scalars[p.start..<p.end])) == "Next.")
    }

    @Test func dateIsReadFromAnOpeningDateLine() {
        let doc = PlainTextReader.read("April 7, 2021 | Policy Brief\n\nTitle here", id: "a", source: "a.txt")
        #expect(doc.metadata.date == "2021-04-07")
    }
}
