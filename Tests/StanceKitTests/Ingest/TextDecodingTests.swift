import Testing
@testable import StanceKit

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutBOM() {
        #expect(TextDecoding.decode(Array("Séoul".utf8)) == "Séoul")
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Séoul".utf8)) == "Séoul")
    }

    @Test func utf16WithBOM() {
        let little: [UInt8] = [0xFF, 0xFE, 0x53, 0x00, 0xE9, 0x00]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x53, 0x00, 0xE9]
        #expect(TextDecoding.decode(little) == "Sé")
        #expect(TextDecoding.decode(big) == "Sé")
    }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252() {
        #expect(TextDecoding.decode([0x93, 0x48, 0x69, 0x94, 0x20, 0xE9]) == "\u{201C}Hi\u{201D} é")
    }
}
