extension Migrations {
    static let v02 = Migration(
        version: 2,
        name: "users, sessions, API tokens, project memberships, sign-in throttling, idempotency keys",
        pinned: "69a06b97b45dfabe16d8b23bb2821a52b997641a2de7a0d9305eeea0946f4b8d"
    ) { _ in
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
    }
}
