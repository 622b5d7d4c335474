import KeelStore
import Testing

/// Migrations are append-only: once one has shipped, what it runs never changes (a database migrated
/// by it would differ from one migrated by the edited text). Each migration carries the digest of its
/// name and statements on both databases, written beside it when it ships; a new migration writes its
/// own (the message below gives it), an edited one fails here.
@Suite struct MigrationHistoryTests {
    @Test func shippedMigrationsNeverChange() {
        #expect(Migrations.all.map(\.version) == Array(1...Migrations.all.count), "versions run 1, 2, 3 … without gaps")
        for m in Migrations.all {
            #expect(m.digest == m.pinned, "migration \(m.version) runs something else than what shipped; its digest is now \(m.digest)")
        }
    }
}
