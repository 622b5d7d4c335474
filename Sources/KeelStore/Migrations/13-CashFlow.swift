extension Migrations {
    static let v13 = Migration(
        version: 13,
        name: "cash flow: due dates on the ledger, planned customer payments, cash settings",
        pinned: "5dde34e143b94af7ee4700d51efccbadd639fed24bbe7ba9b0a2408d89ea680b"
    ) { _ in
        [
            // Adding a column changes no posted row: the append-only triggers stay as they are.
            "ALTER TABLE ledger_entries ADD COLUMN due_date TEXT",
            // A deleted milestone leaves the payment without a day (listed as not placed).
            """
            CREATE TABLE cash_inflows (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                amount BIGINT NOT NULL CHECK (amount > 0),
                task_id TEXT REFERENCES tasks (id) ON DELETE SET NULL,
                invoice_date TEXT,
                terms_days BIGINT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX cash_inflows_project ON cash_inflows (project_id)",
            """
            CREATE TABLE cash_settings (
                project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                opening_balance BIGINT NOT NULL,
                threshold BIGINT NOT NULL,
                horizon_weeks BIGINT NOT NULL,
                supplier_terms_days BIGINT NOT NULL
            )
            """,
        ]
    }
}
