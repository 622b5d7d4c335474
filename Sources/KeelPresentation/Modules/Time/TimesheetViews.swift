import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The timesheet pages: a person's week as a grid of hours (accounts × days), the team's timesheets
/// with the approval queue, one timesheet with its decision forms, and people's cost rates.
package enum TimesheetViews {
    /// Rows of the week grid a form may send; higher row numbers are ignored.
    package static let maxRows = 200

    package static func t(_ ctx: ViewContext, _ x: TimeText) -> String { ctx.t(.time(x)) }

    package static func nav(_ project: Project) -> Layout.ProjectNav {
        .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .time)
    }

    package static func badge(_ ctx: ViewContext, _ s: TimesheetStatus) -> HTML {
        let cls = s == .submitted || s == .rejected ? " late" : ""
        return "<span class=\"badge ts-\(s.rawValue)\(cls)\">\(t(ctx, .status(s)))</span>"
    }

    package static func hours(_ centihours: Int64) -> String { FixedPoint.format(centihours, digits: 2) }

    package static func accountLabel(_ a: BookableAccount) -> String {
        let name = a.taskName ?? (a.account.name.isEmpty ? "" : a.account.name)
        return name.isEmpty ? a.account.code : "\(a.account.code) · \(name)"
    }

    package static func dayHeader(_ ctx: ViewContext, _ day: Day) -> HTML {
        let c = day.components
        return "\(t(ctx, .weekday(day.weekday)))<br><span class=\"muted\">\(String(c.month))-\(String(c.day))</span>"
    }

    /// The links between the timesheet pages the caller may open.
    package static func links(_ ctx: ViewContext, _ project: Project, _ can: TimeAbilities) -> HTML {
        let base = "/projects/\(project.id.description)"
        var items: [HTML] = []
        if can.book { items.append("<a href=\"\(base)/time\">\(t(ctx, .openMine))</a>") }
        items.append("<a href=\"\(base)/timesheets\">\(t(ctx, .openTeam))</a>")
        if can.viewTeam { items.append("<a href=\"\(base)/finance/rates\">\(t(ctx, .openRates))</a>") }
        return "<p class=\"actions\">\(items.map { "\($0) " as HTML })</p>"
    }

    /// Form values of the grid for stored entries: one row per account, the note of its first noted day.
    package static func gridValues(_ d: TimesheetDetail) -> (values: [String: String], rows: Int) {
        var order: [ID<CostAccount>] = []
        for e in d.entries where !order.contains(e.costAccountID) { order.append(e.costAccountID) }
        var values: [String: String] = [:]
        for (i, account) in order.enumerated() {
            values["rows[\(i)][account]"] = account.description
            for e in d.entries where e.costAccountID == account {
                values["rows[\(i)][d\(d.weekStart.days(until: e.day))]"] = hours(e.centihours)
                if values["rows[\(i)][note]"] == nil, !e.note.isEmpty { values["rows[\(i)][note]"] = e.note }
            }
        }
        return (values, order.count)
    }

    package static func week(
        _ ctx: ViewContext,
        project: Project,
        detail d: TimesheetDetail,
        can: TimeAbilities,
        values: [String: String],
        rowCount: Int,
        errors: [String: [String]]
    ) -> HTML {
        let base = "/projects/\(project.id.description)"
        let days = (0..<7).map { d.weekStart.adding(days: $0) }
        let status = d.sheet?.status ?? .draft
        let weekLabel = t(ctx, .weekOf(ctx.day(d.weekStart)))
        let weekNav: HTML = """
            <p class="actions"><a href="\(base)/time?week=\(d.weekStart.adding(days: -7).iso)">\(t(ctx, .previousWeek))</a>
            <a href="\(base)/time">\(t(ctx, .thisWeek))</a>
            <a href="\(base)/time?week=\(d.weekStart.adding(days: 7).iso)">\(t(ctx, .nextWeek))</a></p>
            """
        var notices: [HTML] = []
        if status == .rejected { notices.append("<div class=\"alert\" role=\"status\">\(t(ctx, .rejectedBecause(d.sheet?.reason ?? "")))</div>") }
        if status == .submitted { notices.append("<p class=\"muted\">\(t(ctx, .lockedSubmitted))</p>") }
        if status == .approved { notices.append("<p class=\"muted\">\(t(ctx, .lockedApproved))</p>") }

        let body: HTML
        if d.accounts.isEmpty && d.entries.isEmpty {
            body = "<div class=\"empty\"><p>\(t(ctx, .noLabourAccounts))</p></div>"
        } else if d.callerMayEdit {
            body = grid(ctx, project: project, detail: d, days: days, values: values, rowCount: rowCount, errors: errors)
        } else {
            body = entriesTable(ctx, d)
        }
        let submit: HTML =
            d.callerMayEdit && d.sheet != nil && !d.entries.isEmpty
            ? """
            <form method="post" action="\(base)/time/\(d.weekStart.iso)/submit" class="inline">\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(d.sheet!.version))">
            <button type="submit" data-confirm="\(t(ctx, .confirmSubmit))">\(t(ctx, .submitWeek))</button></form>
            """ : .empty
        let submitErrors: HTML =
            (errors["_submit"] ?? []).isEmpty ? .empty : "<p class=\"error\">\((errors["_submit"] ?? []).map { "<span>\($0)</span> " as HTML })</p>"
        return Layout.page(
            ctx,
            title: t(ctx, .myTimesheet),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .myTimesheet)) <span class="muted">\(weekLabel)</span> \(badge(ctx, status))</h1>
                \(links(ctx, project, can))\(weekNav)\(notices)
                <section class="card" id="week">\(body)\(submitErrors)\(submit)</section>
                """
        )
    }

    /// The editable grid. Cell names: `rows[i][account]`, `rows[i][d0]` … `rows[i][d6]`, `rows[i][note]`.
    package static func grid(
        _ ctx: ViewContext,
        project: Project,
        detail d: TimesheetDetail,
        days: [Day],
        values: [String: String],
        rowCount: Int,
        errors: [String: [String]]
    ) -> HTML {
        let rows = max(rowCount + 2, 3)
        let options: [(String, String)] = [("", "—")] + d.accounts.map { ($0.account.id.description, accountLabel($0)) }
        var dayTotals = [Int64](repeating: 0, count: 7)
        var bodyRows: [HTML] = []
        for i in 0..<rows {
            let accountName = "rows[\(i)][account]"
            let selected = values[accountName] ?? ""
            let opts: [HTML] = options.map { o in
                "<option value=\"\(o.0)\"\(o.0 == selected ? " selected" : "" as HTML)>\(o.1)</option>"
            }
            let invalid: HTML = errors[accountName] != nil ? " aria-invalid=\"true\"" : .empty
            var cells: [HTML] = [
                "<td><select name=\"\(accountName)\" aria-label=\"\(t(ctx, .account)) \(String(i + 1))\"\(invalid)>\(opts)</select></td>"
            ]
            var rowTotal: Int64 = 0
            for (k, day) in days.enumerated() {
                let name = "rows[\(i)][d\(k)]"
                let value = values[name] ?? ""
                // Only hours a day can hold count towards the totals (the form may come back with anything).
                if let h = try? FixedPoint.parse(value, digits: 2), (1...TimesheetRules.maxCentihoursPerDay).contains(h) {
                    rowTotal += h
                    dayTotals[k] += h
                }
                let bad: HTML = errors[name] != nil ? " aria-invalid=\"true\"" : .empty
                cells.append(
                    "<td class=\"num\"><input class=\"hours\" name=\"\(name)\" value=\"\(value)\" inputmode=\"decimal\" size=\"4\" aria-label=\"\(t(ctx, .weekday(day.weekday))) \(day.iso) · \(String(i + 1))\"\(bad)></td>"
                )
            }
            cells.append(
                "<td><input name=\"rows[\(i)][note]\" value=\"\(values["rows[\(i)][note]"] ?? "")\" aria-label=\"\(t(ctx, .note)) \(String(i + 1))\"></td>"
            )
            cells.append("<td class=\"num\">\(rowTotal > 0 ? hours(rowTotal) : "")</td>")
            bodyRows.append("<tr>\(cells)</tr>")
        }
        let heads: [HTML] = days.map { "<th scope=\"col\" class=\"num\">\(dayHeader(ctx, $0))</th>" }
        let totals: [HTML] = dayTotals.map { "<td class=\"num\">\($0 > 0 ? hours($0) : "")</td>" }
        let all = dayTotals.reduce(0, +)
        var messages: [HTML] = []
        for key in errors.keys.sorted() where key != "_submit" {
            for m in errors[key]! { messages.append("<li>\(label(ctx, key, days)): \(m)</li>") }
        }
        let summary: HTML = messages.isEmpty ? .empty : "<div class=\"alert\" role=\"alert\">\(ctx.t(.fixErrors))<ul>\(messages)</ul></div>"
        let version: HTML = d.sheet.map { "<input type=\"hidden\" name=\"_version\" value=\"\(String($0.version))\">" } ?? .empty
        return """
            <form method="post" action="/projects/\(project.id.description)/time/\(d.weekStart.iso)">\(ctx.csrfField)\(version)\(summary)
            <div class="table-wrap"><table class="data timesheet"><thead><tr><th scope="col">\(t(ctx, .account))</th>\(heads)
            <th scope="col">\(t(ctx, .note))</th><th scope="col" class="num">\(t(ctx, .total))</th></tr></thead>
            <tbody>\(bodyRows)</tbody><tfoot><tr><th scope="row">\(t(ctx, .dayTotal))</th>\(totals)<td></td><td class="num">\(all > 0 ? hours(all) : "")</td></tr></tfoot></table></div>
            <p class="help">\(t(ctx, .hoursHelp)) \(t(ctx, .addRows))</p>
            <div class="buttons"><button type="submit">\(t(ctx, .saveHours))</button></div></form>
            """
    }

    /// "Wed 2026-11-25 · row 2" for a grid cell's error.
    package static func label(_ ctx: ViewContext, _ key: String, _ days: [Day]) -> String {
        // rows[i][dK] / rows[i][account]
        let parts = key.split(whereSeparator: { $0 == "[" || $0 == "]" }).map(String.init)
        guard parts.count >= 3, let row = Int(parts[1]) else { return key }
        let field = parts[2]
        if field.hasPrefix("d"), let k = Int(field.dropFirst()), days.indices.contains(k) {
            return "\(t(ctx, .weekday(days[k].weekday))) \(days[k].iso) · \(String(row + 1))"
        }
        return "\(t(ctx, .account)) \(String(row + 1))"
    }

    /// The entries of a timesheet that no longer changes (or someone else's), with their cost.
    package static func entriesTable(_ ctx: ViewContext, _ d: TimesheetDetail, project: Project? = nil) -> HTML {
        guard !d.entries.isEmpty else { return "<p class=\"muted\">\(t(ctx, .noTimesheets))</p>" }
        let names = Dictionary(d.accounts.map { ($0.account.id, accountLabel($0)) }, uniquingKeysWith: { a, _ in a })
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: d.currency)) }
        let rows: [HTML] = d.entries.enumerated().map { i, e in
            let cost: HTML = d.costs[i].map { "\(money($0))" as HTML } ?? "<span class=\"badge late\">\(t(ctx, .noRateOn(ctx.day(e.day))))</span>"
            var posted: HTML = .empty
            if let id = e.ledgerEntryID, let n = d.ledgerNumbers[id], let project {
                posted = "<a href=\"/projects/\(project.id.description)/finance/ledger/\(id.description)\">#\(String(n))</a>"
            }
            return """
                <tr><td>\(ctx.day(e.day)) <span class="muted">\(t(ctx, .weekday(e.day.weekday)))</span></td><td>\(names[e.costAccountID] ?? "")</td>
                <td class="num">\(hours(e.centihours))</td><td>\(e.note)</td><td class="num">\(cost)</td><td>\(posted)</td></tr>
                """
        }
        let estimate: HTML = d.sheet?.status == .approved ? .empty : "<p class=\"help\">\(t(ctx, .estimateNote))</p>"
        return """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.finance(.date)))</th><th scope="col">\(t(ctx, .account))</th>
            <th scope="col" class="num">\(t(ctx, .hours))</th><th scope="col">\(t(ctx, .note))</th><th scope="col" class="num">\(t(ctx, .cost))</th>
            <th scope="col">\(t(ctx, .ledgerEntry))</th></tr></thead><tbody>\(rows)</tbody>
            <tfoot><tr><th scope="row" colspan="2">\(t(ctx, .total))</th><td class="num">\(hours(d.totalCentihours))</td><td></td><td class="num">\(money(d.totalCost))</td><td></td></tr></tfoot>
            </table></div>\(estimate)
            """
    }

    package static func team(
        _ ctx: ViewContext,
        project: Project,
        sheets: [TimesheetSummary],
        waiting: [TimesheetSummary],
        can: TimeAbilities,
        filter: TimesheetRepository.Filter,
        errors: [FieldError]
    ) -> HTML {
        let base = "/projects/\(project.id.description)"
        func table(_ list: [TimesheetSummary]) -> HTML {
            let rows: [HTML] = list.map { s in
                """
                <tr><td><a href="\(base)/timesheets/\(s.sheet.id.description)">\(s.person)</a></td><td>\(ctx.day(s.sheet.weekStart))</td>
                <td>\(badge(ctx, s.sheet.status))</td><td class="num">\(hours(s.centihours))</td></tr>
                """
            }
            return """
                <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .person))</th><th scope="col">\(t(ctx, .week))</th>
                <th scope="col">\(ctx.t(.status))</th><th scope="col" class="num">\(t(ctx, .hours))</th></tr></thead><tbody>\(rows)</tbody></table></div>
                """
        }
        let queue: HTML =
            can.approve && !waiting.isEmpty
            ? "<section class=\"card\" id=\"queue\"><h2>\(t(ctx, .waiting(waiting.count)))</h2>\(table(waiting))</section>" : .empty
        let statusOptions: [HTML] =
            [("", t(ctx, .allStatuses))].map { "<option value=\"\($0.0)\">\($0.1)</option>" }
            + TimesheetStatus.allCases.map { s in
                "<option value=\"\(s.rawValue)\"\(filter.status == s ? " selected" : "" as HTML)>\(t(ctx, .status(s)))</option>"
            }
        // A wrong status names the statuses as the page does, not as the API's codes.
        let shown = errors.map { e in
            guard e.field == "status", e.code == .invalidChoice else { return e }
            let names = TimesheetStatus.allCases.map { t(ctx, .status($0)) }.joined(separator: ctx.locale == .en ? ", " : "、")
            return FieldError("status", .invalidChoice, ["choices": names])
        }
        let f = FormKit(ctx, errors: shown, values: ["week": filter.week?.iso ?? ""])
        var query: [String] = []
        if let status = filter.status { query.append("status=" + status.rawValue) }
        if let week = filter.week { query.append("week=" + week.iso) }
        let csvQuery = query.isEmpty ? "" : "?" + query.joined(separator: "&")
        let list: HTML = sheets.isEmpty ? "<div class=\"empty\"><p>\(t(ctx, .noTimesheets))</p></div>" : table(sheets)
        return Layout.page(
            ctx,
            title: t(ctx, .teamTimesheets),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .teamTimesheets))</h1>\(links(ctx, project, can))\(queue)
                <section class="card" id="all"><form method="get" action="\(base)/timesheets" class="filters">
                <div class="field"><label for="f-status">\(ctx.t(.status))</label><select id="f-status" name="status">\(statusOptions)</select>\(f.errorsFor("status"))</div>
                \(f.field("week", .time(.week), kind: .date))<div class="buttons"><button type="submit">\(t(ctx, .filter))</button></div></form>
                \(list)<p><a href="\(base)/timesheets.csv\(csvQuery)">\(ctx.t(.exportCSV))</a></p></section>
                """
        )
    }

    /// The listed timesheets as CSV (text neutralised against spreadsheet formulas by the writer).
    package static func csv(_ sheets: [TimesheetSummary]) -> String {
        var w = CSVWriter(header: ["person", "user_id", "week_start", "status", "hours"])
        for s in sheets {
            w.append([s.person, s.sheet.userID.description, s.sheet.weekStart.iso, s.sheet.status.rawValue, hours(s.centihours)])
        }
        return w.text
    }

    package static func detail(
        _ ctx: ViewContext,
        project: Project,
        detail d: TimesheetDetail,
        can: TimeAbilities,
        decision: FormKit,
        names: [String: String]
    ) -> HTML {
        let base = "/projects/\(project.id.description)"
        let status = d.sheet?.status ?? .draft
        var facts: [HTML] = []
        if let at = d.sheet?.submittedAt {
            facts.append("<li>\(t(ctx, .submittedAt)): \(at.prefix(16).replacingOccurrences(of: "T", with: " "))</li>")
        }
        if let by = d.sheet?.decidedBy { facts.append("<li>\(t(ctx, .decidedBy(names[by] ?? by)))</li>") }
        if status == .rejected, let r = d.sheet?.reason { facts.append("<li>\(t(ctx, .rejectedBecause(r)))</li>") }
        let missing: HTML =
            d.daysWithoutRate.isEmpty || status == .approved
            ? .empty
            : "<div class=\"alert\" role=\"status\">\(t(ctx, .daysWithoutRate(d.daysWithoutRate.map { ctx.day($0) }.joined(separator: ", "))))</div>"
        var problems: [HTML] = []
        for e in decision.errors.values.flatMap({ $0 }) {
            if e.field.hasSuffix(".rate") {
                problems.append("<li>\(t(ctx, .noRateOn(e.detail["day"].flatMap(Day.init(iso:)).map { ctx.day($0) } ?? "")))</li>")
            } else if e.field != "reason" {
                problems.append("<li>\(ctx.t(.fieldError(e)))</li>")
            }
        }
        let problemList: HTML = problems.isEmpty ? .empty : "<div class=\"alert\" role=\"alert\">\(ctx.t(.fixErrors))<ul>\(problems)</ul></div>"
        var forms: HTML = .empty
        if d.callerMayDecide, let sheet = d.sheet {
            var f = decision
            f.idPrefix = "reject-"
            forms = """
                <section class="card" id="decide">\(problemList)<p class="help">\(t(ctx, .postedNote))</p>
                <form method="post" action="\(base)/timesheets/\(sheet.id.description)/approve" class="inline">\(ctx.csrfField)
                <input type="hidden" name="_version" value="\(String(sheet.version))"><button type="submit">\(t(ctx, .approveWeek))</button></form>
                <form method="post" action="\(base)/timesheets/\(sheet.id.description)/reject" class="form">\(ctx.csrfField)
                <input type="hidden" name="_version" value="\(String(sheet.version))">\(f.field("reason", .time(.reason), kind: .textarea, required: true))
                <div class="buttons"><button type="submit" class="secondary">\(t(ctx, .rejectWeek))</button></div></form></section>
                """
        }
        return Layout.page(
            ctx,
            title: "\(d.person) · \(t(ctx, .weekOf(ctx.day(d.weekStart))))",
            project: nav(project),
            body: """
                <h1>\(d.person) <span class="muted">\(t(ctx, .weekOf(ctx.day(d.weekStart))))</span> \(badge(ctx, status))</h1>
                \(links(ctx, project, can))<ul class="facts">\(facts)</ul>\(missing)
                <section class="card" id="entries">\(entriesTable(ctx, d, project: project))</section>\(forms)
                """
        )
    }

    package static func rates(_ ctx: ViewContext, project: Project, rates: [RateRow], people: [User], can: TimeAbilities, form: FormKit) -> HTML {
        let base = "/projects/\(project.id.description)"
        let currency = project.charter.budget.currency
        let rows: [HTML] = rates.map { r in
            let delete: HTML =
                can.editRates
                ? postButton(
                    ctx,
                    "\(base)/finance/rates/\(r.rate.userID.description)/\(r.rate.effectiveFrom.iso)/delete",
                    label: ctx.t(.delete),
                    version: nil,
                    confirm: ctx.t(.delete)
                ) : .empty
            return """
                <tr><td>\(r.person)</td><td>\(ctx.day(r.rate.effectiveFrom))</td><td class="num">\(ctx.money(Money(minor: r.rate.hourly, currency: currency)))</td>
                <td>\(delete)</td></tr>
                """
        }
        let table: HTML =
            rates.isEmpty
            ? "<div class=\"empty\"><p>\(t(ctx, .noRates))</p></div>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .person))</th><th scope="col">\(t(ctx, .effectiveFrom))</th>
            <th scope="col" class="num">\(t(ctx, .hourlyRate))</th><th scope="col"><span class="visually-hidden">\(ctx.t(.delete))</span></th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        var addForm: HTML = .empty
        if can.editRates {
            let options = [(value: "", label: "—")] + people.map { (value: $0.id.description, label: $0.displayName) }
            addForm = """
                <section class="card" id="add"><h2>\(t(ctx, .addRate))</h2>
                <form method="post" action="\(base)/finance/rates" class="form">\(ctx.csrfField)\(form.errorSummary())
                <div class="grid2">\(form.field("user_id", .time(.person), kind: .select(options), required: true))
                \(form.field("effective_from", .time(.effectiveFrom), kind: .date, required: true))
                \(form.field("hourly_rate", .time(.hourlyRate), kind: .number, required: true))</div>
                <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form></section>
                """
        }
        return Layout.page(
            ctx,
            title: t(ctx, .costRates),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .costRates))</h1>\(links(ctx, project, can))<p class="muted">\(t(ctx, .ratesHelp))</p>
                <section class="card" id="rates">\(table)</section>\(addForm)
                """
        )
    }
}
