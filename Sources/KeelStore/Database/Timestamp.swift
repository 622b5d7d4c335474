import Foundation
import KeelCore

/// Instants are stored as ISO 8601 UTC text with milliseconds (`2026-11-27T04:30:00.123Z`): it sorts
/// correctly as text and reads the same on both databases.
public enum Timestamp {
    public static func now() -> String { format(Date()) }

    public static func format(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let dayMs: Int64 = 86_400_000
        var days = ms / dayMs
        var rest = ms % dayMs
        if rest < 0 {
            rest += dayMs
            days -= 1
        }
        let day = Day(ordinal: Int32(days))
        func pad(_ v: Int64, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let h = rest / 3_600_000, m = rest / 60_000 % 60, s = rest / 1000 % 60, f = rest % 1000
        return "\(day.iso)T\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }

    /// Reads back what `format` wrote.
    public static func parse(_ text: String) -> Date? {
        let u = Array(text.utf8)
        guard u.count == 24, u[10] == 84, u[23] == 90, let day = Day(iso: String(text.prefix(10))) else { return nil }
        func num(_ r: Range<Int>) -> Int? { Int(String(decoding: u[r], as: UTF8.self)) }
        guard let h = num(11..<13), let m = num(14..<16), let s = num(17..<19), let f = num(20..<23) else { return nil }
        let ms = Int64(day.ordinal) * 86_400_000 + Int64(h * 3_600_000 + m * 60_000 + s * 1000 + f)
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }
}
