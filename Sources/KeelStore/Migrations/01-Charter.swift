extension Migrations {
    static let v01 = Migration(
        version: 1,
        name: "charter, objectives, stakeholders, lifecycle, audit",
        pinned: "24b119886710c1d07ede026677deace8901f88828527c0434d46dc4c350ae04d"
    ) { _ in
        [
            """
            CREATE TABLE projects (
                id TEXT PRIMARY KEY,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                sponsor TEXT NOT NULL DEFAULT '',
                goal TEXT NOT NULL DEFAULT '',
                audience TEXT NOT NULL DEFAULT '',
                value_proposition TEXT NOT NULL DEFAULT '',
                methodology TEXT NOT NULL DEFAULT '',
                planned_start TEXT,
                planned_finish TEXT,
                budget_minor BIGINT NOT NULL DEFAULT 0,
                currency TEXT NOT NULL,
                expected_benefits TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX projects_code_key ON projects (code)",
            "CREATE INDEX projects_status_code ON projects (status, code)",
            "CREATE INDEX projects_sponsor_code ON projects (sponsor, code)",
            "CREATE INDEX projects_name ON projects (name)",
            "CREATE INDEX projects_planned_start ON projects (planned_start)",
            """
            CREATE TABLE budget_allocations (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                direction TEXT NOT NULL,
                share_bp BIGINT NOT NULL,
                PRIMARY KEY (project_id, position)
            )
            """,
            """
            CREATE TABLE objectives (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                name TEXT NOT NULL,
                unit TEXT NOT NULL DEFAULT '',
                baseline DOUBLE PRECISION,
                target DOUBLE PRECISION NOT NULL,
                direction TEXT NOT NULL,
                red_threshold DOUBLE PRECISION NOT NULL,
                amber_threshold DOUBLE PRECISION NOT NULL,
                due_date TEXT,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX objectives_project ON objectives (project_id, position)",
            """
            CREATE TABLE stakeholders (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                organisation TEXT NOT NULL DEFAULT '',
                contact TEXT NOT NULL DEFAULT '',
                influence BIGINT NOT NULL,
                interest BIGINT NOT NULL,
                current_engagement TEXT NOT NULL,
                desired_engagement TEXT NOT NULL,
                communication_needs TEXT NOT NULL DEFAULT '',
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX stakeholders_project ON stakeholders (project_id, name)",
            """
            CREATE TABLE phases (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                kind TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                planned_start TEXT,
                planned_finish TEXT,
                actual_start TEXT,
                actual_finish TEXT,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX phases_project ON phases (project_id, position)",
            """
            CREATE TABLE gate_reviews (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                phase_id TEXT NOT NULL REFERENCES phases (id) ON DELETE CASCADE,
                criteria TEXT NOT NULL,
                decision TEXT,
                decider TEXT NOT NULL DEFAULT '',
                decided_on TEXT,
                notes TEXT NOT NULL DEFAULT '',
                version BIGINT NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX gate_reviews_phase ON gate_reviews (phase_id, created_at)",
            "CREATE INDEX gate_reviews_project ON gate_reviews (project_id)",
            """
            CREATE TABLE audit_events (
                seq BIGINT PRIMARY KEY,
                occurred_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                request_id TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL,
                object_type TEXT NOT NULL,
                object_id TEXT NOT NULL,
                project_id TEXT,
                changes TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX audit_events_project ON audit_events (project_id, seq)",
            // The newest record's sequence and hash, written with every append: a truncated trail
            // no longer matches it.
            "CREATE TABLE audit_head (id BIGINT PRIMARY KEY, seq BIGINT NOT NULL, hash TEXT NOT NULL)",
        ]
    }
}
