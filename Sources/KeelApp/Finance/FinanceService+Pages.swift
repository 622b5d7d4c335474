import KeelCore
import KeelStore
import SQLKit

/// Everything the finance overview page shows, read together.
public struct FinanceOverviewPage: Sendable {
    public let project: Project
    public let overview: FinanceOverview
    /// The approved budget, for budget against actual per account.
    public let baseline: BudgetPlan?
    /// The plan's tasks, for the accounts' task names.
    public let tasks: [PlanTask]
    /// Display names of who closed the periods.
    public let names: [String: String]
    public let rates: [ExchangeRate]
    public let currencyTotals: [LedgerRepository.CurrencyTotal]
}

/// Everything the ledger page shows, read together.
public struct FinanceLedgerPage: Sendable {
    public let project: Project
    public let ledger: LedgerPage
    public let accounts: [CostAccount]
    /// Currencies with an exchange rate, offered when posting in another currency.
    public let rateCurrencies: [Currency]
}

/// Everything one ledger entry's page shows, read together.
public struct LedgerEntryPage: Sendable {
    public let project: Project
    public let entry: LedgerEntry
    /// The entry that reverses this one, if any.
    public let reversal: LedgerEntry?
    /// The entry this one reverses, if it is a reversal.
    public let original: LedgerEntry?
    public let accounts: [CostAccount]
    public let categories: [CostCategory]
    /// Display name of who posted it.
    public let names: [String: String]
}

/// Everything a cost account's edit page shows, read together.
public struct CostAccountPage: Sendable {
    public let project: Project
    public let account: CostAccount
    public let categories: [CostCategory]
    public let tasks: [PlanTask]
}

extension FinanceService {
    /// The finance overview page: one permission check, one read.
    public func overviewPage(_ caller: Caller, project id: ID<Project>) async throws -> FinanceOverviewPage {
        try await services.readProjectRecord(caller, id) { project, sql in
            let overview = try await Self.overview(id, sql)
            return FinanceOverviewPage(
                project: project,
                overview: overview,
                baseline: try await BudgetService.baseline(id, sql),
                tasks: try await ScheduleService(services: services).current(id, sql).plan.tasks,
                names: try await KeelServices.actorNames(overview.closedPeriods.map(\.closedBy), on: sql),
                rates: try await LedgerRepository.exchangeRates(project: id, on: sql),
                currencyTotals: try await LedgerRepository.currencyTotals(project: id, on: sql)
            )
        }
    }

    /// The ledger page for `filter`: one permission check, one read.
    public func ledgerPage(_ caller: Caller, project id: ID<Project>, _ filter: LedgerRepository.Filter) async throws -> FinanceLedgerPage {
        try await services.readProjectRecord(caller, id) { project, sql in
            FinanceLedgerPage(
                project: project,
                ledger: try await Self.ledger(id, filter, sql),
                accounts: try await CostAccountRepository.list(project: id, on: sql),
                rateCurrencies: Set(try await LedgerRepository.exchangeRates(project: id, on: sql).map(\.currency)).sorted { $0.code < $1.code }
            )
        }
    }

    /// One entry's page: the entry, its reversal or the entry it reverses, one check, one read.
    public func entryPage(_ caller: Caller, project id: ID<Project>, _ entryID: ID<LedgerEntry>) async throws -> LedgerEntryPage {
        try await services.readProjectRecord(caller, id) { project, sql in
            let (entry, reversal) = try await Self.entry(entryID, id, sql)
            return LedgerEntryPage(
                project: project,
                entry: entry,
                reversal: reversal,
                original: try await entry.reverses.asyncMap { try await Self.entry($0, id, sql).entry },
                accounts: try await CostAccountRepository.list(project: id, on: sql),
                categories: try await Self.categories(id, sql),
                names: try await KeelServices.actorNames([entry.postedBy], on: sql)
            )
        }
    }

    /// A cost account's edit page: one check, one read.
    public func accountPage(_ caller: Caller, project id: ID<Project>, _ accountID: ID<CostAccount>) async throws -> CostAccountPage {
        try await services.readProjectRecord(caller, id) { project, sql in
            CostAccountPage(
                project: project,
                account: try await Self.loadAccount(accountID, id, sql),
                categories: try await Self.categories(id, sql),
                tasks: try await ScheduleService(services: services).current(id, sql).plan.tasks
            )
        }
    }
}
