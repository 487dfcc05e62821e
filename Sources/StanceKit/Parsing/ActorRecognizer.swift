/// Finds the governments a sentence names, telling them apart from the country's people and places.
struct ActorRecognizer: Sendable {
    let gazetteer: ActorGazetteer

    /// Words before a country or capital that make it a place, not a government ("in Seoul", "into North Korea").
    static let placePrepositions: Set<String> = Words.english("place_prepositions")
    /// "his delegation", "her country": the government of the person speaking, named before in the sentence.
    static let personPossessives: Set<String> = Words.english("person_possessives")
    static let speakersGovernmentNouns: Set<String> = Words.vocabulary("speakers_government_nouns")
    /// Nouns that, without a country, refer back to a government already named ("the ministry said").
    static let referringNouns: Set<String> = Words.vocabulary("referring_nouns")
    /// Heads of a body's name ("Council"): alone, they refer back to that body only.
    static let bodyNouns: Set<String> = Words.vocabulary("body_nouns")

    /// Whether an institution's name begins or ends with the body noun ("Council of the EU", "Security Council"; not
    /// "Privy Council Office").
    static func names(_ institution: String, body: String) -> Bool {
        let words = institution.lowercased().split(separator: " ")
        return words.first == Substring(body) || words.last == Substring(body)
    }
    static let titles: Set<String> = Words.vocabulary("person_titles")
    static let administrationWords: Set<String> = Words.vocabulary("administration_words")

    /// The mentions in a sentence, left to right; `context` remembers people named so far in the document.
    func mentions(in tokens: [Token], context: inout DocumentContext) -> [ActorMention] {
        var found: [ActorMention] = []
        if context.dateline == nil, let place = datelinePlace(tokens) { context.dateline = place }
        var i = 0
        while i < tokens.count {
            if var mention = match(at: i, tokens, &context) {
                if mention.via == .institution, let owner = institutionOwner(before: mention, tokens, found) {
                    if found.last?.range.upperBound == mention.range.lowerBound, found.last?.isPossessor == true { found.removeLast() }
                    mention.code = owner.code
                    mention.range = owner.start..<mention.range.upperBound
                    mention.text = Token.join(tokens[mention.range])
                } else if mention.via == .institution, !mention.isPossessor, mention.range.upperBound < tokens.count,
                          Self.ownerLinks.contains(tokens[mention.range.upperBound].lower),
                          let owner = ownerAfterTitle(from: mention.range.upperBound, titled: tokens[mention.range.lowerBound].isCapitalized,
                                                      tokens, ownedBy: "of"),
                          owner.code != mention.code {
                    // "the Secretary-General of the Gulf Cooperation Council", "Secretary of State for External Affairs
                    // of Canada": an office another government or body also has, named as that one's. Only a government
                    // it is "of": "the UN Special Rapporteur for Myanmar" is the UN's, on Myanmar.
                    mention.code = owner.code
                    mention.range = mention.range.lowerBound..<owner.end
                    mention.text = Token.join(tokens[mention.range])
                }
                found.append(mention)
                registerPerson(after: mention, tokens, &context)
                i = mention.range.upperBound
                continue
            }
            if let group = group(at: i, tokens) {
                found += group
                i = group[0].range.upperBound
                continue
            }
            if let mention = knownPerson(at: i, tokens, context) ?? reference(at: i, tokens, found) ?? body(at: i, tokens)
                ?? plural(at: i, tokens) {
                found.append(mention)
                if mention.via == .reference { registerPerson(after: mention, tokens, &context) }
                i = mention.range.upperBound
                continue
            }
            i += 1
        }
        registerParentheticalDelegates(tokens, found, &context)
        registerTitledOfficials(tokens, found, &context)
        if let official = officialInCapital(tokens, found, &context) {
            found.insert(official, at: found.firstIndex { $0.range.lowerBound > official.range.lowerBound } ?? found.endIndex)
        }
        return found.filter { !titledByAnother($0, in: found, tokens) && !titledAsFormer($0, in: found) }
    }

    /// "Former Malian Prime Minister Awa Kodio": the person a former holder's title names, right after it, where the
    /// lexicon does not know when they left (for those it knows, the official's own mention decides).
    private func titledAsFormer(_ m: ActorMention, in found: [ActorMention]) -> Bool {
        guard m.via == .person else { return false }
        return found.contains { title in
            title.via == .demonymInstitution && !title.isGovernment && !title.isPossessor
                && title.range.upperBound == m.range.lowerBound
        }
    }

    /// "In Berlin, Economy Minister Katherina Reiche said …": an official the lexicon does not know, named by title
    /// right after an opening "In" and a capital, is that capital's government's, and so is the name later on.
    private func officialInCapital(_ tokens: [Token], _ found: [ActorMention], _ context: inout DocumentContext) -> ActorMention? {
        guard tokens.count > 6, tokens[0].lower == "in",
              let capital = found.first(where: { $0.range.lowerBound == 1 && $0.via == .capital }),
              capital.range.upperBound < tokens.count, tokens[capital.range.upperBound].text == ",",
              let (office, length) = titledOffice(at: capital.range.upperBound + 1, tokens),
              Self.personOffices.contains(office) else { return nil }
        let start = capital.range.upperBound + 1
        guard tokens[start..<(start + length)].allSatisfy(\.isCapitalized) else { return nil }
        var end = start + length
        while end < tokens.count, end - start - length < 4, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
        guard end - start - length >= 2, !found.contains(where: { $0.range.overlaps(start..<end) }) else { return nil }
        register(Array(tokens[(start + length)..<end]), code: capital.code, &context)
        return ActorMention(code: capital.code, range: start..<end, via: .official, isGovernment: true,
                            text: Token.join(tokens[start..<end]))
    }

    /// "European Union climate commissioner Wopke Hoekstra": an office-holder whose title right before the name names
    /// another government or body holds that office now, whatever the lexicon knows of an earlier one. So does a title in
    /// apposition, before or after the name ("The European Union's foreign policy chief, Kaja Kallas, said", "Kaja
    /// Kallas, the EU's foreign policy chief, said").
    private func titledByAnother(_ m: ActorMention, in found: [ActorMention], _ tokens: [Token]) -> Bool {
        guard m.via == .official else { return false }
        let after = m.range.upperBound + 1 < tokens.count && tokens[m.range.upperBound].text == ","
            ? m.range.upperBound + (tokens[m.range.upperBound + 1].lower == "the" ? 2 : 1) : nil
        return found.contains { title in
            guard !title.code.isEmpty, title.via != .reference, title.code != m.code else { return false }
            // In apposition the title must be able to hold what the person says: a body's name or possessive, not a
            // modifier ("Wopke Hoekstra, the EU climate commissioner," keeps the person).
            let holds = title.isGovernment || title.isPossessor
            if let after, title.range.lowerBound == after {
                let words = tokens[title.range.upperBound...].prefix { $0.isWord && !$0.isCapitalized }.prefix(Self.appositiveOfficeLength)
                // Closed by a comma or the sentence's end: not the next name of a list ("Hoekstra, China's climate envoy
                // Liu Zhenmin and others").
                let close = title.range.upperBound + words.count
                let closed = close == tokens.count || !tokens[close].isWord
                return holds && closed && (tokens[title.range] + words).contains { Self.officeHeads.contains($0.lower) }
            }
            guard title.range.upperBound <= m.range.lowerBound else { return false }
            // Set off by commas on both sides: not the end of an opening phrase ("According to a South Korean official,
            // Rubio said").
            let setOffByCommas = m.range.lowerBound > 0 && tokens[m.range.lowerBound - 1].text == ","
                && m.range.upperBound < tokens.count && tokens[m.range.upperBound].text == ","
            guard !setOffByCommas || holds else { return false }
            let end = setOffByCommas ? m.range.lowerBound - 1 : m.range.lowerBound
            guard end - title.range.upperBound <= 3 else { return false }
            let between = tokens[title.range.upperBound..<end]
            let office = tokens[title.range.lowerBound..<end].contains { Self.officeHeads.contains($0.lower) }
            return between.allSatisfy { $0.isWord && !$0.isCapitalized } && office
        }
    }

    /// The most words of an office after a name in apposition ("the EU's foreign policy chief").
    static let appositiveOfficeLength = 4

    private func match(at i: Int, _ tokens: [Token], _ context: inout DocumentContext) -> ActorMention? {
        for (length, aliases) in gazetteer.aliases.matches(in: tokens, from: i, key: \.lower) {
            let slice = tokens[i..<(i + length)]
            for alias in titledFirst(aliases, at: i, tokens) where ActorGazetteer.caseMatches(alias, slice) && !gazetteer.ruledOut(alias, in: tokens) {
                if let mention = interpret(alias, i..<(i + length), tokens, &context) { return mention }
            }
        }
        // "Korea": whichever of its actors the document has named most so far; in a roll of states, the one its short
        // name stands for there.
        if let (length, entry) = gazetteer.contextNames.matches(in: tokens, from: i, key: \.lower).first.map({ ($0.length, $0.values[0]) }),
           tokens[i].isCapitalized, !entry.actors.isEmpty {
            let candidates = entry.actors
            let counts = Dictionary(context.recent.map { ($0.code, 1) }, uniquingKeysWith: +)
            let code = entry.inRolls.flatMap { Self.standsInARoll(i..<(i + length), tokens) ? $0 : nil }
                ?? candidates.max { (counts[$0] ?? 0, -candidates.firstIndex(of: $0)!) < (counts[$1] ?? 0, -candidates.firstIndex(of: $1)!) }!
            let alias = ActorGazetteer.Alias(code: code, kind: .name, written: tokens[i..<(i + length)].map(\.text))
            return interpret(alias, i..<(i + length), tokens, &context)
        }
        return nil
    }

    /// Whether the name at `range` is an item of a roll of states: a list that a bracket or colon opens right after a
    /// side of a vote or its count ("15 in favour (Argentina, China, Congo, Denmark, …)", "Against (24): Belarus, Congo
    /// and Cuba."), or a delegate's label ("Mr. Gayama (Congo)"). Back to the opening stand only the words of names,
    /// commas, "and" and a name's bracketed qualifier ("Bolivia (Plurinational State of)"); not a news list
    /// ("members: Burundi, Congo and Kenya", "Tshisekedi: Congo and Rwanda must talk").
    static func standsInARoll(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        // "Mr. Gayama (Congo) said": a delegate's label.
        if PositionExtractor.labelsADelegate(at: range, tokens) { return true }
        guard range.lowerBound > 0, range.upperBound < tokens.count else { return false }
        let next = tokens[range.upperBound].lower
        let before = tokens[range.lowerBound - 1]
        guard rollSeparators.contains(next) || rollEnds.contains(next),
              rollSeparators.contains(before.lower) || rollOpenings.contains(before.text) else { return false }
        var k = range.lowerBound - 1
        while k >= 0 {
            let t = tokens[k]
            if rollOpenings.contains(t.text) { return opensARoll(at: k, tokens) }
            if let open = bracketOpening(closedAt: k, tokens) {
                k = open - 1
                continue
            }
            guard t.isCapitalized || rollSeparators.contains(t.lower) || nameJoiners.contains(t.lower) else { return false }
            k -= 1
        }
        return false
    }

    /// Whether the bracket or colon at `k` follows a side of a vote or its count ("in favour (", "Against (24):",
    /// "15 (").
    private static func opensARoll(at k: Int, _ tokens: [Token]) -> Bool {
        var j = k - 1
        if j >= 0, let open = bracketOpening(closedAt: j, tokens) { j = open - 1 }
        guard j >= 0 else { return false }
        return tokens[j].kind == .number || rollSides.contains(tokens[j].lower)
    }

    /// The "(" of the bracket that the ")" at `k` closes ("(24)", "(Plurinational State of)"); nil if `k` closes none.
    private static func bracketOpening(closedAt k: Int, _ tokens: [Token]) -> Int? {
        guard tokens[k].text == ")" else { return nil }
        return tokens[..<k].lastIndex { $0.text == "(" }
    }

    /// "," and "and": what stands between the names of a roll.
    static let rollSeparators = Words.english("roll_separators")
    /// "(" and ":": what opens a roll.
    static let rollOpenings = Words.english("roll_openings")
    /// ")", ";" and ".": what may end a roll after its last name.
    static let rollEnds = Words.english("roll_ends")
    /// "favour", "against", "abstaining": the last word of a vote's side, right before its roll.
    static let rollSides = Words.english("roll_sides")
    /// "of", "the", "'s", "-": the words of a state's name that are not capitalized ("Democratic People's Republic of
    /// Korea", "Saint Vincent and the Grenadines").
    static let nameJoiners = Words.english("name_joiners")

    /// "Dutch Prime Minister Mark Rutte", "NATO Secretary General Mark Rutte": of the offices one person held, the one
    /// whose title stands right before the name comes first, so the document knows the person by that office.
    private func titledFirst(_ aliases: [ActorGazetteer.Alias], at i: Int, _ tokens: [Token]) -> [ActorGazetteer.Alias] {
        let titled = { (alias: ActorGazetteer.Alias) -> Bool in
            guard case .official(let index) = alias.kind else { return false }
            return titleStands(before: i, forOfficial: index, tokens)
        }
        guard aliases.count > 1, aliases.contains(where: titled) else { return aliases }
        return aliases.filter(titled) + aliases.filter { !titled($0) }
    }

    /// Whether the title of the office-holder at `index` of the gazetteer stands right before `start` ("Prime Minister
    /// Boris Johnson").
    private func titleStands(before start: Int, forOfficial index: Int, _ tokens: [Token]) -> Bool {
        let role = gazetteer.roleWords[index]
        return !role.isEmpty && start >= role.count && tokens[(start - role.count)..<start].map(\.lower) == role
    }

    private func interpret(_ alias: ActorGazetteer.Alias, _ range: Range<Int>, _ tokens: [Token],
                           _ context: inout DocumentContext) -> ActorMention? {
        let text = { (r: Range<Int>) in Token.join(tokens[r]) }
        var end = range.upperBound
        let possessive = end < tokens.count && tokens[end].lower == "'s"
        if possessive { end += 1 }
        // A title of any wording follows a demonym or a possessive ("French ecological transition minister", "France's
        // climate envoy"), not a bare name, where those words are the sentence going on ("Washington criticised
        // Maduro's government").
        let mayTakeTitle = possessive || alias.kind == .demonym
        let institution = institutionWord(at: end, tokens) ?? (mayTakeTitle ? titledOffice(at: end, tokens) : nil)
            ?? (alias.kind == .demonym ? pluralInstitution(at: end, tokens) : nil)
        switch alias.kind {
        case .institution:
            // "the World Uighur Congress", "the Philippine Senate": a one-word institution after a capitalized word that
            // does not name its own government ends another body's name. A word that opens the sentence or a clause is
            // capitalized anyway ("While MOFCOM …"), unless it names another government.
            let k = range.lowerBound - 1
            if range.count == 1, k >= 0, tokens[k].isWord, tokens[k].isCapitalized, tokens[k].end < tokens[range.lowerBound].start {
                let names = gazetteer.aliases.matches(in: tokens, from: k, key: \.lower).filter { $0.length == 1 }.flatMap(\.values)
                // A day or month is capitalized too ("On Monday Congress passed …").
                let opens = k == 0 || !tokens[k - 1].isWord || Self.calendarWords.contains(tokens[k].lower)
                // "the Brazilian Senate" is the Brazilian government's (mentions(in:) gives it to the demonym's government).
                if names.isEmpty ? !opens : !names.contains(where: { $0.code == alias.code || $0.kind == .demonym }) { return nil }
            }
            // "Unification Ministry" is a ministry: "the ministry" later refers back to it.
            // "Security Council", "Council of the EU": a body, which "the Council" later refers back to.
            let head = tokens[range.upperBound - 1].lower
            let body = [tokens[range.lowerBound].lower, head].first { Self.bodyNouns.contains($0) }
            return ActorMention(code: alias.code, range: range, via: .institution, isGovernment: !possessive && !namesAMember(end, tokens),
                                isPossessor: possessive, institution: Self.referringNouns.contains(head) ? head : body,
                                text: text(range))
        case .demonym:
            guard let (word, length) = institution else {
                // "the French and German governments", "the Hungarian and Turkish parliaments": the institution the
                // demonyms share.
                if let shared = sharedInstitution(after: end, tokens) {
                    return ActorMention(code: alias.code, range: range, via: .demonymInstitution, isGovernment: true,
                                        institution: shared, text: text(range))
                }
                return lawOwner(alias.code, range, tokens) ?? authorBefore(alias.code, range, tokens)
            }
            let r = range.lowerBound..<(end + length)
            return ActorMention(code: alias.code, range: r, via: .demonymInstitution,
                                isGovernment: !Self.namesAFormerHolder(word, before: range.lowerBound, tokens),
                                isPossessor: r.upperBound < tokens.count && tokens[r.upperBound].lower == "'s",
                                institution: word, text: text(r))
        case .name, .capital:
            // "Korea Herald", "Washington Post", "China Daily": an organization's name, not the government.
            if institution == nil, end < tokens.count, tokens[end].isCapitalized,
               gazetteer.organizationWords.contains(tokens[end].lower) {
                return nil
            }
            // "Spain will face defending champion Croatia": national teams.
            if institution == nil, alias.kind == .name, gazetteer.isAboutSport(tokens) { return nil }
            if let (word, length) = institution {
                let r = range.lowerBound..<(end + length)
                // "U.N. rapporteur's appeal": the office's possessive holds what follows, as "Russia's veto" does.
                let owns = r.upperBound < tokens.count && tokens[r.upperBound].lower == "'s"
                return ActorMention(code: alias.code, range: r, via: .demonymInstitution,
                                    isGovernment: !owns && !Self.namesAFormerHolder(word, before: range.lowerBound, tokens),
                                    isPossessor: owns, institution: word, text: text(r))
            }
            let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1].lower : ""
            let before2 = range.lowerBound > 1 ? tokens[range.lowerBound - 2].lower : ""
            // "according to China" names a source, not a place.
            let isPlace = (Self.placePrepositions.contains(before) && !(before == "to" && before2 == "according"))
                || (before == "-" && Self.placePrepositions.contains(before2)) || isDateline(range, tokens)
                || alias.kind == .name && qualifiesAPlace(range, tokens) || namesAForum(alias.code, range, tokens)
            let r = range.lowerBound..<end
            return ActorMention(code: alias.code, range: r, via: alias.kind == .name ? .name : .capital,
                                isGovernment: !isPlace && !possessive && !isModifier(range, tokens) && !namesAMember(end, tokens),
                                isPossessor: possessive && !isPlace, text: text(range))
        case .leader:
            guard end == range.upperBound else { return nil }
            return administration(of: alias.code, from: range.lowerBound, at: end, tokens)
        case .official(let index):
            let official = gazetteer.officials[index]
            let isFullName = alias.written.count > 1 || alias.written.first == official.name
            let former = range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == "former"
                || (range.lowerBound > 2 && tokens[(range.lowerBound - 3)..<range.lowerBound].contains { $0.lower == "former" })
            // "Prime Minister Boris Johnson": a text that gives the person the office's own title says they hold it, whatever
            // earlier years it recalls.
            let givenOwnTitle = titleStands(before: range.lowerBound, forOfficial: index, tokens)
            guard official.inOffice(on: context.date) && (official.inOffice(duringAnyOf: context.yearsNamed) || givenOwnTitle) || former
            else { return nil }
            let titled = range.lowerBound > 0 && Self.titles.contains(tokens[range.lowerBound - 1].lower)
            let known = context.people[alias.written.joined(separator: " ").lowercased()] == official.actor
            // A leader's bare surname counts only in a document that names the country, before or after: "Moon" in a
            // story about space flight is not South Korea's president.
            guard isFullName || titled || known
                    || ActorGazetteer.headOfGovernmentRoles.contains(official.role)
                        && !gazetteer.commonSurnames.contains(alias.written.joined(separator: " "))
                        && (context.recent.contains { $0.code == official.actor }
                            || context.namesAnywhere(official.actor, by: gazetteer.countryWords[official.actor] ?? []))
            else { return nil }
            if isFullName {
                for name in [official.name] + official.aliases { context.people[name.lowercased()] = official.actor }
                register(Tokenizer.tokens(official.name[...], offset: 0).filter { $0.isWord || $0.text == "-" }, code: official.actor, &context)
            }
            // "former Nigerian President Olusegun Obasanjo, the AU's High Representative": long out of office, the person
            // speaks for no government here, though the story may go on to tell what they did in office ("Morales resigned").
            if former, !official.leftOfficeRecently(before: context.date, yearsNamed: context.yearsNamed) {
                return ActorMention(code: official.actor, range: range, via: .official, isGovernment: false, text: text(range))
            }
            // "Viktor Orban's government", "Biden's administration": the government a leader heads, as "Maduro's
            // government" is.
            if possessive, let mention = administration(of: official.actor, from: range.lowerBound, at: end, tokens) {
                return mention
            }
            let r = range.lowerBound..<end
            return ActorMention(code: official.actor, range: r, via: .official, isGovernment: !possessive,
                                isPossessor: possessive, text: text(range),
                                detail: "\(official.role) \(official.name), \(official.from) to \(official.to ?? "today")")
        }
    }

    /// "former Kenyan President Uhuru Kenyatta", "ex-Botswana President": an office its holder has left; they no
    /// longer speak for the government, whatever they say now.
    static func namesAFormerHolder(_ institution: String, before start: Int, _ tokens: [Token]) -> Bool {
        guard let office = institution.split(separator: " ").last, personOffices.contains(String(office)), start > 0
        else { return false }
        let before = tokens[start - 1].lower
        return formerWords.contains(before) || (before == "-" && start > 1 && formerWords.contains(tokens[start - 2].lower))
    }

    static let formerWords: Set<String> = Words.vocabulary("former_words")

    /// Nouns that name a law or measure; as a subject they act for the government that made them.
    static let lawNouns: Set<String> = Words.vocabulary("law_nouns")

    /// "South Korean law", "the South Korean anti-leaflet law": the law's owner, not a holder of positions itself.
    private func lawOwner(_ code: String, _ range: Range<Int>, _ tokens: [Token]) -> ActorMention? {
        var j = range.upperBound
        while j < tokens.count, j < range.upperBound + 3, tokens[j].isWord || tokens[j].text == "-" {
            if Self.lawNouns.contains(tokens[j].lower) {
                let r = range.lowerBound..<(j + 1)
                return ActorMention(code: code, range: r, via: .lawOwner, isGovernment: false, institution: "law",
                                    text: Token.join(tokens[r]))
            }
            j += 1
        }
        return nil
    }

    /// "the latest NATO country to ratify", "14 Security Council members voted": a body's name before a word for one
    /// or some of its members names them, not the body ("EU member states" are the EU's voice, so "member" before
    /// "states" is not one of these).
    private func namesAMember(_ end: Int, _ tokens: [Token]) -> Bool {
        guard end < tokens.count, Self.membershipNouns.contains(tokens[end].lower) else { return false }
        return !Self.namesMemberStates(tokens, at: end)
    }

    /// "member states", "partner nations" at `k`: a word for members, then a plural of states; after a body's name,
    /// its voice ("EU member states").
    static func namesMemberStates(_ tokens: [Token], at k: Int) -> Bool {
        k + 1 < tokens.count && membershipNouns.contains(tokens[k].lower) && membershipGroups.contains(tokens[k + 1].lower)
    }

    static let membershipNouns = Words.vocabulary("membership_nouns")
    static let membershipGroups = Words.vocabulary("membership_groups")

    /// "the Russian veto", "the Chinese proposal": a demonym before what a government authors holds it, as
    /// "Russia's veto" does.
    private func authorBefore(_ code: String, _ range: Range<Int>, _ tokens: [Token]) -> ActorMention? {
        // 'the Russian "veto"': a quotation mark may stand between.
        let k = range.upperBound < tokens.count && tokens[range.upperBound].isQuote ? range.upperBound + 1 : range.upperBound
        guard k < tokens.count, Self.authoredNouns.contains(tokens[k].lower) else { return nil }
        return ActorMention(code: code, range: range, via: .demonymInstitution, isGovernment: false, isPossessor: true,
                            text: Token.join(tokens[range]))
    }

    /// An institution noun at `index` ("foreign ministry", "military"): the phrase and its token count.
    func institutionWord(at index: Int, _ tokens: [Token]) -> (String, Int)? {
        guard index < tokens.count else { return nil }
        return gazetteer.institutionWords.matches(in: tokens, from: index, key: \.lower).first.map { ($0.values[0], $0.length) }
    }

    /// "Maduro's government", "Biden's administration": a leader's name from `start`, then at `index` the word for the
    /// government they head; nil when no such word stands there.
    private func administration(of code: String, from start: Int, at index: Int, _ tokens: [Token]) -> ActorMention? {
        guard index < tokens.count, Self.administrationWords.contains(tokens[index].lower) else { return nil }
        let r = start..<(index + 1)
        return ActorMention(code: code, range: r, via: .administration, isGovernment: true,
                            isPossessor: r.upperBound < tokens.count && tokens[r.upperBound].lower == "'s",
                            institution: tokens[index].lower, text: Token.join(tokens[r]))
    }

    /// The institution a list of demonyms shares, named after its last one ("French | and German governments").
    private func sharedInstitution(after end: Int, _ tokens: [Token]) -> String? {
        var j = end
        while j + 1 < tokens.count, Self.demonymListLinks.contains(tokens[j].lower) {
            guard let length = gazetteer.aliases.matches(in: tokens, from: j + 1, key: \.lower)
                .first(where: { m in m.values.contains { $0.kind == .demonym } })?.length else { return nil }
            j += 1 + length
            if let (word, _) = institutionWord(at: j, tokens) ?? pluralInstitution(at: j, tokens) { return word }
        }
        return nil
    }

    /// "the Hungarian and Turkish parliaments": the plural of a one-word institution after a demonym. Alone ("the
    /// parliaments") it refers back to no one government, so it is no institution word of its own.
    func pluralInstitution(at index: Int, _ tokens: [Token]) -> (String, Int)? {
        guard index < tokens.count, tokens[index].lower.hasSuffix("s") else { return nil }
        let plural = tokens[index].lower
        let singular = plural.hasSuffix("ies") ? plural.dropLast(3) + "y" : String(plural.dropLast())
        return gazetteer.institutionWords.matches(in: [singular], from: 0, key: { $0 }).first.map { ($0.values[0], 1) }
    }

    /// Words of a state's style before its institution ("Royal", "Federal"): "The Royal Government of Cambodia".
    static let stateStyles: Set<String> = Words.english("state_styles")

    /// "and", "or", ",": what joins the demonyms of a list.
    static let demonymListLinks: Set<String> = Words.english("list_separators")

    /// Office nouns that end a title of any wording: "ecological transition minister", "climate commissioner".
    static let officeHeads: Set<String> = Words.vocabulary("office_heads")
    /// "observer": an office that names a government only with that government after it.
    static let ownerOnlyOffices: Set<String> = Words.vocabulary("owner_only_offices")

    /// "France's ecological transition minister": up to three words, then an office noun.
    func titledOffice(at index: Int, _ tokens: [Token]) -> (String, Int)? {
        var j = index
        while j < tokens.count, j < index + 4, tokens[j].isWord, !DiscoveredIssue.skipped.contains(tokens[j].lower) {
            if Self.officeHeads.contains(tokens[j].lower), j > index { return (tokens[j].lower, j - index + 1) }
            j += 1
        }
        return nil
    }

    /// The government seated in a dateline's city ("SEOUL (Reuters) -", "Pyongyang, November 17 (KCNA)").
    private func datelinePlace(_ tokens: [Token]) -> String? {
        guard tokens.count > 2, tokens[0].isWord, tokens[0].isCapitalized else { return nil }
        for (length, aliases) in gazetteer.aliases.matches(in: tokens, from: 0, key: \.lower) where length < tokens.count {
            let next = tokens[length].text
            guard next == "," || next == "(" else { continue }
            if let alias = aliases.first(where: { $0.kind == .capital }) { return alias.code }
        }
        return nil
    }

    static let auxiliaries: Set<String> = Words.english("name_followers")
    /// Marks after which a headline starts a phrase of its own, as at its start.
    static let phraseOpeners: Set<String> = Words.english("phrase_openers")
    /// Words that join the parts of a portfolio in a title ("Foreign Affairs and Trade", "Europe & Foreign Affairs").
    static let portfolioJoins: Set<String> = Words.english("conjunctions")

    /// Nouns whose author the name before them is ("the U.S. report takes issue with …").
    static let authoredNouns: Set<String> = Words.vocabulary("authored_nouns")

    /// "the UN resolution", "the U.S. goods": a name used as a modifier of the noun after it, not a subject.
    private func isModifier(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.lowerBound > 0, tokens[range.lowerBound - 1].lower == "the", range.upperBound < tokens.count else { return false }
        let next = tokens[range.upperBound]
        guard Self.mayBeNounAfterName(next), !Self.authoredNouns.contains(next.lower) else { return false }
        // "the EU member states voted": the body's voice, as "EU member states" is.
        if Self.namesMemberStates(tokens, at: range.upperBound) { return false }
        // A present verb right after the name ("the UN urges") makes it the subject.
        return !next.lower.hasSuffix("s")
    }

    /// Whether the word after a name may be a noun the name modifies ("the EU plan", "a WTO complaint"): a word in
    /// lower case, no auxiliary, adverb or past verb ("the U.S. condemned").
    static func mayBeNounAfterName(_ next: Token) -> Bool {
        next.isWord && !next.isCapitalized && !auxiliaries.contains(next.lower) && !next.lower.hasSuffix("ly")
            && !next.lower.hasSuffix("ed")
    }

    /// "a summit in Djibloho, Equatorial Guinea, condemned", "met in Phnom Penh, Cambodia on Monday": a country after a
    /// town that a place's preposition names, closed by a comma, a preposition or the sentence's end, says where the
    /// town is; not "in Belem, Brazil would …", where the country opens the main clause, nor a list that goes on, nor
    /// the subject after an opening phrase of place ("In Brussels, France on Tuesday rejected …").
    private func qualifiesAPlace(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let comma = range.lowerBound - 1
        guard comma >= 2, tokens[comma].text == "," else { return false }
        var k = comma - 1
        while k > 0, comma - k <= Self.townLength, tokens[k].isWord, tokens[k].isCapitalized { k -= 1 }
        guard k > 0, k < comma - 1, Self.placePrepositions.contains(tokens[k].lower), tokens[k - 1].isWord else { return false }
        // Not a headline's Title Case, where any noun may be capitalized ("U.S. Hits Back at Allies, China on Tariffs").
        guard !Self.inTitleCase(tokens) else { return false }
        guard range.upperBound < tokens.count else { return true }
        let next = tokens[range.upperBound]
        // Closed by a comma, not one that goes on to list more names ("in Kabul, Russia, China and Iran condemned").
        if next.text == "," {
            return range.upperBound + 1 < tokens.count && !tokens[range.upperBound + 1].isCapitalized
                && !Self.demonymListLinks.contains(tokens[range.upperBound + 1].lower)
        }
        return !next.isWord || Self.townFollowers.contains(next.lower)
    }

    /// "requested WTO consultations", "launched a World Trade Organization dispute": a body where governments bring
    /// their cases (vocabulary forum_bodies), named before a noun after a verb, an indefinite article or a preposition,
    /// says where the case is, not who brings it; as a subject ("The WTO rejects …", "the WTO ruled") it still speaks.
    private func namesAForum(_ code: String, _ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard Self.forumBodies.contains(code), range.lowerBound > 0, range.upperBound < tokens.count else { return false }
        let before = tokens[range.lowerBound - 1]
        guard before.isWord, before.lower != "the", !before.isCapitalized else { return false }
        return Self.mayBeNounAfterName(tokens[range.upperBound])
    }

    /// Bodies where governments bring their cases, whose name before a noun says where ("a WTO complaint").
    static let forumBodies: Set<String> = Set(Words.vocabulary("forum_bodies").map { $0.uppercased() })

    /// Whether a line is written in capitals ("COUNCIL CONDEMNS ATTACK ON PEACEKEEPERS"): three words or more, each
    /// with no lowercase letter.
    static func headlineInCapitals(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.isWord && $0.text.contains { $0.isLetter } }
        return words.count >= 3 && words.allSatisfy { $0.isAllCaps || $0.text.count == 1 && $0.text.uppercased() == $0.text }
    }

    /// Whether a sentence is a headline in Title Case, two words in three capitalized, where any noun may be
    /// capitalized ("Assembly Adopts Resolution").
    static func inTitleCase(_ tokens: [Token]) -> Bool {
        let words = tokens.filter(\.isWord)
        return words.count { $0.isCapitalized } * 3 >= words.count * 2
    }

    /// The most words of a town's name before the country that qualifies it ("Phnom Penh").
    static let townLength = 3

    /// Words that may follow "Town, Country" when the country only says where the town is ("on Monday", "in 2023").
    static let townFollowers: Set<String> = Words.english("town_followers")

    /// "SEOUL, Dec. 17 (Yonhap)", "Pyongyang, November 17 (KCNA)" and "JERUSALEM/DUBAI/TOKYO, June 14 –": a dateline
    /// names places, one or several joined by slashes.
    private func isDateline(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let comma = tokens.prefix(12).firstIndex(where: { $0.text == "," }), range.upperBound <= comma, comma + 1 < tokens.count,
              tokens[..<comma].allSatisfy({ $0.text == "/" || $0.text == "-" || $0.isWord && $0.isCapitalized }),
              range.lowerBound == 0 || tokens[..<comma].contains(where: { $0.text == "/" }) else { return false }
        let next = tokens[comma + 1]
        return DateText.firstDay(in: next.text + " 1, 2000") != nil || next.kind == .number
    }

    /// "the ministry", "Ministry spokesman", "the government of X" / "a spokesman for the Foreign Ministry of X".
    private func reference(at i: Int, _ tokens: [Token], _ found: [ActorMention]) -> ActorMention? {
        guard let (word, length) = institutionWord(at: i, tokens) else { return nil }
        // "The Royal Government of Cambodia", "the Federal Government of Somalia": a word of the state's style between
        // the article and the institution.
        let styled = i > 0 && tokens[i - 1].isCapitalized && Self.stateStyles.contains(tokens[i - 1].lower)
        // "the regional bloc", "the 27-nation bloc", "the West African bloc": words that describe an organization of
        // states may stand between the article and the word that refers back to it.
        // A capitalized noun names an alliance of its own ("the Pacific Alliance").
        let described = DocumentContext.organizationReferences.contains(word) && !tokens[i].isCapitalized
            ? Self.descriptionStart(before: i, after: found.last?.range.upperBound ?? 0, tokens) : i
        let article = described < i ? described - 1 : i - (styled ? 2 : 1)
        let before = article >= 0 ? tokens[article].lower : ""
        // "Sudan: Government of Sudan Welcomes …": a colon or dash opens a headline's own phrase.
        let capitalizedStart = tokens[i].isCapitalized && (article < 0 || before == "the" || before == "a" || before == "an"
                                                            || Self.phraseOpeners.contains(before))
        // "Jane Doe, Minister of Environment of Fiji": a title in apposition, when it names its country.
        let appositive = tokens[i].isCapitalized && before == ","
        let speakers = Self.personPossessives.contains(before) && Self.speakersGovernmentNouns.contains(word)
        guard before == "the" || before == "its" || before == "their" || before == "a" || capitalizedStart || appositive || speakers
        else { return nil }
        // "Governments around the world urged …": a plural institution with no article refers back to no one. People
        // do ("Officials have also said …" after the ministry), and in a joint statement "Ministers recognized …" its
        // speakers hold it all the same.
        // Nor do people who serve many governments ("Diplomats said …").
        let plural = tokens[i + length - 1].lower
        if plural.hasSuffix("s"), !Self.personOffices.contains(String(plural.dropLast())) || Self.manyGovernmentsPeople.contains(plural),
           !PositionExtractor.articlesAndPossessives.contains(before),
           i + length < tokens.count, !Self.officeTitleLinks.contains(tokens[i + length].lower) { return nil }
        let end = i + length
        // "the Foreign Ministry of the DPRK", "a spokesman for the Foreign Ministry of the DPRK"; a capitalized title
        // names its portfolio in capitals before the country ("the Minister for Foreign Affairs and Trade of Australia",
        // "the Ministry of Foreign Affairs, International Cooperation and Francophonie of the DRC").
        if let owner = ownerAfterTitle(from: end, titled: tokens[i].isCapitalized, tokens) {
            return ActorMention(code: owner.code, range: (before == "the" || before == "a" ? article : i)..<owner.end,
                                via: .institution, isGovernment: true, institution: word,
                                text: Token.join(tokens[i..<owner.end]))
        }
        if appositive && !capitalizedStart || Self.ownerOnlyOffices.contains(word) { return nil }
        // "the presidential office in Seoul": the office of the government seated there.
        if end + 1 < tokens.count, tokens[end].lower == "in", let place = seat(at: end + 1, tokens) {
            return ActorMention(code: place.0, range: (before == "the" || before == "a" ? article : i)..<(end + 1 + place.1),
                                via: .institution, isGovernment: true, institution: word,
                                text: Token.join(tokens[i..<(end + 1 + place.1)]))
        }
        let start = before == "the" || before == "its" || before == "their" || before == "a" || speakers ? article : i
        let possessor = end < tokens.count && tokens[end].lower == "'s"
        return ActorMention(code: "", range: start..<(possessor ? end + 1 : end), via: .reference, isGovernment: true,
                            isPossessor: possessor, institution: word, text: Token.join(tokens[start..<end]))
    }

    /// Words that join an office to its portfolio or its government ("of", "for").
    static let ownerLinks: Set<String> = Words.english("owner_links")

    /// The government named after a title's portfolio, from `end` where the title's own words stop, and where its
    /// name ends: "the Foreign Ministry | of the DPRK", "the Minister | for Foreign Affairs and Trade of Australia"; a
    /// capitalized title names its portfolio in capitals before the country ("the Ministry | of Foreign Affairs,
    /// International Cooperation and Francophonie of the DRC"). Not a possessive, which holds what follows it ("the
    /// secretary | of Russia's Security Council").
    ///
    /// With `ownedBy`, only a government right after that word (and an article) owns the office.
    private func ownerAfterTitle(from end: Int, titled: Bool, _ tokens: [Token], ownedBy link: String? = nil) -> (code: String, end: Int)? {
        var j = end
        while j < tokens.count, j < end + 12, Self.officeTitleLinks.contains(tokens[j].lower) || institutionWord(at: j, tokens) != nil
                || titled && (tokens[j].isCapitalized && tokens[j].isWord && owner(at: j, tokens) == nil || Self.portfolioJoins.contains(tokens[j].lower)
                              || tokens[j].text == "," && j + 1 < tokens.count && tokens[j + 1].isCapitalized && owner(at: j + 1, tokens) == nil) {
            if let (_, l) = institutionWord(at: j, tokens) { j += l } else { j += 1 }
        }
        guard j > end, j < tokens.count, let owner = owner(at: j, tokens),
              !(j + owner.1 < tokens.count && tokens[j + owner.1].lower == "'s") else { return nil }
        if let link {
            let k = tokens[j - 1].lower == "the" ? j - 2 : j - 1
            guard k >= end, tokens[k].lower == link else { return nil }
        }
        return (owner.0, j + owner.1)
    }

    /// Where the words that describe an organization of states before `index` begin: those of
    /// `organization_descriptions`, numbers and hyphenated words ("27-nation", "pan-African"), at most four tokens, and
    /// none of a mention that ends at `limit` ("the US-led alliance" describes no organization but names the US).
    static func descriptionStart(before index: Int, after limit: Int, _ tokens: [Token]) -> Int {
        let hyphen = { (k: Int) in k >= 0 && PositionExtractor.compoundHyphens.contains(tokens[k].text) }
        var k = index
        while k > limit, index - k < 4 {
            let t = tokens[k - 1]
            guard t.kind == .number || hyphen(k - 1)
                    || t.isWord && (organizationDescriptions.contains(t.lower) || hyphen(k) || hyphen(k - 2)) else { break }
            k -= 1
        }
        return k
    }

    /// Words that describe an organization of states before "bloc" or "alliance" (`organization_descriptions`).
    static let organizationDescriptions = Words.vocabulary("organization_descriptions")

    /// "The Council", "the Commission" standing alone: the body named so (resolved by the document, not here).
    private func body(at i: Int, _ tokens: [Token]) -> ActorMention? {
        // "COUNCIL CONDEMNS ATTACK ON …", "ASSEMBLY, IN FIRST EMERGENCY SESSION, URGES …": a headline in capitals opens
        // with the body's noun alone.
        let capitalsHeadline = i == 0 && Self.headlineInCapitals(tokens)
        guard i > 0 && tokens[i - 1].lower == "the" || capitalsHeadline, tokens[i].isCapitalized, Self.bodyNouns.contains(tokens[i].lower)
        else { return nil }
        let possessor = i + 1 < tokens.count && tokens[i + 1].lower == "'s"
        if i + 1 < tokens.count, tokens[i + 1].lower == "of" || tokens[i + 1].isCapitalized && !capitalsHeadline { return nil }
        let start = capitalsHeadline ? i : i - 1
        return ActorMention(code: "", range: start..<(possessor ? i + 2 : i + 1), via: .reference, isGovernment: !possessor,
                            isPossessor: possessor, institution: tokens[i].lower, text: Token.join(tokens[start...i]))
    }

    /// A capital or country name at `index` ("in Seoul").
    private func seat(at index: Int, _ tokens: [Token]) -> (String, Int)? {
        for (length, aliases) in gazetteer.aliases.matches(in: tokens, from: index, key: \.lower) {
            for alias in aliases where ActorGazetteer.caseMatches(alias, tokens[index..<(index + length)]) {
                if alias.kind == .capital || alias.kind == .name { return (alias.code, length) }
            }
        }
        return nil
    }

    /// A country name or institution alias at `index` that can own an institution ("of the DPRK").
    private func owner(at index: Int, _ tokens: [Token]) -> (String, Int)? {
        for (length, aliases) in gazetteer.aliases.matches(in: tokens, from: index, key: \.lower) {
            for alias in aliases where ActorGazetteer.caseMatches(alias, tokens[index..<(index + length)]) {
                if alias.kind == .name || alias.kind == .institution { return (alias.code, length) }
                // "of the Chinese foreign ministry"
                if alias.kind == .demonym, let (_, l) = institutionWord(at: index + length, tokens) { return (alias.code, length + l) }
            }
        }
        return nil
    }

    static let pluralNouns: Set<String> = Words.vocabulary("group_reference_nouns")
    static let numberWords: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "both": 2]

    /// "the two countries", "both sides", "the three nations", "the foreign ministers": several actors named before.
    private func plural(at i: Int, _ tokens: [Token]) -> ActorMention? {
        let first = tokens[i].lower
        guard first == "the" || first == "both" else { return nil }
        var j = i + 1
        var count = first == "both" ? 2 : 0
        if j < tokens.count, let n = Self.numberWords[tokens[j].lower] {
            count = n
            j += 1
        }
        // "the two foreign ministers", "the three West African countries": modifiers before the noun, a known one or
        // capitalized words after a number.
        let modifiersStart = j
        while j + 1 < tokens.count, j - modifiersStart < 2,
              Self.groupReferenceModifiers.contains(tokens[j].lower)
                || count > 0 && tokens[j].isCapitalized && tokens[j].isWord && !Self.pluralNouns.contains(tokens[j].lower) {
            j += 1
        }
        guard j < tokens.count, Self.pluralNouns.contains(tokens[j].lower) else { return nil }
        // "the foreign ministers of Japan and South Korea" names its governments; it refers back to none.
        if j + 1 < tokens.count, Self.officeTitleLinks.contains(tokens[j + 1].lower) { return nil }
        // "the ministers" alone says nothing of how many: two, as "both" would.
        if count == 0 { count = tokens[j].lower == "ministers" || tokens[j].lower == "leaders" ? 2 : 0 }
        guard count >= 2 else { return nil }
        return ActorMention(code: "", range: i..<(j + 1), via: .reference, isGovernment: true, institution: nil,
                            text: Token.join(tokens[i...j]), count: count)
    }

    /// "the two Koreas": every actor a group name stands for.
    private func group(at i: Int, _ tokens: [Token]) -> [ActorMention]? {
        guard let match = gazetteer.groups.matches(in: tokens, from: i, key: \.lower).first else { return nil }
        let range = i..<(i + match.length)
        let text = Token.join(tokens[range])
        return match.values[0].map { ActorMention(code: $0, range: range, via: .name, isGovernment: true, text: text) }
    }

    /// "Brazil's Senate", "the Turkish National Security Council": a named institution another government also has,
    /// right after a government's possessive or demonym, is that government's.
    private func institutionOwner(before mention: ActorMention, _ tokens: [Token], _ found: [ActorMention]) -> (code: String, start: Int)? {
        let start = mention.range.lowerBound
        if let last = found.last, last.isPossessor, last.range.upperBound == start, last.code != mention.code, !last.code.isEmpty {
            return (last.code, last.range.lowerBound)
        }
        for k in max(0, start - 3)..<start {
            for (length, aliases) in gazetteer.aliases.matches(in: tokens, from: k, key: \.lower) where k + length == start {
                if let demonym = aliases.first(where: { $0.kind == .demonym && $0.code != mention.code
                    && ActorGazetteer.caseMatches($0, tokens[k..<start]) }) {
                    return (demonym.code, k)
                }
            }
        }
        return nil
    }

    /// A person this document has already tied to a government ("Koo told reporters").
    private func knownPerson(at i: Int, _ tokens: [Token], _ context: DocumentContext) -> ActorMention? {
        guard tokens[i].isCapitalized, !context.people.isEmpty else { return nil }
        var best: (String, Int)?
        var key = ""
        for j in i..<min(tokens.count, i + 4) {
            key += (j > i ? " " : "") + tokens[j].lower
            if let code = context.people[key] { best = (code, j - i + 1) }
        }
        guard let (code, length) = best else { return nil }
        let possessive = i + length < tokens.count && tokens[i + length].lower == "'s"
        let r = i..<(i + length + (possessive ? 1 : 0))
        return ActorMention(code: code, range: r, via: .person, isGovernment: !possessive, isPossessor: possessive,
                            text: Token.join(tokens[i..<(i + length)]))
    }

    /// After "spokesman" or "Foreign Minister", a capitalized name is that government's person from here on.
    /// Offices held by one person, after which a capitalized name is that person ("spokesman Koo Byoung-sam").
    static let personOffices: Set<String> = Words.vocabulary("person_offices")
    /// People who, in the plural with no article or country, serve many governments ("Diplomats said …").
    static let manyGovernmentsPeople: Set<String> = Words.vocabulary("many_governments_people")

    private func registerPerson(after mention: ActorMention, _ tokens: [Token], _ context: inout DocumentContext) {
        // Only after a person's office, and not in a headline's Title Case ("Assembly Adopts Resolution").
        let office = mention.institution.map { $0.split(separator: " ").last.map(String.init) ?? $0 }
            ?? tokens[mention.range.upperBound - 1].lower
        // "Indian delegation representative Chandni Raina": the person's office may follow the body's name.
        var j = mention.range.upperBound
        if !Self.personOffices.contains(office), j < tokens.count, Self.personOffices.contains(tokens[j].lower) { j += 1 }
        guard Self.personOffices.contains(office) || j > mention.range.upperBound else { return }
        guard !Self.inTitleCase(tokens) else { return }
        var words: [Token] = []
        while j < tokens.count, words.count < 5 {
            let t = tokens[j]
            if t.isWord, t.isCapitalized, !Self.titles.contains(t.lower) || !words.isEmpty { words.append(t) }
            else if t.text == "-", !words.isEmpty, j + 1 < tokens.count, tokens[j + 1].isWord { words.append(t) }
            else if !words.isEmpty, words.last?.text == "-", t.isWord { words.append(t) }
            else if words.isEmpty, t.isWord, t.isCapitalized { words.append(t) }
            else { break }
            j += 1
        }
        register(words, code: mention.code, &context)
    }

    /// "Mohamed Issa Abushahab (United Arab Emirates) noted ...": the speaker is that state's delegate.
    private func registerParentheticalDelegates(_ tokens: [Token], _ found: [ActorMention], _ context: inout DocumentContext) {
        for mention in found where mention.via == .name && mention.range.lowerBound > 1 {
            guard tokens[mention.range.lowerBound - 1].text == "(", mention.range.upperBound < tokens.count,
                  tokens[mention.range.upperBound].text == ")" else { continue }
            var j = mention.range.lowerBound - 2
            var words: [Token] = []
            while j >= 0, tokens[j].isWord, tokens[j].isCapitalized || tokens[j].text == "-" { words.insert(tokens[j], at: 0); j -= 1 }
            register(words, code: mention.code, &context)
        }
    }

    /// "Deputy Secretary of State Michael Harlow of the United States held talks with …": a titled person followed by
    /// "of" and a government is that government's from here on ("Deputy Secretary Harlow expressed regret").
    private func registerTitledOfficials(_ tokens: [Token], _ found: [ActorMention], _ context: inout DocumentContext) {
        for mention in found where mention.via == .name && mention.range.lowerBound > 3 {
            var k = mention.range.lowerBound - 1
            if CueMatcher.articles.contains(tokens[k].lower) { k -= 1 }
            guard k > 2, tokens[k].lower == "of" else { continue }
            var j = k - 1
            var words: [Token] = []
            while j >= 0, words.count < 4, tokens[j].isWord && tokens[j].isCapitalized && !Self.titles.contains(tokens[j].lower)
                    || tokens[j].text == "-" {
                words.insert(tokens[j], at: 0)
                j -= 1
            }
            // "Secretary of State Michael Harlow": the title's own last word is no part of the name.
            if j > 0, tokens[j].lower == "of", words.count >= 3 { words.removeFirst(); j -= 1 }
            let isTitle = { (t: Token) in Self.titles.contains(t.lower) || Self.personOffices.contains(t.lower) }
            guard j >= 0, tokens[max(0, j - 1)...j].contains(where: isTitle), words.filter(\.isWord).count >= 2,
                  let first = words.first, gazetteer.aliases.matches(in: [first], from: 0, key: \.lower).isEmpty
            else { continue }
            register(words, code: mention.code, &context)
        }
    }

    private func register(_ words: [Token], code: String, _ context: inout DocumentContext) {
        // "Surangel Whipps Jr.": the family name is the word before the suffix.
        var words = words
        while let last = words.last, Self.nameSuffixes.contains(last.lower) { words.removeLast() }
        let names = words.filter { $0.text != "-" }
        guard !code.isEmpty, names.count >= 2 else { return }
        let full = words.map(\.lower).joined(separator: " ")
        context.people[full] = code
        context.people[names.last!.lower] = code
        // "Mahamat Idriss Déby" … "Deby said": the family name is known without its accents too.
        let unaccented = names.last!.lower.folding(options: .diacriticInsensitive, locale: nil)
        if unaccented != names.last!.lower { context.people[unaccented] = code }
        // "Lin Jian", "Kim Hong-kyun": a name of two words may put the family name first ("Lin told reporters").
        if names.count == 2 { context.people[names.first!.lower] = code }
        // "Koo Byoung-sam": the family name first; "Linda Thomas-Greenfield": the hyphenated name last.
        if let dash = words.lastIndex(where: { $0.text == "-" }) {
            context.people[names.first!.lower] = code
            if dash > 1 { context.people[words[(dash - 1)...].map(\.lower).joined(separator: " ")] = code }
        }
    }
}

/// Word lists the rules above read, loaded once.
extension ActorRecognizer {
    static let groupReferenceModifiers = Words.vocabulary("group_reference_modifiers")
    static let officeTitleLinks = Words.english("office_title_links")
    /// Words after a person's family name ("Jr."): the family name is the word before them.
    static let nameSuffixes = Words.english("name_suffixes")
    /// Days and months, capitalized wherever they stand.
    static let calendarWords = Words.english("calendar_words")
}
