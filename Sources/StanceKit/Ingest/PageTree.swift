/// A page's elements in one flat array with parent links, so content scoring can walk up and down cheaply.
struct PageTree {
    struct Node {
        var name: String
        var attributes: [String: String]
        var parent: Int
        var children: [Int] = []
        /// For text nodes (`name == "#text"`): the text.
        var text: String = ""
    }

    private(set) var nodes: [Node] = []

    /// Flattens a parsed page; node 0 is the root.
    init(_ root: HTMLElement) {
        nodes.append(Node(name: root.name, attributes: root.attributes, parent: -1))
        var stack: [(element: HTMLElement, index: Int)] = [(root, 0)]
        while let (element, index) = stack.popLast() {
            var childIndices: [Int] = []
            var pending: [(HTMLElement, Int)] = []
            for child in element.children {
                switch child {
                case .text(let t):
                    nodes.append(Node(name: "#text", attributes: [:], parent: index, text: t))
                    childIndices.append(nodes.count - 1)
                case .element(let e):
                    nodes.append(Node(name: e.name, attributes: e.attributes, parent: index))
                    childIndices.append(nodes.count - 1)
                    pending.append((e, nodes.count - 1))
                }
            }
            nodes[index].children = childIndices
            stack.append(contentsOf: pending.reversed())
        }
    }

    var count: Int { nodes.count }
    subscript(index: Int) -> Node { nodes[index] }

    /// Element indices in document order below (and including) `index`, skipping subtrees `skip` rejects.
    func preorder(from index: Int = 0, skip: (Int) -> Bool = { _ in false }) -> [Int] {
        var out: [Int] = []
        var stack = [index]
        while let i = stack.popLast() {
            if skip(i) { continue }
            out.append(i)
            stack.append(contentsOf: nodes[i].children.reversed())
        }
        return out
    }

    /// The first element with a tag name, in document order.
    func first(_ name: String) -> Int? { preorder().first { nodes[$0].name == name } }
}
