/// The `---` block of `key: value` lines at the top of a text or Markdown document.
struct FrontMatter {
    var fields: [String: String]
    /// The text after the block.
    var body: Substring

    /// Splits front matter off a text; a text without it has no fields and is all body.
    static func split(_ text: String) -> FrontMatter {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingSpaces == "---" else { return FrontMatter(fields: [:], body: text[...]) }
        var fields: [String: String] = [:]
        var offset = first.utf8.count + 1
        for line in lines.dropFirst() {
            offset += line.utf8.count + 1
            if line.trimmingSpaces == "---" {
                let start = text.utf8.index(text.startIndex, offsetBy: min(offset, text.utf8.count))
                return FrontMatter(fields: fields, body: text[start...])
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            var value = line[line.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty, !value.isEmpty { fields[key] = value }
        }
        return FrontMatter(fields: [:], body: text[...])
    }

    /// The metadata the fields name; unknown keys are ignored.
    var metadata: DocumentMetadata {
        DocumentMetadata(
            title: fields["title"], date: fields["date"].flatMap(DateText.isoDay), publisher: fields["publisher"],
            author: fields["author"], url: fields["url"] ?? fields["source"], kind: fields["kind"]?.lowercased(),
            issuer: fields["issuer"]?.uppercased(), language: fields["language"] ?? fields["lang"])
    }
}

extension StringProtocol {
    /// The text without white space at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isFoldableSpace }),
              let last = scalars.lastIndex(where: { !$0.isFoldableSpace }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}
