/// A wall-clock date and time to the minute, in the project's own time zone.
///
/// Scheduling works on the wall clock because calendar hours are wall-clock hours: "work starts at
/// 08:00" stays true on the day the clocks change. A `LocalDateTime` never becomes an instant inside
/// the engine, so daylight-saving changes cannot shift a task by an hour.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since 1970-01-01T00:00 on the local clock (negative before).
    public let minutes: Int64

    public static let minutesPerDay: Int64 = 1_440

    public init(minutes: Int64) { self.minutes = minutes }

    public init(day: Day, minuteOfDay: Int = 0) {
        self.minutes = Int64(day.ordinal) * Self.minutesPerDay + Int64(minuteOfDay)
    }

    public var day: Day { Day(ordinal: Int32(Self.floorDiv(minutes, Self.minutesPerDay))) }

    public var minuteOfDay: Int { Int(minutes - Int64(day.ordinal) * Self.minutesPerDay) }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (seconds must be zero: the
    /// engine counts whole minutes, and silently dropping seconds would move a date).
    public init?(iso: String) {
        let u = Array(iso.utf8)
        guard u.count >= 10, let day = Day(iso: String(decoding: u[0..<10], as: UTF8.self)) else { return nil }
        if u.count == 10 {
            self.init(day: day)
            return
        }
        guard u.count == 16 || u.count == 19, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "), u[13] == UInt8(ascii: ":")
        else { return nil }
        func num(_ a: Int) -> Int? {
            let c0 = u[a], c1 = u[a + 1]
            guard (48...57).contains(c0), (48...57).contains(c1) else { return nil }
            return Int(c0 - 48) * 10 + Int(c1 - 48)
        }
        guard let h = num(11), let m = num(14), h < 24 || (h == 24 && m == 0), m < 60 else { return nil }
        if u.count == 19 {
            guard u[16] == UInt8(ascii: ":"), num(17) == 0 else { return nil }
        }
        self.init(day: day, minuteOfDay: h * 60 + m)
    }

    /// `YYYY-MM-DDTHH:MM:SS`, the form MS Project and ISO 8601 readers expect.
    public var iso: String {
        let m = minuteOfDay
        return day.iso + "T" + Self.two(m / 60) + ":" + Self.two(m % 60) + ":00"
    }

    public var description: String { iso }

    public func adding(minutes delta: Int64) -> LocalDateTime { LocalDateTime(minutes: minutes + delta) }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.minutes < b.minutes }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}

/// As ISO 8601 local date-time text (`2027-01-04T08:00:00`), the form the API uses.
extension LocalDateTime: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a local date-time: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
