/// One step of the schema. Statements are portable SQL unless a dialect needs its own text.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let statements: @Sendable (DatabaseKind) -> [String]

    public init(version: Int, name: String, statements: @escaping @Sendable (DatabaseKind) -> [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}

/// The ordered list of every migration Keel has. Append only: never edit one that has shipped.
public enum Migrations {
    public static let all: [Migration] = [
        Migration(version: 1, name: "charter, objectives, stakeholders, lifecycle, audit") { _ in
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
        },
        Migration(version: 2, name: "users, sessions, API tokens, project memberships, sign-in throttling, idempotency keys") { _ in
            [
                """
                CREATE TABLE users (
                    id TEXT PRIMARY KEY,
                    email TEXT NOT NULL,
                    display_name TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    is_admin BIGINT NOT NULL DEFAULT 0,
                    disabled BIGINT NOT NULL DEFAULT 0,
                    locale TEXT NOT NULL DEFAULT '',
                    created_at TEXT NOT NULL,
                    version BIGINT NOT NULL DEFAULT 1
                )
                """,
                "CREATE UNIQUE INDEX users_email_key ON users (email)",
                """
                CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL
                )
                """,
                "CREATE INDEX sessions_user ON sessions (user_id)",
                """
                CREATE TABLE api_tokens (
                    id TEXT PRIMARY KEY,
                    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    token_hash TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    expires_on TEXT,
                    revoked_at TEXT,
                    last_used_at TEXT
                )
                """,
                "CREATE UNIQUE INDEX api_tokens_hash_key ON api_tokens (token_hash)",
                "CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at)",
                """
                CREATE TABLE memberships (
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    role TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    PRIMARY KEY (project_id, user_id)
                )
                """,
                "CREATE INDEX memberships_user ON memberships (user_id, project_id)",
                """
                CREATE TABLE sign_in_failures (
                    id TEXT PRIMARY KEY,
                    account TEXT NOT NULL,
                    client TEXT NOT NULL,
                    occurred_at TEXT NOT NULL
                )
                """,
                "CREATE INDEX sign_in_failures_account ON sign_in_failures (account, occurred_at)",
                "CREATE INDEX sign_in_failures_client ON sign_in_failures (client, occurred_at)",
                """
                CREATE TABLE idempotency_keys (
                    user_id TEXT NOT NULL,
                    idem_key TEXT NOT NULL,
                    request_hash TEXT NOT NULL,
                    state TEXT NOT NULL,
                    status BIGINT NOT NULL DEFAULT 0,
                    headers TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL DEFAULT '',
                    created_at TEXT NOT NULL,
                    PRIMARY KEY (user_id, idem_key)
                )
                """,
                "CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)",
            ]
        },
        Migration(version: 3, name: "work plan: schedule settings, calendars, tasks, links, baselines") { _ in
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
        },
        Migration(version: 4, name: "risk register: risks, their linked tasks, assessment history, response actions") { _ in
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
        },
        Migration(version: 5, name: "stored schedule risk analysis runs (background jobs)") { _ in
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
        },
        Migration(version: 6, name: "finance: cost categories and accounts, append-only double-entry ledger, closed periods") { kind in
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
                    statements.append("CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION keel_refuse_change()")
                    statements.append("CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION keel_refuse_change()")
                }
            }
            return statements
        },
        Migration(version: 7, name: "finance: budget versions with time-phased lines, approval levels and decisions") { _ in
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
        },
        Migration(version: 8, name: "earned value: progress history and earned value methods of tasks") { _ in
            [
                // Percent complete as reported, one row per task and day (the last report of a day wins),
                // so earned value can be read at any past status date.
                """
                CREATE TABLE task_progress (
                    task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                    project_id TEXT NOT NULL,
                    day TEXT NOT NULL,
                    percent BIGINT NOT NULL,
                    PRIMARY KEY (task_id, day)
                )
                """,
                "CREATE INDEX task_progress_project ON task_progress (project_id)",
                """
                CREATE TABLE task_ev_methods (
                    task_id TEXT PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
                    project_id TEXT NOT NULL,
                    method TEXT NOT NULL,
                    milestones TEXT NOT NULL DEFAULT '[]'
                )
                """,
                "CREATE INDEX task_ev_methods_project ON task_ev_methods (project_id)",
            ]
        },
        Migration(version: 9, name: "ledger: the project and date index covers what earned value sums") { _ in
            // Earned value sums a project's actual costs up to a date (per account) or by date; with
            // every column it reads in the index, a million entries are summed without touching the
            // table. The wider index replaces the narrower one, which it serves as well.
            [
                "CREATE INDEX ledger_entries_project_date_cover ON ledger_entries (project_id, entry_date, kind, cost_account_id, amount, reverses)",
                "DROP INDEX ledger_entries_project_date",
            ]
        },
        Migration(version: 10, name: "finance: cost control settings") { _ in
            [
                """
                CREATE TABLE finance_settings (
                    project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                    commitment_control TEXT NOT NULL,
                    tolerance BIGINT NOT NULL
                )
                """
            ]
        },
        Migration(version: 11, name: "ledger: lines by cost account") { _ in
            // Releases and commitments check one account's open commitment and position as they are
            // posted; without this index each posting would read every line of the database.
            ["CREATE INDEX ledger_lines_cost_account ON ledger_lines (cost_account_id, account)"]
        },
        Migration(version: 12, name: "timesheets: people's dated cost rates, weekly timesheets and their hours") { _ in
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
        },
        Migration(version: 13, name: "cash flow: due dates on the ledger, planned customer payments, cash settings") { _ in
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
        },
        Migration(version: 14, name: "multi-currency: dated exchange rates, entries keep their original currency") { _ in
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
        },
        Migration(version: 15, name: "cost risk analysis: three-point cost estimates of cost accounts") { _ in
            [
                "ALTER TABLE cost_accounts ADD COLUMN estimate_low BIGINT",
                "ALTER TABLE cost_accounts ADD COLUMN estimate_mode BIGINT",
                "ALTER TABLE cost_accounts ADD COLUMN estimate_high BIGINT",
            ]
        },
        Migration(version: 16, name: "monitoring: the issue log, with the risk an issue came from") { _ in
            [
                """
                CREATE TABLE issues (
                    id TEXT PRIMARY KEY,
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    number BIGINT NOT NULL,
                    title TEXT NOT NULL,
                    description TEXT NOT NULL DEFAULT '',
                    owner TEXT NOT NULL DEFAULT '',
                    priority TEXT NOT NULL,
                    status TEXT NOT NULL,
                    raised_on TEXT NOT NULL,
                    due TEXT,
                    resolved_on TEXT,
                    resolution TEXT NOT NULL DEFAULT '',
                    risk_id TEXT REFERENCES risks (id) ON DELETE SET NULL,
                    version BIGINT NOT NULL DEFAULT 1
                )
                """,
                "CREATE UNIQUE INDEX issues_number ON issues (project_id, number)",
                "CREATE INDEX issues_risk ON issues (risk_id)",
            ]
        },
        Migration(version: 17, name: "risk analysis: groups of tasks with correlated durations") { _ in
            [
                """
                CREATE TABLE correlation_groups (
                    id TEXT PRIMARY KEY,
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    coefficient BIGINT NOT NULL CHECK (coefficient BETWEEN 0 AND 100),
                    version BIGINT NOT NULL DEFAULT 1
                )
                """,
                "CREATE INDEX correlation_groups_project ON correlation_groups (project_id)",
                // A task is in at most one group: the unique task id says so even when two people
                // add it to two groups at once.
                """
                CREATE TABLE correlation_group_tasks (
                    group_id TEXT NOT NULL REFERENCES correlation_groups (id) ON DELETE CASCADE,
                    task_id TEXT NOT NULL UNIQUE REFERENCES tasks (id) ON DELETE CASCADE,
                    position BIGINT NOT NULL,
                    PRIMARY KEY (group_id, task_id)
                )
                """,
            ]
        },
        Migration(version: 18, name: "risk scales: probability and impact levels, score method, bands and review cadence per project") { _ in
            [
                // No row: the standard 5 × 5 scales. The levels are small lists kept as JSON.
                """
                CREATE TABLE risk_scales (
                    project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                    probability_levels TEXT NOT NULL,
                    impact_levels TEXT NOT NULL,
                    score_method TEXT NOT NULL,
                    medium_from BIGINT NOT NULL,
                    high_from BIGINT NOT NULL,
                    critical_from BIGINT NOT NULL,
                    review_low BIGINT NOT NULL,
                    review_medium BIGINT NOT NULL,
                    review_high BIGINT NOT NULL,
                    review_critical BIGINT NOT NULL,
                    version BIGINT NOT NULL DEFAULT 1
                )
                """,
            ]
        },
        Migration(version: 19, name: "risk breakdown structure: the project's categories below the standard ones") { _ in
            [
                """
                CREATE TABLE risk_categories (
                    id TEXT PRIMARY KEY,
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    root TEXT NOT NULL,
                    parent_id TEXT REFERENCES risk_categories (id),
                    name TEXT NOT NULL,
                    version BIGINT NOT NULL DEFAULT 1
                )
                """,
                "CREATE INDEX risk_categories_project ON risk_categories (project_id)",
                "ALTER TABLE risks ADD COLUMN subcategory_id TEXT REFERENCES risk_categories (id)",
            ]
        },
        Migration(version: 20, name: "KPI tracking: measured values of objectives' KPIs by day") { _ in
            [
                """
                CREATE TABLE kpi_measurements (
                    id TEXT PRIMARY KEY,
                    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                    objective_id TEXT NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
                    measured_on TEXT NOT NULL,
                    value DOUBLE PRECISION NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    UNIQUE (objective_id, measured_on)
                )
                """,
                "CREATE INDEX kpi_measurements_project ON kpi_measurements (project_id, measured_on)",
            ]
        },
        Migration(version: 21, name: "portfolio health: each project's schedule, cost, risk and cash traffic lights, kept for the portfolio") { _ in
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
        },
        Migration(version: 22, name: "hardening: sign-in throttle counted before the password check, known clients; audit rows guarded like the ledger") { kind in
            var statements = [
                // One counter per scope: `pair` (account and client address), `client` (every account
                // from one address) and `account` (from clients that never signed in to it). Bumped
                // by one upsert before the password is checked, so parallel guesses are all counted.
                """
                CREATE TABLE sign_in_throttle (
                    scope TEXT NOT NULL,
                    account TEXT NOT NULL,
                    client TEXT NOT NULL,
                    attempts BIGINT NOT NULL,
                    window_start TEXT NOT NULL,
                    PRIMARY KEY (scope, account, client)
                )
                """,
                "CREATE INDEX sign_in_throttle_account ON sign_in_throttle (account)",
                "CREATE INDEX sign_in_throttle_window ON sign_in_throttle (window_start)",
                // Addresses an account signed in from: they keep their own allowance while strangers
                // exhaust the account's.
                """
                CREATE TABLE sign_in_known_clients (
                    account TEXT NOT NULL,
                    client TEXT NOT NULL,
                    last_success TEXT NOT NULL,
                    PRIMARY KEY (account, client)
                )
                """,
                "CREATE INDEX sign_in_known_clients_last ON sign_in_known_clients (last_success)",
            ]
            // Audit records are never updated or deleted through the product; `keel audit verify`
            // still catches anyone who drops these triggers first.
            switch kind {
            case .sqlite:
                for op in ["UPDATE", "DELETE"] {
                    statements.append(
                        "CREATE TRIGGER audit_events_no_\(op.lowercased()) BEFORE \(op) ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END")
                }
            case .postgres:
                statements.append("CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION keel_refuse_change()")
                statements.append("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION keel_refuse_change()")
            }
            return statements
        },
    ]
}
