import Testing
@testable import StanceKit

@Suite struct TextWrapTests {
    @Test func wideCharactersCountTwoAndCombiningMarksZero() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("日本の") == 6)
    }

    @Test func linesNeverExceedTheWidth() {
        let text = "북한 인권 문제는 한미 동맹의 핵심 의제이다 and an extraordinarilylongwordthatmustbebrokenacrosslines here."
        for width in [5, 10, 17, 30] {
            for line in TextWrap.lines(text, width: width, indent: "  ") {
                #expect(DisplayWidth.of(line) <= width, "\(line)")
            }
        }
    }

    @Test func wrapsAtSpacesAndIndentsContinuations() {
        #expect(TextWrap.lines("one two three four", width: 9, indent: "  ") == ["one two", "  three", "  four"])
    }

    @Test func columnsSitSideBySide() {
        let lines = TextWrap.sideBySide([["a", "bb"], ["한"]], widths: [3, 2], separator: " | ")
        #expect(lines == ["a   | 한", "bb  |"])
    }
}
