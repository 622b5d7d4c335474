/// Threat (harm if it happens) or opportunity (benefit if it happens).
public enum RiskKind: String, Sendable, Codable, CaseIterable {
    case threat, opportunity
}

/// Where a risk is in its life, from first noticed to closed.
public enum RiskStatus: String, Sendable, Codable, CaseIterable {
    case identified, assessed, responding, monitoring, occurred, closed

    public var isOpen: Bool { self != .closed }
}

/// The top level of the default risk breakdown structure.
public enum RiskCategory: String, Sendable, Codable, CaseIterable {
    case technical, external, organisational
    case projectManagement = "project_management"
    case commercial
}

/// Response strategies: the first five for threats, `exploit`… for opportunities; `accept` and
/// `escalate` serve both.
public enum ResponseStrategy: String, Sendable, Codable, CaseIterable {
    case avoid, transfer, mitigate, accept, escalate
    case exploit, share, enhance

    public func fits(_ kind: RiskKind) -> Bool {
        switch self {
        case .accept, .escalate: return true
        case .avoid, .transfer, .mitigate: return kind == .threat
        case .exploit, .share, .enhance: return kind == .opportunity
        }
    }
}

/// The dimensions a risk's impact is rated on.
public enum ImpactDimension: String, Sendable, Codable, CaseIterable {
    case schedule, cost, quality, reputation, safety
}

/// A qualitative rating on the project's scales (see `RiskScales`): probability 1…levels and, per
/// dimension, impact 0 (none) to the impact scale's top level. The project's score method turns it
/// into a score and a band.
public struct RiskAssessment: Hashable, Sendable {
    public var probability: Int
    public var impacts: [ImpactDimension: Int]

    public init(probability: Int, impacts: [ImpactDimension: Int]) {
        self.probability = probability
        self.impacts = impacts
    }

    public var worstImpact: Int { impacts.values.max() ?? 0 }
}

/// Score bands, from the project's thresholds (`RiskScales`), each with its own review cadence.
public enum ScoreBand: String, Sendable, CaseIterable, Codable {
    case low, medium, high, critical
}

/// A risk in the register.
public struct Risk: Hashable, Sendable {
    public let id: ID<Risk>
    public let projectID: ID<Project>
    /// Per-project sequence: shown as …
    public var number: Int
    public var kind: RiskKind
    public var title: String
    public var cause: String
    public var event: String
    public var effect: String
    public var category: RiskCategory
    /// Where in the project's breakdown structure below `category`, if anywhere.
    public var subcategoryID: ID<RiskSubcategory>?
    public var owner: String
    public var status: RiskStatus
    public var trigger: String
    /// When the risk could happen (the start of its window).
    public var proximity: Day?
    public var raisedOn: Day
    public var closedOn: Day?
    public var nextReview: Day?
    public var inherent: RiskAssessment
    public var residual: RiskAssessment?
    public var strategy: ResponseStrategy?
    public var response: String
    public var contingencyPlan: String
    public var fallbackPlan: String
    /// For the Monte Carlo simulation: chance of occurring in basis points (0…10,000), the delay it
    /// adds to each linked task (working minutes) and the cost it adds (minor units, project currency).
    public var chance: Int?
    public var delay: ThreePointEstimate?
    public var costImpact: ThreePoint?
    public var taskIDs: [ID<PlanTask>]
    /// Who approved accepting the risk (an audit actor name) and when; an accepted risk without it
    /// awaits approval. Changing the strategy, the assessments or the impacts withdraws it.
    public var acceptanceApprovedBy: String?
    public var acceptanceApprovedOn: Day?
    public var version: Int64

    public init(
        id: ID<Risk>,
        projectID: ID<Project>,
        number: Int,
        kind: RiskKind = .threat,
        title: String = "",
        cause: String = "",
        event: String = "",
        effect: String = "",
        category: RiskCategory = .projectManagement,
        subcategoryID: ID<RiskSubcategory>? = nil,
        owner: String = "",
        status: RiskStatus = .identified,
        trigger: String = "",
        proximity: Day? = nil,
        raisedOn: Day,
        closedOn: Day? = nil,
        nextReview: Day? = nil,
        inherent: RiskAssessment = RiskAssessment(probability: 3, impacts: [:]),
        residual: RiskAssessment? = nil,
        strategy: ResponseStrategy? = nil,
        response: String = "",
        contingencyPlan: String = "",
        fallbackPlan: String = "",
        chance: Int? = nil,
        delay: ThreePointEstimate? = nil,
        costImpact: ThreePoint? = nil,
        taskIDs: [ID<PlanTask>] = [],
        acceptanceApprovedBy: String? = nil,
        acceptanceApprovedOn: Day? = nil,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.number = number
        self.kind = kind
        self.title = title
        self.cause = cause
        self.event = event
        self.effect = effect
        self.category = category
        self.subcategoryID = subcategoryID
        self.owner = owner
        self.status = status
        self.trigger = trigger
        self.proximity = proximity
        self.raisedOn = raisedOn
        self.closedOn = closedOn
        self.nextReview = nextReview
        self.inherent = inherent
        self.residual = residual
        self.strategy = strategy
        self.response = response
        self.contingencyPlan = contingencyPlan
        self.fallbackPlan = fallbackPlan
        self.chance = chance
        self.delay = delay
        self.costImpact = costImpact
        self.taskIDs = taskIDs
        self.acceptanceApprovedBy = acceptanceApprovedBy
        self.acceptanceApprovedOn = acceptanceApprovedOn
        self.version = version
    }

    public var code: String { "R-\(number)" }

    /// Accepted (strategy `accept`) but not yet approved by a manager or owner.
    public var awaitsAcceptanceApproval: Bool { status.isOpen && strategy == .accept && acceptanceApprovedBy == nil }

    /// Whether a change from `before` to this touches what an acceptance approval was given for.
    public func withdrawsApproval(comparedTo before: Risk) -> Bool {
        strategy != before.strategy || inherent != before.inherent || residual != before.residual || chance != before.chance
            || delay != before.delay || costImpact != before.costImpact
    }
    /// The assessment that counts now: residual once a response is in place, else inherent.
    public var current: RiskAssessment { residual ?? inherent }

    /// Expected monetary value in minor units: chance × most likely cost impact, negative for an
    /// opportunity's benefit. Nil without both.
    public var expectedMonetaryValue: Int64? {
        guard let chance, let cost = costImpact else { return nil }
        // In 128 bits: a cost stored by an older version may exceed what input now accepts.
        let value = Int64(clamping: (Int128(cost.mode) * Int128(chance) + 5_000) / 10_000)
        return kind == .threat ? value : -value
    }

    /// Overdue when open and its review date has passed.
    public func reviewIsOverdue(today: Day) -> Bool { status.isOpen && (nextReview.map { $0 < today } ?? false) }

    /// The event as the simulation sees it (nil when closed or without a chance).
    public func simulationEvent(taskIndex: [ID<PlanTask>: Int]) -> RiskEvent? {
        guard status.isOpen, let chance, delay != nil || costImpact != nil else { return nil }
        let signedDelay = delay.map { d -> ThreePoint in
            let t = ThreePoint(d)
            // An opportunity's delay is a saving: it shortens the linked tasks.
            return kind == .threat ? t : ThreePoint(low: -t.high, mode: -t.mode, high: -t.low)
        }
        let signedCost = costImpact.map { c in kind == .threat ? c : ThreePoint(low: -c.high, mode: -c.mode, high: -c.low) }
        return RiskEvent(
            name: "\(code) \(title)",
            probability: Double(chance) / 10_000,
            tasks: taskIDs.compactMap { taskIndex[$0] },
            delay: signedDelay,
            cost: signedCost
        )
    }
}

/// Where a response action stands.
public enum ActionStatus: String, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case done, cancelled

    public var isPending: Bool { self == .open || self == .inProgress }
}

/// A step of a risk's response: who does what by when, at what cost.
public struct RiskAction: Hashable, Sendable {
    public let id: ID<RiskAction>
    public let projectID: ID<Project>
    public let riskID: ID<Risk>
    public var title: String
    public var owner: String
    public var due: Day?
    /// Minor units of the project currency.
    public var cost: Int64
    public var status: ActionStatus
    public var version: Int64

    public init(
        id: ID<RiskAction>,
        projectID: ID<Project>,
        riskID: ID<Risk>,
        title: String = "",
        owner: String = "",
        due: Day? = nil,
        cost: Int64 = 0,
        status: ActionStatus = .open,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.riskID = riskID
        self.title = title
        self.owner = owner
        self.due = due
        self.cost = cost
        self.status = status
        self.version = version
    }

    /// Overdue when still to do and its due day has passed.
    public func isOverdue(today: Day) -> Bool { status.isPending && (due.map { $0 < today } ?? false) }
}
