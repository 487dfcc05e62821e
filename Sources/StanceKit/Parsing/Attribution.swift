/// A government tied to a cue in one sentence, before its issue is known.
struct Attribution: Equatable {
    var code: String
    var speaker: String
    var cue: String
    /// Token range of the cue that gives the stance, for finding what the position is about.
    var cueRange: Range<Int>
    var stance: StanceValue
    var kind: PositionKind
    var confidence: Double
    /// The act the stance cue names is turned around: under a negation ("did not co-sponsor"), or in what a report
    /// or verdict says of it ("said it would not join", "denied it would join").
    var negated: Bool = false
    /// Token index of the holder's own verb ("proposed" in "…, as the rapporteur has proposed"), which may stand
    /// apart from the cue that gives the stance; nil when it is the cue itself.
    var verbAt: Int?
    /// Only a reporting verb ("the military said it was …"): no direction and, without an issue, no position.
    var reportOnly: Bool = false
    /// A government named as the subject of a verb of speech ("the representative of Ukraine said more than 60,000
    /// tonnes of grain had been destroyed"): what it reports is its position even where no issue is known.
    var speaksAsSubject: Bool = false
    /// Held by the document's own voice (its first person, or its issuer by default): every co-issuer of a joint
    /// statement holds it too.
    var bySpeaker: Bool = false
    /// Token index just past the holder's name when it is a subject in the sentence ("France and Italy, voted"):
    /// where the holder's clause begins. Nil for a possessor ("the envoy's appeal"), which opens no clause.
    var holderEnd: Int?
    /// The thing the cue's verdict is on, when the cue judges its subject and that subject is a thing ("the law" in
    /// "said the law would erode freedoms"): what the position is about, ahead of the cue's object.
    var judgedSubject: Range<Int>?
    /// Takes the position stated just before ("followed suit", "in the same way"): its issue and direction.
    var repeatsEarlier: Bool = false
    /// Neutral by the cue's own meaning ("abstained", a verdict on what another said), not for want of a direction:
    /// no other sentence decides it.
    var neutralByCue: Bool = false
}
