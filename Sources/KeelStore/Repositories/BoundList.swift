import KeelCore
import SQLKit

/// Ids as a bound `IN (…)` list, in chunks well inside both databases' limits on bound parameters.
enum BoundList {
    static let chunkSize = 500

    /// `?, ?, ?` with the ids bound.
    static func of<T>(_ ids: some Collection<ID<T>>) -> SQLQueryString {
        var list: SQLQueryString = ""
        for (i, id) in ids.enumerated() {
            if i > 0 { list.appendInterpolation(unsafeRaw: ", ") }
            list.appendInterpolation(bind: id.description)
        }
        return list
    }

    /// The ids in chunks of at most `chunkSize`, each as a bound list.
    static func chunks<T>(_ ids: [ID<T>]) -> [SQLQueryString] {
        stride(from: 0, to: ids.count, by: chunkSize).map { of(ids[$0..<min(ids.count, $0 + chunkSize)]) }
    }
}
