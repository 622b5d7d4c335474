import KeelCore
import SQLKit

/// The append-only ledger: entries with their double-entry lines, and the closed periods. There is
/// no update and no delete here, and the database refuses them too (migration 6's triggers).
public enum LedgerRepository {
    static let columns =
        "id, project_id, number, kind, entry_date, cost_account_id, amount, currency, counterparty, reference, memo, reverses, posted_at, posted_by, due_date, original_amount, original_currency, exchange_rate"

    /// Serialises postings of one project on PostgreSQL (numbering, open-commitment and reversal
    /// checks); SQLite's single writer already does.
    public static func lock(project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await ProjectRepository.lock(project, on: sql)
    }

    public static func nextNumber(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int64 {
        let row = try await sql.raw("SELECT COALESCE(MAX(number), 0) AS n FROM ledger_entries WHERE project_id = \(bind: project.description)")
            .first()
        return (try row?.int64("n") ?? 0) + 1
    }

    /// Writes the entry and its lines.
    public static func insert(_ e: LedgerEntry, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO ledger_entries (\(unsafeRaw: columns)) VALUES (\(bind: e.id.description), \(bind: e.projectID.description), \(bind: e.number),
            \(bind: e.kind.rawValue), \(bind: e.date.iso), \(bind: e.costAccountID?.description), \(bind: e.amount.minor), \(bind: e.amount.currency.code),
            \(bind: e.counterparty), \(bind: e.reference), \(bind: e.memo), \(bind: e.reverses?.description), \(bind: e.postedAt), \(bind: e.postedBy), \(bind: e.dueDate?.iso),
            \(bind: e.original?.minor), \(bind: e.original?.currency.code), \(bind: e.exchangeRate))
            """
        ).run()
        for (i, line) in e.lines.enumerated() {
            try await sql.raw(
                """
                INSERT INTO ledger_lines (entry_id, line, project_id, account, cost_account_id, amount) VALUES (\(bind: e.id.description), \(bind: Int64(i + 1)),
                \(bind: e.projectID.description), \(bind: line.account.rawValue), \(bind: line.costAccountID?.description), \(bind: line.amount))
                """
            ).run()
        }
    }

    public static func find(_ id: ID<LedgerEntry>, project: ID<Project>, on sql: any SQLDatabase) async throws -> LedgerEntry? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM ledger_entries WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
        ).first().map(entry)
    }

    /// The reversal of `id`, if one was posted.
    public static func reversal(of id: ID<LedgerEntry>, on sql: any SQLDatabase) async throws -> LedgerEntry? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM ledger_entries WHERE reverses = \(bind: id.description)").first().map(entry)
    }

    public struct Filter: Sendable {
        public var from: Day?
        public var to: Day?
        public var kind: LedgerEntryKind?
        public var costAccount: ID<CostAccount>?
        public var limit: Int
        public var offset: Int

        public init(
            from: Day? = nil,
            to: Day? = nil,
            kind: LedgerEntryKind? = nil,
            costAccount: ID<CostAccount>? = nil,
            limit: Int = 100,
            offset: Int = 0
        ) {
            self.from = from
            self.to = to
            self.kind = kind
            self.costAccount = costAccount
            self.limit = limit
            self.offset = offset
        }
    }

    /// Entries matching the filter, newest first (by date, then posting number), and how many match in all.
    public static func list(project: ID<Project>, _ f: Filter, on sql: any SQLDatabase) async throws -> (entries: [LedgerEntry], total: Int) {
        var conditions = [SQLQueryString("project_id = \(bind: project.description)")]
        if let from = f.from { conditions.append("entry_date >= \(bind: from.iso)") }
        if let to = f.to { conditions.append("entry_date <= \(bind: to.iso)") }
        if let kind = f.kind { conditions.append("kind = \(bind: kind.rawValue)") }
        if let account = f.costAccount { conditions.append("cost_account_id = \(bind: account.description)") }
        var whereClause: SQLQueryString = ""
        for (i, c) in conditions.enumerated() { whereClause = i == 0 ? c : "\(whereClause) AND \(c)" }
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM ledger_entries WHERE \(whereClause)").first().map { try $0.int("n") } ?? 0
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: columns) FROM ledger_entries WHERE \(whereClause)
            ORDER BY entry_date DESC, number DESC LIMIT \(bind: f.limit) OFFSET \(bind: f.offset)
            """
        ).all()
        return (try rows.map(entry), total)
    }

    /// Every entry of the project in posting order (for exports and the demo's checks).
    public static func all(project: ID<Project>, on sql: any SQLDatabase) async throws -> [LedgerEntry] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM ledger_entries WHERE project_id = \(bind: project.description) ORDER BY number").all()
            .map(entry)
    }

    /// Of the entries `ids`, those that have been reversed, each with its reversal's id.
    public static func reversals(among ids: [ID<LedgerEntry>], on sql: any SQLDatabase) async throws -> [ID<LedgerEntry>: ID<LedgerEntry>] {
        guard !ids.isEmpty else { return [:] }
        let list = SQLList(ids.map { SQLBind($0.description) })
        let rows = try await sql.raw("SELECT id, reverses FROM ledger_entries WHERE reverses IN (\(list))").all()
        var out: [ID<LedgerEntry>: ID<LedgerEntry>] = [:]
        for row in rows { out[try row.id("reverses")] = try row.id("id") }
        return out
    }

    /// Posting numbers of the entries `ids`.
    public static func numbers(of ids: [ID<LedgerEntry>], on sql: any SQLDatabase) async throws -> [ID<LedgerEntry>: Int64] {
        guard !ids.isEmpty else { return [:] }
        let list = SQLList(ids.map { SQLBind($0.description) })
        var out: [ID<LedgerEntry>: Int64] = [:]
        for row in try await sql.raw("SELECT id, number FROM ledger_entries WHERE id IN (\(list))").all() {
            out[try row.id("id")] = try row.int64("number")
        }
        return out
    }

    public static func hasEntries(project: ID<Project>, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS x FROM ledger_entries WHERE project_id = \(bind: project.description) LIMIT 1").first() != nil
    }

    public static func hasEntries(costAccount: ID<CostAccount>, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS x FROM ledger_entries WHERE cost_account_id = \(bind: costAccount.description) LIMIT 1").first() != nil
    }

    /// The commitment still open on a cost account: commitments less releases (reversals included).
    public static func openCommitment(costAccount: ID<CostAccount>, on sql: any SQLDatabase) async throws -> Int64 {
        let row = try await sql.raw(
            """
            SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS n FROM ledger_lines
            WHERE cost_account_id = \(bind: costAccount.description) AND account = \(bind: LedgerAccount.commitments.rawValue)
            """
        ).first()
        return try row?.int64("n") ?? 0
    }

    // PostgreSQL sums BIGINT into NUMERIC; every sum is cast back (entries are capped so sums fit).

    /// Balance per ledger account over every line of the project.
    public static func trialBalance(project: ID<Project>, on sql: any SQLDatabase) async throws -> [LedgerAccount: Int64] {
        let rows = try await sql.raw(
            "SELECT account, CAST(SUM(amount) AS BIGINT) AS balance FROM ledger_lines WHERE project_id = \(bind: project.description) GROUP BY account"
        ).all()
        var out: [LedgerAccount: Int64] = [:]
        for row in rows { out[try row.enumValue("account")] = try row.int64("balance") }
        return out
    }

    /// Per cost account: actual cost (actuals and accruals) and open commitment, from the lines.
    public static func accountTotals(
        project: ID<Project>,
        on sql: any SQLDatabase
    ) async throws -> [ID<CostAccount>: (actual: Int64, committed: Int64)] {
        let rows = try await sql.raw(
            """
            SELECT cost_account_id, account, CAST(SUM(amount) AS BIGINT) AS total FROM ledger_lines
            WHERE project_id = \(bind: project.description) AND cost_account_id IS NOT NULL
            AND account IN (\(bind: LedgerAccount.projectCost.rawValue), \(bind: LedgerAccount.commitments.rawValue))
            GROUP BY cost_account_id, account
            """
        ).all()
        var out: [ID<CostAccount>: (actual: Int64, committed: Int64)] = [:]
        for row in rows {
            let id: ID<CostAccount> = try row.id("cost_account_id")
            let total = try row.int64("total")
            var t = out[id] ?? (0, 0)
            if try row.text("account") == LedgerAccount.projectCost.rawValue { t.actual = total } else { t.committed = total }
            out[id] = t
        }
        return out
    }

    /// One account's actual cost (actuals and accruals) and open commitment, from its lines.
    public static func accountTotals(costAccount: ID<CostAccount>, on sql: any SQLDatabase) async throws -> (actual: Int64, committed: Int64) {
        let rows = try await sql.raw(
            """
            SELECT account, CAST(SUM(amount) AS BIGINT) AS total FROM ledger_lines WHERE cost_account_id = \(bind: costAccount.description)
            AND account IN (\(bind: LedgerAccount.projectCost.rawValue), \(bind: LedgerAccount.commitments.rawValue)) GROUP BY account
            """
        ).all()
        var out: (actual: Int64, committed: Int64) = (0, 0)
        for row in rows {
            if try row.text("account") == LedgerAccount.projectCost.rawValue {
                out.actual = try row.int64("total")
            } else {
                out.committed = try row.int64("total")
            }
        }
        return out
    }

    public struct ClosedPeriod: Sendable, Hashable {
        public let period: AccountingPeriod
        public let closedAt: String
        public let closedBy: String

        public init(period: AccountingPeriod, closedAt: String, closedBy: String) {
            self.period = period
            self.closedAt = closedAt
            self.closedBy = closedBy
        }
    }

    public static func closedPeriods(project: ID<Project>, on sql: any SQLDatabase) async throws -> [ClosedPeriod] {
        try await sql.raw(
            "SELECT period, closed_at, closed_by FROM closed_periods WHERE project_id = \(bind: project.description) ORDER BY period"
        ).all().map { row in
            let text = try row.text("period")
            guard let p = AccountingPeriod(text: text) else { throw StoreError.corrupt(column: "period", value: text) }
            return ClosedPeriod(period: p, closedAt: try row.text("closed_at"), closedBy: try row.text("closed_by"))
        }
    }

    public static func insert(_ p: ClosedPeriod, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO closed_periods (project_id, period, closed_at, closed_by)
            VALUES (\(bind: project.description), \(bind: p.period.text), \(bind: p.closedAt), \(bind: p.closedBy))
            """
        ).run()
    }

    @Sendable static func entry(_ row: any SQLRow) throws -> LedgerEntry {
        let account = try row.optionalText("cost_account_id")
        let reverses = try row.optionalText("reverses")
        guard let date = try row.day("entry_date") else { throw StoreError.corrupt(column: "entry_date", value: "") }
        return LedgerEntry(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            number: try row.int64("number"),
            kind: try row.enumValue("kind"),
            date: date,
            costAccountID: account.flatMap(ID<CostAccount>.init),
            amount: Money(minor: try row.int64("amount"), currency: try row.currency("currency")),
            counterparty: try row.text("counterparty"),
            reference: try row.text("reference"),
            memo: try row.text("memo"),
            reverses: reverses.flatMap(ID<LedgerEntry>.init),
            dueDate: try row.day("due_date"),
            original: try original(row),
            exchangeRate: try row.decode(column: "exchange_rate", as: Int64?.self),
            postedAt: try row.text("posted_at"),
            postedBy: try row.text("posted_by")
        )
    }

    static func original(_ row: any SQLRow) throws -> Money? {
        guard let minor = try row.decode(column: "original_amount", as: Int64?.self), let code = try row.optionalText("original_currency") else {
            return nil
        }
        guard let c = Currency(code: code) else { throw StoreError.corrupt(column: "original_currency", value: code) }
        return Money(minor: minor, currency: c)
    }

    // MARK: Exchange rates

    public static func exchangeRates(project: ID<Project>, on sql: any SQLDatabase) async throws -> [ExchangeRate] {
        try await sql.raw(
            "SELECT currency, effective_from, rate FROM exchange_rates WHERE project_id = \(bind: project.description) ORDER BY currency, effective_from"
        ).all().map { row in
            guard let from = try row.day("effective_from") else { throw StoreError.corrupt(column: "effective_from", value: "") }
            return ExchangeRate(currency: try row.currency("currency"), effectiveFrom: from, rate: try row.int64("rate"))
        }
    }

    /// Adds the rate, or replaces the one the currency already has from that day.
    public static func save(_ r: ExchangeRate, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO exchange_rates (project_id, currency, effective_from, rate) VALUES (\(bind: project.description), \(bind: r.currency.code),
            \(bind: r.effectiveFrom.iso), \(bind: r.rate)) ON CONFLICT (project_id, currency, effective_from) DO UPDATE SET rate = excluded.rate
            """
        ).run()
    }

    public static func deleteExchangeRate(project: ID<Project>, currency: Currency, from: Day, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            DELETE FROM exchange_rates WHERE project_id = \(bind: project.description) AND currency = \(bind: currency.code)
            AND effective_from = \(bind: from.iso)
            """
        ).run()
    }

    /// Per original currency and kind: what was posted in that currency and what it came to in the
    /// project's (reversals negative). Entries in the project's currency are not listed.
    public struct CurrencyTotal: Sendable {
        public let currency: Currency
        public let kind: LedgerEntryKind
        public let original: Int64
        public let converted: Int64
    }

    public static func currencyTotals(project: ID<Project>, on sql: any SQLDatabase) async throws -> [CurrencyTotal] {
        let rows = try await sql.raw(
            """
            SELECT original_currency, kind, CAST(SUM(CASE WHEN reverses IS NULL THEN original_amount ELSE -original_amount END) AS BIGINT) AS original,
            CAST(SUM(CASE WHEN reverses IS NULL THEN amount ELSE -amount END) AS BIGINT) AS converted FROM ledger_entries
            WHERE project_id = \(bind: project.description) AND original_currency IS NOT NULL GROUP BY original_currency, kind ORDER BY original_currency, kind
            """
        ).all()
        return try rows.map { row in
            CurrencyTotal(
                currency: try row.currency("original_currency"),
                kind: try row.enumValue("kind"),
                original: try row.int64("original"),
                converted: try row.int64("converted")
            )
        }
    }
}
