extension Migrations {
    static let v05 = Migration(
        version: 5,
        name: "stored schedule risk analysis runs (background jobs)",
        pinned: "0877335619e920e77fff448ac0f041c7dc52cbccf17ae0bedbf56e4bd7718099"
    ) { _ in
        [
            // One row per run: the options, what it ran on (plan revision, register fingerprint)
            // so that a later change marks it stale, its progress while it runs, and the result.
            """
            CREATE TABLE simulation_runs (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                iterations BIGINT NOT NULL,
                seed BIGINT NOT NULL,
                distribution TEXT NOT NULL,
                deadline TEXT,
                plan_revision BIGINT NOT NULL,
                register_fingerprint TEXT NOT NULL,
                completed BIGINT NOT NULL DEFAULT 0,
                result TEXT,
                error TEXT,
                elapsed_ms BIGINT,
                requested_by TEXT NOT NULL,
                requested_at TEXT NOT NULL,
                started_at TEXT,
                finished_at TEXT
            )
            """,
            "CREATE INDEX simulation_runs_project ON simulation_runs (project_id, requested_at)",
        ]
    }
}
