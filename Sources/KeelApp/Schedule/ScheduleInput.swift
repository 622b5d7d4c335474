import KeelCore

/// Reading the work plan's field types: durations and lags as people type them (`3d`, `4h`, `2ed`,
/// `50%`), date-times, references to other objects of the plan.
extension InputReader {
    /// A duration in working time (`3d`, `4.5h`, `90m`, `2w`).
    mutating func duration(_ key: String, _ target: inout Int64, minutesPerDay: Int64, required: Bool = false) {
        var optional: Int64? = target
        readDuration(key, &optional, minutesPerDay: minutesPerDay, required: required, nullable: false)
        if let o = optional { target = o }
    }

    mutating func optionalDuration(_ key: String, _ target: inout Int64?, minutesPerDay: Int64) {
        readDuration(key, &target, minutesPerDay: minutesPerDay, required: false, nullable: true)
    }

    private mutating func readDuration(_ key: String, _ target: inout Int64?, minutesPerDay: Int64, required: Bool, nullable: Bool) {
        guard let v = value(key) else { return missing(key, required: required) }
        switch v {
        case .null:
            if nullable { target = nil } else { errors.add(key, .required) }
        case .string(let s):
            guard case .working(let m)? = WorkDuration.parse(s, minutesPerDay: minutesPerDay) else { return errors.add(key, .invalidDuration) }
            guard m >= 0 else { return errors.add(key, .negative) }
            guard m <= ScheduleNetwork.maxDurationMinutes else { return errors.add(key, .outOfRange, ["min": "0", "max": "100 years"]) }
            target = m
        default: errors.add(key, .invalidType, ["expected": "duration, e.g. 3d"])
        }
    }

    /// A lag or lead: working (`2d`, `-1d`), elapsed (`2ed`) or a share of the predecessor (`50%`).
    mutating func lag(_ key: String, _ target: inout Lag, minutesPerDay: Int64) {
        guard let v = value(key) else { return }
        switch v {
        case .null: target = .zero
        case .string(let s):
            switch WorkDuration.parse(s, minutesPerDay: minutesPerDay) {
            case .working(let m)?: target = .working(minutes: m)
            case .elapsed(let m)?: target = .elapsed(minutes: m)
            case .percent(let h)?: target = .percent(hundredths: h)
            case nil: errors.add(key, .invalidDuration)
            }
        default: errors.add(key, .invalidType, ["expected": "lag, e.g. 2d or -1d or 50%"])
        }
    }

    /// `YYYY-MM-DDTHH:MM` (or with `:00` seconds), or a bare date: the start of that day, or its end
    /// when `endOfDay` (a deadline or a finish on "the 20th" means by the end of the 20th).
    mutating func dateTime(_ key: String, _ target: inout LocalDateTime?, required: Bool = false, endOfDay: Bool = false) {
        guard let v = value(key) else { return missing(key, required: required) }
        switch v {
        case .null:
            if required { errors.add(key, .required) } else { target = nil }
        case .string(let s):
            let t = s.trimmingWhitespace()
            switch LocalDateTime.parse(input: t) {
            case .success(let d): target = t.count == 10 && endOfDay ? d.adding(minutes: 1_440) : d
            case .failure(.outOfRange): errors.add(key, Day.InputProblem.outOfRange)
            case .failure(.malformed): errors.add(key, .invalidDateTime)
            }
        default: errors.add(key, .invalidType, ["expected": "date-time"])
        }
    }

    /// The id of another object of the same plan, or null; `exists` says whether it is there.
    mutating func reference<T>(_ key: String, _ target: inout ID<T>?, exists: (ID<T>) -> Bool) {
        guard let v = value(key) else { return }
        switch v {
        case .null: target = nil
        case .string(let s):
            guard let id = ID<T>(s.trimmingWhitespace()), exists(id) else { return errors.add(key, .unknownReference) }
            target = id
        default: errors.add(key, .invalidType, ["expected": "id"])
        }
    }

    /// Whether `key` holds a date without a time.
    func isBareDate(_ key: String) -> Bool {
        if case .string(let s)? = input.fields[key] { return s.trimmingWhitespace().count == 10 }
        return false
    }

    /// Whether the client sent `key` at all.
    func has(_ key: String) -> Bool { input.fields[key] != nil }
}

extension InputReader {
    /// An array of ids (`["…", "…"]`).
    mutating func idList<T>(_ key: String, _ target: inout [ID<T>], required: Bool = false) {
        guard let v = value(key) else { return missing(key, required: required) }
        guard case .array(let items) = v else { return errors.add(key, .invalidType, ["expected": "array of ids"]) }
        var out: [ID<T>] = []
        for (i, item) in items.enumerated() {
            guard case .string(let s) = item, let id = ID<T>(s.trimmingWhitespace()) else {
                errors.add("\(key)[\(i)]", .invalidType, ["expected": "id"])
                continue
            }
            out.append(id)
        }
        if required && items.isEmpty { errors.add(key, .required) }
        target = out
    }

    /// An optional id, read as text (existence is checked by the use case).
    mutating func optionalID<T>(_ key: String, _ target: inout ID<T>?) {
        reference(key, &target) { _ in true }
    }
}
