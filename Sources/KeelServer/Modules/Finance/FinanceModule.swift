import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// Cost structure, ledger, budgets and their approval, earned value, cost control, cash flow and
/// exchange rates.
struct FinanceModule: ServerModule {
    let name = "finance"
    let tables = [
        "cost_categories", "cost_accounts", "ledger_entries", "ledger_lines", "closed_periods", "budget_versions", "budget_lines",
        "approval_levels", "budget_approvals", "task_progress", "task_ev_methods", "finance_settings", "exchange_rates", "cash_inflows",
        "cash_settings",
    ]
    let navigation = [NavigationEntry(section: .finance, path: "/finance", title: .finance(.finance), order: 300)]
    let projectPages = [
        "/finance", "/finance/ledger", "/finance/ledger?kind=bad", "/finance/budgets", "/finance/earned-value", "/finance/cost-control",
        "/finance/cash-flow", "/finance/cash-flow?as_of=bad",
    ]

    func demoPages(_ services: KeelServices, project id: ID<Project>) async throws -> [String] {
        let base = "/projects/\(id)", me = Caller.system("pages")
        let budgets = try await services.budgets.list(me, project: id)
        return [
            base + "/finance/ledger/\(try await services.finance.ledger(me, project: id, LedgerRepository.Filter()).entries[0].id)",
            base + "/finance/accounts/\(try await services.finance.accounts(me, project: id)[0].id)/edit",
            base + "/finance/budgets/\(budgets[0].version.id)", base + "/finance/budgets/\(budgets[1].version.id)",
            base + "/finance/cash-flow/inflows/\(try await services.cashFlow.report(me, project: id).inflows[0].inflow.id)",
        ]
    }

    func register(on routes: Routes, _ kit: ModuleKit) {
        FinanceAPI(services: kit.services, reader: kit.reader).register(on: routes)
        BudgetAPI(services: kit.services, reader: kit.reader).register(on: routes)
        EarnedValueAPI(services: kit.services, reader: kit.reader).register(on: routes)
        CashFlowAPI(services: kit.services, reader: kit.reader).register(on: routes)
        kit.pages.registerFinance(on: routes)
        kit.pages.registerBudgets(on: routes)
        kit.pages.registerEarnedValue(on: routes)
        kit.pages.registerCostControl(on: routes)
        kit.pages.registerCashFlow(on: routes)
    }
}
