public enum GateDecision: String, Sendable, Codable, CaseIterable {
    case go
    case goWithConditions = "go_with_conditions"
    case recycle
    case stop
}

public struct GateCriterion: Hashable, Sendable, Codable {
    public var text: String
    public var met: Bool

    public init(text: String, met: Bool) {
        self.text = text
        self.met = met
    }
}

/// The review at the end of a phase: a checklist, then a decision by a named person on a date.
public struct GateReview: Hashable, Sendable {
    public let id: ID<GateReview>
    public let projectID: ID<Project>
    public let phaseID: ID<Phase>
    public var criteria: [GateCriterion]
    /// Nil while the review is pending.
    public var decision: GateDecision?
    public var decider: String
    public var decidedOn: Day?
    public var notes: String
    public var version: Int64

    public init(
        id: ID<GateReview>,
        projectID: ID<Project>,
        phaseID: ID<Phase>,
        criteria: [GateCriterion],
        decision: GateDecision?,
        decider: String,
        decidedOn: Day?,
        notes: String,
        version: Int64
    ) {
        self.id = id
        self.projectID = projectID
        self.phaseID = phaseID
        self.criteria = criteria
        self.decision = decision
        self.decider = decider
        self.decidedOn = decidedOn
        self.notes = notes
        self.version = version
    }

    public var criteriaMet: Int { criteria.filter(\.met).count }

    /// A decision needs who and when; "go" needs every criterion met (a partial pass is "go with conditions").
    public func check(into errors: inout FieldErrors) {
        guard let decision else { return }
        if decider.isEmpty, !errors.has("decider") { errors.add("decider", .required) }
        if decidedOn == nil, !errors.has("decided_on") { errors.add("decided_on", .required) }
        if decision == .go, criteriaMet < criteria.count, !errors.has("decision") {
            errors.add("decision", .invalidChoice, ["reason": "criteria_not_met"])
        }
    }
}
