import Foundation
import KeelCore

/// What every page needs besides its data: the language, the current path and a flash message.
package struct ViewContext: Sendable {
    package let locale: UILocale
    package let path: String
    package var flash: Text?
    /// The token every POST form sends back (see `CSRFMiddleware`).
    package var csrf: String = ""
    /// Who is signed in, for the header.
    package var user: User?
    /// Their role in the project of the page, for the project navigation.
    package var projectRole: ProjectRole?
    /// The current time (`KeelServices.clock` for pages).
    package var clock: @Sendable () -> Date = { Date() }
    /// The tabs of a project's navigation, every module's (the server gives `KeelModules.navigation`).
    package var navigation: [NavigationEntry] = []

    package init(
        locale: UILocale,
        path: String,
        flash: Text?,
        csrf: String = "",
        user: User? = nil,
        projectRole: ProjectRole? = nil,
        clock: @escaping @Sendable () -> Date = { Date() },
        navigation: [NavigationEntry] = []
    ) {
        self.locale = locale
        self.path = path
        self.flash = flash
        self.csrf = csrf
        self.user = user
        self.projectRole = projectRole
        self.clock = clock
        self.navigation = navigation
    }

    /// The hidden field that carries the CSRF token; every `<form method="post">` includes it.
    package var csrfField: HTML { "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">" }

    package func t(_ text: Text) -> String { text.string(locale) }

    /// A money amount with grouping, e.g. `¥12,000,000.00` / `12,000,000.00 USD`.
    package func money(_ m: Money) -> String {
        let symbol: String? = ["CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$"][m.currency.code]
        let text = m.decimalString
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
        let number = parts.count > 1 ? grouped + "." + parts[1] : grouped
        let sign = negative ? "-" : ""
        if let symbol { return sign + symbol + number }
        return sign + number + " " + m.currency.code
    }

    /// Dates read as ISO in both languages for data (unambiguous), `2027年1月4日` in long Chinese text.
    package func day(_ d: Day?) -> String {
        guard let d else { return t(.notSet) }
        switch locale {
        case .en: return d.iso
        case .zhCN:
            let c = d.components
            return "\(c.year)年\(c.month)月\(c.day)日"
        }
    }

    /// A schedule date-time: the day as `day(_:)` shows it, then the time of day.
    package func dateTime(_ t: LocalDateTime?) -> String {
        guard let t else { return self.t(.notSet) }
        return day(t.day) + " " + WorkInterval.text(t.minuteOfDay)
    }

    /// Today in UTC by the clock the page was built with (the services' injected clock), for
    /// "upcoming" lists and the today line.
    package var today: Day { Day(utcSecondsSince1970: clock().timeIntervalSince1970) }

    /// "Jan 2027" / "2027年1月".
    package func monthLabel(year: Int, month: Int) -> String {
        switch locale {
        case .en:
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return month == 1 ? "\(names[0]) \(year)" : names[month - 1]
        case .zhCN: return month == 1 ? "\(year)年1月" : "\(month)月"
        }
    }

    package func number(_ v: Double?) -> String {
        guard let v else { return t(.notSet) }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        var s = String(format: "%.4f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    package func percent(basisPoints: Int64) -> String {
        var s = FixedPoint.format(basisPoints, digits: 2)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s + "%"
    }
}
