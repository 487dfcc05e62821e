import CLibXML2

/// The one door to libxml2: parses HTML bytes and copies the tree into `HTMLNode` values.
enum LibXML2Parser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses raw page bytes; libxml2 reads the BOM or the page's declared charset when `encoding` is nil.
    static func parse(_ bytes: [UInt8], encoding: String? = nil) -> HTMLElement {
        precondition(initialized)
        guard !bytes.isEmpty else { return HTMLElement(name: "html") }
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue
        if encoding != nil { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, encoding, Int32(options))
            }
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
