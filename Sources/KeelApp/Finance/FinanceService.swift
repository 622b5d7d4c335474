import Foundation
import KeelCore
import KeelStore
import SQLKit

/// The cost structure and the ledger at a glance: what the finance page shows.
public struct FinanceOverview: Sendable {
    public let currency: Currency
    public let categories: [CostCategory]
    public let accounts: [CostAccount]
    /// Actual cost and open commitment per account, minor units.
    public let totals: [ID<CostAccount>: AccountTotals]
    public let trialBalance: [LedgerAccount: Int64]
    public let closedPeriods: [LedgerRepository.ClosedPeriod]
    public let hasEntries: Bool

    public var actualCost: Int64 { trialBalance[.projectCost] ?? 0 }
    public var openCommitments: Int64 { trialBalance[.commitments] ?? 0 }
    /// Revenue is a credit balance; shown positive.
    public var revenue: Int64 { -(trialBalance[.revenue] ?? 0) }
    public var cashReceived: Int64 { trialBalance[.cash] ?? 0 }
    public var trialBalanceTotal: Int64 { trialBalance.values.sum { $0 } }
}

public struct AccountTotals: Sendable, Hashable {
    public var actual: Int64
    public var committed: Int64

    public init(actual: Int64, committed: Int64) {
        self.actual = actual
        self.committed = committed
    }
}

/// A posted entry, and by how much it took its account beyond budget where cost control only warns.
public struct Posting: Sendable {
    public let entry: LedgerEntry
    public let overBudget: Int64?
}

/// A page of the ledger with what the list needs to know about each entry.
public struct LedgerPage: Sendable {
    public let entries: [LedgerEntry]
    public let total: Int
    /// Entries on this page that have been reversed → their reversal.
    public let reversals: [ID<LedgerEntry>: ID<LedgerEntry>]
    /// Posting numbers of the entries on the page, their reversals and the entries they reverse.
    public let numbers: [ID<LedgerEntry>: Int64]
    public let currency: Currency
}

/// Finance use cases: cost categories and accounts, posting to the append-only ledger, reversals and
/// closing periods. Every change checks the caller's role first, validates whole, and is stored with
/// its audit record in one transaction; postings of a project are serialised so numbering, open
/// commitments and "reversed once" hold under concurrent requests.
public struct FinanceService: Sendable {
    let services: KeelServices

    // MARK: Cost structure

    public func categories(_ caller: Caller, project: ID<Project>) async throws -> [CostCategory] {
        try await services.readProject(caller, project) { sql in try await Self.categories(project, sql) }
    }

    static func categories(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> [CostCategory] {
        CostCategory.standardCodes.map { CostCategory(code: $0) } + (try await CostAccountRepository.customCategories(project: project, on: sql))
    }

    /// Adds a project category: `code` (a–z, 0–9, `_`, `-`) and `name`.
    public func createCategory(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> CostCategory {
        try await services.inProject(caller, .editCostStructure, project) { sql in
            var category = CostCategory(code: "", name: "")
            var r = InputReader(input, creating: true)
            r.text("code", &category.code, required: true, max: 32)
            r.text("name", &category.name, required: true, max: 100)
            category.code = category.code.lowercased()
            if !category.code.isEmpty, !r.errors.has("code") {
                if !CostCategory.isValidCode(category.code) {
                    r.errors.add("code", .invalidFormat, ["pattern": "a-z 0-9 _ -"])
                } else if try await Self.categories(project, sql).contains(where: { $0.code == category.code }) {
                    r.errors.add("code", .duplicate)
                }
            }
            try r.finish()
            try await CostAccountRepository.insertCategory(category, project: project, on: sql)
            try await services.audit.record(
                "create",
                objectType: "cost_category",
                objectID: category.code,
                project: project,
                before: [:],
                after: ["code": category.code, "name": category.name],
                caller: caller,
                on: sql
            )
            return category
        }
    }

    /// Removes a project category no account uses; the standard six stay.
    public func deleteCategory(_ caller: Caller, project: ID<Project>, code: String) async throws {
        try await services.inProject(caller, .editCostStructure, project) { sql in
            guard let category = try await CostAccountRepository.customCategories(project: project, on: sql).first(where: { $0.code == code }) else {
                if CostCategory.standardCodes.contains(code) { throw KeelError.conflict("the standard categories cannot be removed") }
                throw KeelError.notFound(kind: "cost_category", id: code)
            }
            if try await CostAccountRepository.categoryInUse(code, project: project, on: sql) {
                throw KeelError.conflict("cost accounts still use this category")
            }
            try await CostAccountRepository.deleteCategory(code, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "cost_category",
                objectID: code,
                project: project,
                before: ["code": code, "name": category.name],
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    public func accounts(_ caller: Caller, project: ID<Project>) async throws -> [CostAccount] {
        try await services.readProject(caller, project) { sql in try await CostAccountRepository.list(project: project, on: sql) }
    }

    public func account(_ caller: Caller, project: ID<Project>, _ id: ID<CostAccount>) async throws -> CostAccount {
        try await services.readProject(caller, project) { sql in try await Self.loadAccount(id, project, sql) }
    }

    /// A cost account: `category` (required), `task_id` (a task of the plan; absent or null for
    /// project level), `code` (required, unique), `name`. One account per task and category.
    public func createAccount(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> CostAccount {
        try await services.inProject(caller, .editCostStructure, project) { sql in
            var account = CostAccount(projectID: project, taskID: nil, category: "", code: "")
            try await Self.readAccount(input, creating: true, into: &account, sql)
            try await CostAccountRepository.insert(account, on: sql)
            try await services.audit.record(
                "create",
                objectType: "cost_account",
                objectID: account.id.description,
                project: project,
                before: [:],
                after: account.auditFields,
                caller: caller,
                on: sql
            )
            return account
        }
    }

    public func updateAccount(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<CostAccount>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws
        -> CostAccount
    {
        try await services.update(
            caller,
            .editCostStructure,
            project: project,
            expectedVersion: expectedVersion,
            audit: "cost_account",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in try await Self.loadAccount(id, project, sql) },
            change: { account, current, sql in
                try await Self.readAccount(input, creating: false, into: &account, sql)
                let used = try await LedgerRepository.hasEntries(costAccount: id, on: sql)
                let booked = try await TimesheetRepository.hasEntries(costAccount: id, on: sql)
                if account.category != current.category, used || booked {
                    throw KeelError.validation([FieldError("category", .invalidChoice, ["choices": current.category])])
                }
            },
            store: { account, version, sql in try await CostAccountRepository.update(account, expectedVersion: version, on: sql) }
        )
    }

    /// Only an account nothing was posted to can go; the ledger keeps the others for ever.
    public func deleteAccount(_ caller: Caller, project: ID<Project>, _ id: ID<CostAccount>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editCostStructure, project) { sql in
            let current = try await Self.loadAccount(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            if try await LedgerRepository.hasEntries(costAccount: id, on: sql) {
                throw KeelError.conflict("entries are posted to this account; posted entries are kept for ever")
            }
            if try await BudgetRepository.accountIsBudgeted(id, on: sql) {
                throw KeelError.conflict("budget versions have lines on this account; remove them first")
            }
            if try await TimesheetRepository.hasEntries(costAccount: id, on: sql) {
                throw KeelError.conflict("timesheets have hours on this account")
            }
            try await CostAccountRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "cost_account",
                objectID: id.description,
                project: project,
                before: current.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    static func loadAccount(_ id: ID<CostAccount>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> CostAccount {
        guard let a = try await CostAccountRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "cost_account", id: id.description)
        }
        return a
    }

    /// `estimate_low`, `estimate_most_likely`, `estimate_high`: all three (0 ≤ low ≤ most likely ≤ high),
    /// or all empty to remove the estimate; absent, the estimate stays as it is.
    static func readEstimate(_ r: inout InputReader, into account: inout CostAccount, _ sql: any SQLDatabase) async throws {
        let keys = ["estimate_low", "estimate_most_likely", "estimate_high"]
        guard keys.contains(where: { r.has($0) }) else { return }
        let currency = try await currency(account.projectID, sql)
        var values: [Int64?] = []
        for key in keys {
            guard let v = r.value(key), v != .null else {
                values.append(nil)
                continue
            }
            var minor: Int64 = 0
            r.amount(key, currency: currency, &minor)
            if !r.errors.has(key), minor > LedgerEntry.maxAmount {
                r.errors.add(key, .outOfRange, ["min": "0", "max": FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits)])
            }
            values.append(minor)
        }
        if values.allSatisfy({ $0 == nil }) {
            account.estimate = nil
            return
        }
        for (key, v) in zip(keys, values) where v == nil { r.errors.add(key, .required) }
        guard let low = values[0], let mode = values[1], let high = values[2] else { return }
        let estimate = ThreePoint(low: low, mode: mode, high: high)
        if !estimate.isOrdered && !keys.contains(where: { r.errors.has($0) }) { r.errors.add("estimate_most_likely", .unordered) }
        account.estimate = estimate
    }

    static func readAccount(_ input: Input, creating: Bool, into account: inout CostAccount, _ sql: any SQLDatabase) async throws {
        let project = account.projectID
        let categories = try await categories(project, sql)
        let tasks = try await WorkPlanRepository.taskIDs(project: project, on: sql)
        var r = InputReader(input, creating: creating)
        r.text("category", &account.category, required: true, max: 32)
        if !r.errors.has("category"), !account.category.isEmpty, !categories.contains(where: { $0.code == account.category }) {
            r.errors.add("category", .invalidChoice, ["choices": categories.map(\.code).joined(separator: ", ")])
        }
        r.reference("task_id", &account.taskID) { tasks.contains($0) }
        r.text("code", &account.code, required: true, max: 40)
        r.text("name", &account.name, max: 200)
        try await Self.readEstimate(&r, into: &account, sql)
        try r.finish()
        let others = try await CostAccountRepository.list(project: project, on: sql).filter { $0.id != account.id }
        var errors = FieldErrors()
        if others.contains(where: { $0.code.lowercased() == account.code.lowercased() }) { errors.add("code", .duplicate) }
        if others.contains(where: { $0.taskID == account.taskID && $0.category == account.category }) { errors.add("category", .duplicate) }
        try errors.throwIfAny()
    }

    // MARK: Ledger

    public func overview(_ caller: Caller, project: ID<Project>) async throws -> FinanceOverview {
        try await services.readProject(caller, project) { sql in try await Self.overview(project, sql) }
    }

    static func overview(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> FinanceOverview {
        let currency = try await Self.currency(project, sql)
        let totals = try await LedgerRepository.accountTotals(project: project, on: sql).mapValues {
            AccountTotals(actual: $0.actual, committed: $0.committed)
        }
        return FinanceOverview(
            currency: currency,
            categories: try await Self.categories(project, sql),
            accounts: try await CostAccountRepository.list(project: project, on: sql),
            totals: totals,
            trialBalance: try await LedgerRepository.trialBalance(project: project, on: sql),
            closedPeriods: try await LedgerRepository.closedPeriods(project: project, on: sql),
            hasEntries: try await LedgerRepository.hasEntries(project: project, on: sql)
        )
    }

    public func ledger(_ caller: Caller, project: ID<Project>, _ filter: LedgerRepository.Filter) async throws -> LedgerPage {
        try await services.readProject(caller, project) { sql in try await Self.ledger(project, filter, sql) }
    }

    static func ledger(_ project: ID<Project>, _ filter: LedgerRepository.Filter, _ sql: any SQLDatabase) async throws -> LedgerPage {
        let (entries, total) = try await LedgerRepository.list(project: project, filter, on: sql)
        let reversals = try await LedgerRepository.reversals(among: entries.map(\.id), on: sql)
        var numbers = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.number) })
        let elsewhere = Set(Array(reversals.values) + entries.compactMap(\.reverses)).filter { numbers[$0] == nil }
        numbers.merge(try await LedgerRepository.numbers(of: Array(elsewhere), on: sql)) { a, _ in a }
        return LedgerPage(entries: entries, total: total, reversals: reversals, numbers: numbers, currency: try await Self.currency(project, sql))
    }

    /// Every entry in posting order (CSV export).
    public func allEntries(_ caller: Caller, project: ID<Project>) async throws -> [LedgerEntry] {
        try await services.readProject(caller, project) { sql in try await LedgerRepository.all(project: project, on: sql) }
    }

    public func entry(_ caller: Caller, project: ID<Project>, _ id: ID<LedgerEntry>) async throws -> (entry: LedgerEntry, reversedBy: LedgerEntry?) {
        try await services.readProject(caller, project) { sql in try await Self.entry(id, project, sql) }
    }

    static func entry(
        _ id: ID<LedgerEntry>,
        _ project: ID<Project>,
        _ sql: any SQLDatabase
    ) async throws -> (
        entry: LedgerEntry, reversedBy: LedgerEntry?
    ) {
        guard let e = try await LedgerRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "ledger_entry", id: id.description)
        }
        return (e, try await LedgerRepository.reversal(of: id, on: sql))
    }

    /// Posts an entry: `kind` (required), `date` (default today), `cost_account_id` (cost kinds),
    /// `amount` (required, positive, project currency), `currency` (optional; must be the project's),
    /// `counterparty`, `reference`, `memo`.
    public func post(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> LedgerEntry {
        try await posting(caller, project: project, input).entry
    }

    /// `post`, also telling by how much a commitment went beyond its account's budget when the
    /// project's cost control only warns (with `stop`, such a commitment is refused: `exceeds_budget`).
    public func posting(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Posting {
        try await services.inProject(caller, .postLedger, project) { sql in
            try await LedgerRepository.lock(project: project, on: sql)
            let currency = try await Self.currency(project, sql)
            var r = InputReader(input, creating: true)
            var kind = LedgerEntryKind.actualCost
            r.choice("kind", &kind, required: true)
            var date: Day? = services.today
            r.day("date", &date)
            var accountID: ID<CostAccount>?
            r.optionalID("cost_account_id", &accountID)
            // Optional: another currency is converted at the project's rate in force on the date.
            var entryCurrency = currency
            r.currency("currency", &entryCurrency)
            var minor: Int64 = 0
            r.amount("amount", currency: entryCurrency, &minor, required: true)
            var due: Day?
            r.day("due_date", &due)
            var counterparty = "", reference = "", memo = ""
            r.text("counterparty", &counterparty, max: 200)
            r.text("reference", &reference, max: 100)
            r.text("memo", &memo, max: 1_000)
            // An empty date box (or null) means today, like an absent one.
            if date == nil { date = services.today }
            try r.finish()
            var original: Money?
            var rate: Int64?
            var base = minor
            if entryCurrency != currency {
                guard
                    let x = ExchangeRateTable(try await LedgerRepository.exchangeRates(project: project, on: sql)).rate(for: entryCurrency, on: date!)
                else {
                    throw KeelError.validation([FieldError("currency", .noExchangeRate, ["currency": entryCurrency.code, "date": date!.iso])])
                }
                original = Money(minor: minor, currency: entryCurrency)
                rate = x.rate
                base = CurrencyConversion.convert(minor, from: entryCurrency, to: currency, rate: x.rate)
            }
            var entry = LedgerEntry(
                projectID: project,
                kind: kind,
                date: date!,
                costAccountID: accountID,
                amount: Money(minor: base, currency: currency),
                counterparty: counterparty,
                reference: reference,
                memo: memo,
                dueDate: due,
                original: original,
                exchangeRate: rate,
                postedAt: services.timestamp,
                postedBy: caller.auditName
            )
            let known = try await accountID.asyncMap { try await CostAccountRepository.find($0, project: project, on: sql) } != nil
            let open = kind == .commitmentRelease && known ? try await LedgerRepository.openCommitment(costAccount: accountID!, on: sql) : 0
            try await Self.rules(project, currency, sql).check(
                entry,
                costAccountIsKnown: known,
                original: nil,
                alreadyReversed: false,
                openCommitment: open
            )
            let over = try await Self.overrun(entry, project, currency, sql)
            entry.number = try await LedgerRepository.nextNumber(project: project, on: sql)
            try await LedgerRepository.insert(entry, on: sql)
            var audited = entry.auditFields
            if let over { audited["over_budget"] = FixedPoint.format(over, digits: currency.minorDigits) }
            try await services.audit.record(
                "post",
                objectType: "ledger_entry",
                objectID: entry.id.description,
                project: project,
                before: [:],
                after: audited,
                caller: caller,
                on: sql
            )
            return Posting(entry: entry, overBudget: over)
        }
    }

    /// Posts the reversal of entry `id`: `memo` (why, required) and `date` (default today; not before
    /// the original, not in a closed period).
    public func reverse(_ caller: Caller, project: ID<Project>, _ id: ID<LedgerEntry>, _ input: Input) async throws -> LedgerEntry {
        try await services.inProject(caller, .postLedger, project) { sql in
            try await LedgerRepository.lock(project: project, on: sql)
            let currency = try await Self.currency(project, sql)
            var r = InputReader(input, creating: true)
            var date: Day? = services.today
            r.day("date", &date)
            var memo = ""
            r.text("memo", &memo, required: true, max: 1_000)
            // An empty date box (or null) means today, like an absent one.
            if date == nil { date = services.today }
            try r.finish()
            // Another project's entry, or none at all, is a reference that does not resolve here.
            guard let original = try await LedgerRepository.find(id, project: project, on: sql) else {
                throw KeelError.validation([FieldError("reverses", .unknownReference)])
            }
            var reversal = original.reversal(date: date!, memo: memo, postedAt: services.timestamp, postedBy: caller.auditName)
            let already = try await LedgerRepository.reversal(of: id, on: sql) != nil
            let open = original.kind == .commitment ? try await LedgerRepository.openCommitment(costAccount: original.costAccountID!, on: sql) : 0
            try await Self.rules(project, currency, sql).check(
                reversal,
                costAccountIsKnown: true,
                original: original,
                alreadyReversed: already,
                openCommitment: open
            )
            reversal.number = try await LedgerRepository.nextNumber(project: project, on: sql)
            try await LedgerRepository.insert(reversal, on: sql)
            try await services.audit.record(
                "reverse",
                objectType: "ledger_entry",
                objectID: reversal.id.description,
                project: project,
                before: [:],
                after: reversal.auditFields,
                caller: caller,
                on: sql
            )
            return reversal
        }
    }

    /// Closes `period` (`YYYY-MM`) for posting. Closing is final; closing twice is refused.
    public func closePeriod(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> LedgerRepository.ClosedPeriod {
        try await services.inProject(caller, .closePeriod, project) { sql in
            try await LedgerRepository.lock(project: project, on: sql)
            var r = InputReader(input, creating: true)
            var text = ""
            r.text("period", &text, required: true, max: 7)
            if !text.isEmpty, AccountingPeriod(text: text) == nil { r.errors.add("period", .invalidFormat, ["pattern": "YYYY-MM"]) }
            try r.finish()
            let period = AccountingPeriod(text: text)!
            if try await LedgerRepository.closedPeriods(project: project, on: sql).contains(where: { $0.period == period }) {
                throw KeelError.conflict("the period \(period.text) is already closed")
            }
            let closed = LedgerRepository.ClosedPeriod(period: period, closedAt: services.timestamp, closedBy: caller.auditName)
            try await LedgerRepository.insert(closed, project: project, on: sql)
            try await services.audit.record(
                "close_period",
                objectType: "accounting_period",
                objectID: period.text,
                project: project,
                before: [:],
                after: ["period": period.text],
                caller: caller,
                on: sql
            )
            return closed
        }
    }

    // MARK: Exchange rates

    public func exchangeRates(_ caller: Caller, project: ID<Project>) async throws -> [ExchangeRate] {
        try await services.readProject(caller, project) { sql in try await LedgerRepository.exchangeRates(project: project, on: sql) }
    }

    /// Per original currency and kind: posted amounts and what they came to in the project's currency.
    public func currencyTotals(_ caller: Caller, project: ID<Project>) async throws -> [LedgerRepository.CurrencyTotal] {
        try await services.readProject(caller, project) { sql in try await LedgerRepository.currencyTotals(project: project, on: sql) }
    }

    /// Sets a rate from a day: `currency` (not the project's), `effective_from`, `rate` (project-currency
    /// units per unit, up to six decimals). A rate from the same day is replaced; entries already posted
    /// keep the rate they were converted at.
    public func setExchangeRate(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> ExchangeRate {
        try await services.inProject(caller, .editExchangeRates, project) { sql in
            let projectCurrency = try await Self.currency(project, sql)
            var r = InputReader(input, creating: true)
            var currency = projectCurrency
            r.currency("currency", &currency, required: true)
            if !r.errors.has("currency"), r.has("currency"), currency == projectCurrency {
                r.errors.add("currency", .invalidChoice, ["choices": "≠ " + projectCurrency.code])
            }
            var from: Day?
            r.day("effective_from", &from, required: true)
            if from == nil && !r.errors.has("effective_from") { r.errors.add("effective_from", .required) }
            var rate: Int64 = 0
            r.decimal("rate", digits: ExchangeRate.digits, &rate, required: true)
            if !r.errors.has("rate"), r.has("rate"), rate <= 0 || rate > ExchangeRate.maxRate {
                r.errors.add("rate", .outOfRange, ["min": "0.000001", "max": FixedPoint.format(ExchangeRate.maxRate, digits: ExchangeRate.digits)])
            }
            try r.finish()
            let x = ExchangeRate(currency: currency, effectiveFrom: from!, rate: rate)
            let before = try await LedgerRepository.exchangeRates(project: project, on: sql).first {
                $0.currency == currency && $0.effectiveFrom == from!
            }
            try await LedgerRepository.save(x, project: project, on: sql)
            try await services.audit.record(
                before == nil ? "create" : "update",
                objectType: "exchange_rate",
                objectID: "\(currency.code)/\(from!.iso)",
                project: project,
                before: before?.auditFields ?? [:],
                after: x.auditFields,
                caller: caller,
                on: sql
            )
            return x
        }
    }

    public func deleteExchangeRate(_ caller: Caller, project: ID<Project>, currency code: String, from: Day) async throws {
        try await services.inProject(caller, .editExchangeRates, project) { sql in
            guard let currency = Currency(code: code),
                let before = try await LedgerRepository.exchangeRates(project: project, on: sql).first(where: {
                    $0.currency == currency && $0.effectiveFrom == from
                })
            else { throw KeelError.notFound(kind: "exchange_rate", id: "\(code)/\(from.iso)") }
            try await LedgerRepository.deleteExchangeRate(project: project, currency: currency, from: from, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "exchange_rate",
                objectID: "\(code)/\(from.iso)",
                project: project,
                before: before.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// Cost control on a new commitment, once an approved budget exists: nil within budget (or control
    /// off), the overrun when the project warns, a refusal when it stops.
    static func overrun(_ entry: LedgerEntry, _ project: ID<Project>, _ currency: Currency, _ sql: any SQLDatabase) async throws -> Int64? {
        guard entry.kind == .commitment, !entry.isReversal, let account = entry.costAccountID else { return nil }
        let settings = try await CostAccountRepository.settings(project: project, on: sql)
        guard settings.control != .off, let approved = try await BudgetRepository.approved(project: project, on: sql) else { return nil }
        // Only this account's position: a posting must not sum the whole project's budget and ledger.
        let totals = try await LedgerRepository.accountTotals(costAccount: account, on: sql)
        let position = CostPosition(
            budget: try await BudgetRepository.amount(approved.id, account: account, on: sql),
            committed: totals.committed,
            actual: totals.actual
        )
        guard let over = CostControl.overrun(committing: entry.amount.minor, on: position, settings) else { return nil }
        if settings.control == .stop {
            throw KeelError.validation([FieldError("amount", .exceedsBudget, ["over": FixedPoint.format(over, digits: currency.minorDigits)])])
        }
        return over
    }

    static func currency(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Currency {
        guard let p = try await ProjectRepository.find(project, on: sql) else { throw KeelError.notFound(kind: "project", id: project.description) }
        return p.charter.budget.currency
    }

    static func rules(_ project: ID<Project>, _ currency: Currency, _ sql: any SQLDatabase) async throws -> LedgerRules {
        LedgerRules(currency: currency, closedPeriods: Set(try await LedgerRepository.closedPeriods(project: project, on: sql).map(\.period)))
    }

}

extension Optional {
    /// `map` for an async transform.
    public func asyncMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

extension ExchangeRate {
    var auditFields: [String: String?] {
        ["currency": currency.code, "effective_from": effectiveFrom.iso, "rate": FixedPoint.format(rate, digits: ExchangeRate.digits)]
    }
}

extension CostAccount {
    var auditFields: [String: String?] {
        [
            "task_id": taskID?.description, "category": category, "code": code, "name": name,
            "estimate": estimate.map { "\($0.low)/\($0.mode)/\($0.high)" },
        ]
    }
}

extension LedgerEntry {
    var auditFields: [String: String?] {
        [
            "number": String(number), "kind": kind.rawValue, "date": date.iso, "cost_account_id": costAccountID?.description,
            "amount": amount.decimalString, "currency": amount.currency.code, "counterparty": counterparty, "reference": reference, "memo": memo,
            "reverses": reverses?.description, "due_date": dueDate?.iso, "original_amount": original?.decimalString,
            "original_currency": original?.currency.code, "exchange_rate": exchangeRate.map { FixedPoint.format($0, digits: ExchangeRate.digits) },
        ]
    }
}
