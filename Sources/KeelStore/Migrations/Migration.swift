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

/// The ordered list of every migration Keel has, one file each (`NN-Name.swift`). Append only: never
/// edit one that has shipped (`MigrationHistoryTests` pins what each runs).
public enum Migrations {
    public static let all: [Migration] = [
        v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22,
    ]
}
