import Foundation
import KeelCore
import KeelStore
import SQLKit

extension ScheduleService {
    /// Templates a new calendar can start from.
    public enum CalendarTemplate: String, Sendable, CaseIterable {
        case standard
        case twentyFourHours = "24_hours"
        /// Standard hours with mainland China's 2026 public holidays and make-up working days.
        case china2026 = "china_2026"

        /// The template's calendar; holiday names are written in `language`.
        func calendar(names language: ChinaHolidays2026.NameLanguage) -> WorkCalendar {
            switch self {
            case .standard: return .standard
            case .twentyFourHours: return .twentyFourHours
            case .china2026:
                var c = WorkCalendar.standard
                c.exceptions = ChinaHolidays2026.exceptions(in: language)
                return c
            }
        }
    }

    public func createCalendar(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> (PlanCalendar, PlanView) {
        let id = ID<PlanCalendar>()
        return try await change(caller, project, focus: "calendars[\(id)]") { plan, sql in
            var r = InputReader(input, creating: true)
            var template = CalendarTemplate.standard
            r.choice("template", &template)
            var language = ChinaHolidays2026.NameLanguage.zhCN
            r.choice("template_language", &language)
            var calendar = template.calendar(names: language)
            Self.read(&r, into: &calendar)
            Self.check(calendar, in: plan, except: nil, into: &r.errors)
            try r.finish()
            let c = PlanCalendar(id: id, projectID: project, calendar: calendar)
            try await WorkPlanRepository.insert(c, on: sql)
            plan.calendars.append(c)
            try await record("create", "calendar", id.description, project, before: [:], after: c.auditFields, caller, sql)
            return c
        }
    }

    public func updateCalendar(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<PlanCalendar>,
        _ input: Input,
        expectedVersion: Int64?
    )
        async throws -> (PlanCalendar, PlanView)
    {
        try await change(caller, project, focus: "calendars[\(id)]") { plan, sql in
            guard let i = plan.calendars.firstIndex(where: { $0.id == id }) else { throw KeelError.notFound(kind: "calendar", id: id.description) }
            let current = plan.calendars[i]
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            var c = current
            var r = InputReader(input, creating: false)
            Self.read(&r, into: &c.calendar)
            Self.check(c.calendar, in: plan, except: id, into: &r.errors)
            try r.finish()
            guard case .updated(let v) = try await WorkPlanRepository.update(c, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            c.version = v
            plan.calendars[i] = c
            try await record("update", "calendar", id.description, project, before: current.auditFields, after: c.auditFields, caller, sql)
            return c
        }
    }

    /// Deletes a calendar nothing uses; the project calendar and calendars of tasks are refused.
    public func deleteCalendar(_ caller: Caller, project: ID<Project>, _ id: ID<PlanCalendar>, expectedVersion: Int64?) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            guard let i = plan.calendars.firstIndex(where: { $0.id == id }) else { throw KeelError.notFound(kind: "calendar", id: id.description) }
            try KeelServices.checkVersion(expectedVersion, current: plan.calendars[i].version)
            if plan.settings.projectCalendarID == id { throw KeelError.conflict("the project calendar cannot be deleted; choose another one first") }
            let users = plan.tasks.filter { $0.calendarID == id }.count
            if users > 0 { throw KeelError.conflict("\(users) task(s) use this calendar") }
            let c = plan.calendars.remove(at: i)
            try await WorkPlanRepository.deleteCalendar(id, project: project, on: sql)
            try await record("delete", "calendar", id.description, project, before: c.auditFields, after: [:], caller, sql)
        }.1
    }

    /// The calendar's own rules, reported with the input's field names (`week.mon[0]`, `exceptions[2].to`).
    static func check(_ calendar: WorkCalendar, in plan: WorkPlan, except id: ID<PlanCalendar>?, into errors: inout FieldErrors) {
        var found = FieldErrors()
        calendar.check(field: "calendar", into: &found)
        for e in found.all {
            var field = String(e.field.dropFirst("calendar.".count))
            if field.hasPrefix("week["), let close = field.firstIndex(of: "]"),
                let d = Int(field[field.index(field.startIndex, offsetBy: 5)..<close]),
                weekdayKeys.indices.contains(d)
            {
                field = "week.\(weekdayKeys[d])" + field[field.index(after: close)...]
            } else if field.hasPrefix("exceptions["), field.hasSuffix(".intervals") || field.contains(".intervals[") {
                field = field.replacingOccurrences(of: ".intervals", with: ".hours")
            }
            if !errors.has(field) { errors.add(field, e.code, e.detail) }
        }
        if plan.calendars.contains(where: { $0.id != id && $0.calendar.name == calendar.name }) { errors.add("name", .duplicate) }
    }

    public static let weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// `name`; `week` as `{"mon": ["08:00-12:00", "13:00-17:00"], …}` (a form sends `week_mon` text,
    /// comma-separated); `exceptions` as `[{"name", "from", "to", "hours": [...]}]`, replacing the
    /// list (no hours: a holiday; hours: a make-up working day).
    static func read(_ r: inout InputReader, into c: inout WorkCalendar) {
        r.text("name", &c.name, required: true, max: 200)
        if let week = r.value("week") {
            guard case .object(let days) = week else { return r.errors.add("week", .invalidType, ["expected": "object"]) }
            for key in days.keys where !weekdayKeys.contains(key) { r.errors.add("week.\(key)", .unknownField) }
            for (d, key) in weekdayKeys.enumerated() {
                c.week.days[d] = intervals(days[key] ?? .array([]), "week.\(key)", &r.errors) ?? c.week.days[d]
            }
        }
        for (d, key) in weekdayKeys.enumerated() {
            guard let v = r.value("week_\(key)") else { continue }
            if case .string(let s) = v {
                let parts = s.split(separator: ",").map { Input.Value.string(String($0)) }
                c.week.days[d] = intervals(.array(parts), "week_\(key)", &r.errors) ?? c.week.days[d]
            } else if case .null = v {
                c.week.days[d] = []
            } else {
                r.errors.add("week_\(key)", .invalidType, ["expected": "string"])
            }
        }
        if let text = r.value("exceptions_text") {
            switch text {
            case .null: c.exceptions = []
            case .string(let t): if let parsed = parseExceptions(t, &r.errors) { c.exceptions = parsed }
            default: r.errors.add("exceptions_text", .invalidType, ["expected": "string"])
            }
        }
        if let list = r.value("exceptions") {
            guard case .array(let items) = list else { return r.errors.add("exceptions", .invalidType, ["expected": "array"]) }
            var out: [CalendarException] = []
            for (i, item) in items.enumerated() {
                let f = "exceptions[\(i)]"
                guard case .object(let o) = item else {
                    r.errors.add(f, .invalidType, ["expected": "object"])
                    continue
                }
                guard case .string(let fromText)? = o["from"] else {
                    r.errors.add("\(f).from", .invalidDay)
                    continue
                }
                guard let from = r.errors.day("\(f).from", fromText.trimmingWhitespace()) else { continue }
                var to = from
                if case .string(let toText)? = o["to"] {
                    guard let d = r.errors.day("\(f).to", toText.trimmingWhitespace()) else { continue }
                    to = d
                }
                var name = ""
                if case .string(let n)? = o["name"] { name = n.trimmingWhitespace() }
                let hours = intervals(o["hours"] ?? .array([]), "\(f).hours", &r.errors) ?? []
                out.append(CalendarException(name: name, from: from, to: to, intervals: hours))
            }
            c.exceptions = out
        }
    }

    /// The exceptions as form text, one per line: `2026-10-01..2026-10-07 National Day` for days off,
    /// `2026-09-27 Make-up day 08:00-12:00 13:00-17:00` for a working day.
    public static func exceptionsText(_ exceptions: [CalendarException]) -> String {
        exceptions.map { e in
            var line = e.from == e.to ? e.from.iso : "\(e.from.iso)..\(e.to.iso)"
            if !e.name.isEmpty { line += " " + e.name }
            for iv in e.intervals { line += " \(WorkInterval.text(iv.start))-\(WorkInterval.text(iv.end))" }
            return line
        }.joined(separator: "\n")
    }

    static func parseExceptions(_ text: String, _ errors: inout FieldErrors) -> [CalendarException]? {
        var out: [CalendarException] = []
        var bad = false
        for (n, raw) in text.split(whereSeparator: \.isNewline).enumerated() {
            var words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
            guard !words.isEmpty else { continue }
            let span = words.removeFirst().components(separatedBy: "..")
            var hours: [WorkInterval] = []
            while let last = words.last, last.contains(":"), last.contains("-") {
                let parts = last.split(separator: "-").map(String.init)
                guard parts.count == 2, let iv = WorkInterval(parts[0], parts[1]) else { break }
                hours.insert(iv, at: 0)
                words.removeLast()
            }
            guard span.count <= 2, let from = Day(input: span[0]), let to = span.count == 2 ? Day(input: span[1]) : from else {
                errors.add(
                    "exceptions_text",
                    .invalidFormat,
                    [
                        "line": String(n + 1), "pattern": "YYYY-MM-DD[..YYYY-MM-DD] name [HH:MM-HH:MM]", "min": SupportedRange.earliestDay.iso,
                        "max": SupportedRange.latestDay.iso,
                    ]
                )
                bad = true
                continue
            }
            out.append(CalendarException(name: words.joined(separator: " "), from: from, to: to, intervals: hours))
        }
        return bad ? nil : out
    }

    private static func intervals(_ value: Input.Value, _ field: String, _ errors: inout FieldErrors) -> [WorkInterval]? {
        guard case .array(let items) = value else {
            errors.add(field, .invalidType, ["expected": "array of HH:MM-HH:MM"])
            return nil
        }
        var out: [WorkInterval] = []
        for (i, item) in items.enumerated() {
            guard case .string(let text) = item else {
                errors.add("\(field)[\(i)]", .invalidType, ["expected": "HH:MM-HH:MM"])
                return nil
            }
            let t = text.trimmingWhitespace()
            if t.isEmpty { continue }
            let parts = t.split(separator: "-").map { String($0).trimmingWhitespace() }
            guard parts.count == 2, let iv = WorkInterval(parts[0], parts[1]) else {
                errors.add("\(field)[\(i)]", .invalidFormat, ["pattern": "HH:MM-HH:MM"])
                return nil
            }
            out.append(iv)
        }
        return out
    }
}

extension PlanCalendar {
    var auditFields: [String: String?] {
        [
            "name": calendar.name,
            "week": calendar.week.days.map { $0.map { "\(WorkInterval.text($0.start))-\(WorkInterval.text($0.end))" }.joined(separator: ",") }
                .joined(separator: " | "),
            "exceptions": String(calendar.exceptions.count),
        ]
    }
}
