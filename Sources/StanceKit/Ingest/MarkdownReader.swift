/// Reads Markdown: front matter, headings, paragraphs, list items and quotes as paragraphs of plain text.
enum MarkdownReader {
    static func read(_ text: String, id: String, source: String) -> Document {
        let front = FrontMatter.split(PlainTextReader.normalizeNewlines(text))
        var metadata = front.metadata
        let blocks = self.blocks(front.body)
        if metadata.title == nil { metadata.title = blocks.first(where: \.isHeading)?.text }
        return Document(id: id, source: source, format: .markdown, metadata: metadata, blocks: blocks)
    }

    static func blocks(_ body: Substring) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: [String] = []
        var inFence = false
        func flush() {
            if !current.isEmpty { blocks.append(TextBlock(text: current.joined(separator: " "))) }
            current = []
        }
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingSpaces
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if line.isEmpty || line.allSatisfy({ "-*_= ".contains($0) }) && line.count >= 3 {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let heading = line.drop(while: { $0 == "#" }).trimmingSpaces
                blocks.append(TextBlock(text: inline(heading), isHeading: true))
                continue
            }
            if let item = listItem(line) {
                flush()
                current = [inline(item)]
                continue
            }
            if line.hasPrefix(">") {
                current.append(inline(line.drop(while: { $0 == ">" || $0 == " " }).trimmingSpaces))
                continue
            }
            if line.hasPrefix("|") {
                flush()
                let cells = line.split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty && !$0.allSatisfy { "-: ".contains($0) } }
                if !cells.isEmpty { blocks.append(TextBlock(text: inline(cells.joined(separator: " · ")))) }
                continue
            }
            current.append(inline(line))
        }
        flush()
        return blocks
    }

    private static func listItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { return String(line.dropFirst(2)) }
        let digits = line.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
        }
        return nil
    }

    /// Inline Markdown reduced to its text: link and image syntax, emphasis and code marks removed.
    static func inline(_ text: String) -> String {
        var out = ""
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                out.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "!" && i + 1 < chars.count && chars[i + 1] == "[", let (_, end) = link(chars, at: i + 1) {
                i = end
                continue
            }
            if c == "[", let (label, end) = link(chars, at: i) {
                chars.replaceSubrange(i..<end, with: Array(label))
                continue
            }
            if c == "`" || c == "*" || (c == "_" && isEmphasisUnderscore(chars, i)) {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    private static func isEmphasisUnderscore(_ chars: [Character], _ i: Int) -> Bool {
        let before = i > 0 ? chars[i - 1] : " "
        let after = i + 1 < chars.count ? chars[i + 1] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    /// `[label](url)` starting at `start`: the label and the index after the closing parenthesis.
    private static func link(_ chars: [Character], at start: Int) -> (String, Int)? {
        guard let close = chars[start...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
              let end = chars[(close + 1)...].firstIndex(of: ")") else { return nil }
        return (String(chars[(start + 1)..<close]), end + 1)
    }
}
