extension Migrations {
    static let v03 = Migration(
        version: 3,
        name: "work plan: schedule settings, calendars, tasks, links, baselines",
        pinned: "3e936faccbcabd68208a375e7342bdbd9b8e6d979b6164da287a938d4f7e2c30"
    ) { _ in
        [
            // Only the scheduler's inputs are stored; dates and float are computed on load (the
            // engine takes milliseconds), so an edit writes one row, never thousands.
            """
            CREATE TABLE schedules (
                project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                project_start TEXT NOT NULL,
                status_date TEXT,
                time_zone TEXT NOT NULL,
                minutes_per_day BIGINT NOT NULL,
                critical_threshold BIGINT NOT NULL,
                project_calendar_id TEXT,
                compared_baseline BIGINT NOT NULL DEFAULT 0,
                revision BIGINT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1,
                project_finish TEXT,
                critical_tasks BIGINT NOT NULL DEFAULT 0,
                missed_deadlines BIGINT NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE work_calendars (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                definition TEXT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX work_calendars_project ON work_calendars (project_id, name)",
            """
            CREATE TABLE tasks (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                parent_id TEXT,
                name TEXT NOT NULL,
                wbs TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                owner TEXT NOT NULL DEFAULT '',
                priority BIGINT NOT NULL DEFAULT 500,
                duration BIGINT NOT NULL,
                milestone BIGINT NOT NULL DEFAULT 0,
                calendar_id TEXT,
                constraint_kind TEXT NOT NULL,
                constraint_date TEXT,
                deadline TEXT,
                actual_start TEXT,
                actual_finish TEXT,
                percent_complete BIGINT NOT NULL DEFAULT 0,
                remaining BIGINT,
                optimistic BIGINT,
                most_likely BIGINT,
                pessimistic BIGINT,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX tasks_project_position ON tasks (project_id, position)",
            """
            CREATE TABLE task_links (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                predecessor_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                successor_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                link_type TEXT NOT NULL,
                lag_kind TEXT NOT NULL,
                lag BIGINT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE UNIQUE INDEX task_links_pair ON task_links (predecessor_id, successor_id)",
            "CREATE INDEX task_links_project ON task_links (project_id)",
            "CREATE INDEX task_links_successor ON task_links (successor_id)",
            """
            CREATE TABLE baselines (
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                number BIGINT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                saved_at TEXT NOT NULL,
                saved_by TEXT NOT NULL,
                PRIMARY KEY (project_id, number)
            )
            """,
            """
            CREATE TABLE baseline_tasks (
                project_id TEXT NOT NULL,
                number BIGINT NOT NULL,
                task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                start_at TEXT NOT NULL,
                finish_at TEXT NOT NULL,
                duration BIGINT NOT NULL,
                PRIMARY KEY (project_id, number, task_id),
                FOREIGN KEY (project_id, number) REFERENCES baselines (project_id, number) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX baseline_tasks_task ON baseline_tasks (task_id)",
        ]
    }
}
