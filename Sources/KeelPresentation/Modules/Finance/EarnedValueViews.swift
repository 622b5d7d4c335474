import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The earned value page (figures at a status date, the S-curve, the WBS table, each task's method)
/// and the dashboard's earned value slot.
package enum EarnedValueViews {
    package static func t(_ ctx: ViewContext, _ f: FinanceText) -> String { ctx.t(.finance(f)) }

    package static func index(_ v: Double?) -> String { v.map { Rounding.threeDecimals($0) } ?? "—" }

    /// Good (≥ 1), watch (≥ 0.9) or bad, the usual bands for CPI and SPI.
    package static func band(_ v: Double?) -> String {
        guard let v = v.map(Rounding.thousandths) else { return "" }
        return v >= 1 ? "green" : v >= 0.9 ? "amber" : "red"
    }

    package static func indexBadge(_ v: Double?) -> HTML {
        guard v != nil else { return "—" }
        return "<span class=\"rag rag-\(band(v))\" aria-hidden=\"true\"></span>\(index(v))"
    }

    package static func page(
        _ ctx: ViewContext,
        project: Project,
        report r: EarnedValueReport,
        series: [EarnedValuePoint],
        tasks: [PlanTask],
        methods: [ID<PlanTask>: EarnedValueMethod],
        methodForm: FormKit
    ) -> HTML {
        let base = "/projects/\(project.id.description)/finance"
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: r.currency)) }
        let m = r.project
        func tile(_ label: String, _ value: HTML, _ note: String? = nil) -> HTML {
            let extra: HTML = note.map { "<span class=\"muted\">\($0)</span>" } ?? .empty
            return "<li class=\"tile\"><span class=\"tile-label\">\(label)</span><span class=\"tile-value\">\(value)</span>\(extra)</li>"
        }
        let dateForm: HTML = """
            <form method="get" action="\(base)/earned-value" class="form filters"><div class="grid2">
            <div class="field"><label for="status-date">\(t(ctx, .statusDate))</label><input id="status-date" name="status_date" type="date" value="\(r.statusDate.iso)"></div></div>
            <div class="buttons"><button type="submit">\(t(ctx, .show))</button> <a href="\(base)/earned-value.csv?status_date=\(r.statusDate.iso)">CSV</a></div></form>
            """
        guard r.baseline != nil else {
            return Layout.page(
                ctx,
                title: t(ctx, .earnedValue),
                project: FinanceViews.nav(project),
                body: """
                    <h1>\(t(ctx, .earnedValue))</h1>
                    <p class="muted">\(t(ctx, .noBaseline))</p><p><a class="button" href="\(base)/budgets">\(t(ctx, .openBudgets))</a></p>
                    """
            )
        }
        var tiles: [HTML] = [
            tile(t(ctx, .bac), "\(money(m.bac))", m.percentComplete.map { t(ctx, .percentEarned($0)) }),
            tile(t(ctx, .pv), "\(money(m.pv))"), tile(t(ctx, .ev), "\(money(m.ev))"), tile(t(ctx, .ac), "\(money(m.ac))"),
            tile(t(ctx, .cpi), indexBadge(m.cpi), "\(t(ctx, .cv)) \(money(m.cv))"),
            tile(t(ctx, .spi), indexBadge(m.spi), "\(t(ctx, .sv)) \(money(m.sv))"),
            tile(t(ctx, .eac), "\(m.eac.map(money) ?? "—")", t(ctx, .eacOthers(money(m.eacAtBudgetRate), m.eacCostAndSchedule.map(money) ?? "—"))),
            tile(t(ctx, .etc), "\(m.etc.map(money) ?? "—")", m.vac.map { "\(t(ctx, .vac)) \(money($0))" }),
            tile(t(ctx, .tcpi), "\(index(m.tcpiToBAC))"),
        ]
        if let es = r.earnedSchedule {
            tiles.append(tile(t(ctx, .earnedSchedule), "\(t(ctx, .workDays(es.earnedSchedule)))", t(ctx, .esOf(es.earnedSchedule, es.actualTime))))
            tiles.append(tile(t(ctx, .svt), "\(t(ctx, .workDays(es.scheduleVariance))) · \(index(es.spi))"))
            tiles.append(
                tile(
                    t(ctx, .ieac),
                    "\(es.forecastDuration.map { t(ctx, .workDays($0)) } ?? "—")",
                    r.plannedSpan.map { "\(ctx.day($0.lowerBound)) – \(ctx.day($0.upperBound))" }
                )
            )
        }
        var scale = 1.0
        for _ in 0..<r.currency.minorDigits { scale *= 10 }
        let upToStatus = series.map { $0.day <= r.statusDate }
        let chart = LineChart(
            id: "s-curve",
            title: t(ctx, .sCurve),
            description: t(ctx, .sCurveDescription),
            xLabels: series.map { ctx.day($0.day) },
            series: [
                LineChart.Series(name: t(ctx, .pv), values: series.map { Double($0.metrics.pv) / scale }),
                LineChart.Series(name: t(ctx, .ev), values: zip(series, upToStatus).map { $1 ? Double($0.metrics.ev) / scale : nil }),
                LineChart.Series(name: t(ctx, .ac), values: zip(series, upToStatus).map { $1 ? Double($0.metrics.ac) / scale : nil }),
            ],
            format: { ctx.money(Money(minor: Int64(($0 * scale).rounded()), currency: r.currency)) }
        )
        let rows: [HTML] = r.rows.map { row in
            let x = row.metrics
            let pad = String(repeating: "\u{2003}", count: row.depth)
            return """
                <tr><td>\(pad)\(row.wbs.isEmpty ? "" : row.wbs + " ")\(row.name)</td><td>\(t(ctx, .evMethod(row.method.code)))</td><td class="num">\(money(x.bac))</td>
                <td class="num">\(money(x.pv))</td><td class="num">\(money(x.ev))</td><td class="num">\(money(x.ac))</td><td class="num">\(indexBadge(x.cpi))</td>
                <td class="num">\(indexBadge(x.spi))</td><td class="num">\(x.eac.map(money) ?? "—")</td></tr>
                """
        }
        let methodOptions = EarnedValueMethod.codes.map { (value: $0, label: t(ctx, .evMethod($0))) }
        let taskOptions = tasks.map {
            (value: $0.id.description, label: FinanceViews.taskLabel($0) + " · " + t(ctx, .evMethod((methods[$0.id] ?? .percentComplete).code)))
        }
        var mf = methodForm
        mf.idPrefix = "method-"
        return Layout.page(
            ctx,
            title: t(ctx, .earnedValue),
            project: FinanceViews.nav(project),
            body: """
                <h1>\(t(ctx, .earnedValue)) <small>\(ctx.day(r.statusDate))</small></h1>
                <p class="muted"><a href="\(base)">\(t(ctx, .financeTitle))</a> · <a href="\(base)/budgets">\(t(ctx, .budgets))</a></p>
                \(dateForm)
                <ul class="tiles" aria-label="\(t(ctx, .earnedValue))">\(tiles)</ul>
                <section class="card">\(chart.render())</section>
                <section class="card" id="wbs"><h2>\(t(ctx, .evRows))</h2>
                <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .taskLabel))</th><th scope="col">\(t(ctx, .methodTitle))</th>
                <th scope="col" class="num">BAC</th><th scope="col" class="num">PV</th><th scope="col" class="num">EV</th><th scope="col" class="num">AC</th>
                <th scope="col" class="num">CPI</th><th scope="col" class="num">SPI</th><th scope="col" class="num">EAC</th></tr></thead><tbody>\(rows)</tbody></table></div></section>
                <section class="card" id="method"><h2>\(t(ctx, .methodTitle))</h2>
                <form method="post" action="\(base)/earned-value/method" class="form">\(ctx.csrfField)\(mf.errorSummary())
                <div class="grid2">\(mf.field("task_id", .finance(.taskLabel), kind: .select(taskOptions), required: true))
                \(mf.field("method", .finance(.methodTitle), kind: .select(methodOptions), required: true))</div>
                \(mf.field("milestones", .finance(.evMethod("weighted_milestones")), kind: .textarea, help: .finance(.milestonesHelp)))\(mf.errorsFor("task_id"))
                <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form></section>
                """
        )
    }

    /// The dashboard slot: CPI, SPI and EAC with a link, or what to set up first.
    package static func slot(_ ctx: ViewContext, base: String, _ r: EarnedValueReport?) -> HTML {
        guard let r, r.baseline != nil else {
            return """
                <section class="card slot"><h2>\(ctx.t(.slotEarnedValue))</h2><p class="badge">\(ctx.t(.notSetUp))</p><p class="muted">\(ctx.t(.slotEarnedValueBody))</p>
                <p><a href="\(base)/finance/budgets">\(t(ctx, .budgets))</a></p></section>
                """
        }
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: r.currency)) }
        return """
            <section class="card"><h2>\(ctx.t(.slotEarnedValue))</h2>
            <p class="muted">\(t(ctx, .statusDate)) \(ctx.day(r.statusDate))</p>
            <dl class="facts"><dt>\(t(ctx, .cpi))</dt><dd>\(indexBadge(r.project.cpi))</dd><dt>\(t(ctx, .spi))</dt><dd>\(indexBadge(r.project.spi))</dd>
            <dt>\(t(ctx, .eac))</dt><dd>\(r.project.eac.map(money) ?? "—")</dd><dt>\(t(ctx, .bac))</dt><dd>\(money(r.project.bac))</dd></dl>
            <p><a href="\(base)/finance/earned-value">\(t(ctx, .openEarnedValue))</a></p></section>
            """
    }

    package static func csv(_ r: EarnedValueReport) -> String {
        let c = r.currency
        func s(_ x: Int64?) -> String { x.map { FixedPoint.format($0, digits: c.minorDigits) } ?? "" }
        var w = CSVWriter(header: [
            "status_date", "wbs", "task", "method", "bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "vac", "currency",
        ])
        func add(_ wbs: String, _ name: String, _ method: String, _ m: EarnedValueMetrics) {
            let ratio = { (v: Double?) in v.map { Rounding.threeDecimals($0) } ?? "" }
            w.append([
                r.statusDate.iso, wbs, name, method, s(m.bac), s(m.pv), s(m.ev), s(m.ac), s(m.sv), s(m.cv), ratio(m.spi), ratio(m.cpi), s(m.eac),
                s(m.vac), c.code,
            ])
        }
        add("", "", "project", r.project)
        for row in r.rows { add(row.wbs, row.name, row.method.code, row.metrics) }
        return w.text
    }
}
