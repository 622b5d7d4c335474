import Foundation
import KeelCore
import KeelStore
import SQLKit

/// A planned customer payment with where it stands in the forecast.
public struct InflowRow: Sendable {
    public let inflow: PlannedInflow
    /// The milestone's name (nil for a fixed invoice date).
    public let taskName: String?
    /// The invoice day: the fixed one, or the milestone's scheduled finish.
    public let invoiceDay: Day?
    public let expected: Day?
}

/// The cash-flow page: the forecast, the planned customer payments, the settings.
public struct CashFlowReport: Sendable {
    public let forecast: CashFlowForecast
    public let inflows: [InflowRow]
    public let currency: Currency
    /// False until the project saved its own settings (the forecast then starts from zero).
    public let configured: Bool
}

/// Cash flow: planned customer payments by milestone or date with payment terms, the ledger's
/// receipts, invoices, accruals, labour and open purchase orders with their due dates, and the
/// approved budget still to spend — a weekly and monthly forecast of the balance with a warning
/// when it drops below the project's threshold within its horizon.
public struct CashFlowService: Sendable {
    let services: KeelServices

    public func report(_ caller: Caller, project: ID<Project>, asOf: Day? = nil) async throws -> CashFlowReport {
        let day = asOf ?? Day(utcSecondsSince1970: services.clock().timeIntervalSince1970)
        return try await services.readProject(caller, project) { sql in try await Self.report(project, asOf: day, services, sql) }
    }

    static func report(_ project: ID<Project>, asOf: Day, _ services: KeelServices, _ sql: any SQLDatabase) async throws -> CashFlowReport {
        let currency = try await FinanceService.currency(project, sql)
        let stored = try await CashFlowRepository.settings(project: project, on: sql)
        let settings = stored ?? CashSettings()
        let view = try await services.schedule.current(project, sql)
        var finish: [ID<PlanTask>: Day] = [:]
        var names: [ID<PlanTask>: String] = [:]
        for (i, task) in view.plan.tasks.enumerated() {
            names[task.id] = task.name
            if i < view.schedule.tasks.count { finish[task.id] = view.schedule.tasks[i].finish.day }
        }
        let rows = try await CashFlowRepository.inflows(project: project, on: sql).map { i in
            let invoice = i.taskID == nil ? i.invoiceDate : i.taskID.flatMap { finish[$0] }
            return InflowRow(inflow: i, taskName: i.taskID.flatMap { names[$0] }, invoiceDay: invoice, expected: invoice?.adding(days: i.termsDays))
        }

        let entries = try await CashFlowRepository.cashEntries(project: project, on: sql)
        let reversed = Set(entries.compactMap(\.reverses))
        var received: [(day: Day, amount: Int64)] = []
        var costs: [CashFlowInput.Cost] = []
        var actual: [ID<CostAccount>: Int64] = [:]
        var open: [ID<CostAccount>: Int64] = [:]
        var orders: [ID<CostAccount>: [CashFlowInput.Commitment]] = [:]
        for e in entries {
            switch e.kind {
            case .paymentReceived: received.append((e.day, e.amount))
            case .commitment:
                open[e.costAccountID ?? ID(), default: 0] = open[e.costAccountID ?? ID(), default: 0].addingSaturated(e.amount)
                // A live order is one that was not reversed (and is not itself a reversal).
                if e.reverses == nil, !reversed.contains(e.id), let account = e.costAccountID {
                    orders[account, default: []].append(.init(day: e.day, dueDate: e.dueDate, amount: e.amount))
                }
            case .commitmentRelease:
                open[e.costAccountID ?? ID(), default: 0] = open[e.costAccountID ?? ID(), default: 0].subtractingSaturated(e.amount)
            default:
                costs.append(.init(day: e.day, dueDate: e.dueDate, amount: e.amount, kind: e.kind))
                if let account = e.costAccountID { actual[account, default: 0] = actual[account, default: 0].addingSaturated(e.amount) }
            }
        }
        var budget: [ID<CostAccount>: [BudgetSegment]] = [:]
        if let approved = try await BudgetRepository.approved(project: project, on: sql) {
            for line in try await BudgetRepository.lines(approved.id, on: sql) { budget[line.costAccountID] = line.segments }
        }
        let accounts = try await CostAccountRepository.list(project: project, on: sql).map { a in
            CashFlowInput.Account(
                code: a.code,
                paidWhenWorked: a.category == "labour",
                openCommitment: open[a.id] ?? 0,
                commitments: orders[a.id] ?? [],
                budget: budget[a.id] ?? [],
                actual: actual[a.id] ?? 0
            )
        }
        let input = CashFlowInput(
            asOf: asOf,
            settings: settings,
            inflows: rows.map { .init(name: $0.inflow.name, amount: $0.inflow.amount, expected: $0.expected) },
            received: received,
            costs: costs,
            accounts: accounts
        )
        return CashFlowReport(forecast: CashFlow.forecast(input), inflows: rows, currency: currency, configured: stored != nil)
    }

    // MARK: Planned customer payments

    public func inflows(_ caller: Caller, project: ID<Project>) async throws -> [PlannedInflow] {
        try await services.readProject(caller, project) { sql in try await CashFlowRepository.inflows(project: project, on: sql) }
    }

    public func inflow(_ caller: Caller, project: ID<Project>, _ id: ID<PlannedInflow>) async throws -> PlannedInflow {
        try await services.readProject(caller, project) { sql in try await Self.load(id, project, sql) }
    }

    /// A planned payment: `name`, `amount`, either `task_id` (invoiced when that milestone finishes) or
    /// `invoice_date`, and `terms_days` (0–365, default 30) until it is paid.
    public func createInflow(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> PlannedInflow {
        try await services.inProject(caller, .editCashPlan, project) { sql in
            var inflow = PlannedInflow(projectID: project, name: "", amount: 0)
            try await Self.read(input, creating: true, into: &inflow, sql)
            try await CashFlowRepository.insert(inflow, on: sql)
            try await services.audit.record(
                "create",
                objectType: "cash_inflow",
                objectID: inflow.id.description,
                project: project,
                before: [:],
                after: inflow.auditFields(try await FinanceService.currency(project, sql)),
                caller: caller,
                on: sql
            )
            return inflow
        }
    }

    public func updateInflow(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<PlannedInflow>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws
        -> PlannedInflow
    {
        var currency = Currency.cny
        return try await services.update(
            caller,
            .editCashPlan,
            project: project,
            expectedVersion: expectedVersion,
            audit: "cash_inflow",
            id: id.description,
            version: \.version,
            fields: { $0.auditFields(currency) },
            load: { sql in
                // Amounts are audited in the project's currency.
                currency = try await FinanceService.currency(project, sql)
                return try await Self.load(id, project, sql)
            },
            change: { inflow, _, sql in try await Self.read(input, creating: false, into: &inflow, sql) },
            store: { inflow, version, sql in try await CashFlowRepository.update(inflow, expectedVersion: version, on: sql) }
        )
    }

    public func deleteInflow(_ caller: Caller, project: ID<Project>, _ id: ID<PlannedInflow>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editCashPlan, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await CashFlowRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "cash_inflow",
                objectID: id.description,
                project: project,
                before: current.auditFields(try await FinanceService.currency(project, sql)),
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    // MARK: Settings

    public func settings(_ caller: Caller, project: ID<Project>) async throws -> CashSettings {
        try await services.readProject(caller, project) { sql in try await CashFlowRepository.settings(project: project, on: sql) ?? CashSettings() }
    }

    /// `opening_balance` and `threshold` (amounts, may be negative), `horizon_weeks` (1–104),
    /// `supplier_terms_days` (0–365); absent fields keep their value.
    public func updateSettings(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> CashSettings {
        try await services.inProject(caller, .editCashPlan, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            let before = try await CashFlowRepository.settings(project: project, on: sql) ?? CashSettings()
            var s = before
            var r = InputReader(input, creating: false)
            r.amount("opening_balance", currency: currency, &s.openingBalance, allowNegative: true)
            r.amount("threshold", currency: currency, &s.threshold, allowNegative: true)
            r.int("horizon_weeks", &s.horizonWeeks, range: CashSettings.horizonRange)
            r.int("supplier_terms_days", &s.supplierTermsDays, range: CashSettings.termsRange)
            for (key, value) in [("opening_balance", s.openingBalance), ("threshold", s.threshold)] where abs(value) > LedgerEntry.maxAmount {
                let max = FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits)
                r.errors.add(key, .outOfRange, ["min": "-" + max, "max": max])
            }
            try r.finish()
            try await CashFlowRepository.save(s, project: project, on: sql)
            try await services.audit.record(
                "update",
                objectType: "cash_settings",
                objectID: project.description,
                project: project,
                before: before.auditFields(currency),
                after: s.auditFields(currency),
                caller: caller,
                on: sql
            )
            return s
        }
    }

    // MARK: Helpers

    static func load(_ id: ID<PlannedInflow>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> PlannedInflow {
        guard let i = try await CashFlowRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "cash_inflow", id: id.description)
        }
        return i
    }

    static func read(_ input: Input, creating: Bool, into inflow: inout PlannedInflow, _ sql: any SQLDatabase) async throws {
        let currency = try await FinanceService.currency(inflow.projectID, sql)
        let tasks = try await WorkPlanRepository.taskIDs(project: inflow.projectID, on: sql)
        var r = InputReader(input, creating: creating)
        r.text("name", &inflow.name, required: true, max: 200)
        r.amount("amount", currency: currency, &inflow.amount, required: true)
        if !r.errors.has("amount"), r.has("amount") || creating, inflow.amount <= 0 || inflow.amount > LedgerEntry.maxAmount {
            r.errors.add(
                "amount",
                .outOfRange,
                [
                    "min": FixedPoint.format(1, digits: currency.minorDigits),
                    "max": FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits),
                ]
            )
        }
        r.reference("task_id", &inflow.taskID) { tasks.contains($0) }
        r.day("invoice_date", &inflow.invoiceDate)
        r.int("terms_days", &inflow.termsDays, range: CashSettings.termsRange)
        // Invoiced either when a milestone finishes or on a day: one of the two.
        if !r.errors.has("task_id") && !r.errors.has("invoice_date") {
            if inflow.taskID != nil && inflow.invoiceDate != nil { r.errors.add("invoice_date", .mustBeEmpty) }
            if inflow.taskID == nil && inflow.invoiceDate == nil { r.errors.add("invoice_date", .required) }
        }
        try r.finish()
    }
}

extension PlannedInflow {
    func auditFields(_ currency: Currency) -> [String: String?] {
        [
            "name": name, "amount": FixedPoint.format(amount, digits: currency.minorDigits), "task_id": taskID?.description,
            "invoice_date": invoiceDate?.iso, "terms_days": String(termsDays),
        ]
    }
}

extension CashSettings {
    func auditFields(_ currency: Currency) -> [String: String?] {
        [
            "opening_balance": FixedPoint.format(openingBalance, digits: currency.minorDigits),
            "threshold": FixedPoint.format(threshold, digits: currency.minorDigits), "horizon_weeks": String(horizonWeeks),
            "supplier_terms_days": String(supplierTermsDays),
        ]
    }
}
