import Crypto
import Foundation
import KeelCore
import SQLKit

/// One recorded change. `changes` maps each changed field to its value before and after.
public struct AuditEvent: Sendable, Equatable {
    public var seq: Int64
    public var occurredAt: String
    public var actor: String
    public var requestID: String
    public var action: String
    public var objectType: String
    public var objectID: String
    public var projectID: String?
    public var changes: [String: FieldChange]
    public var prevHash: String = ""
    public var hash: String = ""

    public struct FieldChange: Sendable, Equatable, Codable {
        public var before: String?
        public var after: String?

        public init(before: String?, after: String?) {
            self.before = before
            self.after = after
        }
    }

    public init(
        seq: Int64 = 0,
        occurredAt: String,
        actor: String,
        requestID: String,
        action: String,
        objectType: String,
        objectID: String,
        projectID: String?,
        changes: [String: FieldChange]
    ) {
        self.seq = seq
        self.occurredAt = occurredAt
        self.actor = actor
        self.requestID = requestID
        self.action = action
        self.objectType = objectType
        self.objectID = objectID
        self.projectID = projectID
        self.changes = changes
    }

    /// An unambiguous text form of the record: every field length-prefixed, changes sorted by name,
    /// absent values distinct from empty ones. The hash chain is computed over it.
    public var canonical: String {
        var out = ""
        func put(_ name: String, _ value: String?) {
            guard let value else {
                out += "\(name)=-\n"
                return
            }
            out += "\(name)=\(value.utf8.count):\(value)\n"
        }
        put("seq", String(seq))
        put("occurred_at", occurredAt)
        put("actor", actor)
        put("request_id", requestID)
        put("action", action)
        put("object_type", objectType)
        put("object_id", objectID)
        put("project_id", projectID)
        for key in changes.keys.sorted() {
            put("change", key)
            put("before", changes[key]!.before)
            put("after", changes[key]!.after)
        }
        return out
    }

    /// SHA-256 over the previous record's hash and this record's canonical text, in lowercase hex.
    public static func chainHash(previous: String, canonical: String) -> String {
        SHA256.hash(data: Data((previous + "\n" + canonical).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The hash the first record chains from.
    public static let genesis = String(repeating: "0", count: 64)
}

/// The append-only, hash-chained trail of changes. Written in the same transaction as the change it
/// records; `verify` walks it and names the first record that does not add up.
public enum AuditRepository {
    static let sequenceLockKey: Int64 = 0x4B45_454C_4155_4454

    public static func append(_ e: AuditEvent, on sql: any SQLDatabase) async throws {
        // The chain is extended inside the writing transaction. SQLite's single writer serialises it;
        // on PostgreSQL a transaction-scoped advisory lock does, so instances sharing a database
        // never fork the chain.
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: Self.sequenceLockKey))").run()
        }
        let head = try await sql.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first()
        var event = e
        event.seq = (try head?.int64("seq") ?? 0) + 1
        event.prevHash = try head?.text("hash") ?? AuditEvent.genesis
        event.hash = AuditEvent.chainHash(previous: event.prevHash, canonical: event.canonical)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let changes = String(decoding: try encoder.encode(e.changes), as: UTF8.self)
        try await sql.raw(
            """
            INSERT INTO audit_events (seq, occurred_at, actor, request_id, action, object_type, object_id, project_id, changes, prev_hash, hash)
            VALUES (\(bind: event.seq), \(bind: e.occurredAt), \(bind: e.actor), \(bind: e.requestID), \(bind: e.action),
            \(bind: e.objectType), \(bind: e.objectID), \(bind: e.projectID), \(bind: changes), \(bind: event.prevHash), \(bind: event.hash))
            """
        ).run()
        try await sql.raw(
            """
            INSERT INTO audit_head (id, seq, hash) VALUES (1, \(bind: event.seq), \(bind: event.hash))
            ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash
            """
        ).run()
    }

    /// Filters for reading the trail; all optional.
    public struct Filter: Sendable {
        public var project: ID<Project>?
        public var action: String?
        public var objectType: String?
        public var actor: String?
        /// Inclusive day range on `occurred_at` (UTC).
        public var from: Day?
        public var to: Day?
        /// Only records older than this sequence (for paging backwards).
        public var beforeSeq: Int64?
        public var limit: Int

        public init(
            project: ID<Project>? = nil,
            action: String? = nil,
            objectType: String? = nil,
            actor: String? = nil,
            from: Day? = nil,
            to: Day? = nil,
            beforeSeq: Int64? = nil,
            limit: Int = 100
        ) {
            self.project = project
            self.action = action
            self.objectType = objectType
            self.actor = actor
            self.from = from
            self.to = to
            self.beforeSeq = beforeSeq
            self.limit = limit
        }
    }

    /// Newest first.
    public static func list(_ f: Filter, on sql: any SQLDatabase) async throws -> [AuditEvent] {
        var conditions: [SQLQueryString] = []
        if let p = f.project { conditions.append("project_id = \(bind: p.description)") }
        if let a = f.action, !a.isEmpty { conditions.append("action = \(bind: a)") }
        if let o = f.objectType, !o.isEmpty { conditions.append("object_type = \(bind: o)") }
        if let a = f.actor, !a.isEmpty { conditions.append("actor = \(bind: a)") }
        if let d = f.from { conditions.append("occurred_at >= \(bind: d.iso)") }
        if let d = f.to { conditions.append("occurred_at < \(bind: d.adding(days: 1).iso)") }
        if let s = f.beforeSeq { conditions.append("seq < \(bind: s)") }
        var clause: SQLQueryString = ""
        for (i, c) in conditions.enumerated() {
            clause.appendInterpolation(unsafeRaw: i == 0 ? "WHERE " : " AND ")
            clause.appendInterpolation(c)
        }
        return try await sql.raw("SELECT * FROM audit_events \(clause) ORDER BY seq DESC LIMIT \(bind: f.limit)").all().map(event)
    }

    public static func list(project: ID<Project>?, limit: Int, on sql: any SQLDatabase) async throws -> [AuditEvent] {
        try await list(Filter(project: project, limit: limit), on: sql)
    }

    static func event(_ row: any SQLRow) throws -> AuditEvent {
        let raw = try row.text("changes")
        guard let changes = try? JSONDecoder().decode([String: AuditEvent.FieldChange].self, from: Data(raw.utf8)) else {
            throw StoreError.corrupt(column: "changes", value: raw)
        }
        var e = AuditEvent(
            seq: try row.int64("seq"),
            occurredAt: try row.text("occurred_at"),
            actor: try row.text("actor"),
            requestID: try row.text("request_id"),
            action: try row.text("action"),
            objectType: try row.text("object_type"),
            objectID: try row.text("object_id"),
            projectID: try row.optionalText("project_id"),
            changes: changes
        )
        e.prevHash = try row.text("prev_hash")
        e.hash = try row.text("hash")
        return e
    }

    /// True when some record of the trail has this hash: a verified chain that still passes through a
    /// head recorded earlier has not been rewritten up to that point.
    public static func contains(hash: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT seq FROM audit_events WHERE hash = \(bind: hash)").first() != nil
    }

    /// What `verify` found.
    public struct Verification: Sendable, Equatable {
        public enum Problem: Sendable, Equatable, CustomStringConvertible {
            /// A record's content no longer matches its hash.
            case altered(seq: Int64)
            /// A record is not where the chain expects it (deleted, or records reordered).
            case missing(expectedSeq: Int64, found: Int64)
            /// A record does not chain from the one before it.
            case brokenLink(seq: Int64)
            /// Records at the end are gone: the head says `headSeq`, the trail ends at `lastSeq`.
            case truncated(lastSeq: Int64, headSeq: Int64)
            /// A stored value could not even be read.
            case unreadable(seq: Int64)

            public var description: String {
                switch self {
                case .altered(let s): return "record \(s) was altered: its content does not match its hash"
                case .missing(let e, let f): return "record \(e) is missing (the next one found is \(f))"
                case .brokenLink(let s): return "record \(s) does not chain from the record before it (reordered or replaced)"
                case .truncated(let l, let h): return "the trail ends at record \(l) but \(h) records were written: the newest are gone"
                case .unreadable(let s): return "record \(s) cannot be read"
                }
            }
        }

        public let checked: Int64
        public let headHash: String
        public let problem: Problem?
    }

    /// Walks the whole trail in order, in pages, recomputing every hash.
    public static func verify(on sql: any SQLDatabase, pageSize: Int = 2000) async throws -> Verification {
        var previous = AuditEvent.genesis
        var expected: Int64 = 1
        while true {
            let rows = try await sql.raw("SELECT * FROM audit_events WHERE seq >= \(bind: expected) ORDER BY seq LIMIT \(bind: pageSize)").all()
            if rows.isEmpty { break }
            for row in rows {
                let seq = try row.int64("seq")
                guard let e = try? event(row) else { return Verification(checked: expected - 1, headHash: previous, problem: .unreadable(seq: seq)) }
                if seq != expected {
                    return Verification(checked: expected - 1, headHash: previous, problem: .missing(expectedSeq: expected, found: seq))
                }
                if e.prevHash != previous { return Verification(checked: expected - 1, headHash: previous, problem: .brokenLink(seq: seq)) }
                if AuditEvent.chainHash(previous: previous, canonical: e.canonical) != e.hash {
                    return Verification(checked: expected - 1, headHash: previous, problem: .altered(seq: seq))
                }
                previous = e.hash
                expected += 1
            }
        }
        let last = expected - 1
        if let head = try await sql.raw("SELECT seq, hash FROM audit_head WHERE id = 1").first() {
            let headSeq = try head.int64("seq")
            let headHash = try head.text("hash")
            if headSeq != last {
                return Verification(checked: last, headHash: previous, problem: .truncated(lastSeq: last, headSeq: headSeq))
            }
            if headHash != previous { return Verification(checked: last, headHash: previous, problem: .altered(seq: last)) }
        } else if last > 0 {
            return Verification(checked: last, headHash: previous, problem: .truncated(lastSeq: last, headSeq: 0))
        }
        return Verification(checked: last, headHash: previous, problem: nil)
    }
}
