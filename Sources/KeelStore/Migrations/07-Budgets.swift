extension Migrations {
    static let v07 = Migration(
        version: 7,
        name: "finance: budget versions with time-phased lines, approval levels and decisions",
        pinned: "6c336ce4a21caa5c994e395532dba3929bc7cf41a293befbfc382ce4c4d603ee"
    ) { _ in
        [
            """
            CREATE TABLE budget_versions (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                number BIGINT NOT NULL,
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                contingency_reserve BIGINT NOT NULL DEFAULT 0,
                management_reserve BIGINT NOT NULL DEFAULT 0,
                round BIGINT NOT NULL DEFAULT 0,
                submitted_by TEXT,
                submitted_at TEXT,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE UNIQUE INDEX budget_versions_number ON budget_versions (project_id, number)",
            // Segments are the line's time-phasing as JSON ([[from, through, amount], …]); they are
            // computed when the line is saved, so an approved budget does not move with the schedule.
            """
            CREATE TABLE budget_lines (
                id TEXT PRIMARY KEY,
                version_id TEXT NOT NULL REFERENCES budget_versions (id) ON DELETE CASCADE,
                project_id TEXT NOT NULL,
                cost_account_id TEXT NOT NULL REFERENCES cost_accounts (id),
                method TEXT NOT NULL,
                amount BIGINT NOT NULL,
                segments TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX budget_lines_account ON budget_lines (version_id, cost_account_id)",
            "CREATE INDEX budget_lines_cost_account ON budget_lines (cost_account_id)",
            """
            CREATE TABLE approval_levels (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                level BIGINT NOT NULL,
                max_amount BIGINT,
                role TEXT NOT NULL,
                PRIMARY KEY (project_id, level)
            )
            """,
            // One decision per level and round: racing approvers cannot both decide a level.
            """
            CREATE TABLE budget_approvals (
                version_id TEXT NOT NULL REFERENCES budget_versions (id) ON DELETE CASCADE,
                project_id TEXT NOT NULL,
                round BIGINT NOT NULL,
                level BIGINT NOT NULL,
                decision TEXT NOT NULL,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (version_id, round, level)
            )
            """,
        ]
    }
}
