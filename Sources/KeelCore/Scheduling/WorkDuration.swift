/// Reads durations and lags as people type them: `3d`, `4h`, `30m`, `2w`, `1mo`, with an `e` prefix
/// for elapsed (calendar) time — `2ed` — and `%` for a share of the predecessor (`50%`). Decimals
/// are allowed (`1.5d`); the result is rounded to whole minutes.
public enum WorkDuration {
    public enum Parsed: Hashable, Sendable {
        case working(Int64)
        case elapsed(Int64)
        case percent(Int64)  // hundredths of a percent
    }

    public static func parse(_ text: String, minutesPerDay: Int64 = 480) -> Parsed? {
        var s = Substring(text.lowercased().trimmingWhitespace())
        guard !s.isEmpty else { return nil }
        var sign: Int64 = 1
        if s.first == "-" {
            sign = -1
            s.removeFirst()
        } else if s.first == "+" {
            s.removeFirst()
        }
        let numberEnd = s.firstIndex { !($0.isNumber || $0 == ".") } ?? s.endIndex
        let number = s[..<numberEnd]
        let unit = String(s[numberEnd...]).trimmingWhitespace()
        guard let hundredths = hundredths(of: number) else { return nil }
        let elapsed = unit.hasPrefix("e") && unit != "e"
        let base = elapsed ? String(unit.dropFirst()) : unit
        if unit == "%" { return .percent(sign * hundredths) }
        let perUnit: Int64
        switch base {
        case "m", "min", "mins", "minute", "minutes": perUnit = 1
        case "h", "hr", "hrs", "hour", "hours": perUnit = 60
        case "d", "day", "days", "": perUnit = elapsed ? 1_440 : minutesPerDay
        case "w", "wk", "wks", "week", "weeks": perUnit = elapsed ? 10_080 : 5 * minutesPerDay
        case "mo", "mon", "month", "months": perUnit = elapsed ? 43_200 : 20 * minutesPerDay
        default: return nil
        }
        // Absurd values are unreadable, not a trap: range checks come after.
        let (product, overflow) = hundredths.multipliedReportingOverflow(by: perUnit)
        guard !overflow, product <= Int64.max - 50 else { return nil }
        let minutes = (product + 50) / 100
        return elapsed ? .elapsed(sign * minutes) : .working(sign * minutes)
    }

    /// Minutes shown as days with up to two decimals (`2.5d`), the unit MS Project shows by default.
    public static func days(_ minutes: Int64, minutesPerDay: Int64) -> String {
        let hundredths = (abs(minutes) * 100 + minutesPerDay / 2) / minutesPerDay
        let whole = hundredths / 100, frac = hundredths % 100
        let sign = minutes < 0 && hundredths != 0 ? "-" : ""
        if frac == 0 { return "\(sign)\(whole)" }
        return frac % 10 == 0 ? "\(sign)\(whole).\(frac / 10)" : "\(sign)\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }

    private static func hundredths(of number: Substring) -> Int64? {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])), whole < 1_000_000_000 else { return nil }
        var frac: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 2, let f = Int64(digits) else { return nil }
            frac = digits.count == 1 ? f * 10 : f
        }
        guard !(parts[0].isEmpty && parts.count == 1) else { return nil }
        return whole * 100 + frac
    }
}
