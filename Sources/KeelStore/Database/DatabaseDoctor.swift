import KeelCore
import SQLKit

/// Checks a database for what Keel itself would no longer write: days outside the supported range
/// (an older version accepted 0001-01-01 and 9999-12-31) and amounts beyond the largest one input
/// accepts, plus the engine's own integrity check on SQLite. Reading such values never crashes the
/// server — the engines are total over every day `Day` can hold — but the figures built on them are
/// meaningless, so an operator should know where they are.
public enum DatabaseDoctor {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public let table: String
        public let column: String
        public let count: Int
        public let problem: String
        public let lowest: String?
        public let highest: String?

        public var description: String {
            let range = [lowest, highest].compactMap { $0 }.joined(separator: " … ")
            return "\(table).\(column): \(count) \(problem)\(range.isEmpty ? "" : " (\(range))")"
        }
    }

    /// Every finding; empty when the database is clean.
    public static func check(_ database: Database) async throws -> [Finding] {
        try await database.read { sql in
            var findings: [Finding] = []
            for (table, column, kind) in try await columns(database.kind, sql) {
                let outside: SQLQueryString
                let problem: String
                if kind == .text {
                    // ISO days and date-times compare as text; only values shaped like one are looked at.
                    let shaped: SQLQueryString =
                        database.kind == .sqlite
                        ? "\(ident: column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'" : "\(ident: column) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'"
                    outside = """
                        \(shaped) AND (substr(\(ident: column), 1, 10) < \(bind: SupportedRange.earliestDay.iso)
                        OR substr(\(ident: column), 1, 10) > \(bind: SupportedRange.latestDay.iso))
                        """
                    problem = "date(s) outside \(SupportedRange.earliestDay.iso) … \(SupportedRange.latestDay.iso)"
                } else if column.contains("amount") || column.hasSuffix("_minor") {
                    let max = SupportedRange.maxAmountMinor
                    outside = "\(ident: column) > \(bind: max) OR \(ident: column) < \(bind: -max)"
                    problem = "amount(s) beyond ±\(max) minor units"
                } else {
                    continue
                }
                let row = try await sql.raw(
                    """
                    SELECT COUNT(*) AS n, CAST(MIN(\(ident: column)) AS TEXT) AS lo, CAST(MAX(\(ident: column)) AS TEXT) AS hi
                    FROM \(ident: table) WHERE \(outside)
                    """
                ).first()
                let n = try row?.int("n") ?? 0
                if n > 0 {
                    findings.append(
                        Finding(
                            table: table,
                            column: column,
                            count: n,
                            problem: problem,
                            lowest: try row?.optionalText("lo"),
                            highest: try row?.optionalText("hi")
                        )
                    )
                }
            }
            if database.kind == .sqlite {
                let rows = try await sql.raw("PRAGMA integrity_check").all()
                let messages = try rows.map { try $0.decode(column: "integrity_check", as: String.self) }
                if messages != ["ok"] {
                    findings.append(
                        Finding(
                            table: "(database)",
                            column: "integrity_check",
                            count: messages.count,
                            problem: messages.prefix(5).joined(separator: "; "),
                            lowest: nil,
                            highest: nil
                        )
                    )
                }
            }
            return findings
        }
    }

    enum ColumnKind { case text, integer }

    /// Keel's tables and their text and integer columns, from the database's own catalogue.
    static func columns(_ kind: DatabaseKind, _ sql: any SQLDatabase) async throws -> [(String, String, ColumnKind)] {
        var out: [(String, String, ColumnKind)] = []
        switch kind {
        case .sqlite:
            let tables = try await sql.raw(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).all().map { try $0.decode(column: "name", as: String.self) }
            for table in tables {
                for row in try await sql.raw("SELECT name, type FROM pragma_table_info(\(bind: table))").all() {
                    let type = try row.decode(column: "type", as: String.self).uppercased()
                    let name = try row.decode(column: "name", as: String.self)
                    if type == "TEXT" { out.append((table, name, .text)) } else if type.contains("INT") { out.append((table, name, .integer)) }
                }
            }
        case .postgres:
            let rows = try await sql.raw(
                """
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('text', 'bigint', 'integer') ORDER BY table_name, ordinal_position
                """
            ).all()
            for row in rows {
                let type = try row.decode(column: "data_type", as: String.self)
                out.append(
                    (
                        try row.decode(column: "table_name", as: String.self), try row.decode(column: "column_name", as: String.self),
                        type == "text" ? .text : .integer
                    )
                )
            }
        }
        return out
    }
}
