import Foundation
import KeelApp
import KeelCore
import SQLKit
import Testing

@testable import KeelStore
import TestSupport

/// Every kind of tampering with the audit table is reported by `verify`, on both databases.
@Suite struct AuditChainTests {
    /// A database with a short trail: one project and a few changes to it.
    func withTrail(_ backend: TestBackend, _ body: @escaping @Sendable (Database, KeelServices) async throws -> Void) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(.system("t"), sampleCharter())
            for i in 0..<4 {
                _ = try await services.projects.update(.system("t"), p.id, .fields(["name": "Name \(i)"]), expectedVersion: nil)
            }
            let clean = try await db.read { try await AuditRepository.verify(on: $0) }
            #expect(clean.problem == nil)
            #expect(clean.checked == 5)
            try await body(db, services)
        }
    }

    /// Tampering as someone with rights over the schema would: the append-only triggers go first.
    func tamper(_ db: Database, _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        try await db.transaction { sql in
            switch db.kind {
            case .sqlite:
                try await sql.raw("DROP TRIGGER audit_events_no_update").run()
                try await sql.raw("DROP TRIGGER audit_events_no_delete").run()
            case .postgres:
                try await sql.raw("DROP TRIGGER audit_events_append_only ON audit_events").run()
                try await sql.raw("DROP TRIGGER audit_events_no_truncate ON audit_events").run()
            }
            try await body(sql)
        }
    }

    @Test(arguments: TestBackend.available)
    func theDatabaseRefusesToChangeOrDeleteAuditRecords(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, _ in
            for statement in [
                "UPDATE audit_events SET actor = 'someone else' WHERE seq = 3", "DELETE FROM audit_events WHERE seq = 2", "DELETE FROM audit_events",
            ] {
                await #expect(throws: (any Error).self) { try await db.transaction { try await $0.raw("\(unsafeRaw: statement)").run() } }
            }
            if db.kind == .postgres {
                await #expect(throws: (any Error).self) { try await db.transaction { try await $0.raw("TRUNCATE audit_events").run() } }
            }
            let after = try await db.read { try await AuditRepository.verify(on: $0) }
            #expect(after.problem == nil && after.checked == 5)
        }
    }

    @Test(arguments: TestBackend.available)
    func anEditedRecordIsReported(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, _ in
            try await tamper(db) { try await $0.raw("UPDATE audit_events SET actor = 'someone else' WHERE seq = 3").run() }
            #expect(try await db.read { try await AuditRepository.verify(on: $0) }.problem == .altered(seq: 3))
        }
    }

    @Test(arguments: TestBackend.available)
    func anEditedChangeValueIsReported(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, _ in
            try await tamper(db) {
                try await $0.raw(#"UPDATE audit_events SET changes = '{"name":{"after":"Forged","before":"Name 0"}}' WHERE seq = 3"#).run()
            }
            #expect(try await db.read { try await AuditRepository.verify(on: $0) }.problem == .altered(seq: 3))
        }
    }

    @Test(arguments: TestBackend.available)
    func aDeletedRecordIsReported(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, _ in
            try await tamper(db) { try await $0.raw("DELETE FROM audit_events WHERE seq = 2").run() }
            #expect(try await db.read { try await AuditRepository.verify(on: $0) }.problem == .missing(expectedSeq: 2, found: 3))
        }
    }

    @Test(arguments: TestBackend.available)
    func reorderedRecordsAreReported(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, _ in
            try await tamper(db) { sql in
                try await sql.raw("UPDATE audit_events SET seq = 100 WHERE seq = 2").run()
                try await sql.raw("UPDATE audit_events SET seq = 2 WHERE seq = 3").run()
                try await sql.raw("UPDATE audit_events SET seq = 3 WHERE seq = 100").run()
            }
            #expect(try await db.read { try await AuditRepository.verify(on: $0) }.problem == .brokenLink(seq: 2))
        }
    }

    @Test(arguments: TestBackend.available)
    func truncationIsReported(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, _ in
            try await tamper(db) { try await $0.raw("DELETE FROM audit_events WHERE seq >= 4").run() }
            #expect(try await db.read { try await AuditRepository.verify(on: $0) }.problem == .truncated(lastSeq: 3, headSeq: 5))
        }
    }

    @Test(arguments: TestBackend.available)
    func removingTheFirstRecordsIsReported(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, _ in
            try await tamper(db) { try await $0.raw("DELETE FROM audit_events WHERE seq = 1").run() }
            #expect(try await db.read { try await AuditRepository.verify(on: $0) }.problem == .missing(expectedSeq: 1, found: 2))
        }
    }

    @Test(arguments: TestBackend.available)
    func aRewrittenChainNoLongerPassesThroughAnEarlierHead(_ backend: TestBackend) async throws {
        try await withTrail(backend) { db, services in
            let (before, _) = try await services.verifyAudit(.system("t"))
            // Someone rebuilds a consistent chain from scratch with a forged first record.
            try await tamper(db) { sql in
                let rows = try await AuditRepository.list(AuditRepository.Filter(limit: 100), on: sql).reversed()
                try await sql.raw("DELETE FROM audit_events").run()
                try await sql.raw("DELETE FROM audit_head").run()
                for var e in rows {
                    if e.seq == 1 { e.actor = "forger" }
                    try await AuditRepository.append(e, on: sql)
                }
            }
            let (after, passes) = try await services.verifyAudit(.system("t"), expectHead: before.headHash)
            #expect(after.problem == nil)
            #expect(!passes)
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentWritersKeepOneChain(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<16 {
                    group.addTask { _ = try await services.projects.create(.system("t"), sampleCharter(code: "C\(i)")) }
                }
                try await group.waitForAll()
            }
            let v = try await db.read { try await AuditRepository.verify(on: $0) }
            #expect(v.problem == nil)
            #expect(v.checked == 16)
        }
    }
}
