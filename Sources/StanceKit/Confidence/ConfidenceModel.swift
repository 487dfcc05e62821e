import Foundation
import Yams

/// How likely a position is to be right, learned from the gold positions of the tune documents: a logistic
/// regression over the clues of `PositionFeatures`, which include the rules' own confidence. Its weights are written
/// by `make train` (the `stance-model` tool) into `Resources/confidence.yaml`, never by hand; `make eval-cv`
/// cross-validates it by document.
public struct ConfidenceModel: Sendable, Equatable {
    public var weights: [String: Double]

    public init(weights: [String: Double] = [:]) {
        self.weights = weights
    }

    /// One position the model learns from: its clues, whether it matched a gold position, and its document (folds
    /// of a cross-validation never split a document).
    public struct Example: Sendable, Equatable {
        public var features: [String]
        public var isRight: Bool
        public var document: String

        public init(features: [String], isRight: Bool, document: String) {
            self.features = features
            self.isRight = isRight
            self.document = document
        }
    }

    /// The probability that a position with these clues is right.
    public func probability(_ features: [String]) -> Double {
        let z = features.reduce(0) { $0 + (weights[$1] ?? 0) }
        return 1 / (1 + exp(-z))
    }

    /// Weights fitted to `examples` by gradient descent on the mean log loss with an L2 penalty: the same examples
    /// give the same weights, whatever their order.
    public static func train(_ examples: [Example], iterations: Int = 2_000, rate: Double = 0.5, l2: Double = 0.002) -> ConfidenceModel {
        var model = ConfidenceModel()
        guard !examples.isEmpty else { return model }
        // Sums of floating-point numbers depend on their order: a fixed order makes the weights depend on the set alone.
        let examples = examples.sorted {
            ($0.document, $0.features.joined(separator: "\u{1F}"), $0.isRight ? 1 : 0)
                < ($1.document, $1.features.joined(separator: "\u{1F}"), $1.isRight ? 1 : 0)
        }
        let names = Set(examples.flatMap(\.features)).sorted()
        for name in names { model.weights[name] = 0 }
        let n = Double(examples.count)
        for _ in 0..<iterations {
            var gradient: [String: Double] = [:]
            for example in examples {
                let error = model.probability(example.features) - (example.isRight ? 1 : 0)
                for name in example.features { gradient[name, default: 0] += error }
            }
            for name in names {
                let penalty = name == "bias" ? 0 : l2 * model.weights[name]!
                model.weights[name]! -= rate * (gradient[name, default: 0] / n + penalty)
            }
        }
        return model
    }

    /// The weights as YAML, sorted by name, rounded to four places.
    public func yaml(header: String) -> String {
        var out = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n")
        out += "\nweights:\n"
        for name in weights.keys.sorted() {
            let value = (weights[name]! * 10_000).rounded() / 10_000
            out += "  \"\(name)\": \(value)\n"
        }
        return out
    }

    /// Reads weights written by `yaml(header:)`.
    public static func parse(_ text: String) throws -> ConfidenceModel {
        struct File: Decodable { var weights: [String: Double] }
        return ConfidenceModel(weights: try YAMLDecoder().decode(File.self, from: text).weights)
    }

    /// The model shipped with Stance.
    public static let builtIn: ConfidenceModel = {
        // Compiled into the binary and loaded by the tests: a missing or broken file is a defect of the build.
        guard let text = EmbeddedResources.files["Resources/confidence.yaml"], let model = try? parse(text) else {
            preconditionFailure("built-in confidence.yaml is missing or has no weights")
        }
        return model
    }()

    /// Positions with their confidence lowered where the model finds positions like them often wrong: the lesser of
    /// the rules' confidence and the model's probability. A recommendation is no government's position and keeps the
    /// rules' confidence. With `keepingFeatures` each position also carries its clues.
    func scored(_ positions: [Position], lexicon: Lexicon, keepingFeatures: Bool = false) -> [Position] {
        let firstPerson = Set(lexicon.speakers.firstPerson.map { $0.lowercased() })
        var actorsPerSentence: [Int: Set<String>] = [:]
        for p in positions where p.kind != .recommendation { actorsPerSentence[p.start, default: []].insert(p.actor) }
        return positions.map { p in
            guard p.kind != .recommendation else { return p }
            var scored = p
            let features = PositionFeatures.of(p, actorsInSentence: actorsPerSentence[p.start]?.count ?? 1,
                                               actorType: lexicon.actor(p.actor)?.type, firstPerson: firstPerson)
            scored.confidence = min(p.confidence, (probability(features) * 100).rounded() / 100)
            if keepingFeatures { scored.features = features }
            return scored
        }
    }
}
