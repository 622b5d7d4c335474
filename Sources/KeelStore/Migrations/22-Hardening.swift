extension Migrations {
    static let v22 = Migration(
        version: 22,
        name: "hardening: sign-in throttle counted before the password check, known clients; audit rows guarded like the ledger",
        pinned: "192a4144c41692169bead6378f6fe16438b5e5ea40b2a1f68dba187b77c89a72"
    ) { kind in
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
                    "CREATE TRIGGER audit_events_no_\(op.lowercased()) BEFORE \(op) ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
                )
            }
        case .postgres:
            statements.append(
                "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION keel_refuse_change()"
            )
            statements.append(
                "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION keel_refuse_change()"
            )
        }
        return statements
    }
}
