import Foundation
import KeelCore
import SQLKit

/// Budget versions, their lines, the approval levels of a project and the decisions taken.
public enum BudgetRepository {
    static let versionColumns =
        "id, project_id, number, name, status, contingency_reserve, management_reserve, round, submitted_by, submitted_at, created_by, created_at, version"
    static let lineColumns = "id, version_id, cost_account_id, method, period, amount, segments"

    /// Serialises changes to one version on PostgreSQL (approvals racing each other); SQLite's single
    /// writer already does.
    public static func lock(_ id: ID<BudgetVersion>, on sql: any SQLDatabase) async throws {
        try await ScopedTable<BudgetVersion>.lockRow("budget_versions", id: id.description, on: sql)
    }

    public static func versions(project: ID<Project>, on sql: any SQLDatabase) async throws -> [BudgetVersion] {
        try await sql.raw(
            "SELECT \(unsafeRaw: versionColumns) FROM budget_versions WHERE project_id = \(bind: project.description) ORDER BY number DESC"
        ).all().map(version)
    }

    public static func find(_ id: ID<BudgetVersion>, project: ID<Project>, on sql: any SQLDatabase) async throws -> BudgetVersion? {
        try await sql.raw(
            "SELECT \(unsafeRaw: versionColumns) FROM budget_versions WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
        ).first().map(version)
    }

    public static func approved(project: ID<Project>, on sql: any SQLDatabase) async throws -> BudgetVersion? {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: versionColumns) FROM budget_versions WHERE project_id = \(bind: project.description)
            AND status = \(bind: BudgetStatus.approved.rawValue)
            """
        ).first().map(version)
    }

    public static func nextNumber(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int64 {
        let row = try await sql.raw("SELECT COALESCE(MAX(number), 0) AS n FROM budget_versions WHERE project_id = \(bind: project.description)")
            .first()
        return (try row?.int64("n") ?? 0) + 1
    }

    public static func insert(_ v: BudgetVersion, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO budget_versions (\(unsafeRaw: versionColumns)) VALUES (\(bind: v.id.description), \(bind: v.projectID.description), \(bind: v.number),
            \(bind: v.name), \(bind: v.status.rawValue), \(bind: v.contingencyReserve), \(bind: v.managementReserve), \(bind: v.round), \(bind: v.submittedBy),
            \(bind: v.submittedAt), \(bind: v.createdBy), \(bind: v.createdAt), \(bind: v.version))
            """
        ).run()
    }

    public static func update(_ v: BudgetVersion, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE budget_versions SET name = \(bind: v.name), status = \(bind: v.status.rawValue), contingency_reserve = \(bind: v.contingencyReserve),
            management_reserve = \(bind: v.managementReserve), round = \(bind: v.round), submitted_by = \(bind: v.submittedBy),
            submitted_at = \(bind: v.submittedAt), version = version + 1
            WHERE id = \(bind: v.id.description) AND project_id = \(bind: v.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<BudgetVersion>.outcome(row)
    }

    public static func delete(_ id: ID<BudgetVersion>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM budget_versions WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    public static func lines(_ version: ID<BudgetVersion>, on sql: any SQLDatabase) async throws -> [BudgetLine] {
        try await sql.raw("SELECT \(unsafeRaw: lineColumns) FROM budget_lines WHERE version_id = \(bind: version.description) ORDER BY id").all().map(
            line
        )
    }

    /// The budget of one account in a version (zero without a line).
    public static func amount(_ version: ID<BudgetVersion>, account: ID<CostAccount>, on sql: any SQLDatabase) async throws -> Int64 {
        try await sql.raw(
            "SELECT amount FROM budget_lines WHERE version_id = \(bind: version.description) AND cost_account_id = \(bind: account.description)"
        ).first().map { try $0.int64("amount") } ?? 0
    }

    /// Lines of every version of the project (for the list of versions with their totals).
    public static func lines(project: ID<Project>, on sql: any SQLDatabase) async throws -> [BudgetLine] {
        try await sql.raw("SELECT \(unsafeRaw: lineColumns) FROM budget_lines WHERE project_id = \(bind: project.description)").all().map(line)
    }

    public static func insert(_ l: BudgetLine, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO budget_lines (id, version_id, project_id, cost_account_id, method, period, amount, segments) VALUES (\(bind: l.id.description),
            \(bind: l.versionID.description), \(bind: project.description), \(bind: l.costAccountID.description), \(bind: l.method.rawValue),
            \(bind: l.period.rawValue), \(bind: l.amount),
            \(bind: try encode(l.segments)))
            """
        ).run()
    }

    public static func update(_ l: BudgetLine, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE budget_lines SET cost_account_id = \(bind: l.costAccountID.description), method = \(bind: l.method.rawValue),
            period = \(bind: l.period.rawValue), amount = \(bind: l.amount),
            segments = \(bind: try encode(l.segments)) WHERE id = \(bind: l.id.description) AND version_id = \(bind: l.versionID.description)
            """
        ).run()
    }

    public static func deleteLine(_ id: ID<BudgetLine>, version: ID<BudgetVersion>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM budget_lines WHERE id = \(bind: id.description) AND version_id = \(bind: version.description)").run()
    }

    public static func accountIsBudgeted(_ account: ID<CostAccount>, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS x FROM budget_lines WHERE cost_account_id = \(bind: account.description) LIMIT 1").first() != nil
    }

    public static func policy(project: ID<Project>, on sql: any SQLDatabase) async throws -> ApprovalPolicy? {
        let rows = try await sql.raw(
            "SELECT level, max_amount, role FROM approval_levels WHERE project_id = \(bind: project.description) ORDER BY level"
        ).all()
        guard !rows.isEmpty else { return nil }
        return ApprovalPolicy(
            levels: try rows.map {
                ApprovalLevel(
                    level: try $0.int("level"),
                    maxAmount: try $0.decode(column: "max_amount", as: Int64?.self),
                    role: try $0.enumValue("role")
                )
            }
        )
    }

    public static func replacePolicy(_ p: ApprovalPolicy, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM approval_levels WHERE project_id = \(bind: project.description)").run()
        for l in p.levels {
            try await sql.raw(
                """
                INSERT INTO approval_levels (project_id, level, max_amount, role)
                VALUES (\(bind: project.description), \(bind: Int64(l.level)), \(bind: l.maxAmount), \(bind: l.role.rawValue))
                """
            ).run()
        }
    }

    public static func decisions(_ version: ID<BudgetVersion>, on sql: any SQLDatabase) async throws -> [BudgetApproval] {
        try await sql.raw(
            "SELECT version_id, round, level, decision, decided_by, decided_at, reason FROM budget_approvals WHERE version_id = \(bind: version.description) ORDER BY round, level"
        ).all().map(approval)
    }

    public static func decisions(project: ID<Project>, on sql: any SQLDatabase) async throws -> [BudgetApproval] {
        try await sql.raw(
            "SELECT version_id, round, level, decision, decided_by, decided_at, reason FROM budget_approvals WHERE project_id = \(bind: project.description)"
        ).all().map(approval)
    }

    public static func insert(_ a: BudgetApproval, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO budget_approvals (version_id, project_id, round, level, decision, decided_by, decided_at, reason)
            VALUES (\(bind: a.versionID.description), \(bind: project.description), \(bind: a.round), \(bind: Int64(a.level)), \(bind: a.decision.rawValue),
            \(bind: a.decidedBy), \(bind: a.decidedAt), \(bind: a.reason))
            """
        ).run()
    }

    /// `[[from, through, amount, weights], …]`; the weights run-length coded (`480*5,0*2,240`), absent
    /// on a segment that accrues by calendar day. Migration 23 writes lines with it: a new format needs
    /// its own migration.
    static func encode(_ segments: [BudgetSegment]) throws -> String {
        let rows = segments.map { s in [s.from.iso, s.through.iso, String(s.amount)] + (s.weights.map { [runLength($0)] } ?? []) }
        return String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [BudgetSegment] {
        let rows = try JSONDecoder().decode([[String]].self, from: Data(text.utf8))
        return try rows.map { r in
            guard r.count == 3 || r.count == 4, let from = Day(iso: r[0]), let through = Day(iso: r[1]), from <= through,
                let amount = Int64(r[2])
            else { throw StoreError.corrupt(column: "segments", value: String(text.prefix(80))) }
            var weights: [Int32]?
            if r.count == 4 {
                guard let w = expand(r[3], count: from.days(until: through) + 1) else {
                    throw StoreError.corrupt(column: "segments", value: String(text.prefix(80)))
                }
                weights = w
            }
            return BudgetSegment(from: from, through: through, amount: amount, weights: weights)
        }
    }

    static func runLength(_ values: [Int32]) -> String {
        var parts: [String] = []
        var i = 0
        while i < values.count {
            var j = i + 1
            while j < values.count && values[j] == values[i] { j += 1 }
            parts.append(j - i == 1 ? String(values[i]) : "\(values[i])*\(j - i)")
            i = j
        }
        return parts.joined(separator: ",")
    }

    /// The weights of `runLength`, nil unless they are exactly `count` non-negative numbers.
    static func expand(_ text: String, count: Int) -> [Int32]? {
        var out: [Int32] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "*")
            guard pieces.count == 1 || pieces.count == 2, let value = Int32(pieces[0]), value >= 0 else { return nil }
            let times = pieces.count == 2 ? Int(pieces[1]) ?? 0 : 1
            guard times > 0, times <= count - out.count else { return nil }
            out.append(contentsOf: repeatElement(value, count: times))
        }
        return out.count == count ? out : nil
    }

    @Sendable static func version(_ row: any SQLRow) throws -> BudgetVersion {
        BudgetVersion(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            number: try row.int64("number"),
            name: try row.text("name"),
            status: try row.enumValue("status"),
            contingencyReserve: try row.int64("contingency_reserve"),
            managementReserve: try row.int64("management_reserve"),
            round: try row.int64("round"),
            submittedBy: try row.optionalText("submitted_by"),
            submittedAt: try row.optionalText("submitted_at"),
            createdBy: try row.text("created_by"),
            createdAt: try row.text("created_at"),
            version: try row.int64("version")
        )
    }

    @Sendable static func line(_ row: any SQLRow) throws -> BudgetLine {
        BudgetLine(
            id: try row.id("id"),
            versionID: try row.id("version_id"),
            costAccountID: try row.id("cost_account_id"),
            method: try row.enumValue("method"),
            period: try row.enumValue("period"),
            amount: try row.int64("amount"),
            segments: try decode(try row.text("segments"))
        )
    }

    @Sendable static func approval(_ row: any SQLRow) throws -> BudgetApproval {
        BudgetApproval(
            versionID: try row.id("version_id"),
            round: try row.int64("round"),
            level: try row.int("level"),
            decision: try row.enumValue("decision"),
            decidedBy: try row.text("decided_by"),
            decidedAt: try row.text("decided_at"),
            reason: try row.text("reason")
        )
    }
}
