/// Where a budget version is in its life.
public enum BudgetStatus: String, CaseIterable, Sendable, Codable {
    /// Being prepared; lines can change.
    case draft
    /// Waiting for its approval levels, in order.
    case submitted
    /// Sent back by an approver with a reason; can be changed and submitted again.
    case rejected
    /// The performance measurement baseline in force.
    case approved
    /// Was approved; a later version replaced it.
    case superseded

    public var isEditable: Bool { self == .draft || self == .rejected }
}

/// One version of the project's budget: lines per cost account, time-phased, plus the two reserves
/// kept apart from the performance measurement baseline (PMB).
public struct BudgetVersion: Hashable, Sendable {
    public let id: ID<BudgetVersion>
    public let projectID: ID<Project>
    /// 1, 2, 3 … per project.
    public var number: Int64
    public var name: String
    public var status: BudgetStatus
    /// Minor units, for known risks (the risk register's contingency). Not part of the PMB.
    public var contingencyReserve: Int64
    /// Minor units, for unknown unknowns; released only by management. Not part of the PMB.
    public var managementReserve: Int64
    /// How many times the version has been submitted; approvals belong to one round.
    public var round: Int64
    public var submittedBy: String?
    public var submittedAt: String?
    public var createdBy: String
    public var createdAt: String
    public var version: Int64

    public init(
        id: ID<BudgetVersion> = ID(),
        projectID: ID<Project>,
        number: Int64,
        name: String,
        status: BudgetStatus = .draft,
        contingencyReserve: Int64 = 0,
        managementReserve: Int64 = 0,
        round: Int64 = 0,
        submittedBy: String? = nil,
        submittedAt: String? = nil,
        createdBy: String,
        createdAt: String,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.number = number
        self.name = name
        self.status = status
        self.contingencyReserve = contingencyReserve
        self.managementReserve = managementReserve
        self.round = round
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.version = version
    }
}

/// The budget of one cost account in one version, with its time-phasing.
public struct BudgetLine: Hashable, Sendable {
    public let id: ID<BudgetLine>
    public let versionID: ID<BudgetVersion>
    public var costAccountID: ID<CostAccount>
    public var method: PhasingMethod
    /// The periods the line is phased into (and a manual line typed in).
    public var period: PhasingPeriod
    /// The line's total, minor units: always the sum of its segments.
    public var amount: Int64
    /// Planned spending over time, one segment per period.
    public var segments: [BudgetSegment]

    public init(
        id: ID<BudgetLine> = ID(),
        versionID: ID<BudgetVersion>,
        costAccountID: ID<CostAccount>,
        method: PhasingMethod,
        period: PhasingPeriod = .month,
        amount: Int64,
        segments: [BudgetSegment]
    ) {
        self.id = id
        self.versionID = versionID
        self.costAccountID = costAccountID
        self.method = method
        self.period = period
        self.amount = amount
        self.segments = segments
    }
}

/// A version with its lines: the performance measurement baseline and the whole budget.
public struct BudgetPlan: Hashable, Sendable {
    public var version: BudgetVersion
    public var lines: [BudgetLine]

    public init(version: BudgetVersion, lines: [BudgetLine]) {
        self.version = version
        self.lines = lines
    }

    /// The performance measurement baseline: the sum of the lines (BAC of the project).
    public var pmb: Int64 { lines.sum { $0.amount } }
    /// What approval is asked for: the PMB and both reserves.
    public var total: Int64 { pmb.addingSaturated(version.contingencyReserve).addingSaturated(version.managementReserve) }
    public func amount(of account: ID<CostAccount>) -> Int64 { lines.filter { $0.costAccountID == account }.sum { $0.amount } }
}

/// How one cost account's budget differs between the approved version and another.
public struct BudgetChange: Hashable, Sendable {
    public let costAccountID: ID<CostAccount>
    public let approved: Int64
    public let proposed: Int64
    public var delta: Int64 { proposed - approved }

    /// Every account in either plan, with its amounts (0 where absent), changed ones and unchanged.
    public static func between(approved: BudgetPlan?, proposed: BudgetPlan) -> [BudgetChange] {
        var accounts: [ID<CostAccount>] = []
        for l in (approved?.lines ?? []) + proposed.lines where !accounts.contains(l.costAccountID) { accounts.append(l.costAccountID) }
        return accounts.map { BudgetChange(costAccountID: $0, approved: approved?.amount(of: $0) ?? 0, proposed: proposed.amount(of: $0)) }
    }
}
