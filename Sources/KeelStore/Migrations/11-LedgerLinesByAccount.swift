extension Migrations {
    static let v11 = Migration(
        version: 11,
        name: "ledger: lines by cost account",
        pinned: "b1f89218241c00c4417dabb99586e047c94b6bd82f74a6e2a16b83d524e25914"
    ) { _ in
        // Releases and commitments check one account's open commitment and position as they are
        // posted; without this index each posting would read every line of the database.
        ["CREATE INDEX ledger_lines_cost_account ON ledger_lines (cost_account_id, account)"]
    }
}
