/// Wraps and pads text by display width, for the side-by-side columns of the text report.
public enum TextWrap {
    /// `lines` joined into one block of text.
    public static func paragraph(_ text: String, width: Int, indent: String = "") -> String {
        lines(text, width: width, indent: indent).joined(separator: "\n")
    }

    /// `lines` set `margin` columns in from the left, the lines after the first two further in, all within `width`.
    static func indented(_ text: String, by margin: Int, width: Int) -> [String] {
        let pad = String(repeating: " ", count: margin)
        return lines(text, width: width - margin, indent: "  ").map { pad + $0 }
    }

    /// Lines of at most `width` columns, broken at spaces; a word longer than a line is broken inside.
    /// Lines after the first begin with `indent`.
    public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        let width = max(1, width)
        let indentWidth = DisplayWidth.of(indent) < width ? DisplayWidth.of(indent) : 0
        var out: [String] = []
        var line = ""
        var lineWidth = 0
        var hasWord = false
        func newLine() {
            out.append(line)
            line = indentWidth > 0 ? indent : ""
            lineWidth = indentWidth
            hasWord = false
        }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var rest = word
            while !rest.isEmpty {
                let w = DisplayWidth.of(rest)
                let gap = hasWord ? 1 : 0
                if lineWidth + gap + w <= width {
                    line += (hasWord ? " " : "") + rest
                    lineWidth += gap + w
                    hasWord = true
                    rest = ""
                } else if hasWord {
                    newLine()
                } else {
                    var head = ""
                    var headWidth = 0
                    for ch in rest {
                        let cw = DisplayWidth.of(String(ch))
                        if lineWidth + headWidth + cw > width, !head.isEmpty || lineWidth > 0 { break }
                        head.append(ch)
                        headWidth += cw
                    }
                    if head.isEmpty {
                        line = ""
                        lineWidth = 0
                        continue
                    }
                    line += head
                    lineWidth += headWidth
                    hasWord = true
                    rest = rest.dropFirst(head.count)
                    if !rest.isEmpty { newLine() }
                }
            }
        }
        if hasWord { out.append(line) }
        return out.isEmpty ? [""] : out
    }

    /// The text padded with spaces to exactly `width` columns (it must not be wider).
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// The line without spaces at its end.
    public static func trimmingTrailingSpaces(_ line: String) -> String {
        guard let last = line.utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        return String(line[..<line.utf8.index(after: last)])
    }

    /// Columns side by side: each column's lines padded to its width and joined with `separator`.
    public static func sideBySide(_ columns: [[String]], widths: [Int], separator: String) -> [String] {
        let height = columns.map(\.count).max() ?? 0
        var out: [String] = []
        out.reserveCapacity(height)
        for row in 0..<height {
            var line = ""
            for (c, column) in columns.enumerated() {
                if c > 0 { line += separator }
                let cell = row < column.count ? column[row] : ""
                line += cell
                let gap = widths[c] - DisplayWidth.of(cell)
                if gap > 0 { line += String(repeating: " ", count: gap) }
            }
            out.append(trimmingTrailingSpaces(line))
        }
        return out
    }
}
