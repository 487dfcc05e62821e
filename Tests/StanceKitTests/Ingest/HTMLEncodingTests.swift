import Testing
@testable import StanceKit

/// Each way a page can encode its text, read without garbling.
@Suite struct HTMLEncodingTests {
    func text(_ bytes: [UInt8]) -> String { HTMLReader.read(bytes, id: "p", source: "p.html").text }

    func page(_ body: String) -> String { "<html><body><article><p>\(body)</p></article></body></html>" }

    @Test func utf8WithAndWithoutByteOrderMark() {
        let html = page("Séoul “welcomed” the talks — 한국.")
        #expect(text(Array(html.utf8)) == "Séoul “welcomed” the talks — 한국.")
        #expect(text([0xEF, 0xBB, 0xBF] + Array(html.utf8)) == "Séoul “welcomed” the talks — 한국.")
    }

    @Test func utf16WithByteOrderMark() {
        let html = page("Séoul welcomed the talks.")
        var little: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { little += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var big: [UInt8] = [0xFE, 0xFF]
        for unit in html.utf16 { big += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(text(little) == "Séoul welcomed the talks.")
        #expect(text(big) == "Séoul welcomed the talks.")
    }

    @Test func declaredSingleByteCharsetIsHonoured() {
        let head = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>The ".utf8)
        let bytes = head + [0x93] + Array("caf".utf8) + [0xE9, 0x94] + Array(" talks.</p></body></html>".utf8)
        #expect(text(bytes) == "The “café” talks.")
        let latin = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Bogot".utf8)
            + [0xE1] + Array(" agreed.</p></body></html>".utf8)
        #expect(text(latin) == "Bogotá agreed.")
    }

    @Test func declaredShiftJISIsDecoded() {
        // 日本 in Shift_JIS
        let bytes = Array("<html><head><meta charset=\"shift_jis\"></head><body><p>".utf8) + [0x93, 0xFA, 0x96, 0x7B]
            + Array("</p></body></html>".utf8)
        #expect(text(bytes) == "日本")
    }

    @Test func undeclaredBytesThatAreNotUTF8FallBackToWindows1252() {
        let bytes = Array("<html><body><p>Seoul".utf8) + [0x92] + Array("s position</p></body></html>".utf8)
        #expect(text(bytes) == "Seoul’s position")
    }

    @Test func entitiesAreDecoded() {
        #expect(text(Array(page("Caf&eacute; &amp; &#8220;talks&#8221; &lt;script&gt; &nbsp;end").utf8)) == "Café & “talks” <script> end")
    }

    @Test func anyBytesAreReadWithoutACrash() {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 7, 100, 4096] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = HTMLReader.read(bytes, id: "r", source: "r.html")
            _ = try? DocumentReader.read(bytes, id: "r", source: "r.txt")
        }
    }
}
