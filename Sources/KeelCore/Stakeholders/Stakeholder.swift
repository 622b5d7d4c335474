public enum StakeholderKind: String, Sendable, Codable, CaseIterable {
    case sponsor
    case projectManager = "project_manager"
    case teamMember = "team_member"
    case supplier
    case customer
    case regulator
    case consultant
}

/// How engaged a stakeholder is, from unaware to leading (the classic engagement assessment matrix).
public enum Engagement: String, Sendable, Codable, CaseIterable, Comparable {
    case unaware, resistant, neutral, supportive, leading

    public var rank: Int { Engagement.allCases.firstIndex(of: self)! }
    public static func < (a: Engagement, b: Engagement) -> Bool { a.rank < b.rank }
}

/// The four quadrants of the power/interest grid and the strategy each one calls for.
public enum GridQuadrant: String, Sendable, Codable, CaseIterable {
    case manageClosely = "manage_closely"
    case keepSatisfied = "keep_satisfied"
    case keepInformed = "keep_informed"
    case monitor

    /// Scores of 4 and 5 count as high; 3 is the middle line and counts as low so that only clear
    /// cases get the expensive treatment.
    public init(influence: Int, interest: Int) {
        switch (influence >= 4, interest >= 4) {
        case (true, true): self = .manageClosely
        case (true, false): self = .keepSatisfied
        case (false, true): self = .keepInformed
        case (false, false): self = .monitor
        }
    }
}

public struct Stakeholder: Hashable, Sendable {
    public let id: ID<Stakeholder>
    public let projectID: ID<Project>
    public var name: String
    public var kind: StakeholderKind
    public var organisation: String
    public var contact: String
    public var influence: Int
    public var interest: Int
    public var currentEngagement: Engagement
    public var desiredEngagement: Engagement
    public var communicationNeeds: String
    public var version: Int64

    public init(
        id: ID<Stakeholder>,
        projectID: ID<Project>,
        name: String,
        kind: StakeholderKind,
        organisation: String,
        contact: String,
        influence: Int,
        interest: Int,
        currentEngagement: Engagement,
        desiredEngagement: Engagement,
        communicationNeeds: String,
        version: Int64
    ) {
        self.id = id
        self.projectID = projectID
        self.name = name
        self.kind = kind
        self.organisation = organisation
        self.contact = contact
        self.influence = influence
        self.interest = interest
        self.currentEngagement = currentEngagement
        self.desiredEngagement = desiredEngagement
        self.communicationNeeds = communicationNeeds
        self.version = version
    }

    public var quadrant: GridQuadrant { GridQuadrant(influence: influence, interest: interest) }

    /// Steps between current and desired engagement; positive means the stakeholder must be brought up.
    public var engagementGap: Int { desiredEngagement.rank - currentEngagement.rank }
}
