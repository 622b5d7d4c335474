import KeelCore
import SQLKit

extension SQLRow {
    func text(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalText(_ column: String) throws -> String? { try decode(column: column, as: String?.self) }
    func int64(_ column: String) throws -> Int64 { try decode(column: column, as: Int64.self) }
    func int(_ column: String) throws -> Int { Int(try decode(column: column, as: Int64.self)) }
    func double(_ column: String) throws -> Double { try decode(column: column, as: Double.self) }
    func optionalDouble(_ column: String) throws -> Double? { try decode(column: column, as: Double?.self) }

    func day(_ column: String) throws -> Day? {
        guard let s = try optionalText(column) else { return nil }
        guard let d = Day(iso: s) else { throw StoreError.corrupt(column: column, value: s) }
        return d
    }

    func id<T>(_ column: String, as: T.Type = T.self) throws -> ID<T> {
        let s = try text(column)
        guard let id = ID<T>(s) else { throw StoreError.corrupt(column: column, value: s) }
        return id
    }

    func enumValue<E: RawRepresentable>(_ column: String, as: E.Type = E.self) throws -> E where E.RawValue == String {
        let s = try text(column)
        guard let e = E(rawValue: s) else { throw StoreError.corrupt(column: column, value: s) }
        return e
    }

    func currency(_ column: String) throws -> Currency {
        let s = try text(column)
        guard let c = Currency(code: s) else { throw StoreError.corrupt(column: column, value: s) }
        return c
    }
}

public enum StoreError: Error, CustomStringConvertible {
    /// A stored value that Keel itself would never write: someone edited the database by hand.
    case corrupt(column: String, value: String)

    public var description: String {
        switch self {
        case .corrupt(let c, let v): return "stored value in \(c) is not valid: \(v)"
        }
    }
}

/// Outcome of an update guarded by the caller's version.
public enum UpdateOutcome: Sendable, Equatable {
    case updated(newVersion: Int64)
    /// The row exists but at another version: someone else changed it first.
    case stale
}
