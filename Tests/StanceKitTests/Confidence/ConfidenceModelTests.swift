import Testing
@testable import StanceKit

/// The learned confidence: trained from labeled examples, written as YAML, applied below the rules' confidence.
@Suite struct ConfidenceModelTests {
    let examples: [ConfidenceModel.Example] = (0..<40).map { i in
        ConfidenceModel.Example(features: ["bias", i % 2 == 0 ? "holder=named-phrase" : "holder=elsewhere"],
                                isRight: i % 2 == 0 || i % 10 == 1, document: "d\(i % 8)")
    }

    @Test func learnsWhichCluesGoWithRightPositions() {
        let model = ConfidenceModel.train(examples)
        #expect(model.probability(["bias", "holder=named-phrase"]) > 0.85)
        #expect(model.probability(["bias", "holder=elsewhere"]) < 0.4)
    }

    @Test func theSameExamplesInAnotherOrderGiveTheSameWeights() {
        #expect(ConfidenceModel.train(examples) == ConfidenceModel.train(examples.reversed()))
    }

    @Test func weightsSurviveTheirYAML() throws {
        let model = ConfidenceModel(weights: ["bias": 0.25, "quotation": -1.5, "kind×stance=action×neutral": 0.125])
        #expect(try ConfidenceModel.parse(model.yaml(header: "test\nweights")) == model)
    }

    @Test func theShippedModelHasBeenTrained() {
        #expect(ConfidenceModel.builtIn.weights.count > 10)
        #expect(ConfidenceModel.builtIn.weights["bias"] != nil)
    }

    @Test func theModelOnlyLowersTheRulesConfidenceAndLeavesRecommendationsAlone() {
        let doubtful = ConfidenceModel(weights: ["bias": -3])
        let base = Position(document: "d", actor: "USA", actorName: "United States", speaker: "Washington", cue: "urged",
                            kind: .statement, stance: .support, confidence: 0.9, evidence: "Washington urged talks.",
                            paragraph: 0, start: 0, end: 23, date: nil, source: "d.txt")
        var advice = base
        advice.kind = .recommendation
        let scored = doubtful.scored([base, advice], lexicon: builtInLexicon)
        #expect(scored[0].confidence < 0.1)
        #expect(scored[1].confidence == 0.9)
        let confident = ConfidenceModel(weights: ["bias": 5]).scored([base], lexicon: builtInLexicon)
        #expect(confident[0].confidence == 0.9)
    }

    @Test func cluesSayWhoHoldsThePositionAndWhetherItIsQuoted() {
        let quoted = Position(document: "d", actor: "KOR", actorName: "South Korea", speaker: "we", cue: "oppose",
                              kind: .statement, stance: .oppose, confidence: 0.7, evidence: "\"We oppose the plan,\" he said.",
                              paragraph: 2, start: 0, end: 30, date: nil, source: "d.txt")
        let clues = PositionFeatures.of(quoted, actorsInSentence: 1, actorType: .state, firstPerson: ["we", "i"])
        #expect(clues.contains("holder=first-person"))
        #expect(clues.contains("quotation"))
        #expect(clues.contains("rule=0.7"))
        #expect(!clues.contains("opening"))
    }
}
