extension Migrations {
    static let v14 = Migration(
        version: 14,
        name: "multi-currency: dated exchange rates, entries keep their original currency",
        pinned: "ff59e0dca23314e8484eb2a744c897549f0695522caaff2a366864ad39787615"
    ) { _ in
        [
            // `amount` and `currency` stay the project's (what every report sums); an entry made in
            // another currency also keeps what was posted and the rate that converted it.
            "ALTER TABLE ledger_entries ADD COLUMN original_amount BIGINT",
            "ALTER TABLE ledger_entries ADD COLUMN original_currency TEXT",
            "ALTER TABLE ledger_entries ADD COLUMN exchange_rate BIGINT",
            """
            CREATE TABLE exchange_rates (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                currency TEXT NOT NULL,
                effective_from TEXT NOT NULL,
                rate BIGINT NOT NULL CHECK (rate > 0),
                PRIMARY KEY (project_id, currency, effective_from)
            )
            """,
        ]
    }
}
