import StanceKit

/// The built-in lexicon with the user's files added, or one clear error naming the file and place.
enum LexiconLoader {
    static func load(actors: [String], issues: [String] = []) throws -> Lexicon {
        do {
            var lexicon = try Lexicon.builtIn()
            for path in actors { lexicon = lexicon.adding(try UserActorFile.load(path)) }
            for path in issues { lexicon = lexicon.adding(try UserIssueFile.load(path)) }
            return lexicon
        } catch {
            throw CLIError(error.description)
        }
    }
}
