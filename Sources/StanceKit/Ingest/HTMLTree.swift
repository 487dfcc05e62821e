/// A parsed HTML page as plain Swift values, copied out of libxml2's tree so no C pointer escapes.
public indirect enum HTMLNode: Sendable, Equatable {
    case element(HTMLElement)
    case text(String)
}

public struct HTMLElement: Sendable, Equatable {
    /// Lowercased tag name.
    public var name: String
    public var attributes: [String: String]
    public var children: [HTMLNode]

    public init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The element's text with whitespace runs folded to one space.
    public var text: String {
        var out = ""
        appendText(to: &out)
        return out.foldingWhitespace()
    }

    func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e) where e.name == "script" || e.name == "style": continue
            case .element(let e):
                if HTMLElement.blockNames.contains(e.name) || e.name == "br" { out += " " }
                e.appendText(to: &out)
                if HTMLElement.blockNames.contains(e.name) { out += " " }
            }
        }
    }

    /// Elements in document order, depth first, this one included.
    public func descendants() -> [HTMLElement] {
        var out: [HTMLElement] = []
        var stack: [HTMLElement] = [self]
        while let e = stack.popLast() {
            out.append(e)
            for case .element(let child) in e.children.reversed() { stack.append(child) }
        }
        return out
    }

    static let blockNames: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "header", "footer", "nav", "aside", "figure",
        "figcaption", "dl", "dt", "dd", "form", "address", "hr", "body", "html", "center",
    ]
}

extension String {
    /// Whitespace runs (including no-break spaces) folded to one space, trimmed at both ends.
    func foldingWhitespace() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isFoldableSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The number of scalars `foldingWhitespace()` would return, without building the string.
    var foldedLength: Int {
        var count = 0
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isFoldableSpace {
                pendingSpace = count > 0
            } else {
                count += pendingSpace ? 2 : 1
                pendingSpace = false
            }
        }
        return count
    }
}

extension Unicode.Scalar {
    /// White space for folding: ASCII space and controls answered without a Unicode property lookup. Every control
    /// character (ESC, BEL, DEL, the C1 range) folds as a space too, so a document cannot put terminal escape
    /// sequences into a text report.
    var isFoldableSpace: Bool {
        switch value {
        case 0x20, 0..<0x20, 0x7F: return true
        case 0..<0x80: return false
        case 0x80..<0xA0, 0xA0, 0x200B: return true
        default: return properties.isWhitespace
        }
    }
}
