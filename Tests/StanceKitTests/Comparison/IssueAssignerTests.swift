import Testing
@testable import StanceKit

/// Which issue a position lands in, and which way it points there, on sentences written for the tests.
@Suite struct IssueAssignerTests {
    let assigner = IssueAssigner(builtInLexicon.issues)

    func issue(_ sentence: String) -> String? {
        let tokens = Tokenizer.tokens(sentence[...], offset: 0)
        return assigner.choose(tokens, cue: 0..<1).map { assigner.issues[$0.issue].id }
    }

    @Test func differentWordingsOfOneQuestionLandInOneIssue() {
        let a = issue("They criticized the anti-leaflet law.")
        #expect(a != nil)
        #expect(issue("They opposed the ban on leaflet launches.") == a)
        #expect(issue("They defended the revised Development of Inter-Korean Relations Act.") == a)
    }

    @Test func unrelatedSentencesTakeNoTaxonomyIssue() {
        #expect(issue("They praised the weather.") == nil)
    }

    @Test func anInstanceSingledOutByIncludingIsWhatTheSentenceIsAbout() {
        let found = positions("Seoul and Pyongyang agreed to cease all hostile acts along the Military Demarcation Line, "
            + "including leaflet launches.")
        #expect(Set(found.map(\.issue)) == ["leaflet-launches"])
        // Stopping the launches is restricting them: "hostile acts" is the class, not a step toward the launches.
        #expect(found.allSatisfy { $0.stance == .support })
    }

    @Test func theTriggerAfterTheCueOrientsThePosition() {
        let text = "Seoul's unification ministry told the groups that planned leaflet launches to stop sending leaflets."
        let seoul = positions(text, date: "2020-06-10").filter { $0.actor == "KOR" }
        #expect(seoul.map(\.issue) == ["leaflet-launches"])
        #expect(seoul.map(\.stance) == [.support])
    }
}
