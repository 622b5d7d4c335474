extension Migrations {
    static let v21 = Migration(
        version: 21,
        name: "portfolio health: each project's schedule, cost, risk and cash traffic lights, kept for the portfolio",
        pinned: "f039e8b4760f06d8094b64ef10f6ff2a46439fe188b64a857d6853c217850cc0"
    ) { _ in
        [
            // One row per project, created with it. `changes` counts audited changes to the
            // project's data; the row is due for reassessment while `assessed_changes` lags it
            // or `as_of` is an earlier day.
            """
            CREATE TABLE project_health (
                project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                changes BIGINT NOT NULL DEFAULT 1,
                assessed_changes BIGINT NOT NULL DEFAULT 0,
                as_of TEXT,
                assessed_at TEXT,
                overall INTEGER NOT NULL DEFAULT 0,
                schedule_rag TEXT,
                slip_days INTEGER,
                missed_deadlines INTEGER,
                spi_t DOUBLE PRECISION,
                cost_rag TEXT,
                cpi DOUBLE PRECISION,
                risk_rag TEXT,
                critical_risks INTEGER,
                high_risks INTEGER,
                overdue_risk_items INTEGER,
                cash_rag TEXT,
                cash_below_on TEXT,
                cash_lowest_minor BIGINT
            )
            """,
            "CREATE INDEX project_health_overall ON project_health (overall, project_id)",
            "INSERT INTO project_health (project_id) SELECT id FROM projects",
        ]
    }
}
