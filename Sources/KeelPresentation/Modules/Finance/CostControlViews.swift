import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The cost control page: budget, committed, actual, forecast and variance by category, by WBS
/// element and by cost account, and the project's rule for commitments beyond budget.
package enum CostControlViews {
    package static func t(_ ctx: ViewContext, _ f: FinanceText) -> String { ctx.t(.finance(f)) }

    package static func table(_ ctx: ViewContext, _ lines: [CostLine], first: String, label: (CostLine) -> String, currency: Currency) -> HTML {
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: currency)) }
        let rows: [HTML] = lines.map { l in
            let p = l.position
            let pad = String(repeating: "\u{2003}", count: l.depth)
            let pct = p.variancePercent.map { String(format: "%.1f%%", $0 * 100) } ?? ""
            let flag: HTML = p.variance < 0 ? " <span class=\"badge late\">\(t(ctx, .overrun))</span>" : .empty
            return """
                <tr><td>\(pad)\(label(l))</td><td class="num">\(money(p.budget))</td><td class="num">\(money(p.committed))</td><td class="num">\(money(p.actual))</td>
                <td class="num">\(money(p.forecast))</td><td class="num">\(money(p.variance)) <span class="muted">\(pct)</span>\(flag)</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(first)</th><th scope="col" class="num">\(t(ctx, .budgetColumn))</th>
            <th scope="col" class="num">\(t(ctx, .committed))</th><th scope="col" class="num">\(t(ctx, .actualCost))</th><th scope="col" class="num">\(t(ctx, .forecast))</th>
            <th scope="col" class="num">\(t(ctx, .variance))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }

    package static func page(_ ctx: ViewContext, project: Project, report r: CostControlReport, categories: [CostCategory], form: FormKit) -> HTML {
        let base = "/projects/\(project.id.description)/finance"
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: r.currency)) }
        let total = r.total
        let tiles: [HTML] = [
            FinanceViews.tile(t(ctx, .budgetColumn), money(total.budget), r.baseline.map { t(ctx, .budgetVersion($0.number)) } ?? ctx.t(.notSet)),
            FinanceViews.tile(t(ctx, .committed), money(total.committed)), FinanceViews.tile(t(ctx, .actualCost), money(total.actual)),
            FinanceViews.tile(t(ctx, .forecast), money(total.forecast)),
            FinanceViews.tile(t(ctx, .variance), money(total.variance), total.variancePercent.map { String(format: "%.1f%%", $0 * 100) }),
        ]
        var f = form
        f.idPrefix = "control-"
        let controls = CommitmentControl.allCases.map { (value: $0.rawValue, label: t(ctx, .control($0))) }
        let wbsLabel = { (l: CostLine) in l.detail == "project" ? t(ctx, .projectLevel) : l.label }
        let categoryLabel = { (l: CostLine) in FinanceViews.categoryName(ctx, l.label, categories) }
        let accountLabel = { (l: CostLine) in l.detail.isEmpty ? l.label : "\(l.label) · \(l.detail)" }
        return Layout.page(
            ctx,
            title: t(ctx, .costControl),
            project: FinanceViews.nav(project),
            body: """
                <h1>\(t(ctx, .costControl))</h1>
                <p class="muted">\(t(ctx, .costControlHelp)) <a href="\(base)">\(t(ctx, .financeTitle))</a></p>
                <ul class="tiles" aria-label="\(t(ctx, .costControl))">\(tiles)</ul>
                <section class="card" id="categories"><h2>\(t(ctx, .byCategory))</h2>\(table(ctx, r.categories, first: ctx.t(.category), label: categoryLabel, currency: r.currency))</section>
                <section class="card" id="wbs"><h2>\(t(ctx, .byWBS))</h2>\(table(ctx, r.wbs, first: t(ctx, .wbsElement), label: wbsLabel, currency: r.currency))</section>
                <section class="card" id="accounts"><h2>\(t(ctx, .byAccount))</h2>\(table(ctx, r.accounts, first: t(ctx, .costAccount), label: accountLabel, currency: r.currency))</section>
                <section class="card" id="settings"><h2>\(t(ctx, .controlLabel))</h2>
                <form method="post" action="\(base)/cost-control" class="form">\(ctx.csrfField)\(f.errorSummary())
                <div class="grid2">\(f.field("control", .finance(.controlLabel), kind: .select(controls)))\(f.field("tolerance_percent", .finance(.tolerance), kind: .number))</div>
                <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form></section>
                """
        )
    }
}
