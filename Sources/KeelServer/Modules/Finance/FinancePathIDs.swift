import KeelCore

/// The finance module's path parameters.
extension PathID where T == CostAccount {
    static var account: Self { Self(name: "accountID", kind: "cost_account") }
}

extension PathID where T == BudgetVersion {
    static var budget: Self { Self(name: "budgetID", kind: "budget_version") }
}

extension PathID where T == LedgerEntry {
    static var entry: Self { Self(name: "entryID", kind: "ledger_entry") }
}

extension PathID where T == PlannedInflow {
    static var inflow: Self { Self(name: "inflowID", kind: "cash_inflow") }
}

extension PathID where T == BudgetLine {
    static var line: Self { Self(name: "lineID", kind: "budget_line") }
}
