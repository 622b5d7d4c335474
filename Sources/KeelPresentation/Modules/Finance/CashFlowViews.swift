import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The cash-flow page: balance now and lowest within the horizon, the warning, the projected balance
/// by week as a chart, weekly and monthly tables, the planned customer payments and the assumptions.
package enum CashFlowViews {
    package static func t(_ ctx: ViewContext, _ x: CashText) -> String { ctx.t(.cash(x)) }

    package static func amountText(_ minor: Int64, _ c: Currency) -> String { FixedPoint.format(minor, digits: c.minorDigits) }

    package static func settingsValues(_ s: CashSettings, _ c: Currency) -> [String: String] {
        [
            "opening_balance": amountText(s.openingBalance, c), "threshold": amountText(s.threshold, c), "horizon_weeks": String(s.horizonWeeks),
            "supplier_terms_days": String(s.supplierTermsDays),
        ]
    }

    package static func inflowValues(_ i: PlannedInflow, _ c: Currency) -> [String: String] {
        [
            "name": i.name, "amount": amountText(i.amount, c), "task_id": i.taskID?.description ?? "", "invoice_date": i.invoiceDate?.iso ?? "",
            "terms_days": String(i.termsDays),
        ]
    }

    package static func warningText(_ ctx: ViewContext, _ f: CashFlowForecast, _ c: Currency) -> HTML {
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: c)) }
        if let w = f.warning {
            return
                "<div class=\"alert\" role=\"alert\" id=\"cash-warning\">\(t(ctx, .warning(ctx.day(w.firstDay), money(w.lowest), money(w.threshold))))</div>"
        }
        return "<p class=\"muted\">\(t(ctx, .noWarning(money(f.settings.threshold))))</p>"
    }

    package static func periodTable(_ ctx: ViewContext, _ periods: [CashPeriod], _ c: Currency, label: (CashPeriod) -> String) -> HTML {
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: c)) }
        let rows: [HTML] = periods.map { p in
            let below =
                p.closingBalance < 0 ? " <span class=\"badge crit\">\(money(p.closingBalance))</span>" as HTML : "\(money(p.closingBalance))" as HTML
            return """
                <tr><td>\(label(p))</td><td class="num">\(money(p.inflow))</td><td class="num">\(money(p.outflow))</td><td class="num">\(money(p.net))</td>
                <td class="num">\(p.forecastNet == 0 ? "" : money(p.forecastNet))</td><td class="num">\(below)</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .period))</th><th scope="col" class="num">\(t(ctx, .inflow))</th>
            <th scope="col" class="num">\(t(ctx, .outflow))</th><th scope="col" class="num">\(t(ctx, .net))</th><th scope="col" class="num">\(t(ctx, .forecastPart))</th>
            <th scope="col" class="num">\(t(ctx, .closingBalance))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }

    package static func page(
        _ ctx: ViewContext,
        project: Project,
        report r: CashFlowReport,
        tasks: [PlanTask],
        inflowForm: FormKit,
        settingsForm: FormKit,
        canEdit: Bool
    ) -> HTML {
        let base = "/projects/\(project.id.description)/finance"
        let c = r.currency
        let f = r.forecast
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: c)) }
        let tiles: [HTML] = [
            FinanceViews.tile(t(ctx, .balanceNow), money(f.balanceAtAsOf), "\(t(ctx, .asOf)) \(ctx.day(f.asOf))"),
            FinanceViews.tile(t(ctx, .lowestInHorizon), money(f.lowestInHorizon.balance), ctx.day(f.lowestInHorizon.day)),
            FinanceViews.tile(t(ctx, .expectedIn), money(f.expectedIn)), FinanceViews.tile(t(ctx, .expectedOut), money(f.expectedOut)),
            FinanceViews.tile(t(ctx, .openingBalance), money(f.settings.openingBalance), t(ctx, .weeksCount(f.settings.horizonWeeks))),
        ]
        let chartWeeks = f.weeks
        let scale = pow(10.0, Double(c.minorDigits))
        let chart = LineChart(
            id: "cash-balance",
            title: t(ctx, .balanceChart),
            description: t(ctx, .balanceChartDescription),
            xLabels: chartWeeks.map { ctx.day($0.through) },
            series: [
                .init(name: t(ctx, .balance), values: chartWeeks.map { Double($0.closingBalance) / scale }),
                .init(name: t(ctx, .thresholdLine), values: chartWeeks.map { _ in Double(f.settings.threshold) / scale }),
            ],
            format: { ChartKit.fmt($0) }
        ).render()
        let horizonWeeks = f.weeks.filter { $0.through >= f.asOf && $0.from <= f.horizonEnd }
        let weekly = periodTable(ctx, horizonWeeks, c) { "\(ctx.day($0.from)) – \(ctx.day($0.through))" }
        let monthly = periodTable(ctx, f.months, c) { AccountingPeriod(containing: $0.from).text }
        let soon = f.movements.filter { $0.forecast && $0.day <= f.horizonEnd }
        let movementRows: [HTML] = soon.map { m in
            let late: HTML = m.overdue ? " <span class=\"badge late\">\(t(ctx, .overdue))</span>" : .empty
            return
                "<tr><td>\(ctx.day(m.day))</td><td>\(t(ctx, .source(m.source)))\(late)</td><td>\(m.label)</td><td class=\"num\">\(money(m.amount))</td></tr>"
        }
        let movements: HTML =
            soon.isEmpty
            ? .empty
            : """
            <section class="card" id="movements"><h2>\(t(ctx, .movements))</h2><div class="table-wrap"><table class="data"><thead><tr>
            <th scope="col">\(ctx.t(.finance(.date)))</th><th scope="col">\(ctx.t(.category))</th><th scope="col">\(t(ctx, .inflowName))</th>
            <th scope="col" class="num">\(t(ctx, .amount))</th></tr></thead><tbody>\(movementRows)</tbody></table></div></section>
            """
        let inflowRows: [HTML] = r.inflows.map { row in
            let trigger: String = row.taskName ?? (row.inflow.taskID == nil ? t(ctx, .fixedDate) : "—")
            let edit: HTML = canEdit ? "<a href=\"\(base)/cash-flow/inflows/\(row.inflow.id.description)\">\(ctx.t(.edit))</a>" : .empty
            return """
                <tr><td>\(row.inflow.name)</td><td class="num">\(money(row.inflow.amount))</td><td>\(trigger)</td><td>\(ctx.day(row.invoiceDay))</td>
                <td class="num">\(t(ctx, .days(row.inflow.termsDays)))</td><td>\(ctx.day(row.expected))</td><td>\(edit)</td></tr>
                """
        }
        let inflowTable: HTML =
            r.inflows.isEmpty
            ? "<div class=\"empty\"><p>\(t(ctx, .noInflows))</p></div>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .inflowName))</th><th scope="col" class="num">\(t(ctx, .amount))</th>
            <th scope="col">\(t(ctx, .milestone))</th><th scope="col">\(t(ctx, .invoiceDate))</th><th scope="col" class="num">\(t(ctx, .termsDays))</th>
            <th scope="col">\(t(ctx, .expected))</th><th scope="col"><span class="visually-hidden">\(ctx.t(.edit))</span></th></tr></thead>
            <tbody>\(inflowRows)</tbody></table></div>
            """
        let unplaced: HTML = f.unplaced.isEmpty ? .empty : "<p class=\"badge late\">\(t(ctx, .unplaced(f.unplaced.joined(separator: ", "))))</p>"
        var forms: HTML = .empty
        if canEdit {
            var i = inflowForm
            i.idPrefix = "inflow-"
            var s = settingsForm
            s.idPrefix = "cash-"
            forms = """
                <section class="card" id="add-inflow"><h2>\(t(ctx, .addInflow))</h2>
                <form method="post" action="\(base)/cash-flow/inflows" class="form">\(ctx.csrfField)\(i.errorSummary())\(inflowFields(ctx, i, tasks: tasks))
                <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form></section>
                <section class="card" id="settings"><h2>\(t(ctx, .settings))</h2>\(r.configured ? "" as HTML : "<p class=\"muted\">\(t(ctx, .notConfigured))</p>" as HTML)
                <form method="post" action="\(base)/cash-flow/settings" class="form">\(ctx.csrfField)\(s.errorSummary())
                <div class="grid2">\(s.field("opening_balance", .cash(.openingBalance), kind: .number, help: .cash(.settingsHelp)))
                \(s.field("threshold", .cash(.threshold), kind: .number))\(s.field("horizon_weeks", .cash(.horizonWeeks), kind: .number))
                \(s.field("supplier_terms_days", .cash(.supplierTerms), kind: .number))</div>
                <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form></section>
                """
        }
        return Layout.page(
            ctx,
            title: t(ctx, .cashFlow),
            project: FinanceViews.nav(project),
            body: """
                <h1>\(t(ctx, .cashFlow))</h1>
                <p class="muted">\(t(ctx, .cashFlowHelp)) <a href="\(base)">\(ctx.t(.finance(.financeTitle)))</a></p>
                <form method="get" action="\(base)/cash-flow" class="filters"><div class="field"><label for="as-of">\(t(ctx, .asOf))</label>
                <input id="as-of" type="date" name="as_of" value="\(f.asOf.iso)"></div><div class="buttons"><button type="submit">\(ctx.t(.finance(.show)))</button></div></form>
                \(warningText(ctx, f, c))
                <ul class="tiles" aria-label="\(t(ctx, .cashFlow))">\(tiles)</ul>
                <section class="card" id="chart">\(chart)</section>
                <section class="card" id="weeks"><h2>\(t(ctx, .byWeek))</h2>\(weekly)<p><a href="\(base)/cash-flow.csv?as_of=\(f.asOf.iso)">\(ctx.t(.exportCSV))</a></p></section>
                \(movements)
                <section class="card" id="months"><h2>\(t(ctx, .byMonth))</h2>\(monthly)</section>
                <section class="card" id="inflows"><h2>\(t(ctx, .plannedInflows))</h2><p class="help">\(t(ctx, .inflowHelp))</p>\(unplaced)\(inflowTable)</section>
                \(forms)
                """
        )
    }

    package static func inflowFields(_ ctx: ViewContext, _ f: FormKit, tasks: [PlanTask]) -> HTML {
        let options = [(value: "", label: "—")] + tasks.map { (value: $0.id.description, label: FinanceViews.taskLabel($0)) }
        return """
            <div class="grid2">\(f.field("name", .cash(.inflowName), required: true))\(f.field("amount", .cash(.amount), kind: .number, required: true))
            \(f.field("task_id", .cash(.milestone), kind: .select(options)))\(f.field("invoice_date", .cash(.invoiceDate), kind: .date))
            \(f.field("terms_days", .cash(.termsDays), kind: .number))</div>
            """
    }

    package static func editInflow(_ ctx: ViewContext, project: Project, inflow: PlannedInflow, tasks: [PlanTask], form: FormKit) -> HTML {
        let base = "/projects/\(project.id.description)/finance/cash-flow"
        return Layout.page(
            ctx,
            title: inflow.name,
            project: FinanceViews.nav(project),
            body: """
                <h1>\(inflow.name)</h1><p><a href="\(base)#inflows">\(t(ctx, .cashFlow))</a></p>
                <section class="card"><form method="post" action="\(base)/inflows/\(inflow.id.description)" class="form">\(ctx.csrfField)
                <input type="hidden" name="_version" value="\(String(inflow.version))">\(form.errorSummary())\(inflowFields(ctx, form, tasks: tasks))
                <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form>
                \(postButton(ctx, "\(base)/inflows/\(inflow.id.description)/delete", label: ctx.t(.delete), version: inflow.version, confirm: ctx.t(.delete), style: "danger"))</section>
                """
        )
    }

    package static func slot(_ ctx: ViewContext, base: String, _ r: CashFlowReport?) -> HTML {
        guard let r, r.configured || !r.inflows.isEmpty else {
            return """
                <section class="card slot"><h2>\(ctx.t(.slotCash))</h2><p class="badge">\(ctx.t(.notSetUp))</p><p class="muted">\(ctx.t(.slotCashBody))</p>
                <p><a href="\(base)/finance/cash-flow">\(t(ctx, .cashFlow))</a></p></section>
                """
        }
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: r.currency)) }
        let f = r.forecast
        return """
            <section class="card"><h2>\(ctx.t(.slotCash))</h2>\(warningText(ctx, f, r.currency))
            <dl class="facts"><dt>\(t(ctx, .balanceNow))</dt><dd>\(money(f.balanceAtAsOf))</dd><dt>\(t(ctx, .lowestInHorizon))</dt>
            <dd>\(money(f.lowestInHorizon.balance)) <span class="muted">\(ctx.day(f.lowestInHorizon.day))</span></dd></dl>
            <p><a href="\(base)/finance/cash-flow">\(t(ctx, .openCashFlow))</a></p></section>
            """
    }

    package static func csv(_ r: CashFlowReport) -> String {
        let c = r.currency
        var w = CSVWriter(header: ["week_from", "week_through", "inflow", "outflow", "net", "forecast_net", "closing_balance", "currency"])
        for p in r.forecast.weeks {
            w.append([
                p.from.iso, p.through.iso, amountText(p.inflow, c), amountText(p.outflow, c), amountText(p.net, c), amountText(p.forecastNet, c),
                amountText(p.closingBalance, c), c.code,
            ])
        }
        return w.text
    }
}
