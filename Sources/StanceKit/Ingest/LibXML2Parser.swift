import CLibXML2

/// The one door to libxml2: parses HTML bytes and copies the tree into `HTMLNode` values.
enum LibXML2Parser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses raw page bytes; libxml2 reads the BOM or the page's declared charset when `encoding` is nil.
    static func parse(_ bytes: [UInt8], encoding: String? = nil) -> HTMLElement { parse(bytes, encoding: encoding, flattened: false) }

    /// The page with every tag removed but those that end a paragraph or hold a title, script or style: no nesting
    /// left to be too deep.
    static func flattening(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else {
                out.append(bytes[i])
                i += 1
                continue
            }
            // No tag closes after this one: the rest is text (and searching again from each later "<" would be
            // quadratic).
            guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else {
                out.append(contentsOf: bytes[i...])
                break
            }
            let tag = bytes[(i + 1)..<end].drop { $0 == UInt8(ascii: "/") }.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "/") }
            let name = String(decoding: tag, as: UTF8.self).lowercased()
            if keptWhenFlattening.contains(name) {
                out.append(contentsOf: bytes[i...end])
            } else {
                out.append(UInt8(ascii: " "))
            }
            i = end + 1
        }
        return out
    }

    static let keptWhenFlattening: Set<String> = ["html", "head", "title", "meta", "body", "p", "br", "h1", "h2", "h3", "h4", "h5",
                                                 "h6", "li", "script", "style"]

    private static func parse(_ bytes: [UInt8], encoding: String?, flattened: Bool) -> HTMLElement {
        precondition(initialized)
        guard !bytes.isEmpty else { return HTMLElement(name: "html") }
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        xmlResetLastError()
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, encoding, Int32(options))
            }
        }
        // libxml2 drops everything below 256 levels of nesting, and the rest of the page with it ("Excessive depth in
        // document"). Such a page is read again with its elements flattened, so its text is kept.
        if let error = xmlGetLastError(), let message = error.pointee.message,
           String(cString: message).contains("Excessive depth"), !flattened {
            if let document { xmlFreeDoc(document) }
            return parse(flattening(bytes), encoding: encoding, flattened: true)
        }
        guard let document else { return HTMLElement(name: "html") }
        defer { xmlFreeDoc(document) }
        var root = HTMLElement(name: "#document")
        root.children = copyChildren(of: UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self))
        return root
    }

    /// Copies the children of a node iteratively, so deep pages cannot overflow the stack.
    private static func copyChildren(of parent: xmlNodePtr) -> [HTMLNode] {
        struct Frame {
            var next: xmlNodePtr?
            var element: HTMLElement
        }
        var stack = [Frame(next: parent.pointee.children, element: HTMLElement(name: "#root"))]
        while !stack.isEmpty {
            guard let node = stack[stack.count - 1].next else {
                let done = stack.removeLast()
                if stack.isEmpty { return done.element.children }
                stack[stack.count - 1].element.children.append(.element(done.element))
                continue
            }
            stack[stack.count - 1].next = node.pointee.next
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    stack[stack.count - 1].element.children.append(.text(String(cString: content)))
                }
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                stack.append(Frame(next: node.pointee.children, element: HTMLElement(name: name, attributes: attributes(of: node))))
            default:
                continue
            }
        }
        return []
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var out: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            if let name = a.pointee.name, let value = xmlNodeListGetString(node.pointee.doc, a.pointee.children, 1) {
                out[String(cString: name).lowercased()] = String(cString: value)
                clibxml2_free(value)
            } else if let name = a.pointee.name {
                out[String(cString: name).lowercased()] = ""
            }
            attribute = a.pointee.next
        }
        return out
    }
}
