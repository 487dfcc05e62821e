/// Assigns each attribution to the issue its sentence is about, and turns attributions into positions.
///
/// An issue is chosen by its trigger phrases in the sentence (those after the cue count more), or by a phrase
/// pointing back to one named earlier ("the campaign"); a sentence with neither takes the issue of the sentence
/// before it in the paragraph, then the
/// document's main issue; a document with no taxonomy issue at all gets an issue named after
/// the words its positions are about.
struct IssueAssigner: Sendable {
    struct Trigger: Sendable {
        var issue: Int
        var isCounter: Bool
        var length: Int
        /// Offsets of the phrase's acronyms, which match only words written as names ("SWIFT", not "swift").
        var acronyms: [Int] = []

        /// Whether the sentence's keys from `start` write this trigger's acronyms as names.
        func fits(_ sentence: [TriggerKeys.Key], at start: Int, in tokens: [Token]) -> Bool {
            acronyms.allSatisfy { TriggerKeys.writtenAsName(tokens, at: sentence[start + $0].start) }
        }
    }

    let issues: [Issue]
    private var triggers = PhraseTrie<Trigger>()
    /// Words that count for an issue only in a document that names it by its own triggers.
    private var contextTriggers = PhraseTrie<Trigger>()
    /// The issues that have context triggers at all.
    private var contextual: Set<Int> = []
    private let keys: TriggerKeys

    init(_ issues: [Issue], actors: [Actor] = []) {
        self.issues = issues
        keys = TriggerKeys(actors)
        for (index, issue) in issues.enumerated() {
            for (phrases, counter) in [(issue.triggers, false), (issue.counterTriggers, true)] {
                for phrase in phrases {
                    let phraseKeys = keys.keys(phrase)
                    triggers.insert(phraseKeys, Trigger(issue: index, isCounter: counter, length: phraseKeys.count,
                                                        acronyms: keys.acronyms(phrase)))
                }
            }
            for (phrases, counter) in [(issue.contextTriggers, false), (issue.contextCounterTriggers, true)] {
                for phrase in phrases {
                    contextual.insert(index)
                    let phraseKeys = keys.keys(phrase)
                    contextTriggers.insert(phraseKeys, Trigger(issue: index, isCounter: counter, length: phraseKeys.count,
                                                               acronyms: keys.acronyms(phrase)))
                }
            }
        }
    }

    /// One issue a sentence's triggers point to, as seen from a position's cue.
    struct Candidate {
        var issue: Int
        var score: Double
        /// The trigger nearest the cue names the other side of the question.
        var reversed: Bool
        /// Token index of that trigger.
        var at: Int
        /// The trigger begins with the cue's own words ("withdraw from the Paris Agreement", "ban on leaflets"):
        /// the holder does what the trigger names.
        var namesTheCue: Bool
        /// The trigger is the object of a verdict on a thing ("the law would erode freedoms"): something the holder
        /// values, whichever way the verdict on the thing goes.
        var isValued = false
    }

    /// One trigger phrase found in a sentence: its token span and the key of its last word.
    struct TriggerMatch {
        var trigger: Trigger
        var start: Int
        var end: Int
        var head: String
        /// Named as an instance of what comes before ("hostile acts, including the distribution of leaflets").
        var isExample = false
        /// Named as the place of what comes before ("its offensive in eastern Ukraine"): the topic, but no side of it.
        var isPlace = false
    }


    /// Every trigger phrase in a sentence, left to right, except those in an office's title ("the special rapporteur
    /// on human rights in the DPRK said …"), which name who speaks, not what about.
    /// With `named`, also the context triggers of those issues: the issues the document names by their own triggers.
    func triggerMatches(_ tokens: [Token], named: Set<Int> = []) -> [TriggerMatch] {
        // "a non-permanent seat" is not "a permanent seat".
        let matches = triggerMatches(keys.keys(tokens), in: tokens, named: named).filter { m in
            !(m.start >= 2 && tokens[m.start - 1].text == "-" && Self.negatingPrefixes.contains(tokens[m.start - 2].lower))
        }
        guard let title = TriggerContext.titleComplement(tokens) else { return matches }
        return matches.filter { !title.contains($0.start) }
    }

    /// The same, on a sentence's trigger keys.
    private func triggerMatches(_ sentence: [TriggerKeys.Key], in tokens: [Token], named: Set<Int>) -> [TriggerMatch] {
        var out: [TriggerMatch] = []
        var k = 0
        while k < sentence.count {
            // The longest phrase starting here whose acronyms are written as names.
            func fitting(_ trie: PhraseTrie<Trigger>, _ wanted: (Trigger) -> Bool) -> (length: Int, values: [Trigger])? {
                for m in trie.matches(in: sentence, from: k, key: \.key) {
                    let values = m.values.filter { wanted($0) && $0.fits(sentence, at: k, in: tokens) }
                    if !values.isEmpty { return (m.length, values) }
                }
                return nil
            }
            let own = fitting(triggers) { _ in true }
            let context = named.isEmpty ? nil : fitting(contextTriggers) { named.contains($0.issue) }
            guard let match = own ?? context else {
                k += 1
                continue
            }
            let last = sentence[k + match.length - 1]
            let example = out.contains { $0.trigger.issue != match.values[0].issue } && TriggerContext.introducesExample(sentence, before: k)
            let place = TriggerContext.namesAPlace(tokens, at: sentence[k].start)
            for t in match.values {
                out.append(TriggerMatch(trigger: t, start: sentence[k].start, end: last.end, head: last.key, isExample: example,
                                        isPlace: place))
            }
            k += match.length
        }
        return out
    }


    /// Every issue whose triggers fire in the sentence, best first.
    func candidates(_ tokens: [Token], cue: Range<Int>) -> [Candidate] {
        candidates(triggerMatches(tokens), cue: cue)
    }

    /// The same, on a sentence's trigger matches found once for all its positions.
    /// With `pronounObject` the cue's object is a pronoun ("switched them off", "called it a violation"): what it
    /// points back to, a trigger before the cue, is what the cue acts on.
    /// With `verdict` the cue is a verdict on the thing its `subject` words name ("the law would erode freedoms"): a
    /// trigger there is what the position is about, ahead of one in the cue's object, whose own words (before
    /// `objectEnd`, its first preposition: not "Hong Kong" in "the freedoms of Hong Kong residents") name what the
    /// holder values.
    func candidates(_ matches: [TriggerMatch], cue: Range<Int>, pronounObject: Bool = false,
                    verdict: (subject: Range<Int>, objectEnd: Int)? = nil) -> [Candidate] {
        var best: [Int: Double] = [:]
        var total: [Int: Double] = [:]
        var nearest: [Int: (distance: Int, counter: Bool, at: Int, length: Int, valued: Bool)] = [:]
        for m in matches {
            let t = m.trigger
            let i = m.start
            let judged = verdict?.subject.contains(i) == true
            let after = judged || (i >= cue.lowerBound) != pronounObject
            let gap = i >= cue.lowerBound ? max(0, i - cue.upperBound) : cue.lowerBound - i
            let distance = gap * (after ? 1 : 2)
            // Longer triggers, triggers after the cue (its object) and triggers near it count more.
            let score = issues[t.issue].weight * (1 + 0.5 * Double(t.length - 1)) * (after ? 1.5 : 1)
                / (1 + 0.05 * Double(distance))
            best[t.issue] = max(best[t.issue] ?? 0, score)
            total[t.issue, default: 0] += score
            // A cue points at what follows it: the first trigger after it orients the position, else the nearest before.
            // A verdict on a thing: the thing first, then what it acts on, then anything before.
            let inObject = verdict != nil && i >= cue.upperBound
            let reach = judged ? gap : inObject ? 500 + distance : after ? distance : 1_000 + distance
            let valued = inObject && i < verdict?.objectEnd ?? 0
            if reach < nearest[t.issue]?.distance ?? Int.max { nearest[t.issue] = (reach, t.isCounter && !m.isPlace, i, m.end - i, valued) }
        }
        // The best trigger decides; further triggers of the same issue only add weight.
        var found = best.map { issue, top in
            let near = nearest[issue]!
            return Candidate(issue: issue, score: top + 0.3 * (total[issue]! - top), reversed: near.counter, at: near.at,
                             namesTheCue: cue.count > 0 && cue.overlaps(near.at..<(near.at + near.length)),
                             isValued: near.valued)
        }
        // An instance singled out ("all hostile acts, including the distribution of leaflets") is what the sentence
        // is about, more than the class it belongs to.
        let examples = Set(matches.filter(\.isExample).map(\.trigger.issue))
        if let top = found.map(\.score).max() {
            for k in found.indices where examples.contains(found[k].issue) { found[k].score = max(found[k].score, top + 0.01) }
        }
        return found.sorted { ($0.score, -$0.issue) > ($1.score, -$1.issue) }
    }

    /// The best issue for a cue in a sentence, if any trigger fires.
    func choose(_ tokens: [Token], cue: Range<Int>) -> Candidate? { candidates(tokens, cue: cue).first }

    /// The stance of an attribution on one candidate issue: doing what a trigger naming the cue names, or the
    /// cue's direction turned around by counter-triggers and by opposing steps on the way to the trigger.
    private func orient(_ base: StanceValue, _ a: Attribution, _ c: Candidate, _ s: SentenceAnalysis) -> StanceValue {
        // "said the law would erode freedoms", "… would protect national security": the holder values what the thing
        // judged acts on, whichever way the verdict goes.
        if c.isValued, base == .support || base == .oppose { return c.reversed ? .oppose : .support }
        if c.namesTheCue, base == .support || base == .oppose {
            let doing: StanceValue = c.reversed ? .oppose : .support
            return a.negated ? doing.reversed : doing
        }
        // "raided offices, filed complaints, and restricted leaflet launches": after the last "," / "and" before the
        // trigger, the trigger belongs to the verb of its own phrase, which then gives the direction.
        var from = a.cueRange.upperBound
        var direction = base
        // "urged both sides to refrain from unilateral measures and to return to the dialogue": a second infinitive,
        // asked for alike, is done or backed for its own sake; what turned the first around does not reach it.
        if from < c.at, base == .support || base == .oppose,
           let separator = (from..<c.at).last(where: { Self.listSeparators.contains(s.tokens[$0].lower) }),
           separator + 2 < c.at, s.tokens[separator + 1].lower == "to",
           a.cueRange.lowerBound > 0 && s.tokens[a.cueRange.lowerBound - 1].lower == "to" || s.tokens[from..<separator].contains(where: { $0.lower == "to" }) {
            let own = s.cues.first { $0.range.lowerBound == separator + 2 && $0.range.upperBound <= c.at && $0.cue.pos == .verb }
            let asked = own?.cue.stance.stance ?? .support
            if asked != .neutral {
                from = own?.range.upperBound ?? separator + 2
                direction = a.negated ? asked.reversed : asked
            }
        }
        if from < c.at, let separator = (from..<c.at).last(where: { Self.listSeparators.contains(s.tokens[$0].lower) }),
           let own = s.cues.first(where: { $0.range.lowerBound > separator && $0.range.lowerBound == separator + 1
               && $0.range.upperBound <= c.at && $0.cue.pos == .verb }),
           let ownDirection = own.cue.stance.stance, ownDirection != .neutral, base == .support || base == .oppose {
            from = own.range.upperBound
            direction = ownDirection
        }
        // "would vote against the draft, as it opposed the use of human rights as a tool": a verb of the holder's own,
        // after a pronoun standing for it (no other government named in between), says which way it leans on what
        // that verb acts on.
        if from < c.at, base == .support || base == .oppose,
           let own = s.cues.last(where: { cue in
               cue.range.lowerBound > from && cue.range.upperBound <= c.at && cue.cue.pos == .verb
                   && PositionExtractor.pronouns[s.tokens[cue.range.lowerBound - 1].lower] != nil
                   && !(cue.range.lowerBound >= 2 && Self.timeClauseOpeners.contains(s.tokens[cue.range.lowerBound - 2].lower))
           }),
           !s.mentions.contains(where: { m in
               m.isGovernment && m.code != a.code && m.range.lowerBound >= from && m.range.upperBound < own.range.lowerBound
           }),
           let ownDirection = own.cue.stance.stance, ownDirection != .neutral {
            from = own.range.upperBound
            direction = ownDirection
        }
        // "used its veto to block the proposal": an act of opposing, then what it was for, is one act.
        let opposingAct = a.kind == .action && base == .oppose
        return c.reversed != reversals(s, from: from, to: c.at, afterOpposingAct: opposingAct) ? direction.reversed : direction
    }

    private func position(_ a: Attribution, issue: Int?, score: Double?, sentence s: SentenceAnalysis, document: Document,
                          names: ActorGazetteer) -> Position {
        let (id, label) = issue.map { (issues[$0].id, issues[$0].label) } ?? DiscoveredIssue.key(s.tokens, after: a.cueRange)
        var position = Position(
            document: document.id, actor: a.code, actorName: names.name(of: a.code), speaker: a.speaker, cue: a.cue,
            kind: a.kind, issue: id, issueLabel: label, stance: a.stance,
            confidence: (a.confidence + 0.1).rounded(toPlaces: 2),
            evidence: s.text, paragraph: s.paragraph, start: s.start, end: s.end, date: document.metadata.date,
            source: document.metadata.url ?? document.source)
        position.issueScore = score.map { $0.rounded(toPlaces: 2) }
        position.id = StableID.make(document.id, a.code, s.text.foldingWhitespace(), id)
        return position
    }

    /// One position per actor, sentence and issue: a directional reading beats a neutral one, and the main clause's
    /// beats one in a relative clause set off by commas ("Germany's envoy, whose country sponsored the text, said her
    /// country remains gravely concerned …"). `asides` holds the ids read from such a clause.
    private func add(_ position: Position, to positions: inout [Position], aside: Bool, asides: inout Set<Int>) {
        if let same = positions.firstIndex(where: { $0.id == position.id }) {
            let replaces = positions[same].stance == .neutral && position.stance != .neutral
                || asides.contains(same) && !aside && position.stance != .neutral
            if replaces {
                positions[same] = position
                asides.remove(same)
            }
        } else {
            if aside { asides.insert(positions.count) }
            positions.append(position)
        }
    }

    /// Whether a cue stands in a relative clause set off by commas ("…, whose country sponsored the text, …").
    static func inRelativeAside(_ cue: Range<Int>, in tokens: [Token]) -> Bool {
        PositionExtractor.commaRelativeOpening(before: cue.lowerBound, in: tokens) != nil
            && tokens[cue.upperBound...].contains { $0.text == "," }
    }

    /// Whether opposing cues between a position's cue and its trigger turn its direction around an odd number of
    /// times: passing "the bill penalizing leaflets" supports the penalty, not the leaflets.
    /// A law or ban on the way counts too ("criticized the law for accommodating demands to end leaflet launches"),
    /// unless a cue right after it says what it does ("the bill penalizing leaflets").
    func reversals(_ s: SentenceAnalysis, from: Int, to: Int, afterOpposingAct: Bool = false) -> Bool {
        guard from < to else { return false }
        // "all hostile acts, including the distribution of leaflets": the class an instance belongs to is that
        // instance, not a step toward it.
        let example = (from..<min(to, s.tokens.count)).last { TriggerContext.exampleMarkers.contains(s.tokens[$0].stem) }
        var flips = s.cues.filter { cue in
            // Only verbs and nouns are steps on the way; an adjective ("unjustified tariffs") or a loaded verb
            // ("a provocation by railroading the resolution": it was adopted) judges the thing itself. A cue joined
            // to the one before it by "and"/"or" ("executions and mass arrests of …") is a second verdict on the
            // same thing, not a step toward it.
            cue.range.lowerBound >= from && cue.range.upperBound <= to && cue.cue.stance == .oppose && cue.cue.pos != .fixed
                && !(afterOpposingAct && cue.cue.pos == .verb && cue.range.lowerBound > 0 && s.tokens[cue.range.lowerBound - 1].lower == "to")
                && !(cue.cue.loaded != nil && cue.cue.pos == .verb) && !cue.describesNoun
                && !(cue.cue.pos == .noun && example.map { cue.range.upperBound <= $0 } == true)
                && !s.tokens[max(0, cue.range.lowerBound - 2)..<cue.range.lowerBound].contains { Self.listSeparators.contains($0.lower) }
        }.count
        for i in from..<min(to, s.tokens.count) where ActorRecognizer.lawNouns.contains(s.tokens[i].lower) {
            let described = s.cues.contains { $0.range.lowerBound > i && $0.range.lowerBound <= i + 3 && $0.range.lowerBound < to }
            if !described && !s.cues.contains(where: { $0.range.contains(i) }) { flips += 1 }
        }
        return flips % 2 == 1
    }

    /// Where the words a cue acts on are named, when it acts on someone's words ("refuted the remarks", "rejected the
    /// US position"): its object, past determiners, possessors and "some of", is a speech noun.
    static func judgedWords(_ cue: Range<Int>, in s: SentenceAnalysis) -> Int? {
        // A verdict of its own ("refuted", "rejected"), not a report of what follows ("reiterated its position that …").
        guard s.cues.contains(where: { $0.range.upperBound == cue.upperBound && $0.cue.stance.isDirected })
        else { return nil }
        var k = cue.upperBound
        while k < min(s.tokens.count, cue.upperBound + 6) {
            let word = s.tokens[k].lower
            if PositionExtractor.speechNouns.contains(word) { return k }
            if let m = s.mentions.first(where: { $0.range.lowerBound == k }) {
                k = m.range.upperBound
            } else if CueMatcher.determiners.contains(word) || objectQuantifiers.contains(word) {
                k += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// Whether a cue's object is another's verdict against something, named by a noun and what it judges ("welcomed the
    /// UN's rejection of …", "backed the condemnation of …", "welcomed the Russian veto against the British draft").
    /// Not an act ("welcomed the suspension of the talks"), which the issue's own words orient, but for the acts of
    /// rejecting a text (a veto).
    static func welcomesARejection(_ cue: Range<Int>, in s: SentenceAnalysis) -> Bool {
        guard let k = objectHead(after: cue, in: s), let verdict = s.cues.first(where: { $0.range.lowerBound == k })
        else { return false }
        // After a determiner or an owner, "veto" is the noun, whichever entry matched it.
        return verdict.cue.stance == .oppose
            && (verdict.cue.pos == .noun && verdict.cue.kind == .statement || rejectingActs.contains(s.tokens[k].lower))
            && verdict.range.upperBound < s.tokens.count
            && Self.verdictObjectLinks.contains(s.tokens[verdict.range.upperBound].lower)
    }

    /// Whether a cue's object is others' criticism ("rejected the criticism", "dismissed Western criticism of the trial"):
    /// a word for criticism at its head.
    static func rejectsACriticism(_ cue: Range<Int>, in s: SentenceAnalysis) -> Bool {
        objectHead(after: cue, in: s).map { criticismNouns.contains(s.tokens[$0].lower) } ?? false
    }

    /// Where the head of a cue's object stands, within a few words: past determiners, mentions and any capitalized word
    /// (whose it is: "the Council's", "Western", "the Russian", "President Boric's"); the first cue on the way is it.
    static func objectHead(after cue: Range<Int>, in s: SentenceAnalysis) -> Int? {
        var k = cue.upperBound
        while k < min(s.tokens.count, cue.upperBound + 6) {
            let token = s.tokens[k]
            if s.cues.contains(where: { $0.range.lowerBound == k }) { return k }
            if let m = s.mentions.first(where: { $0.range.lowerBound == k }) {
                k = m.range.upperBound
            } else if token.isWord && token.isCapitalized || CueMatcher.determiners.contains(token.lower) || token.lower == "'s" {
                k += 1
            } else {
                return k
            }
        }
        return nil
    }

    /// "of", "on": what joins a verdict named by a noun to what it judges.
    static let verdictObjectLinks = Words.english("verdict_object_links")

    /// Beginnings of the words for a spokesperson, whose every statement is a position by office.
    static let spokespersonWords = Words.vocabulary("spokesperson_stems")

    /// "it", "them": pronouns that stand as a cue's object.
    static let objectPronouns = Words.english("object_pronouns")

    /// Where the words of a cue's object end: at the first preposition after it ("the freedoms | of Hong Kong").
    static func objectEnd(after cue: Range<Int>, in tokens: [Token]) -> Int {
        tokens[cue.upperBound...].firstIndex { PositionExtractor.prepositions.contains($0.lower) } ?? tokens.count
    }

    /// Whether a pronoun is the cue's object: inside a phrasal cue ("switched them off") or right after it ("called it
    /// a violation"); not the one addressed ("urging them to stop").
    static func hasPronounObject(_ cue: Range<Int>, in tokens: [Token]) -> Bool {
        let objects = Self.objectPronouns
        if tokens[cue].dropFirst().contains(where: { objects.contains($0.lower) }) { return true }
        let k = cue.upperBound
        return k < tokens.count && objects.contains(tokens[k].lower) && !(k + 1 < tokens.count && tokens[k + 1].lower == "to")
    }

    /// The document's main issue: the specific issue its headline names, else the most-scored one over all its
    /// sentences with positions (`candidates`: each position's issues, best first).
    func mainIssue(of document: Document, sentences: [SentenceAnalysis], candidates found: [[Candidate]]) -> Int? {
        if let named = headlineIssue(of: document, sentences: sentences) { return named }
        var totals: [Int: Double] = [:]
        for c in found.compactMap(\.first) { totals[c.issue, default: 0] += c.score }
        return totals.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Where the sentence names the governments that hold its positions, as their holders.
    static func actingNames(in s: SentenceAnalysis) -> [Range<Int>] {
        s.mentions.filter { m in
            m.isGovernment && s.attributions.contains { $0.code == m.code && $0.holderEnd == m.range.upperBound }
        }.map(\.range)
    }

    /// Whether a trigger names a government that acts in the sentence ("Voting in favour were China, India and
    /// Ukraine", "Maduro orders …"): the one who acts is not what the sentence is about, though its name is a trigger.
    static func namesOneWhoActs(_ m: TriggerMatch, in s: SentenceAnalysis, acting: [Range<Int>]) -> Bool {
        m.trigger.length == 1 && m.head.hasPrefix("@") && s.attributions.contains { "@" + $0.code == m.head }
            || acting.contains { $0.contains(m.start) && $0.contains(m.end - 1) }
    }

    /// The specific issue (weight 1 or more) a document's headline names: its title, else a heading that opens it.
    func headlineIssue(of document: Document, sentences: [SentenceAnalysis]) -> Int? {
        let headline = document.metadata.title.map { Tokenizer.tokens($0[...], offset: 0) }
            ?? sentences.first.flatMap { $0.isHeading ? $0.tokens : nil }
        // Every trigger of a headline counts alike, wherever it stands in it.
        guard let headline else { return nil }
        var matches = triggerMatches(headline)
        // The one who acts in a headline that is also the first sentence ("Maduro orders …") is not its topic.
        if let first = sentences.first, first.isHeading, first.tokens.map(\.text) == headline.map(\.text) {
            let acting = Self.actingNames(in: first)
            matches.removeAll { Self.namesOneWhoActs($0, in: first, acting: acting) }
        }
        return candidates(matches, cue: 0..<headline.count).first(where: { issues[$0.issue].weight >= 1 })?.issue
    }

    /// Positions from a document's attributions, each with its issue and its direction toward it.
    /// `questionTurns`: the paragraphs that are a journalist's question, in a transcript.
    func assign(_ sentences: [SentenceAnalysis], in document: Document, names: ActorGazetteer,
                questionTurns: Set<Int> = []) -> [Position] {
        struct Pending {
            var sentence: Int
            var attribution: Attribution
            var candidates: [Candidate]
            /// The sentence names an issue only by the name of a government that holds a position in it.
            var namedByHolder = false
        }
        var pending: [Pending] = []
        var referents = TriggerReferents()
        // Each sentence's own triggers, found once; a sentence is read again for context triggers only when the
        // document names an issue that has them.
        let plain = sentences.map { triggerMatches($0.tokens) }
        let named = Set(plain.joined().map(\.trigger.issue)).intersection(contextual)
        for (index, s) in sentences.enumerated() {
            let matches = named.isEmpty ? plain[index] : triggerMatches(s.tokens, named: named)
            let actingNames = Self.actingNames(in: s)
            for a in s.attributions {
                // "Germany voted against the measures, others, including France, voted in favour of the tariffs": a
                // trigger that is the object of another government's cue, in a later clause, is not this one's.
                let own = matches.filter { m in
                    !Self.namesOneWhoActs(m, in: s, acting: actingNames)
                    && !s.attributions.contains { b in
                        guard b.code != a.code, !b.bySpeaker, b.kind != .recommendation, let holder = b.holderEnd,
                              holder > a.cueRange.upperBound, holder <= b.cueRange.lowerBound, b.cueRange.lowerBound - holder <= 3,
                              b.cueRange.upperBound <= m.start else { return false }
                        return !s.cues.contains { $0.range.lowerBound >= b.cueRange.upperBound && $0.range.upperBound <= m.start }
                    }
                }
                // A verdict said with "be" acts on nothing the holder values ("was a blatant interference in …"), but for
                // the object of its own preposition ("is a violation of international law").
                let actsOnObject = { s.cues.first { $0.range == a.cueRange }?.cue.judgesSubject == true
                    || !a.cueRange.isEmpty && PositionExtractor.prepositions.contains(s.tokens[a.cueRange.upperBound - 1].lower) }
                var found = candidates(own, cue: a.cueRange, pronounObject: Self.hasPronounObject(a.cueRange, in: s.tokens),
                                       verdict: a.judgedSubject.map {
                                           ($0, actsOnObject() ? Self.objectEnd(after: a.cueRange, in: s.tokens) : a.cueRange.upperBound)
                                       })
                if found.isEmpty, let back = referents.candidate(in: s.tokens) { found = [back] }
                // The cue's own object points back ("defended the law, arguing that balloon launches …"): it names
                // what the position is about, ahead of triggers further on.
                if var object = referents.candidate(at: a.cueRange.upperBound, in: s.tokens),
                   !matches.contains(where: { $0.start == object.at }) {
                    object.score = (found.map(\.score).max() ?? 0) + 0.01
                    found = [object] + found.filter { $0.issue != object.issue }
                }
                let namedByHolder = found.isEmpty && matches.contains { Self.namesOneWhoActs($0, in: s, acting: actingNames) }
                pending.append(Pending(sentence: index, attribution: a, candidates: found, namedByHolder: namedByHolder))
            }
            referents.learn(matches, in: s.tokens)
        }
        let main = mainIssue(of: document, sentences: sentences, candidates: pending.map(\.candidates))
        // In a transcript an answer is about the question before it: the issue the question names, if any. Questions
        // in text order, each with the first issue its sentences name.
        var questions: [(paragraph: Int, issue: Int?)] = []
        for (index, s) in sentences.enumerated() where questionTurns.contains(s.paragraph) {
            let named = candidates(plain[index], cue: 0..<s.tokens.count).first?.issue
            if questions.last?.paragraph == s.paragraph {
                if questions[questions.count - 1].issue == nil { questions[questions.count - 1].issue = named }
            } else {
                questions.append((s.paragraph, named))
            }
        }
        // The latest question before a paragraph, when there is one: the issue it names, or nil.
        let question = { (paragraph: Int) -> Int?? in questions.last { $0.paragraph < paragraph }.map(\.issue) }
        var previous: (paragraph: Int, issue: Int)?
        var positions: [Position] = []
        // The last position with a direction, for one that repeats it ("Australia followed suit").
        var lastDirected: (sentence: Int, issue: Int?, stance: StanceValue)?
        // Indices of positions read from a relative clause set off by commas.
        var asides: Set<Int> = []
        // Positions neutral by their cue's own meaning ("abstained"): no other sentence breaks that tie.
        var decided: Set<String> = []
        for p in pending {
            let s = sentences[p.sentence]
            var a = p.attribution
            // "The military said it was the first such training": who spoke, but about nothing the analyst tracks.
            // A quotation is kept: it is the government's own words on the document's question.
            // A spokesperson's word is a position by office ("the PMOS said that the question was no longer whether …").
            let spokesperson = Self.spokespersonWords.contains { a.speaker.lowercased().contains($0) }
            let end = a.cueRange.upperBound
            // "reaffirms its belief that …": a noun of its own may stand between the verb and what it says.
            // "said on Friday that …": a time or place may stand between the verb and what it says.
            let saysThat = a.cue.hasSuffix(" that")
                || (end..<min(s.tokens.count, end + 4)).contains { s.tokens[$0].lower == "that" && (end..<$0).allSatisfy { k in
                    PositionExtractor.adjunctWords.contains(s.tokens[k].lower) || s.tokens[k].isCapitalized || s.tokens[k].kind == .number } }
                || (end + 2 < s.tokens.count && PositionExtractor.ownPossessives.contains(s.tokens[end].lower)
                    && s.tokens[end + 2].lower == "that")
            // "Maritime zones must be preserved, the representative of Jamaica said": the clause before the speaker is
            // what they said, whatever it is about.
            let postposed = a.verbAt.map { v in
                s.tokens[..<v].lastIndex { $0.text == "," }.map { v - $0 <= 8 && $0 >= 5 && (a.holderEnd ?? v) <= v } ?? false
            } ?? false
            if a.reportOnly && p.candidates.isEmpty && !s.tokens.contains(where: \.isQuote) && !spokesperson && !saysThat && !postposed
                && !a.speaksAsSubject { continue }
            var issueIndex: Int?
            let base = a.stance
            let repeated = a.repeatsEarlier ? lastDirected.flatMap { p.sentence - $0.sentence <= 1 ? $0 : nil } : nil
            // A broad issue (weight below 1) yields to the document's main issue: "human rights" in a document
            // about the leaflet ban is most likely about the leaflet ban.
            let broad = p.candidates.first.map { issues[$0.issue].weight < 1 } ?? false
            if broad, let main, issues[main].weight >= 1 {
                issueIndex = main
                if let own = p.candidates.first(where: { $0.issue == main }) { a.stance = orient(base, a, own, s) }
            } else if let top = p.candidates.first {
                // A close second that is the document's main issue wins: the sentence is most likely about it too.
                // Not when the cue's object names the top issue and the main one only comes before the cue ("condemned
                // the launch and welcomed the family reunions").
                let pointsAtTop = top.at >= a.cueRange.upperBound
                let chosen = p.candidates.first {
                    $0.issue == main && $0.score >= 0.5 * top.score && !(pointsAtTop && $0.at < a.cueRange.lowerBound)
                } ?? top
                issueIndex = chosen.issue
                a.stance = orient(base, a, chosen, s)
            } else {
                let asked = questionTurns.contains(s.paragraph) ? nil : question(s.paragraph)
                issueIndex = previous.flatMap { $0.paragraph == s.paragraph ? $0.issue : nil } ?? (asked ?? main)
                // "welcomed the Security Council's rejection of the parallel government": with no issue word to point
                // at, the direction is toward what the verdict it welcomes judges.
                if base == .support, a.kind == .statement, Self.welcomesARejection(a.cueRange, in: s) { a.stance = .oppose }
                // "Ankara rejected the criticism": turning aside others' criticism, with no word for what they criticized,
                // stands by it.
                if base == .oppose, a.kind == .statement, Self.rejectsACriticism(a.cueRange, in: s) { a.stance = .support }
            }
            if let repeated {
                // "France has not followed suit": the one before's direction, turned around.
                (issueIndex, a.stance) = (repeated.issue, a.negated ? repeated.stance.reversed : repeated.stance)
            } else if a.kind == .statement, let words = Self.judgedWords(a.cueRange, in: s),
                      let issueIndex, p.candidates.contains(where: { $0.issue == issueIndex && $0.at > words }) {
                // "refuted some of the references made by the Prime Minister about the water": a verdict on what another
                // said, whose direction the sentence does not give, says nothing of which way the holder leans on it.
                a.stance = .neutral
                a.neutralByCue = true
            }
            if let issueIndex { previous = (s.paragraph, issueIndex) }
            if a.kind != .recommendation, a.stance == .support || a.stance == .oppose, !a.repeatsEarlier {
                lastDirected = (p.sentence, issueIndex, a.stance)
            }
            var position = self.position(a, issue: issueIndex, score: p.candidates.first { $0.issue == issueIndex }?.score,
                                         sentence: s, document: document, names: names)
            // No issue named is less sure, but for a sentence whose only trigger was the name of who holds it: that
            // says the document is about that government, as much as a trigger would.
            if p.candidates.isEmpty && !p.namedByHolder { position.confidence = (position.confidence - 0.2).rounded(toPlaces: 2) }
            if a.neutralByCue && a.stance == .neutral { decided.insert(position.id) }
            add(position, to: &positions, aside: Self.inRelativeAside(a.cueRange, in: s.tokens), asides: &asides)
        }
        // "France, which has banned mining at home, called the decision a dangerous step": with no issue of the taxonomy
        // to tell them apart, the aside is background to what the main clause says.
        let discovered = { (p: Position) in p.issue.hasPrefix(DiscoveredIssue.prefix) }
        let background = Set(asides.filter { k in
            discovered(positions[k]) && positions.indices.contains { j in
                j != k && !asides.contains(j) && positions[j].actor == positions[k].actor && positions[j].start == positions[k].start
                    && discovered(positions[j])
            }
        })
        positions = positions.indices.filter { !background.contains($0) }.map { positions[$0] }
        return Self.breakingTies(positions, decided: decided)
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}

/// Word lists the rules above read, loaded once.
extension IssueAssigner {
    static let listSeparators = Words.english("list_separators")
    /// "when", "if", "until": a clause they open says when or whether, not which way its subject leans.
    static let timeClauseOpeners = Words.english("time_clause_openers")
    /// "non" in "non-permanent": a prefix that makes what follows another thing than the trigger names.
    static let negatingPrefixes = Words.english("negating_prefixes")
    /// "some of", "all": words before a cue's object that do not change what it is.
    static let objectQuantifiers = Words.english("object_quantifiers")
    /// "criticism", "condemnation": others' verdicts against a thing, which one who turns them aside stands by.
    static let criticismNouns = Words.vocabulary("criticism_nouns")
    /// "veto": acts of rejecting a text, whose welcome is against the text.
    static let rejectingActs = Words.vocabulary("rejecting_acts")
}
