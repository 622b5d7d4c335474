import KeelApp
import KeelStore
import Testing

/// Migrations are append-only: once one has shipped, what it runs never changes (a database migrated
/// by it would differ from one migrated by the edited text). Each migration's name and statements on
/// both databases are pinned by digest; a new migration adds its line here.
@Suite struct MigrationHistoryTests {
    static let pinned: [Int: String] = [
        1: "24b119886710c1d07ede026677deace8901f88828527c0434d46dc4c350ae04d",
        2: "69a06b97b45dfabe16d8b23bb2821a52b997641a2de7a0d9305eeea0946f4b8d",
        3: "3e936faccbcabd68208a375e7342bdbd9b8e6d979b6164da287a938d4f7e2c30",
        4: "84ebf4a605bddae3175c34452b86d994acb0885091806cf577190cf07ee0c53c",
        5: "0877335619e920e77fff448ac0f041c7dc52cbccf17ae0bedbf56e4bd7718099",
        6: "6ad28270dff1aac56f721f448298b4a2b34d14c394d4bf2621e964202d107360",
        7: "6c336ce4a21caa5c994e395532dba3929bc7cf41a293befbfc382ce4c4d603ee",
        8: "c15d7b6a15d3899356a5cb958a84eba6f8aa15120f22c1091c684420c854a4c3",
        9: "04a29c310cc808191d015b128754b748c45d0ce78d5bfe8e0e0ad33aa591a57d",
        10: "a3fd38fd7ae9c6d786b4e7aa68211ed0f3cf18043643efbfefc080e609bb5808",
        11: "b1f89218241c00c4417dabb99586e047c94b6bd82f74a6e2a16b83d524e25914",
        12: "dfe7b713ad4ddad5a070396cd5e95154856ff87943516e482479a98ada0704d6",
        13: "5dde34e143b94af7ee4700d51efccbadd639fed24bbe7ba9b0a2408d89ea680b",
        14: "ff59e0dca23314e8484eb2a744c897549f0695522caaff2a366864ad39787615",
        15: "6a979081e001ee6fa9886306b30718950bdb25d3b7e3376025cf487a1231b27e",
        16: "bd3f9e192da3db36556110a01b61dac77cba5960a08d51ba9255029c6e80fc17",
        17: "f9a4dbd25d9f22d069c9065fa43f401491661eadd1b45ab30269847eede69099",
        18: "975acf5e7ce1cfb17a53f05b9a81b37e188e5ffcae8f46a915d7c08868b29e54",
        19: "43179ca2ad742d0a2dfea7582fe692767007c04f4e8683398dd940d0cde3d438",
        20: "716a85567ea40c91a904abcf675e33a4aebac7cbc6a0d0413e3755d2765e8301",
        21: "f039e8b4760f06d8094b64ef10f6ff2a46439fe188b64a857d6853c217850cc0",
        22: "192a4144c41692169bead6378f6fe16438b5e5ea40b2a1f68dba187b77c89a72",
    ]

    @Test func shippedMigrationsNeverChange() {
        #expect(Migrations.all.map(\.version) == Array(1...Migrations.all.count), "versions run 1, 2, 3 … without gaps")
        for m in Migrations.all {
            let text =
                "\(m.version)\n\(m.name)\n" + m.statements(.sqlite).joined(separator: "\n;\n") + "\n--postgres--\n"
                + m.statements(.postgres).joined(separator: "\n;\n")
            let digest = Secrets.digest(text)
            #expect(Self.pinned[m.version] == digest, "migration \(m.version): \(digest)")
        }
    }
}
