extension Migrations {
    static let v04 = Migration(
        version: 4,
        name: "risk register: risks, their linked tasks, assessment history, response actions",
        pinned: "84ebf4a605bddae3175c34452b86d994acb0885091806cf577190cf07ee0c53c"
    ) { _ in
        [
            // Assessments are small JSON objects ({"probability": 3, "impacts": {"cost": 4}});
            // the scores beside them are what the register sorts and the heat maps count by.
            """
            CREATE TABLE risks (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                number BIGINT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                cause TEXT NOT NULL DEFAULT '',
                event TEXT NOT NULL DEFAULT '',
                effect TEXT NOT NULL DEFAULT '',
                category TEXT NOT NULL,
                owner TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                risk_trigger TEXT NOT NULL DEFAULT '',
                proximity TEXT,
                raised_on TEXT NOT NULL,
                closed_on TEXT,
                next_review TEXT,
                inherent TEXT NOT NULL,
                inherent_score BIGINT NOT NULL,
                residual TEXT,
                residual_score BIGINT,
                current_score BIGINT NOT NULL,
                strategy TEXT,
                response TEXT NOT NULL DEFAULT '',
                contingency_plan TEXT NOT NULL DEFAULT '',
                fallback_plan TEXT NOT NULL DEFAULT '',
                chance BIGINT,
                delay_optimistic BIGINT,
                delay_most_likely BIGINT,
                delay_pessimistic BIGINT,
                cost_low BIGINT,
                cost_mode BIGINT,
                cost_high BIGINT,
                acceptance_approved_by TEXT,
                acceptance_approved_on TEXT,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE UNIQUE INDEX risks_project_number ON risks (project_id, number)",
            "CREATE INDEX risks_project_score ON risks (project_id, current_score)",
            """
            CREATE TABLE risk_tasks (
                risk_id TEXT NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
                task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                PRIMARY KEY (risk_id, task_id)
            )
            """,
            "CREATE INDEX risk_tasks_task ON risk_tasks (task_id)",
            """
            CREATE TABLE risk_assessments (
                id TEXT PRIMARY KEY,
                risk_id TEXT NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                sequence BIGINT NOT NULL,
                assessed_at TEXT NOT NULL,
                assessed_by TEXT NOT NULL,
                stage TEXT NOT NULL,
                assessment TEXT NOT NULL,
                score BIGINT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX risk_assessments_risk ON risk_assessments (risk_id, sequence)",
            """
            CREATE TABLE risk_actions (
                id TEXT PRIMARY KEY,
                risk_id TEXT NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                owner TEXT NOT NULL DEFAULT '',
                due TEXT,
                cost BIGINT NOT NULL DEFAULT 0,
                status TEXT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX risk_actions_project ON risk_actions (project_id, risk_id)",
            // The register's state after every change, for the exposure trend. Not tied to the
            // risk row: a deleted risk's last snapshot records that it stopped counting.
            """
            CREATE TABLE risk_snapshots (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                sequence BIGINT NOT NULL,
                risk_id TEXT NOT NULL,
                day TEXT NOT NULL,
                is_open BIGINT NOT NULL,
                score BIGINT NOT NULL,
                emv BIGINT NOT NULL,
                PRIMARY KEY (project_id, sequence)
            )
            """,
        ]
    }
}
