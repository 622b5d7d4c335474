extension Migrations {
    static let v11 = Migration(version: 11, name: "ledger: lines by cost account") { _ in
        // Releases and commitments check one account's open commitment and position as they are
        // posted; without this index each posting would read every line of the database.
        ["CREATE INDEX ledger_lines_cost_account ON ledger_lines (cost_account_id, account)"]
    }
}
