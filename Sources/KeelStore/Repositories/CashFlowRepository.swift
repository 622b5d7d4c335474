import KeelCore
import SQLKit

/// Planned customer payments, the project's cash settings, and the ledger read the way the cash-flow
/// forecast needs it.
public enum CashFlowRepository {
    static let inflowColumns = "id, project_id, name, amount, task_id, invoice_date, terms_days, version"

    public static func inflows(project: ID<Project>, on sql: any SQLDatabase) async throws -> [PlannedInflow] {
        try await sql.raw(
            "SELECT \(unsafeRaw: inflowColumns) FROM cash_inflows WHERE project_id = \(bind: project.description) ORDER BY name, id"
        ).all().map(inflow)
    }

    public static func find(_ id: ID<PlannedInflow>, project: ID<Project>, on sql: any SQLDatabase) async throws -> PlannedInflow? {
        try await sql.raw(
            "SELECT \(unsafeRaw: inflowColumns) FROM cash_inflows WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
        ).first().map(inflow)
    }

    public static func insert(_ i: PlannedInflow, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO cash_inflows (\(unsafeRaw: inflowColumns)) VALUES (\(bind: i.id.description), \(bind: i.projectID.description), \(bind: i.name),
            \(bind: i.amount), \(bind: i.taskID?.description), \(bind: i.invoiceDate?.iso), \(bind: Int64(i.termsDays)), \(bind: i.version))
            """
        ).run()
    }

    public static func update(_ i: PlannedInflow, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE cash_inflows SET name = \(bind: i.name), amount = \(bind: i.amount), task_id = \(bind: i.taskID?.description),
            invoice_date = \(bind: i.invoiceDate?.iso), terms_days = \(bind: Int64(i.termsDays)), version = version + 1
            WHERE id = \(bind: i.id.description) AND project_id = \(bind: i.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<PlannedInflow>.outcome(row)
    }

    public static func delete(_ id: ID<PlannedInflow>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM cash_inflows WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    public static func settings(project: ID<Project>, on sql: any SQLDatabase) async throws -> CashSettings? {
        guard
            let row = try await sql.raw(
                """
                SELECT opening_balance, threshold, horizon_weeks, supplier_terms_days FROM cash_settings WHERE project_id = \(bind: project.description)
                """
            ).first()
        else { return nil }
        return CashSettings(
            openingBalance: try row.int64("opening_balance"),
            threshold: try row.int64("threshold"),
            horizonWeeks: try row.int("horizon_weeks"),
            supplierTermsDays: try row.int("supplier_terms_days")
        )
    }

    public static func save(_ s: CashSettings, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO cash_settings (project_id, opening_balance, threshold, horizon_weeks, supplier_terms_days) VALUES (\(bind: project.description),
            \(bind: s.openingBalance), \(bind: s.threshold), \(bind: Int64(s.horizonWeeks)), \(bind: Int64(s.supplierTermsDays)))
            ON CONFLICT (project_id) DO UPDATE SET opening_balance = excluded.opening_balance, threshold = excluded.threshold,
            horizon_weeks = excluded.horizon_weeks, supplier_terms_days = excluded.supplier_terms_days
            """
        ).run()
    }

    /// A ledger entry as cash flow reads it.
    public struct CashEntry: Sendable {
        public let kind: LedgerEntryKind
        public let day: Day
        public let dueDate: Day?
        public let costAccountID: ID<CostAccount>?
        /// Reversals negative.
        public let amount: Int64
        public let id: ID<LedgerEntry>
        public let reverses: ID<LedgerEntry>?
    }

    /// The entries that move cash or will: costs, commitments and releases, payments received.
    public static func cashEntries(project: ID<Project>, on sql: any SQLDatabase) async throws -> [CashEntry] {
        let kinds = SQLList(
            (LedgerEntryKind.costKinds + [.commitment, .commitmentRelease, .paymentReceived]).map { SQLBind($0.rawValue) }
        )
        let rows = try await sql.raw(
            """
            SELECT id, kind, entry_date, due_date, cost_account_id, amount, reverses FROM ledger_entries
            WHERE project_id = \(bind: project.description) AND kind IN (\(kinds)) ORDER BY entry_date, number
            """
        ).all()
        return try rows.map { row in
            guard let day = try row.day("entry_date") else { throw StoreError.corrupt(column: "entry_date", value: "") }
            let reverses = try row.optionalText("reverses").flatMap(ID<LedgerEntry>.init)
            let amount = try row.int64("amount")
            return CashEntry(
                kind: try row.enumValue("kind"),
                day: day,
                dueDate: try row.day("due_date"),
                costAccountID: try row.optionalText("cost_account_id").flatMap(ID<CostAccount>.init),
                amount: reverses == nil ? amount : -amount,
                id: try row.id("id"),
                reverses: reverses
            )
        }
    }

    static func inflow(_ row: any SQLRow) throws -> PlannedInflow {
        PlannedInflow(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            name: try row.text("name"),
            amount: try row.int64("amount"),
            taskID: try row.optionalText("task_id").flatMap(ID<PlanTask>.init),
            invoiceDate: try row.day("invoice_date"),
            termsDays: try row.int("terms_days"),
            version: try row.int64("version")
        )
    }
}
