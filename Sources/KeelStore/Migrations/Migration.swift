import Crypto
import Foundation
import SQLKit

/// One step of the schema. Statements are portable SQL unless a dialect needs its own text.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    /// The SHA-256 of what the migration runs (`digest`), written beside it when it ships: a shipped
    /// migration never changes, and `MigrationHistoryTests` fails when its text no longer gives this.
    public let pinned: String
    public let statements: @Sendable (DatabaseKind) -> [String]
    /// Work on the data that SQL alone cannot do (it needs an engine of KeelCore), run after the
    /// statements in the same transaction; its name is part of the digest.
    public let dataStep: DataStep?

    public struct DataStep: Sendable {
        public let name: String
        public let run: @Sendable (any SQLDatabase) async throws -> Void
    }

    public init(
        version: Int,
        name: String,
        pinned: String,
        dataStep: DataStep? = nil,
        statements: @escaping @Sendable (DatabaseKind) -> [String]
    ) {
        self.version = version
        self.name = name
        self.pinned = pinned
        self.dataStep = dataStep
        self.statements = statements
    }

    /// The SHA-256 of the version, the name and the statements on both databases.
    public var digest: String {
        let text =
            "\(version)\n\(name)\n" + statements(.sqlite).joined(separator: "\n;\n") + "\n--postgres--\n"
            + statements(.postgres).joined(separator: "\n;\n") + (dataStep.map { "\n--data--\n" + $0.name } ?? "")
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// The ordered list of every migration Keel has, one file each (`NN-Name.swift`). Append only: never
/// edit one that has shipped (its `pinned` digest fixes what it runs).
public enum Migrations {
    public static let all: [Migration] = [
        v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23,
    ]
}
