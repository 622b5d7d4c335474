import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The budget pages: the list of versions with the approval levels, and one version with its lines,
/// what changed against the approved version, the decisions and the forms that fit its state.
package enum BudgetViews {
    package static func t(_ ctx: ViewContext, _ f: FinanceText) -> String { ctx.t(.finance(f)) }

    package static func status(_ ctx: ViewContext, _ s: BudgetStatus) -> HTML {
        "<span class=\"badge budget-\(s.rawValue)\">\(t(ctx, .budgetStatus(s)))</span>"
    }

    package static func levelText(_ ctx: ViewContext, _ l: ApprovalLevel, _ currency: Currency) -> String {
        let ceiling = l.maxAmount.map { "\(t(ctx, .upTo)) \(ctx.money(Money(minor: $0, currency: currency)))" } ?? t(ctx, .anyAmount)
        return "\(t(ctx, .level(l.level))) · \(ceiling) · \(ctx.t(.roleName(l.role)))"
    }

    package static func list(
        _ ctx: ViewContext,
        project: Project,
        versions: [BudgetSummary],
        policy: ApprovalPolicy,
        createForm: FormKit,
        levelsForm: FormKit,
        names: [String: String]
    ) -> HTML {
        let base = "/projects/\(project.id.description)/finance/budgets"
        let currency = project.charter.budget.currency
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: currency)) }
        let rows: [HTML] = versions.map { s in
            var state = status(ctx, s.version.status)
            if let next = s.next { state = "\(state) <span class=\"muted\">\(t(ctx, .awaitsLevel(next.level)))</span>" }
            if s.awaitsCaller { state = "\(state) <span class=\"badge late\">\(t(ctx, .awaitsYou))</span>" }
            let by: HTML = s.version.submittedBy.map { FinanceViews.actor($0, names) } ?? .empty
            return """
                <tr><td><a href="\(base)/\(s.version.id.description)">\(t(ctx, .budgetVersion(s.version.number)))</a> \(s.version.name)</td><td>\(state)</td>
                <td class="num">\(money(s.pmb))</td><td class="num">\(money(s.total))</td><td>\(by)</td></tr>
                """
        }
        let awaiting = versions.filter(\.awaitsCaller).count
        let table: HTML =
            versions.isEmpty
            ? "<p class=\"muted\">\(t(ctx, .noBudgets))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.name))</th><th scope="col">\(ctx.t(.status))</th>
            <th scope="col" class="num">\(t(ctx, .pmb))</th><th scope="col" class="num">\(t(ctx, .budgetTotal))</th><th scope="col">\(t(ctx, .submittedBy))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        var cf = createForm
        cf.idPrefix = "new-"
        var lf = levelsForm
        lf.idPrefix = "levels-"
        let roles = [(value: "", label: "—")] + ApprovalPolicy.approverRoles.map { (value: $0.rawValue, label: ctx.t(.roleName($0))) }
        let levelRows: [HTML] = (0..<4).map { i in
            """
            <fieldset class="grid2"><legend>\(t(ctx, .level(i + 1)))</legend>
            \(lf.field("levels[\(i)][max_amount]", .finance(.upTo), kind: .number))\(lf.field("levels[\(i)][role]", .finance(.approver), kind: .select(roles)))</fieldset>
            """
        }
        let levels: [HTML] = policy.levels.map { "<li>\(levelText(ctx, $0, currency))</li>" }
        return Layout.page(
            ctx,
            title: t(ctx, .budgets),
            project: FinanceViews.nav(project),
            body: """
                <h1>\(t(ctx, .budgets))</h1>
                <p class="muted">\(t(ctx, .copyNote)) <a href="/projects/\(project.id.description)/finance">\(t(ctx, .financeTitle))</a></p>
                \(awaiting > 0 ? "<p><span class=\"badge late\">\(t(ctx, .awaitingCount(awaiting)))</span></p>" : "" as HTML)
                \(table)
                <section class="card" id="new"><h2>\(t(ctx, .newBudgetVersion))</h2>
                <form method="post" action="\(base)" class="form">\(ctx.csrfField)\(cf.errorSummary())
                <div class="grid2">\(cf.field("name", .name, required: true))\(cf.field("contingency_reserve", .finance(.contingencyReserve), kind: .number, help: .finance(.reserveHelp)))
                \(cf.field("management_reserve", .finance(.managementReserve), kind: .number, help: .finance(.reserveHelp)))</div>
                <div class="buttons"><button type="submit">\(ctx.t(.add))</button></div></form></section>
                <section class="card" id="levels"><h2>\(t(ctx, .approvalLevels))</h2><ul class="plain">\(levels)</ul>
                <p class="muted">\(t(ctx, .approvalLevelsHelp))</p>
                <form method="post" action="/projects/\(project.id.description)/finance/approval-levels" class="form">\(ctx.csrfField)\(lf.errorSummary())
                \(levelRows)\(lf.errorsFor("levels"))
                <div class="buttons"><button type="submit">\(t(ctx, .saveLevels))</button></div></form></section>
                """
        )
    }

    /// The levels as the form shows them.
    package static func levelValues(_ policy: ApprovalPolicy, _ currency: Currency) -> [String: String] {
        var v: [String: String] = [:]
        for (i, l) in policy.levels.enumerated() {
            v["levels[\(i)][max_amount]"] = l.maxAmount.map { FixedPoint.format($0, digits: currency.minorDigits) } ?? ""
            v["levels[\(i)][role]"] = l.role.rawValue
        }
        return v
    }

    package static func detail(
        _ ctx: ViewContext,
        project: Project,
        detail d: BudgetDetail,
        accounts: [CostAccount],
        names: [String: String],
        versionForm: FormKit,
        lineForm: FormKit,
        decisionForm: FormKit
    ) -> HTML {
        let v = d.plan.version
        let base = "/projects/\(project.id.description)/finance/budgets/\(v.id.description)"
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: d.currency)) }
        let codes = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.name.isEmpty ? $0.code : "\($0.code) · \($0.name)") })
        let editable = v.status.isEditable
        let lineRows: [HTML] = d.plan.lines.sorted { (codes[$0.costAccountID] ?? "") < (codes[$1.costAccountID] ?? "") }.map { l in
            let periods: [HTML] = l.segments.map { s in "<li>\(l.period.label(s.from)) \(money(s.amount))</li>" }
            let remove: HTML =
                editable
                ? postButton(
                    ctx,
                    "\(base)/lines/\(l.id.description)/delete",
                    label: ctx.t(.delete),
                    version: v.version,
                    confirm: ctx.t(.confirmDelete)
                ) : .empty
            return """
                <tr><td>\(codes[l.costAccountID] ?? "")</td><td>\(t(ctx, .phasing(l.method)))</td><td class="num">\(money(l.amount))</td>
                <td><ul class="plain months">\(periods)</ul></td><td class="actions">\(remove)</td></tr>
                """
        }
        let lines: HTML =
            d.plan.lines.isEmpty
            ? "<p class=\"muted\">\(t(ctx, .noLines))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .costAccount))</th><th scope="col">\(t(ctx, .phasingMethod))</th>
            <th scope="col" class="num">\(ctx.t(.amount))</th><th scope="col">\(t(ctx, .periods))</th><th scope="col"><span class="visually-hidden">\(ctx.t(.actions))</span></th></tr></thead>
            <tbody>\(lineRows)</tbody></table></div>
            """
        let changed = d.changes.filter { $0.delta != 0 }
        let changeRows: [HTML] = changed.map { c in
            "<tr><td>\(codes[c.costAccountID] ?? "")</td><td class=\"num\">\(money(c.approved))</td><td class=\"num\">\(money(c.proposed))</td><td class=\"num\">\(c.delta > 0 ? "+" : "")\(money(c.delta))</td></tr>"
        }
        let changes: HTML =
            d.approved == nil || changed.isEmpty
            ? .empty
            : """
            <section class="card" id="changes"><h2>\(t(ctx, .changesAgainstApproved))</h2>
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .costAccount))</th><th scope="col" class="num">\(t(ctx, .approvedAmount))</th>
            <th scope="col" class="num">\(t(ctx, .proposedAmount))</th><th scope="col" class="num">\(t(ctx, .change))</th></tr></thead><tbody>\(changeRows)</tbody></table></div></section>
            """
        let decisionRows: [HTML] = d.decisions.map { a in
            "<li>\(t(ctx, .level(a.level))) · \(t(ctx, .decision(a.decision))) · \(FinanceViews.actor(a.decidedBy, names)) · \(ctx.day(Day(iso: String(a.decidedAt.prefix(10)))))\(a.reason.isEmpty ? "" as HTML : " · <q>\(a.reason)</q>")</li>"
        }
        let required: [HTML] = d.required.map { "<li>\(levelText(ctx, $0, d.currency))</li>" }
        var facts: [(String, HTML)] = [
            (ctx.t(.status), status(ctx, v.status)), (t(ctx, .pmb), "\(money(d.plan.pmb))"),
            (t(ctx, .contingencyReserve), "\(money(v.contingencyReserve))"),
            (t(ctx, .managementReserve), "\(money(v.managementReserve))"), (t(ctx, .budgetTotal), "\(money(d.plan.total))"),
            (t(ctx, .requiredLevels), "<ul class=\"plain\">\(required)</ul>"),
        ]
        if let by = v.submittedBy { facts.append((t(ctx, .submittedBy), FinanceViews.actor(by, names))) }
        if let next = d.next { facts.append((t(ctx, .nextDecision), "\(t(ctx, .awaitsLevel(next.level))) · \(ctx.t(.roleName(next.role)))")) }
        let dl: [HTML] = facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }
        let accountOptions = FinanceViews.accountOptions(ctx, accounts, none: "—")
        let methods = PhasingMethod.allCases.map { (value: $0.rawValue, label: t(ctx, .phasing($0))) }
        let periodChoices = PhasingPeriod.allCases.map { (value: $0.rawValue, label: t(ctx, .period($0))) }
        var vf = versionForm
        vf.idPrefix = "version-"
        var lf = lineForm
        lf.idPrefix = "line-"
        var df = decisionForm
        df.idPrefix = "decision-"
        let editing: HTML =
            editable
            ? """
            <section class="card" id="add-line"><h2>\(t(ctx, .addLine))</h2>
            <form method="post" action="\(base)/lines" class="form">\(ctx.csrfField)<input type="hidden" name="_version" value="\(String(v.version))">\(lf.errorSummary())
            <div class="grid2">\(lf.field("cost_account_id", .finance(.costAccount), kind: .select(accountOptions), required: true))
            \(lf.field("method", .finance(.phasingMethod), kind: .select(methods)))\(lf.field("period", .finance(.phasingPeriod), kind: .select(periodChoices)))
            \(lf.field("amount", .amount, kind: .number, help: .finance(.amountHelp)))</div>
            \(lf.field("periods", .finance(.periods), kind: .textarea, help: .finance(.periodsHelp)))\(lf.errorsFor("lines"))
            <div class="buttons"><button type="submit">\(t(ctx, .addLine))</button></div></form></section>
            <section class="card" id="version"><h2>\(ctx.t(.edit))</h2>
            <form method="post" action="\(base)" class="form">\(ctx.csrfField)<input type="hidden" name="_version" value="\(String(v.version))">\(vf.errorSummary())
            <div class="grid2">\(vf.field("name", .name, required: true))\(vf.field("contingency_reserve", .finance(.contingencyReserve), kind: .number))
            \(vf.field("management_reserve", .finance(.managementReserve), kind: .number))</div>
            <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form>
            <p>\(postButton(ctx, "\(base)/submit", label: t(ctx, .submitForApproval), version: v.version, confirm: t(ctx, .confirmSubmit), style: "primary"))
            \(postButton(ctx, "\(base)/delete", label: ctx.t(.delete), version: v.version, confirm: ctx.t(.confirmDelete)))</p>\(vf.errorsFor("lines"))</section>
            """
            : "<p class=\"muted\">\(t(ctx, .lockedVersion))</p>"
        let deciding: HTML =
            d.callerMayDecide
            ? """
            <section class="card" id="decide"><h2>\(t(ctx, .awaitsYou))</h2>
            <form method="post" action="\(base)/approve" class="form inline">\(ctx.csrfField)<input type="hidden" name="_version" value="\(String(v.version))">
            <input type="hidden" name="level" value="\(String(d.next?.level ?? 0))"><button type="submit" class="primary">\(t(ctx, .approve))</button></form>
            <form method="post" action="\(base)/reject" class="form">\(ctx.csrfField)<input type="hidden" name="_version" value="\(String(v.version))">\(df.errorSummary())
            <input type="hidden" name="level" value="\(String(d.next?.level ?? 0))">\(df.field("reason", .finance(.reason), kind: .textarea, required: true))
            <div class="buttons"><button type="submit">\(t(ctx, .reject))</button></div></form></section>
            """
            : .empty
        return Layout.page(
            ctx,
            title: t(ctx, .budgetVersion(v.number)),
            project: FinanceViews.nav(project),
            body: """
                <h1>\(t(ctx, .budgetVersion(v.number))) <small>\(v.name)</small></h1>
                <p><a href="/projects/\(project.id.description)/finance/budgets">\(t(ctx, .budgets))</a></p>
                <section class="card"><dl class="facts">\(dl)</dl></section>
                \(deciding)
                <section class="card" id="lines"><h2>\(t(ctx, .pmb))</h2>\(lines)</section>
                \(changes)
                <section class="card" id="decisions"><h2>\(t(ctx, .decisions))</h2>
                \(d.decisions.isEmpty ? "<p class=\"muted\">\(t(ctx, .noDecisions))</p>" : "<ul class=\"plain\">\(decisionRows)</ul>" as HTML)</section>
                \(editing)
                """
        )
    }

    package static func versionValues(_ v: BudgetVersion, _ currency: Currency) -> [String: String] {
        [
            "name": v.name, "contingency_reserve": FixedPoint.format(v.contingencyReserve, digits: currency.minorDigits),
            "management_reserve": FixedPoint.format(v.managementReserve, digits: currency.minorDigits),
        ]
    }
}
