import Foundation
import StanceKit

/// Trains and cross-validates the confidence model from positions labeled right or wrong (`scripts/label.py`).
///
///   stance-model train LABELED.jsonl -o confidence.yaml
///   stance-model cv LABELED.jsonl [--folds 5]
///
/// Run through `make train` and `make eval-cv`.
struct Labeled: Decodable {
    var document: String
    var features: [String]
    var right: Bool
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("stance-model: " + message + "\n").utf8))
    exit(2)
}

func examples(_ path: String) -> [ConfidenceModel.Example] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    let decoder = JSONDecoder()
    return text.split(separator: "\n").enumerated().map { n, line in
        guard let row = try? decoder.decode(Labeled.self, from: Data(line.utf8)) else { fail("\(path):\(n + 1): not a labeled position") }
        return ConfidenceModel.Example(features: row.features, isRight: row.right, document: row.document)
    }
}

/// The rules' own confidence, kept among the clues as "rule=0.x".
func ruleConfidence(_ features: [String]) -> Double {
    features.first { $0.hasPrefix("rule=") }.flatMap { Double($0.dropFirst(5)) } ?? 0
}

func report(_ name: String, _ scored: [(p: Double, right: Bool)]) {
    let bands: [(String, ClosedRange<Double>)] = [("0.9-1.0", 0.9...1), ("0.8-0.9", 0.8...0.8999), ("0.7-0.8", 0.7...0.7999),
                                                  ("0.6-0.7", 0.6...0.6999), ("0.5-0.6", 0.5...0.5999), ("0.0-0.5", 0...0.4999)]
    print("\(name): confidence band / positions / precision")
    for (label, range) in bands {
        let inBand = scored.filter { range.contains(($0.p * 100).rounded() / 100) }
        let precision = inBand.isEmpty ? "-" : String(format: "%.3f", Double(inBand.filter(\.right).count) / Double(inBand.count))
        print("  \(label)  \(String(format: "%5d", inBand.count))  \(precision)")
    }
    let high = scored.filter { ($0.p * 100).rounded() / 100 >= 0.8 }
    let highPrecision = high.isEmpty ? 0 : Double(high.filter(\.right).count) / Double(high.count)
    let brier = scored.reduce(0) { $0 + pow($1.p - ($1.right ? 1 : 0), 2) } / Double(max(1, scored.count))
    print("  >= 0.8  \(String(format: "%5d", high.count))  \(String(format: "%.3f", highPrecision))   Brier score \(String(format: "%.4f", brier))")
}

let args = Array(CommandLine.arguments.dropFirst())
guard let command = args.first, args.count >= 2 else {
    fail("usage: stance-model train LABELED.jsonl -o FILE | stance-model cv LABELED.jsonl [--folds N]")
}
let data = examples(args[1])
switch command {
case "train":
    guard let o = args.firstIndex(of: "-o"), o + 1 < args.count else { fail("train needs -o FILE") }
    let model = ConfidenceModel.train(data)
    let documents = Set(data.map(\.document)).count
    let header = """
        Confidence model: logistic-regression weights over the clues of PositionFeatures.
        Written by `make train` from \(data.count) positions of \(documents) tune documents labeled against the gold; never edit by hand.
        """
    do { try model.yaml(header: header).write(toFile: args[o + 1], atomically: true, encoding: .utf8) } catch { fail("cannot write \(args[o + 1])") }
    print("stance-model: \(model.weights.count) weights from \(data.count) positions written to \(args[o + 1])")
case "cv":
    let folds = args.firstIndex(of: "--folds").flatMap { $0 + 1 < args.count ? Int(args[$0 + 1]) : nil } ?? 5
    guard folds >= 2 else { fail("--folds must be 2 or more") }
    let documents = Set(data.map(\.document)).sorted()
    let fold = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1, $0 % folds) })
    var learned: [(p: Double, right: Bool)] = []
    var combined: [(p: Double, right: Bool)] = []
    for k in 0..<folds {
        let model = ConfidenceModel.train(data.filter { fold[$0.document] != k })
        for example in data where fold[example.document] == k {
            let p = model.probability(example.features)
            learned.append((p, example.isRight))
            combined.append((min(ruleConfidence(example.features), p), example.isRight))
        }
    }
    print("\(folds)-fold cross-validation by document: \(data.count) positions of \(documents.count) tune documents")
    report("rules' confidence", data.map { (ruleConfidence($0.features), $0.isRight) })
    report("learned probability (held-out folds)", learned)
    report("confidence reported: the lesser of the two (held-out folds)", combined)
default:
    fail("unknown command '\(command)' (expected train or cv)")
}
