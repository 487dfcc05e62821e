/// Words too common to show that two documents speak of the same matter (`alignment.yaml`).
public struct AlignmentLexicon: Sendable, Decodable {
    public var genericWords: [String]

    enum CodingKeys: String, CodingKey { case genericWords = "generic_words" }

    public init(genericWords: [String] = []) { self.genericWords = genericWords }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        genericWords = try c.decodeIfPresent([String].self, forKey: .genericWords) ?? []
    }
}
