/// Mainland China's 2026 public holidays and make-up working days (调休), as announced by the State
/// Council General Office. Holidays are days off; make-up days are weekend days worked with the
/// standard hours. Projects copy this template into their calendar and may edit it.
public enum ChinaHolidays2026 {
    public static let year = 2026

    /// (name, first day, last day) of each holiday period.
    static let holidays: [(String, String, String)] = [
        ("元旦 New Year's Day", "2026-01-01", "2026-01-03"),
        ("春节 Spring Festival", "2026-02-15", "2026-02-23"),
        ("清明节 Qingming Festival", "2026-04-04", "2026-04-06"),
        ("劳动节 Labour Day", "2026-05-01", "2026-05-05"),
        ("端午节 Dragon Boat Festival", "2026-06-19", "2026-06-21"),
        ("中秋节 Mid-Autumn Festival", "2026-09-25", "2026-09-27"),
        ("国庆节 National Day", "2026-10-01", "2026-10-07"),
    ]

    /// Weekend days worked to bridge a holiday.
    static let makeUpDays: [(String, String)] = [
        ("调休 make-up day (New Year)", "2026-01-04"),
        ("调休 make-up day (Spring Festival)", "2026-02-14"),
        ("调休 make-up day (Spring Festival)", "2026-02-28"),
        ("调休 make-up day (Labour Day)", "2026-05-09"),
        ("调休 make-up day (National Day)", "2026-09-20"),
        ("调休 make-up day (National Day)", "2026-10-10"),
    ]

    public static var exceptions: [CalendarException] {
        holidays.map { CalendarException(name: $0.0, from: Day(iso: $0.1)!, to: Day(iso: $0.2)!) }
            + makeUpDays.map { CalendarException(name: $0.0, from: Day(iso: $0.1)!, intervals: WorkWeek.standard.days[0]) }
    }
}
