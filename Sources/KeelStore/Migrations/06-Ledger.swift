extension Migrations {
    static let v06 = Migration(
        version: 6,
        name: "finance: cost categories and accounts, append-only double-entry ledger, closed periods",
        pinned: "6ad28270dff1aac56f721f448298b4a2b34d14c394d4bf2621e964202d107360"
    ) { kind in
        var statements = [
            // Custom categories only; the six standard ones exist in every project without a row.
            """
            CREATE TABLE cost_categories (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (project_id, code)
            )
            """,
            // A deleted task leaves its accounts (and their money) at project level.
            """
            CREATE TABLE cost_accounts (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                task_id TEXT REFERENCES tasks (id) ON DELETE SET NULL,
                category TEXT NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE UNIQUE INDEX cost_accounts_code ON cost_accounts (project_id, code)",
            "CREATE INDEX cost_accounts_task ON cost_accounts (task_id)",
            // Entries and their double-entry lines are append-only (triggers below). No cascade from
            // projects: a project with a ledger cannot be deleted. One reversal per entry at most.
            """
            CREATE TABLE ledger_entries (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id),
                number BIGINT NOT NULL,
                kind TEXT NOT NULL,
                entry_date TEXT NOT NULL,
                cost_account_id TEXT REFERENCES cost_accounts (id),
                amount BIGINT NOT NULL CHECK (amount > 0),
                currency TEXT NOT NULL,
                counterparty TEXT NOT NULL DEFAULT '',
                reference TEXT NOT NULL DEFAULT '',
                memo TEXT NOT NULL DEFAULT '',
                reverses TEXT REFERENCES ledger_entries (id),
                posted_at TEXT NOT NULL,
                posted_by TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX ledger_entries_number ON ledger_entries (project_id, number)",
            "CREATE UNIQUE INDEX ledger_entries_reverses ON ledger_entries (reverses)",
            "CREATE INDEX ledger_entries_account_date ON ledger_entries (cost_account_id, entry_date)",
            "CREATE INDEX ledger_entries_project_date ON ledger_entries (project_id, entry_date)",
            """
            CREATE TABLE ledger_lines (
                entry_id TEXT NOT NULL REFERENCES ledger_entries (id),
                line BIGINT NOT NULL,
                project_id TEXT NOT NULL,
                account TEXT NOT NULL,
                cost_account_id TEXT,
                amount BIGINT NOT NULL,
                PRIMARY KEY (entry_id, line)
            )
            """,
            "CREATE INDEX ledger_lines_project_account ON ledger_lines (project_id, account)",
            """
            CREATE TABLE closed_periods (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                period TEXT NOT NULL,
                closed_at TEXT NOT NULL,
                closed_by TEXT NOT NULL,
                PRIMARY KEY (project_id, period)
            )
            """,
        ]
        // Posted entries are never updated or deleted, whoever connects to the database.
        switch kind {
        case .sqlite:
            for table in ["ledger_entries", "ledger_lines"] {
                for op in ["UPDATE", "DELETE"] {
                    statements.append(
                        "CREATE TRIGGER \(table)_no_\(op.lowercased()) BEFORE \(op) ON \(table) BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END"
                    )
                }
            }
        case .postgres:
            statements.append(
                "CREATE FUNCTION keel_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"
            )
            for table in ["ledger_entries", "ledger_lines"] {
                statements.append(
                    "CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION keel_refuse_change()"
                )
                statements.append(
                    "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION keel_refuse_change()"
                )
            }
        }
        return statements
    }
}
