extension Migrations {
    static let v12 = Migration(
        version: 12,
        name: "timesheets: people's dated cost rates, weekly timesheets and their hours",
        pinned: "dfe7b713ad4ddad5a070396cd5e95154856ff87943516e482479a98ada0704d6"
    ) { _ in
        [
            // A rate holds from its day until the person's next one; rates are the project's, in its currency.
            """
            CREATE TABLE cost_rates (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                user_id TEXT NOT NULL REFERENCES users (id),
                effective_from TEXT NOT NULL,
                hourly BIGINT NOT NULL CHECK (hourly >= 0),
                PRIMARY KEY (project_id, user_id, effective_from)
            )
            """,
            """
            CREATE TABLE timesheets (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                user_id TEXT NOT NULL REFERENCES users (id),
                week_start TEXT NOT NULL,
                status TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                submitted_at TEXT,
                decided_by TEXT,
                decided_at TEXT,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE UNIQUE INDEX timesheets_person_week ON timesheets (project_id, user_id, week_start)",
            "CREATE INDEX timesheets_project_status ON timesheets (project_id, status, week_start)",
            // Cost and ledger entry are set on approval. Accounts with hours cannot be deleted.
            """
            CREATE TABLE time_entries (
                timesheet_id TEXT NOT NULL REFERENCES timesheets (id) ON DELETE CASCADE,
                project_id TEXT NOT NULL,
                cost_account_id TEXT NOT NULL REFERENCES cost_accounts (id),
                day TEXT NOT NULL,
                centihours BIGINT NOT NULL CHECK (centihours > 0),
                note TEXT NOT NULL DEFAULT '',
                cost BIGINT,
                ledger_entry_id TEXT REFERENCES ledger_entries (id),
                PRIMARY KEY (timesheet_id, cost_account_id, day)
            )
            """,
            "CREATE INDEX time_entries_cost_account ON time_entries (cost_account_id)",
        ]
    }
}
