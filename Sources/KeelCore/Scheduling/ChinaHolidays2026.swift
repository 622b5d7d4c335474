/// Mainland China's 2026 public holidays and make-up working days (调休), as announced by the State
/// Council General Office. Holidays are days off; make-up days are weekend days worked with the
/// standard hours. Projects copy this template into their calendar and may edit it.
public enum ChinaHolidays2026 {
    public static let year = 2026

    /// The language the exception names are written in (a copied template is one language, so a
    /// calendar page never mixes them).
    public enum NameLanguage: String, Sendable, CaseIterable {
        case zhCN = "zh-CN"
        case en
    }

    /// (Chinese name, English name, first day, last day) of each holiday period.
    static let holidays: [(String, String, String, String)] = [
        ("元旦", "New Year's Day", "2026-01-01", "2026-01-03"),
        ("春节", "Spring Festival", "2026-02-15", "2026-02-23"),
        ("清明节", "Qingming Festival", "2026-04-04", "2026-04-06"),
        ("劳动节", "Labour Day", "2026-05-01", "2026-05-05"),
        ("端午节", "Dragon Boat Festival", "2026-06-19", "2026-06-21"),
        ("中秋节", "Mid-Autumn Festival", "2026-09-25", "2026-09-27"),
        ("国庆节", "National Day", "2026-10-01", "2026-10-07"),
    ]

    /// Weekend days worked to bridge a holiday: (Chinese name, English name, day).
    static let makeUpDays: [(String, String, String)] = [
        ("元旦调休", "Make-up working day (New Year)", "2026-01-04"),
        ("春节调休", "Make-up working day (Spring Festival)", "2026-02-14"),
        ("春节调休", "Make-up working day (Spring Festival)", "2026-02-28"),
        ("劳动节调休", "Make-up working day (Labour Day)", "2026-05-09"),
        ("国庆节调休", "Make-up working day (National Day)", "2026-09-20"),
        ("国庆节调休", "Make-up working day (National Day)", "2026-10-10"),
    ]

    public static func exceptions(in language: NameLanguage) -> [CalendarException] {
        func name(_ zh: String, _ en: String) -> String { language == .en ? en : zh }
        return holidays.map { CalendarException(name: name($0.0, $0.1), from: Day(iso: $0.2)!, to: Day(iso: $0.3)!) }
            + makeUpDays.map { CalendarException(name: name($0.0, $0.1), from: Day(iso: $0.2)!, intervals: WorkWeek.standard.days[0]) }
    }
}
