import FuzzDriver
import StanceKit

// Lexicon YAML: the same text loaded as a user's actors file and as a user's issues file, each added to the
// built-in lexicon as `--actors` and `--issues` do.
let builtIn = try! Lexicon.builtIn()
fuzz { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    if let actors = try? UserActorFile.parse(text, file: "fuzz.yaml") { _ = builtIn.adding(actors) }
    if let issues = try? UserIssueFile.parse(text, file: "fuzz.yaml") { _ = builtIn.adding(issues) }
}
