import Foundation
import KeelCore

/// A request's fields, whether they came as JSON or as an HTML form, before any validation.
public struct Input: Sendable {
    public indirect enum Value: Sendable, Equatable {
        case null
        case string(String)
        /// Numbers keep their text so that money and percentages are parsed exactly.
        case number(String)
        case bool(Bool)
        case array([Value])
        case object([String: Value])
    }

    public var fields: [String: Value]
    /// Form values are all text: numbers arrive as strings and an empty box means "no value".
    public let fromForm: Bool
    /// Only the fields sent are meant (an inline edit of one cell): a checkbox left out keeps its
    /// value instead of counting as unticked.
    public var partial = false

    public init(fields: [String: Value], fromForm: Bool) {
        self.fields = fields
        self.fromForm = fromForm
    }

    /// Parses a JSON object body; anything else is `KeelError.malformed`.
    public static func json(_ data: Data) throws(KeelError) -> Input {
        let value: Value
        do { value = try JSONDecoder().decode(Value.self, from: data) } catch {
            throw .malformed("the body is not valid JSON")
        }
        guard case .object(let object) = value else { throw .malformed("the body must be a JSON object") }
        let input = Input(fields: object, fromForm: false)
        if let field = input.fieldWithNUL() { throw .validation([Input.nulError(field)]) }
        return input
    }

    /// The first field (as `key`, `key[2].name`) whose name or text holds a NUL character. Text with
    /// NUL is refused everywhere: PostgreSQL cannot store it and SQLite would cut it short in places.
    public func fieldWithNUL() -> String? {
        func find(_ v: Value, _ path: String) -> String? {
            switch v {
            case .string(let s), .number(let s): return s.utf8.contains(0) ? path : nil
            case .array(let items):
                for (i, item) in items.enumerated() { if let f = find(item, "\(path)[\(i)]") { return f } }
                return nil
            case .object(let fields):
                for (k, item) in fields.sorted(by: { $0.key < $1.key }) {
                    if k.utf8.contains(0) { return path }
                    if let f = find(item, path + "." + k) { return f }
                }
                return nil
            case .null, .bool: return nil
            }
        }
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            if k.utf8.contains(0) { return "body" }
            if let f = find(v, k) { return f }
        }
        return nil
    }

    public static func nulError(_ field: String) -> FieldError { FieldError(field, .invalidFormat, ["reason": "nul_character"]) }

    /// Builds input from decoded form pairs. Keys like `allocations[0][direction]` become arrays of objects;
    /// keys starting with `_` (CSRF token, version) are transport data and left out; `_partial=1`
    /// marks an inline edit (see `partial`).
    public static func form(_ pairs: [(String, String)]) -> Input {
        var fields: [String: Value] = [:]
        var arrays: [String: [Int: [String: Value]]] = [:]
        for (key, value) in pairs where !key.hasPrefix("_") {
            if let open = key.firstIndex(of: "["), key.hasSuffix("]") {
                let name = String(key[..<open])
                let parts = key[open...].dropFirst().dropLast().components(separatedBy: "][")
                if parts.count == 2, let index = Int(parts[0]), index >= 0, index < 1000 {
                    arrays[name, default: [:]][index, default: [:]][parts[1]] = .string(value)
                    continue
                }
            }
            fields[key] = .string(value)
        }
        for (name, rows) in arrays {
            // Rows left entirely blank in the form are not rows.
            let kept = rows.keys.sorted().compactMap { i -> Value? in
                let row = rows[i]!
                let blank = row.values.allSatisfy {
                    if case .string(let s) = $0 { return s.trimmingCharacters(in: .whitespaces).isEmpty } else { return false }
                }
                return blank ? nil : .object(row)
            }
            fields[name] = .array(kept)
        }
        var input = Input(fields: fields, fromForm: true)
        input.partial = pairs.contains { $0.0 == "_partial" && $0.1 == "1" }
        return input
    }
}

extension Input.Value: Decodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var items: [Input.Value] = []
            while !list.isAtEnd { items.append(try list.decode(Input.Value.self)) }
            self = .array(items)
            return
        }
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var object: [String: Input.Value] = [:]
            for key in keyed.allKeys { object[key.stringValue] = try keyed.decode(Input.Value.self, forKey: key) }
            self = .object(object)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let i = try? c.decode(Int64.self) {
            self = .number(String(i))
        } else if let d = try? c.decode(Decimal.self) {
            // Decimal keeps the digits as written, so 0.1 stays 0.1 for exact money parsing.
            self = .number(d.description)
        } else if let d = try? c.decode(Double.self) {
            // Past Decimal's exponents (1e-300, 1e200): valid JSON, refused by the field that reads
            // it (no field takes exponents) with a 422 naming the field, not a 400 for the body.
            self = .number(String(d))
        } else {
            // A number no Swift type holds (1e400): the same, as a text no field accepts.
            self = .number("out of range")
        }
    }
}
