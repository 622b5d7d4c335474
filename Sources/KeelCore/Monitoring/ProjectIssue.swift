/// Where an issue stands.
public enum IssueStatus: String, Sendable, Codable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case resolved, closed

    public var isOpen: Bool { self == .open || self == .inProgress }
}

/// How urgently an issue needs handling.
public enum IssuePriority: String, Sendable, Codable, CaseIterable {
    case low, medium, high, critical

    /// A risk that occurs becomes an issue as urgent as its score band says.
    public init(_ band: ScoreBand) {
        switch band {
        case .low: self = .low
        case .medium: self = .medium
        case .high: self = .high
        case .critical: self = .critical
        }
    }
}

/// Something that has happened and needs handling: the issue log of the monitoring chapter. An
/// issue may come from a risk that occurred, and keeps the link to it.
public struct ProjectIssue: Hashable, Sendable {
    public let id: ID<ProjectIssue>
    public let projectID: ID<Project>
    /// Per-project sequence: shown as I-1, I-2 …
    public var number: Int
    public var title: String
    public var description: String
    public var owner: String
    public var priority: IssuePriority
    public var status: IssueStatus
    public var raisedOn: Day
    public var due: Day?
    /// Set when it is resolved or closed, cleared when it reopens.
    public var resolvedOn: Day?
    public var resolution: String
    public var riskID: ID<Risk>?
    public var version: Int64

    public init(
        id: ID<ProjectIssue> = ID(),
        projectID: ID<Project>,
        number: Int,
        title: String,
        description: String = "",
        owner: String = "",
        priority: IssuePriority = .medium,
        status: IssueStatus = .open,
        raisedOn: Day,
        due: Day? = nil,
        resolvedOn: Day? = nil,
        resolution: String = "",
        riskID: ID<Risk>? = nil,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.number = number
        self.title = title
        self.description = description
        self.owner = owner
        self.priority = priority
        self.status = status
        self.raisedOn = raisedOn
        self.due = due
        self.resolvedOn = resolvedOn
        self.resolution = resolution
        self.riskID = riskID
        self.version = version
    }

    public var code: String { "I-\(number)" }

    /// Open and past its due date on `today`.
    public func isOverdue(on today: Day) -> Bool { status.isOpen && (due.map { $0 < today } ?? false) }

    /// The issue a risk that occurred turns into: its title, what happened and what it does, its
    /// owner, and the urgency of its current score's band on the project's scales.
    public static func from(_ risk: Risk, number: Int, on day: Day, scales: RiskScales) -> ProjectIssue {
        var text = [risk.event, risk.effect].filter { !$0.isEmpty }.joined(separator: " → ")
        if !risk.contingencyPlan.isEmpty { text += (text.isEmpty ? "" : "\n") + risk.contingencyPlan }
        return ProjectIssue(
            projectID: risk.projectID,
            number: number,
            title: "\(risk.code) \(risk.title)",
            description: text,
            owner: risk.owner,
            priority: IssuePriority(scales.band(of: risk.current)),
            raisedOn: day,
            riskID: risk.id
        )
    }
}
