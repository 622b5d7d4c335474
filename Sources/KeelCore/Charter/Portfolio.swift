/// What the portfolio list asks for: filters, an order and a page.
public struct PortfolioQuery: Hashable, Sendable {
    public enum Sort: String, Sendable, CaseIterable {
        case code, name, plannedStart = "planned_start", status
        /// Worst traffic light first (then by code); descending puts the healthiest first.
        case health
    }

    public var status: ProjectStatus?
    public var sponsor: String?
    /// Only projects whose overall traffic light is this one.
    public var health: RAG?
    /// Matches code or name, case-insensitive substring.
    public var search: String?
    public var sort: Sort
    public var descending: Bool
    public var page: Int
    public var perPage: Int
    /// Only projects this user is a member of (nil: all, for administrators and the system).
    public var visibleTo: ID<User>?

    public static let maxPerPage = 200

    public init(
        status: ProjectStatus? = nil,
        sponsor: String? = nil,
        health: RAG? = nil,
        search: String? = nil,
        sort: Sort = .code,
        descending: Bool = false,
        page: Int = 1,
        perPage: Int = 50
    ) {
        self.status = status
        self.sponsor = sponsor
        self.health = health
        self.search = search
        self.sort = sort
        self.descending = descending
        self.page = page
        self.perPage = perPage
    }

    public var offset: Int { (page - 1) * perPage }
}

/// One row of the portfolio list.
public struct ProjectSummary: Hashable, Sendable {
    public let id: ID<Project>
    public let code: String
    public let name: String
    public let sponsor: String
    public let status: ProjectStatus
    public let plannedStart: Day?
    public let plannedFinish: Day?
    public let budget: Money
    /// The first phase not yet finished (nil when all are done or there are none).
    public var currentPhase: Phase?
    /// The last stored assessment (nil before the first).
    public var health: StoredHealth?

    public init(
        id: ID<Project>,
        code: String,
        name: String,
        sponsor: String,
        status: ProjectStatus,
        plannedStart: Day?,
        plannedFinish: Day?,
        budget: Money,
        currentPhase: Phase? = nil
    ) {
        self.currentPhase = currentPhase
        self.id = id
        self.code = code
        self.name = name
        self.sponsor = sponsor
        self.status = status
        self.plannedStart = plannedStart
        self.plannedFinish = plannedFinish
        self.budget = budget
    }
}

public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    public let page: Int
    public let perPage: Int
    public let total: Int

    public init(items: [Item], page: Int, perPage: Int, total: Int) {
        self.items = items
        self.page = page
        self.perPage = perPage
        self.total = total
    }

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}
