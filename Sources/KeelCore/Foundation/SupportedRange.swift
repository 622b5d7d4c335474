/// The values Keel accepts from any input — API, forms, CSV, MS Project XML, the command line.
///
/// Days: 1900-01-01 … 2199-12-31. Wide enough for any project's history and plan (MS Project stops
/// at 2149), narrow enough that every engine that walks days, weeks or months over the whole range
/// stays small and far from the limits of its integers. Stored values outside it (written by older
/// versions) still read — `Day(iso:)` is the format parser and knows years 1…9999 — and `keel doctor`
/// reports them; only new input is refused.
///
/// Amounts: at most 10,000,000,000,000 minor units either way (100 billion in a currency with two
/// decimals) for any one amount, so that sums of up to 900,000 of them and products with
/// percentages stay exact in 64 bits.
public enum SupportedRange {
    public static let earliestDay = Day(ordinal: -25_567)  // 1900-01-01
    public static let latestDay = Day(ordinal: 84_005)  // 2199-12-31
    public static let days: ClosedRange<Day> = earliestDay...latestDay

    public static let maxAmountMinor: Int64 = 10_000_000_000_000
}

extension Day {
    /// Why a text is not an acceptable input day.
    public enum InputProblem: Error, Sendable, Equatable {
        /// Not `YYYY-MM-DD`, or not a real date (2026-02-30).
        case malformed
        /// A real date outside `SupportedRange.days`.
        case outOfRange
    }

    /// Whether the day lies in the range Keel accepts from input.
    public var isSupported: Bool { SupportedRange.days.contains(self) }

    /// Reads a day typed by a person or sent by a program: exactly `YYYY-MM-DD`, within the supported range.
    public static func parse(input text: String) -> Result<Day, InputProblem> {
        guard let d = Day(iso: text) else { return .failure(.malformed) }
        return d.isSupported ? .success(d) : .failure(.outOfRange)
    }

    /// An input day, or nil when it is malformed or outside the supported range.
    public init?(input text: String) {
        guard case .success(let d) = Day.parse(input: text) else { return nil }
        self = d
    }
}

extension LocalDateTime {
    /// Reads an input date-time (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:00]`) whose day is in the supported range.
    public static func parse(input text: String) -> Result<LocalDateTime, Day.InputProblem> {
        guard let t = LocalDateTime(iso: text) else { return .failure(.malformed) }
        return t.day.isSupported ? .success(t) : .failure(.outOfRange)
    }

    public init?(input text: String) {
        guard case .success(let t) = LocalDateTime.parse(input: text) else { return nil }
        self = t
    }
}

extension FieldErrors {
    /// Records why `problem` made the field unreadable: a clear range for days that are real but outside it.
    public mutating func add(_ field: String, _ problem: Day.InputProblem) {
        switch problem {
        case .malformed: add(field, .invalidDay)
        case .outOfRange: add(field, .outOfRange, ["min": SupportedRange.earliestDay.iso, "max": SupportedRange.latestDay.iso])
        }
    }

    /// Reads `text` as an input day; nil (with the problem recorded against `field`) when it is not one.
    public mutating func day(_ field: String, _ text: String) -> Day? {
        switch Day.parse(input: text) {
        case .success(let d): return d
        case .failure(let p):
            add(field, p)
            return nil
        }
    }
}

extension Int64 {
    /// `self + other`, held at the ends of Int64 instead of trapping. Totals of amounts use it: each
    /// amount is bounded at input, but a ledger of a million of the largest ones would still overflow,
    /// and a report that is absurd is better than a server that stops.
    @inlinable public func addingSaturated(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    @inlinable public func subtractingSaturated(_ other: Int64) -> Int64 {
        let (difference, overflow) = subtractingReportingOverflow(other)
        return overflow ? (other < 0 ? .max : .min) : difference
    }
}

extension Sequence {
    /// The saturating sum of `value` over the elements (see `Int64.addingSaturated`).
    @inlinable public func sum(_ value: (Element) throws -> Int64) rethrows -> Int64 {
        try reduce(0) { $0.addingSaturated(try value($1)) }
    }
}
