import KeelCore

/// Reads typed fields out of an `Input` into a value, collecting every problem instead of stopping at
/// the first. When `creating`, a required field that is absent is an error; when updating, an absent
/// field keeps its current value (PATCH semantics). Fields the reader never asked for are reported as
/// unknown, so nothing outside the writable list (`id`, `project_id`, `version`, …) can be mass-assigned.
public struct InputReader {
    public let input: Input
    public let creating: Bool
    public var errors = FieldErrors()
    private var asked: Set<String> = []

    public init(_ input: Input, creating: Bool) {
        self.input = input
        self.creating = creating
    }

    /// The value of `key` when the client sent it; `nil` when absent. Empty form boxes read as `.null`.
    mutating func value(_ key: String) -> Input.Value? {
        asked.insert(key)
        guard let v = input.fields[key] else { return nil }
        if input.fromForm, case .string(let s) = v, s.trimmingWhitespace().isEmpty { return .null }
        return v
    }

    mutating func missing(_ key: String, required: Bool) {
        if creating && required { errors.add(key, .required) }
    }

    public mutating func text(_ key: String, _ target: inout String, required: Bool = false, max: Int = 200) {
        guard let v = value(key) else { return missing(key, required: required) }
        switch v {
        case .null:
            if required { errors.add(key, .required) } else { target = "" }
        case .string(let s):
            let t = s.trimmingWhitespace()
            if required && t.isEmpty {
                errors.add(key, .required)
            } else if t.count > max {
                errors.add(key, .tooLong, ["max": String(max)])
            } else {
                target = t
            }
        default: errors.add(key, .invalidType, ["expected": "string"])
        }
    }

    public mutating func day(_ key: String, _ target: inout Day?, required: Bool = false) {
        guard let v = value(key) else { return missing(key, required: required) }
        switch v {
        case .null:
            if required { errors.add(key, .required) } else { target = nil }
        case .string(let s):
            if let d = errors.day(key, s.trimmingWhitespace()) { target = d }
        default: errors.add(key, .invalidType, ["expected": "date"])
        }
    }

    /// Reads a whole number; form text is accepted, JSON text is not (JSON has numbers).
    public mutating func int(_ key: String, _ target: inout Int, range: ClosedRange<Int>, required: Bool = false) {
        guard let v = value(key) else { return missing(key, required: required) }
        let text: String
        switch v {
        case .number(let n): text = n
        case .string(let s) where input.fromForm: text = s.trimmingWhitespace()
        case .null:
            return errors.add(key, .required)
        default: return errors.add(key, .invalidType, ["expected": "integer"])
        }
        guard let i = Int(text) else { return errors.add(key, .invalidType, ["expected": "integer"]) }
        guard range.contains(i) else {
            return errors.add(key, .outOfRange, ["min": String(range.lowerBound), "max": String(range.upperBound)])
        }
        target = i
    }

    /// A whole number or null (clears it).
    public mutating func optionalInt(_ key: String, _ target: inout Int?, range: ClosedRange<Int>) {
        guard let v = value(key) else { return }
        if case .null = v {
            target = nil
            return
        }
        var i = target ?? range.lowerBound
        let before = errors.all.count
        int(key, &i, range: range)
        if errors.all.count == before { target = i }
    }

    /// An amount in `currency`, or null (clears it).
    public mutating func optionalAmount(_ key: String, currency: Currency, _ target: inout Int64?) {
        guard let v = value(key) else { return }
        if case .null = v {
            target = nil
            return
        }
        var amount = target ?? 0
        let before = errors.all.count
        fixed(key, digits: currency.minorDigits, &amount, required: false, allowNegative: false, limit: SupportedRange.maxAmountMinor)
        if errors.all.count == before { target = amount }
    }

    public mutating func number(_ key: String, _ target: inout Double, required: Bool = false) {
        var optional: Double? = target
        readNumber(key, &optional, required: required, nullable: false)
        if let o = optional { target = o }
    }

    public mutating func optionalNumber(_ key: String, _ target: inout Double?) {
        readNumber(key, &target, required: false, nullable: true)
    }

    private mutating func readNumber(_ key: String, _ target: inout Double?, required: Bool, nullable: Bool) {
        guard let v = value(key) else { return missing(key, required: required) }
        let text: String
        switch v {
        case .number(let n): text = n
        case .string(let s) where input.fromForm: text = s.trimmingWhitespace()
        case .null:
            if nullable { target = nil } else { errors.add(key, .required) }
            return
        default: return errors.add(key, .invalidType, ["expected": "number"])
        }
        guard let d = Double(text), d.isFinite, abs(d) < 1e15 else { return errors.add(key, .invalidType, ["expected": "number"]) }
        target = d
    }

    public mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ target: inout E, required: Bool = false)
    where E.RawValue == String {
        var optional: E? = target
        readChoice(key, &optional, required: required, nullable: false)
        if let o = optional { target = o }
    }

    public mutating func optionalChoice<E: RawRepresentable & CaseIterable>(_ key: String, _ target: inout E?) where E.RawValue == String {
        readChoice(key, &target, required: false, nullable: true)
    }

    private mutating func readChoice<E: RawRepresentable & CaseIterable>(_ key: String, _ target: inout E?, required: Bool, nullable: Bool)
    where E.RawValue == String {
        guard let v = value(key) else { return missing(key, required: required) }
        switch v {
        case .null:
            if nullable { target = nil } else { errors.add(key, .required) }
        case .string(let s):
            if let e = E(rawValue: s.trimmingWhitespace()) {
                target = e
            } else {
                errors.add(key, .invalidChoice, ["choices": E.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        default: errors.add(key, .invalidType, ["expected": "string"])
        }
    }

    public mutating func currency(_ key: String, _ target: inout Currency, required: Bool = false) {
        guard let v = value(key) else { return missing(key, required: required) }
        switch v {
        case .string(let s):
            if let c = Currency(code: s.trimmingWhitespace()) { target = c } else { errors.add(key, .unknownCurrency) }
        case .null: errors.add(key, .required)
        default: errors.add(key, .invalidType, ["expected": "string"])
        }
    }

    /// An exact decimal amount in `currency`, as a JSON string or number or form text.
    /// Amounts beyond ±`SupportedRange.maxAmountMinor` are refused.
    public mutating func amount(_ key: String, currency: Currency, _ target: inout Int64, required: Bool = false, allowNegative: Bool = false) {
        fixed(key, digits: currency.minorDigits, &target, required: required, allowNegative: allowNegative, limit: SupportedRange.maxAmountMinor)
    }

    /// An exact decimal with at most `digits` decimals (a rate, hours), scaled by 10^digits.
    public mutating func decimal(_ key: String, digits: Int, _ target: inout Int64, required: Bool = false) {
        fixed(key, digits: digits, &target, required: required, allowNegative: false)
    }

    /// More decimals than `digits` is an error, never a silent rounding.
    private mutating func fixed(_ key: String, digits: Int, _ target: inout Int64, required: Bool, allowNegative: Bool, limit: Int64 = .max) {
        guard let v = value(key) else { return missing(key, required: required) }
        let text: String
        switch v {
        case .number(let n): text = n
        case .string(let s): text = s
        case .null: return errors.add(key, .required)
        default: return errors.add(key, .invalidType, ["expected": "decimal"])
        }
        do {
            let value = try FixedPoint.parse(text, digits: digits)
            if value < 0 && !allowNegative { return errors.add(key, .negative) }
            guard value.magnitude <= limit.magnitude else { return outOfRange() }
            target = value
        } catch .tooManyDecimals {
            errors.add(key, .tooManyDecimals, ["digits": String(digits)])
        } catch .overflow {
            outOfRange()
        } catch .misplacedGrouping {
            errors.add(key, .invalidAmount, ["reason": "grouping"])
        } catch {
            errors.add(key, .invalidAmount)
        }
        func outOfRange() {
            let max = FixedPoint.format(limit, digits: digits)
            errors.add(key, .outOfRange, ["min": allowNegative ? "-" + max : "0", "max": max])
        }
    }

    /// An array of objects, each read by `row` with its own nested reader; errors are prefixed `key[i].`.
    public mutating func rows<T>(_ key: String, _ target: inout [T], make: (inout InputReader) -> T?) {
        guard let v = value(key) else { return }
        let items: [Input.Value]
        switch v {
        case .null: items = []
        case .array(let a): items = a
        default: return errors.add(key, .invalidType, ["expected": "array"])
        }
        var result: [T] = []
        for (i, item) in items.enumerated() {
            guard case .object(let fields) = item else {
                errors.add("\(key)[\(i)]", .invalidType, ["expected": "object"])
                continue
            }
            var sub = InputReader(Input(fields: fields, fromForm: input.fromForm), creating: true)
            let made = make(&sub)
            sub.reportUnknown()
            for e in sub.errors.all { errors.add("\(key)[\(i)].\(e.field)", e.code, e.detail) }
            if let made { result.append(made) }
        }
        if errors.all.allSatisfy({ !$0.field.hasPrefix(key + "[") }) { target = result }
    }

    public mutating func reportUnknown() {
        for key in input.fields.keys.sorted() where !asked.contains(key) {
            errors.add(key, .unknownField)
        }
    }

    /// Ends reading: reports unknown fields and throws if anything was wrong.
    public mutating func finish() throws(KeelError) {
        reportUnknown()
        try errors.throwIfAny()
    }
}

extension InputReader {
    /// A yes/no field. Forms send `on`/`true`/`1` for a ticked box and nothing for an unticked one
    /// (unless the form is an inline edit of other fields).
    public mutating func bool(_ key: String, _ target: inout Bool) {
        guard let v = value(key) else {
            if input.fromForm && !input.partial { target = false }
            return
        }
        switch v {
        case .bool(let b): target = b
        case .null: target = false
        case .string(let s) where input.fromForm: target = ["on", "true", "1", "yes"].contains(s.lowercased())
        default: errors.add(key, .invalidType, ["expected": "boolean"])
        }
    }
}

extension InputReader {
    /// A password-like field: kept exactly as typed (no trimming) and never echoed back in errors.
    public mutating func secret(_ key: String, _ target: inout String, required: Bool = false) {
        guard let v = value(key) else { return missing(key, required: required) }
        switch v {
        case .null: if required { errors.add(key, .required) }
        case .string(let s):
            if required && s.isEmpty { errors.add(key, .required) } else { target = s }
        default: errors.add(key, .invalidType, ["expected": "string"])
        }
    }
}
