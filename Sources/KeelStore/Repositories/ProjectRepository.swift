import KeelCore
import SQLKit

/// SQL for projects and their budget allocations. Functions take the `SQLDatabase` to run on so that
/// callers compose them inside one transaction.
public enum ProjectRepository {
    /// Serialises one project's changes that must see each other on PostgreSQL (ledger numbering, a
    /// task in one correlation group, the risk scales and the breakdown structure, edited by two
    /// people at once); SQLite's single writer already does.
    public static func lock(_ project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await ScopedTable<Project>.lockRow("projects", id: project.description, on: sql)
    }

    static let columns = """
        id, code, name, sponsor, goal, audience, value_proposition, methodology, planned_start, planned_finish,
        budget_minor, currency, expected_benefits, status, version, created_at, updated_at
        """

    public static func insert(_ p: Project, on sql: any SQLDatabase) async throws {
        let c = p.charter
        try await sql.raw(
            """
            INSERT INTO projects (\(unsafeRaw: columns)) VALUES (
            \(bind: p.id.description), \(bind: c.code), \(bind: c.name), \(bind: c.sponsor), \(bind: c.goal), \(bind: c.audience),
            \(bind: c.valueProposition), \(bind: c.methodology), \(bind: c.plannedStart?.iso), \(bind: c.plannedFinish?.iso),
            \(bind: c.budget.minor), \(bind: c.budget.currency.code), \(bind: c.expectedBenefits), \(bind: c.status.rawValue),
            \(bind: p.version), \(bind: p.createdAt), \(bind: p.updatedAt))
            """
        ).run()
        try await writeAllocations(c.allocations, projectID: p.id, on: sql)
        try await ProjectHealthRepository.insert(project: p.id, on: sql)
    }

    /// Updates the charter if the stored version is still `expectedVersion`.
    public static func update(_ p: Project, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let c = p.charter
        let row = try await sql.raw(
            """
            UPDATE projects SET code = \(bind: c.code), name = \(bind: c.name), sponsor = \(bind: c.sponsor), goal = \(bind: c.goal),
            audience = \(bind: c.audience), value_proposition = \(bind: c.valueProposition), methodology = \(bind: c.methodology),
            planned_start = \(bind: c.plannedStart?.iso), planned_finish = \(bind: c.plannedFinish?.iso),
            budget_minor = \(bind: c.budget.minor), currency = \(bind: c.budget.currency.code),
            expected_benefits = \(bind: c.expectedBenefits), status = \(bind: c.status.rawValue),
            updated_at = \(bind: p.updatedAt), version = version + 1
            WHERE id = \(bind: p.id.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        guard let row else { return .stale }
        try await sql.raw("DELETE FROM budget_allocations WHERE project_id = \(bind: p.id.description)").run()
        try await writeAllocations(c.allocations, projectID: p.id, on: sql)
        return .updated(newVersion: try row.int64("version"))
    }

    private static func writeAllocations(_ allocations: [BudgetAllocation], projectID: ID<Project>, on sql: any SQLDatabase) async throws {
        guard !allocations.isEmpty else { return }
        var insert = sql.insert(into: "budget_allocations").columns("project_id", "position", "direction", "share_bp")
        for (i, a) in allocations.enumerated() {
            insert = insert.values(SQLBind(projectID.description), SQLBind(Int64(i)), SQLBind(a.direction), SQLBind(a.shareBasisPoints))
        }
        try await insert.run()
    }

    public static func find(_ id: ID<Project>, on sql: any SQLDatabase) async throws -> Project? {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: columns) FROM projects WHERE id = \(bind: id.description)").first() else {
            return nil
        }
        let allocations = try await sql.raw(
            "SELECT direction, share_bp FROM budget_allocations WHERE project_id = \(bind: id.description) ORDER BY position"
        ).all().map { BudgetAllocation(direction: try $0.text("direction"), shareBasisPoints: try $0.int64("share_bp")) }
        return try project(from: row, allocations: allocations)
    }

    public static func codeExists(_ code: String, excluding id: ID<Project>?, on sql: any SQLDatabase) async throws -> Bool {
        let row = try await sql.raw("SELECT id FROM projects WHERE code = \(bind: code)").first()
        guard let row else { return false }
        return try row.text("id") != id?.description
    }

    public static func delete(_ id: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM projects WHERE id = \(bind: id.description)").run()
    }

    static func project(from row: any SQLRow, allocations: [BudgetAllocation]) throws -> Project {
        let currency = try row.currency("currency")
        let charter = Charter(
            code: try row.text("code"),
            name: try row.text("name"),
            sponsor: try row.text("sponsor"),
            goal: try row.text("goal"),
            audience: try row.text("audience"),
            valueProposition: try row.text("value_proposition"),
            methodology: try row.text("methodology"),
            plannedStart: try row.day("planned_start"),
            plannedFinish: try row.day("planned_finish"),
            budget: Money(minor: try row.int64("budget_minor"), currency: currency),
            allocations: allocations,
            expectedBenefits: try row.text("expected_benefits"),
            status: try row.enumValue("status")
        )
        return Project(
            id: try row.id("id"),
            charter: charter,
            version: try row.int64("version"),
            createdAt: try row.text("created_at"),
            updatedAt: try row.text("updated_at")
        )
    }

    /// One page of the portfolio. Filters and order use indexed columns; the count runs on the same filter.
    public static func list(_ q: PortfolioQuery, on sql: any SQLDatabase) async throws -> Page<ProjectSummary> {
        var conditions: [SQLQueryString] = []
        if let user = q.visibleTo {
            conditions.append("id IN (SELECT project_id FROM memberships WHERE user_id = \(bind: user.description))")
        }
        if let s = q.status { conditions.append("status = \(bind: s.rawValue)") }
        if let sponsor = q.sponsor, !sponsor.isEmpty { conditions.append("sponsor = \(bind: sponsor)") }
        if let rag = q.health { conditions.append("id IN (SELECT project_id FROM project_health WHERE overall = \(bind: rag.severity))") }
        if let term = q.search, !term.isEmpty {
            let pattern = "%" + likeEscaped(term.lowercased()) + "%"
            conditions.append("(LOWER(code) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(name) LIKE \(bind: pattern) ESCAPE '\\')")
        }
        var whereClause: SQLQueryString = ""
        if !conditions.isEmpty {
            whereClause = "WHERE "
            for (i, c) in conditions.enumerated() {
                if i > 0 { whereClause.appendInterpolation(unsafeRaw: " AND ") }
                whereClause.appendInterpolation(c)
            }
        }
        let direction = q.descending ? "DESC" : "ASC"
        // The sort column comes from a closed enum, never from the request text.
        let order: String
        switch q.sort {
        case .code: order = "code \(direction)"
        case .name: order = "name \(direction), code ASC"
        case .plannedStart: order = "planned_start \(direction), code ASC"
        case .status: order = "status \(direction), code ASC"
        case .health: order = "(SELECT overall FROM project_health WHERE project_id = projects.id) \(q.descending ? "ASC" : "DESC"), code ASC"
        }
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM projects \(whereClause)").first()?.int("n") ?? 0
        let rows = try await sql.raw(
            """
            SELECT id, code, name, sponsor, status, planned_start, planned_finish, budget_minor, currency FROM projects \(whereClause)
            ORDER BY \(unsafeRaw: order) LIMIT \(bind: q.perPage) OFFSET \(bind: q.offset)
            """
        ).all()
        let items = try rows.map { row in
            ProjectSummary(
                id: try row.id("id"),
                code: try row.text("code"),
                name: try row.text("name"),
                sponsor: try row.text("sponsor"),
                status: try row.enumValue("status"),
                plannedStart: try row.day("planned_start"),
                plannedFinish: try row.day("planned_finish"),
                budget: Money(minor: try row.int64("budget_minor"), currency: try row.currency("currency"))
            )
        }
        return Page(items: items, page: q.page, perPage: q.perPage, total: total)
    }

    /// Distinct sponsors, for the portfolio filter.
    public static func sponsors(visibleTo user: ID<User>?, on sql: any SQLDatabase) async throws -> [String] {
        let scope: SQLQueryString =
            user.map { "AND id IN (SELECT project_id FROM memberships WHERE user_id = \(bind: $0.description))" } ?? ""
        return try await sql.raw("SELECT DISTINCT sponsor FROM projects WHERE sponsor <> '' \(scope) ORDER BY sponsor LIMIT 500").all().map {
            try $0.text("sponsor")
        }
    }

    static func likeEscaped(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
