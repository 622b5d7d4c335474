import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The risk register page (summary, inherent and residual heat maps, the register table, a form to
/// raise a risk) and the risk edit page (every field, linked tasks, assessment history).
package enum RiskViews {
    package static func nav(_ project: Project) -> Layout.ProjectNav {
        .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .risks)
    }

    package static func days(_ minutes: Int64, _ minutesPerDay: Int64) -> String { WorkDuration.days(minutes, minutesPerDay: minutesPerDay) + "d" }

    /// The form values of a risk, as the edit form shows them.
    package static func values(_ r: Risk, currency: Currency, minutesPerDay: Int64) -> [String: String] {
        var v: [String: String] = [
            "title": r.title, "kind": r.kind.rawValue, "category": r.category.rawValue, "subcategory_id": r.subcategoryID?.description ?? "",
            "owner": r.owner, "status": r.status.rawValue,
            "cause": r.cause, "event": r.event, "effect": r.effect, "trigger": r.trigger, "proximity": r.proximity?.iso ?? "",
            "raised_on": r.raisedOn.iso, "next_review": r.nextReview?.iso ?? "", "strategy": r.strategy?.rawValue ?? "", "response": r.response,
            "contingency_plan": r.contingencyPlan, "fallback_plan": r.fallbackPlan,
            "chance": r.chance.map { FixedPoint.format(Int64($0), digits: 2) } ?? "",
            "inherent_probability": String(r.inherent.probability), "residual_probability": r.residual.map { String($0.probability) } ?? "",
        ]
        for d in ImpactDimension.allCases {
            v["inherent_\(d.rawValue)"] = String(r.inherent.impacts[d] ?? 0)
            v["residual_\(d.rawValue)"] = String(r.residual?.impacts[d] ?? 0)
        }
        if let d = r.delay {
            v["delay_optimistic"] = days(d.optimistic, minutesPerDay)
            v["delay_most_likely"] = days(d.mostLikely, minutesPerDay)
            v["delay_pessimistic"] = days(d.pessimistic, minutesPerDay)
        }
        if let c = r.costImpact {
            v["cost_low"] = Money(minor: c.low, currency: currency).decimalString
            v["cost_mode"] = Money(minor: c.mode, currency: currency).decimalString
            v["cost_high"] = Money(minor: c.high, currency: currency).decimalString
        }
        return v
    }

    package static let defaults = ["kind": "threat", "category": "project_management", "status": "identified", "inherent_probability": "3"]

    package static func band(_ ctx: ViewContext, _ a: RiskAssessment, _ scales: RiskScales) -> HTML {
        let band = scales.band(of: a)
        return "<span class=\"badge band-\(band.rawValue)\">\(String(scales.score(a))) · \(ctx.t(.scoreBand(band)))</span>"
    }

    /// A level's descriptor: the project's own, else the built-in one of a five-level scale.
    package static func probabilityName(_ ctx: ViewContext, _ scales: RiskScales, _ level: Int) -> String {
        let own = scales.probability[level - 1].label
        if !own.isEmpty { return own }
        return scales.probabilityLevels == 5 ? ctx.t(.scales(.probabilityLevelName(level))) : ""
    }

    package static func impactName(_ ctx: ViewContext, _ scales: RiskScales, _ level: Int) -> String {
        if level == 0 { return ctx.t(.scales(.impactNone)) }
        let own = scales.impact[level - 1].label
        if !own.isEmpty { return own }
        return scales.impactLevels == 5 ? ctx.t(.scales(.impactLevelName(level))) : ""
    }

    /// Select options for the probability (1…levels) and impact (0…levels) of an assessment.
    package static func probabilityOptions(_ ctx: ViewContext, _ scales: RiskScales) -> [(value: String, label: String)] {
        (1...scales.probabilityLevels).map { k in
            let name = probabilityName(ctx, scales, k)
            return (value: String(k), label: name.isEmpty ? String(k) : "\(k) · \(name)")
        }
    }

    package static func impactOptions(_ ctx: ViewContext, _ scales: RiskScales) -> [(value: String, label: String)] {
        (0...scales.impactLevels).map { k in
            let name = impactName(ctx, scales, k)
            return (value: String(k), label: name.isEmpty ? String(k) : "\(k) · \(name)")
        }
    }

    /// The breakdown structure as select options: each standard category followed by the project's
    /// categories below it, indented ("Technical", "— Payment gateway"); `roots: false` lists only
    /// the project's own, labelled with their whole path.
    package static func categoryOptions(_ ctx: ViewContext, _ breakdown: RiskBreakdown, roots: Bool) -> [(value: String, label: String)] {
        var out: [(value: String, label: String)] = []
        for root in RiskCategory.allCases {
            let rootName = ctx.t(.riskCategoryName(root))
            if roots { out.append((value: root.rawValue, label: rootName)) }
            for (c, depth) in breakdown.outline(root) {
                let label = roots ? String(repeating: "— ", count: depth) + c.name : ([rootName] + breakdown.path(c.id)).joined(separator: " › ")
                out.append((value: c.id.description, label: label))
            }
        }
        return out
    }

    package static func heat(_ ctx: ViewContext, _ summary: RiskRegisterSummary, residual: Bool, base: String) -> HTML {
        let scales = summary.scales
        let rows = scales.probabilityLevels, columns = scales.impactLevels
        return HeatGrid(
            id: residual ? "heat-residual" : "heat-inherent",
            title: ctx.t(residual ? .heatResidual : .heatInherent),
            description: ctx.t(.riskHeatDescription),
            rowLabels: (1...rows).reversed().map(String.init),
            columnLabels: (1...columns).map(String.init),
            rowAxis: ctx.t(.probability),
            columnAxis: scales.method == .productAverage ? ctx.t(.scales(.averageImpact)) : ctx.t(.worstImpact),
            counts: summary.heatMap(residual: residual),
            zone: { r, c in "zone-" + scales.band(scales.score(probability: rows - r, impact: c + 1)).rawValue },
            link: { r, c in "\(base)?p=\(rows - r)&i=\(c + 1)&stage=\(residual ? "residual" : "inherent")#register" }
        ).render()
    }

    /// Weekly exposure as a line, with its numbers as the chart's table.
    package static func trend(_ ctx: ViewContext, _ summary: RiskRegisterSummary, currency: Currency) -> HTML {
        guard !summary.trend.isEmpty else { return .empty }
        var scale = 1.0
        for _ in 0..<currency.minorDigits { scale *= 10 }
        let chart = LineChart(
            id: "exposure-trend",
            title: ctx.t(.exposureTrend),
            description: ctx.t(.exposureTrendDescription),
            xLabels: summary.trend.map { ctx.day($0.day) },
            series: [LineChart.Series(name: ctx.t(.exposure), values: summary.trend.map { Double($0.exposure) / scale })],
            format: { ctx.money(Money(minor: Int64(($0 * scale).rounded()), currency: currency)) }
        )
        return "<section class=\"card\">\(chart.render())</section>"
    }

    package static func register(
        _ ctx: ViewContext,
        project: Project,
        summary: RiskRegisterSummary,
        filter: RiskFilter,
        form: FormKit,
        canEdit: Bool = false
    ) -> HTML {
        let base = "/projects/\(project.id.description)/risks"
        let currency = project.charter.budget.currency
        let scales = summary.scales
        let shown = summary.risks.filter { filter.matches($0, today: summary.today, scales: scales, breakdown: summary.breakdown) }
        let rows: [HTML] = shown.map { r in
            var overdue: HTML = r.reviewIsOverdue(today: summary.today) ? " <span class=\"badge late\">\(ctx.t(.reviewOverdue))</span>" : .empty
            if r.awaitsAcceptanceApproval { overdue = "\(overdue) <span class=\"badge late\">\(ctx.t(.awaitsApproval))</span>" }
            let row = InlineEdit.row(id: "risk-\(r.id)", url: "\(base)/\(r.id.description)", version: r.version, enabled: canEdit)
            let title = InlineEdit.cell("title", value: r.title, name: ctx.t(.riskTitle) + ": " + r.code, enabled: canEdit)
            let owner = InlineEdit.cell("owner", value: r.owner, name: ctx.t(.owner) + ": " + r.code, enabled: canEdit)
            return """
                <tr\(row)><td><a href="\(base)/\(r.id.description)/edit">\(r.code)</a></td><td\(title)>\(r.title)</td><td>\(ctx.t(.riskKindName(r.kind)))</td>
                <td>\(ctx.t(.riskStatusName(r.status)))</td><td\(owner)>\(r.owner)</td><td>\(band(ctx, r.inherent, scales))</td><td>\(band(ctx, r.current, scales))</td>
                <td>\(ctx.day(r.nextReview))\(overdue)</td></tr>
                """
        }
        let statuses = RiskFilter.Status.allCases.map { (value: $0.rawValue, label: ctx.t(.riskStatusFilter($0))) }
        var filterForm = FormKit(
            ctx,
            values: [
                "status": filter.status.rawValue, "kind": filter.kind?.rawValue ?? "",
                "category": filter.category?.rawValue ?? filter.subcategory?.description ?? "",
                "overdue": filter.overdue ? "on" : "",
            ]
        )
        filterForm.idPrefix = "filter-"
        let anyKind = [(value: "", label: ctx.t(.all))] + RiskKind.allCases.map { (value: $0.rawValue, label: ctx.t(.riskKindName($0))) }
        let anyCategory = [(value: "", label: ctx.t(.all))] + categoryOptions(ctx, summary.breakdown, roots: true)
        let cellNote: HTML =
            filter.cell.map { c in
                "<p><span class=\"badge\">\(ctx.t(c.residual ? .heatResidual : .heatInherent)): \(ctx.t(.heatCellFilter(c.probability, c.impact)))</span></p>"
            } ?? .empty
        let filters: HTML =
            summary.risks.isEmpty
            ? .empty
            : """
            <form method="get" action="\(base)" class="form filters">
            <div class="grid2">\(filterForm.field("status", .status, kind: .select(statuses)))\(filterForm.field("kind", .kind, kind: .select(anyKind)))
            \(filterForm.field("category", .category, kind: .select(anyCategory)))\(filterForm.field("overdue", .overdueOnly, kind: .checkbox))</div>
            <div class="buttons"><button type="submit">\(ctx.t(.filter))</button> <a href="\(base)">\(ctx.t(.reset))</a>
            <span class="muted">\(ctx.t(.showingOf(shown.count, summary.risks.count)))</span></div></form>\(cellNote)
            """
        let table: HTML =
            summary.risks.isEmpty
            ? "<p class=\"muted\">\(ctx.t(.noRisks))</p>"
            : shown.isEmpty
                ? "<p class=\"muted\">\(ctx.t(.noMatchingRisks))</p>"
                : """
                <div class="table-wrap" id="risk-table" data-inline-scope><table class="data"><thead><tr><th scope="col">\(ctx.t(.code))</th><th scope="col">\(ctx.t(.riskTitle))</th>
                <th scope="col">\(ctx.t(.kind))</th><th scope="col">\(ctx.t(.status))</th><th scope="col">\(ctx.t(.owner))</th>
                <th scope="col">\(ctx.t(.inherentScore))</th><th scope="col">\(ctx.t(.currentScore))</th><th scope="col">\(ctx.t(.nextReview))</th></tr></thead>
                <tbody>\(rows)</tbody></table></div>
                """
        let facts = [
            ctx.t(.openRisks(summary.open.count)), ctx.t(.overdueReviews(summary.overdueReviews.count)),
            ctx.t(.overdueActions(summary.overdueActions.count)),
            ctx.t(.exposure) + " " + ctx.money(Money(minor: summary.exposure, currency: currency)),
        ].joined(separator: " · ")
        let kinds = RiskKind.allCases.map { (value: $0.rawValue, label: ctx.t(.riskKindName($0))) }
        let categories = RiskCategory.allCases.map { (value: $0.rawValue, label: ctx.t(.riskCategoryName($0))) }
        let probability = probabilityOptions(ctx, scales)
        let impact = impactOptions(ctx, scales)
        let body: HTML = """
            <div class="page-head"><h1>\(ctx.t(.riskRegister))</h1><p class="muted">\(facts)</p></div>
            <p class="actions"><a href="\(base).csv">\(ctx.t(.exportCSV))</a> · <a href="\(base)/settings">\(ctx.t(.scales(.settings)))</a>
            · <a href="\(base)/categories">\(ctx.t(.scales(.categories)))</a> · <a href="/projects/\(project.id.description)/schedule/simulation">\(ctx.t(.riskAnalysis))</a>
            · <a href="/projects/\(project.id.description)/issues">\(ctx.t(.issue(.issueLog)))</a></p>
            <div class="heat-pair"><section class="card">\(heat(ctx, summary, residual: false, base: base))</section>
            <section class="card">\(heat(ctx, summary, residual: true, base: base))</section></div>
            \(trend(ctx, summary, currency: currency))
            <section class="card" id="register">\(filters)\(table)</section>
            <section class="card"><h2>\(ctx.t(.addRisk))</h2>\(form.errorSummary())
            <form method="post" action="\(base)" class="form" novalidate>\(ctx.csrfField)
            <div class="grid2">
            \(form.field("title", .riskTitle, required: true))
            \(form.field("owner", .owner))
            \(form.field("kind", .kind, kind: .select(kinds)))
            \(form.field("category", .category, kind: .select(categories)))
            \(form.field("event", .riskEvent, kind: .textarea))
            \(form.field("cause", .cause, kind: .textarea))
            \(form.field("inherent_probability", .probability, kind: .select(probability)))
            \(form.field("inherent_schedule", .impactName(.schedule), kind: .select(impact)))
            \(form.field("inherent_cost", .impactName(.cost), kind: .select(impact)))
            \(form.field("inherent_quality", .impactName(.quality), kind: .select(impact)))
            </div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """
        return Layout.page(ctx, title: ctx.t(.riskRegister), project: nav(project), body: body)
    }

    package static func edit(
        _ ctx: ViewContext,
        project: Project,
        risk: Risk,
        plan: WorkPlan,
        history: [RiskRepository.HistoryEntry],
        names: [String: String],
        form: FormKit,
        stale: Bool,
        chosenTasks: [String],
        actions: [RiskAction],
        actionForm: FormKit,
        today: Day,
        issues: [ProjectIssue] = [],
        scales: RiskScales = .standard,
        breakdown: RiskBreakdown = RiskBreakdown([])
    ) -> HTML {
        var acceptance: HTML = .empty
        if risk.strategy == .accept {
            if let by = risk.acceptanceApprovedBy {
                acceptance = "<p class=\"badge\">\(ctx.t(.acceptanceApproved(names[by] ?? by, ctx.day(risk.acceptanceApprovedOn))))</p>"
            } else {
                acceptance = """
                    <section class="card" id="acceptance"><p><span class="badge late">\(ctx.t(.awaitsApproval))</span></p><p class="muted">\(ctx.t(.acceptanceHelp))</p>
                    <form method="post" action="/projects/\(project.id.description)/risks/\(risk.id.description)/approve-acceptance" class="inline">\(ctx.csrfField)
                    <input type="hidden" name="_version" value="\(String(risk.version))"><button type="submit">\(ctx.t(.approveAcceptance))</button></form></section>
                    """
            }
        }
        let base = "/projects/\(project.id.description)/risks"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let kinds = RiskKind.allCases.map { (value: $0.rawValue, label: ctx.t(.riskKindName($0))) }
        let categories = RiskCategory.allCases.map { (value: $0.rawValue, label: ctx.t(.riskCategoryName($0))) }
        let statuses = RiskStatus.allCases.map { (value: $0.rawValue, label: ctx.t(.riskStatusName($0))) }
        let strategies =
            [(value: "", label: ctx.t(.notSet))] + ResponseStrategy.allCases.map { (value: $0.rawValue, label: ctx.t(.strategyName($0))) }
        let probability = probabilityOptions(ctx, scales)
        let optionalProbability = [(value: "", label: ctx.t(.notSet))] + probability
        let impact = impactOptions(ctx, scales)
        func assessment(_ prefix: String, _ title: Text, probabilityOptions: [(value: String, label: String)], help: Text? = nil) -> HTML {
            let impacts: [HTML] = ImpactDimension.allCases.map { d in form.field("\(prefix)_\(d.rawValue)", .impactName(d), kind: .select(impact)) }
            return """
                <fieldset><legend>\(ctx.t(title))</legend><div class="grid2">
                \(form.field("\(prefix)_probability", .probability, kind: .select(probabilityOptions), help: help))\(impacts)</div></fieldset>
                """
        }
        let parents = Set(plan.tasks.compactMap(\.parentID))
        let chosen = Set(chosenTasks)
        let options: [HTML] = plan.tasks.filter { !parents.contains($0.id) }.map { t in
            let selected: HTML = chosen.contains(t.id.description) ? " selected" : .empty
            return "<option value=\"\(t.id.description)\"\(selected)>\(t.name)</option>"
        }
        let taskErrors = form.errors.filter { $0.key.hasPrefix("task_ids") }.flatMap(\.value)
        let taskError: HTML = taskErrors.isEmpty ? .empty : "<span class=\"error\">\(ctx.t(.fieldError(taskErrors[0])))</span>"
        var suggested: [String] = []
        if let c = risk.chance { suggested.append(ctx.t(.scales(.suggestedProbability(scales.probabilityLevel(chance: c))))) }
        if let d = risk.delay, risk.kind == .threat,
            let k = scales.impactLevel(scheduleDays: Double(d.mostLikely) / Double(max(1, plan.settings.minutesPerDay)))
        {
            suggested.append(ctx.t(.scales(.suggestedSchedule(k))))
        }
        if let c = risk.costImpact, risk.kind == .threat, let k = scales.impactLevel(cost: c.mode) {
            suggested.append(ctx.t(.scales(.suggestedCost(k))))
        }
        let fromNumbers: HTML =
            suggested.isEmpty
            ? .empty
            : "<p class=\"muted\" id=\"from-numbers\">\(ctx.t(.scales(.fromNumbers(suggested.joined(separator: ctx.locale == .zhCN ? "，" : ", ")))))</p>"
        let historyRows: [HTML] = history.reversed().map { h in
            "<tr><td>\(Timestamp.format(h.assessedAt).prefix(16).replacingOccurrences(of: "T", with: " "))</td><td>\(ctx.t(.assessmentStage(h.stage)))</td><td>\(band(ctx, h.assessment, scales))</td><td>\(names[h.assessedBy].map { "\($0)" as HTML } ?? "<code>\(h.assessedBy)</code>")</td></tr>"
        }
        let body: HTML = """
            <h1>\(risk.code) · \(ctx.t(.editRisk))</h1>\(staleNote)\(acceptance)\(IssueViews.riskCard(ctx, project: project, risk: risk, issues: issues))\(form.errorSummary())
            <form method="post" action="\(base)/\(risk.id.description)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(risk.version))"><input type="hidden" name="_tasks" value="1">
            <div class="grid2">
            \(form.field("title", .riskTitle, required: true))
            \(form.field("owner", .owner))
            \(form.field("kind", .kind, kind: .select(kinds)))
            \(form.field("category", .category, kind: .select(categories)))
            \(breakdown.categories.isEmpty ? .empty : form.field("subcategory_id", .scales(.subcategory), kind: .select([(value: "", label: ctx.t(.notSet))] + categoryOptions(ctx, breakdown, roots: false)), help: .scales(.subcategoryHelp)))
            \(form.field("status", .status, kind: .select(statuses)))
            \(form.field("raised_on", .raisedOn, kind: .date))
            \(form.field("next_review", .nextReview, kind: .date))
            \(form.field("proximity", .proximity, kind: .date))
            \(form.field("cause", .cause, kind: .textarea))
            \(form.field("event", .riskEvent, kind: .textarea))
            \(form.field("effect", .effect, kind: .textarea))
            \(form.field("trigger", .trigger, kind: .textarea))
            </div>
            \(assessment("inherent", .inherentAssessment, probabilityOptions: probability))
            <fieldset><legend>\(ctx.t(.responseStrategy))</legend><div class="grid2">
            \(form.field("strategy", .responseStrategy, kind: .select(strategies)))
            \(form.field("response", .responsePlan, kind: .textarea))
            \(form.field("contingency_plan", .contingencyPlan, kind: .textarea))
            \(form.field("fallback_plan", .fallbackPlan, kind: .textarea))
            </div></fieldset>
            \(assessment("residual", .residualAssessment, probabilityOptions: optionalProbability, help: .residualHelp))
            <fieldset><legend>\(ctx.t(.quantitative))</legend><p class="muted">\(ctx.t(.quantitativeHelp))</p><div class="grid2">
            \(form.field("chance", .chancePercent, kind: .number))
            <div class="field\(taskErrors.isEmpty ? "" : " has-error")"><label for="f-task_ids">\(ctx.t(.linkedTasks))</label>
            <select id="f-task_ids" name="task_ids" multiple aria-describedby="f-task_ids-note">\(options)</select>
            <span class="note" id="f-task_ids-note"><span class="help">\(ctx.t(.linkedTasksHelp))</span>\(taskError)</span></div>
            \(form.field("delay_optimistic", .delayOptimistic, help: .durationHelp))
            \(form.field("delay_most_likely", .delayMostLikely))
            \(form.field("delay_pessimistic", .delayPessimistic))
            \(form.field("cost_low", .costLow, kind: .number))
            \(form.field("cost_mode", .costMode, kind: .number))
            \(form.field("cost_high", .costHigh, kind: .number))
            </div>\(fromNumbers)</fieldset>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
            \(actionsSection(ctx, base: "\(base)/\(risk.id.description)", actions: actions, form: actionForm, currency: project.charter.budget.currency, today: today))
            <section class="card"><h2>\(ctx.t(.assessmentHistory))</h2>
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.auditWhen))</th><th scope="col">\(ctx.t(.kind))</th>
            <th scope="col">\(ctx.t(.score))</th><th scope="col">\(ctx.t(.assessedBy))</th></tr></thead><tbody>\(historyRows)</tbody></table></div></section>
            <form method="post" action="\(base)/\(risk.id.description)/delete" class="inline">\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(risk.version))">
            <button type="submit" class="danger" data-confirm="\(ctx.t(.confirmDelete))">\(ctx.t(.delete))</button></form>
            """
        return Layout.page(ctx, title: risk.code + " · " + ctx.t(.editRisk), project: nav(project), body: body)
    }

    /// The risk's response actions: each row edits in place (its inputs belong to a form of their
    /// own through the `form` attribute, since a form cannot sit inside a table row), then a form to add one.
    package static func actionsSection(
        _ ctx: ViewContext,
        base: String,
        actions: [RiskAction],
        form kit: FormKit,
        currency: Currency,
        today: Day
    ) -> HTML {
        var form = kit
        form.idPrefix = "action-"
        let statuses = ActionStatus.allCases.map { (value: $0.rawValue, label: ctx.t(.actionStatusName($0))) }
        var forms: [HTML] = []
        let rows: [HTML] = actions.map { a in
            let f = "a-\(a.id.description)", d = "d-\(a.id.description)"
            forms.append(
                """
                <form id="\(f)" method="post" action="\(base)/actions/\(a.id.description)">\(ctx.csrfField)<input type="hidden" name="_version" value="\(String(a.version))"></form>
                <form id="\(d)" method="post" action="\(base)/actions/\(a.id.description)/delete">\(ctx.csrfField)<input type="hidden" name="_version" value="\(String(a.version))"></form>
                """
            )
            let options: [HTML] = statuses.map { o in
                "<option value=\"\(o.value)\"\(o.value == a.status.rawValue ? " selected" : "")>\(o.label)</option>"
            }
            let late: HTML = a.isOverdue(today: today) ? " <span class=\"badge late\">\(ctx.t(.reviewOverdue))</span>" : .empty
            return """
                <tr><td><input form="\(f)" name="title" value="\(a.title)" aria-label="\(ctx.t(.actionTitle))"></td>
                <td><input form="\(f)" name="owner" value="\(a.owner)" aria-label="\(ctx.t(.owner))"></td>
                <td><input form="\(f)" name="due" type="date" value="\(a.due?.iso ?? "")" aria-label="\(ctx.t(.dueDate))">\(late)</td>
                <td><input form="\(f)" name="cost" inputmode="decimal" value="\(Money(minor: a.cost, currency: currency).decimalString)" aria-label="\(ctx.t(.actionCost))"></td>
                <td><select form="\(f)" name="status" aria-label="\(ctx.t(.status))">\(options)</select></td>
                <td class="actions"><button type="submit" form="\(f)">\(ctx.t(.save))</button>
                <button type="submit" form="\(d)" class="danger" data-confirm="\(ctx.t(.confirmDelete))">\(ctx.t(.delete))</button></td></tr>
                """
        }
        let table: HTML =
            actions.isEmpty
            ? "<p class=\"muted\">\(ctx.t(.noActions))</p>"
            : """
            \(forms)<div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.actionTitle))</th><th scope="col">\(ctx.t(.owner))</th>
            <th scope="col">\(ctx.t(.dueDate))</th><th scope="col">\(ctx.t(.actionCost)) (\(currency.code))</th><th scope="col">\(ctx.t(.status))</th>
            <th scope="col">\(ctx.t(.actions))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        return """
            <section class="card" id="actions"><h2>\(ctx.t(.riskActions))</h2>\(table)
            <h3>\(ctx.t(.addAction))</h3>\(form.errorSummary())
            <form method="post" action="\(base)/actions" class="form" novalidate>\(ctx.csrfField)<div class="grid2">
            \(form.field("title", .actionTitle, required: true))\(form.field("owner", .owner))\(form.field("due", .dueDate, kind: .date))
            \(form.field("cost", .actionCost, kind: .number))\(form.field("status", .status, kind: .select(statuses)))</div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """
    }

    package static func csv(
        _ risks: [Risk],
        _ ctx: ViewContext,
        currency: Currency,
        minutesPerDay: Int64,
        today: Day,
        scales: RiskScales,
        breakdown: RiskBreakdown
    ) -> String {
        var w = CSVWriter(header: [
            "code", "title", "kind", "category", "subcategory", "status", "owner", "cause", "event", "effect", "inherent_probability",
            "inherent_worst_impact",
            "inherent_score", "residual_probability", "residual_worst_impact", "residual_score", "strategy", "next_review", "review_overdue",
            "chance_percent", "delay_most_likely_days", "cost_most_likely", "expected_monetary_value", "currency",
        ])
        for r in risks {
            w.append([
                r.code, r.title, r.kind.rawValue, r.category.rawValue, r.subcategoryID.map { breakdown.path($0).joined(separator: " › ") } ?? "",
                r.status.rawValue, r.owner, r.cause, r.event, r.effect,
                String(r.inherent.probability), String(r.inherent.worstImpact), String(scales.score(r.inherent)),
                r.residual.map { String($0.probability) } ?? "",
                r.residual.map { String($0.worstImpact) } ?? "", r.residual.map { String(scales.score($0)) } ?? "", r.strategy?.rawValue ?? "",
                r.nextReview?.iso ?? "", r.reviewIsOverdue(today: today) ? "yes" : "no",
                r.chance.map { FixedPoint.format(Int64($0), digits: 2) } ?? "",
                r.delay.map { WorkDuration.days($0.mostLikely, minutesPerDay: minutesPerDay) } ?? "",
                r.costImpact.map { Money(minor: $0.mode, currency: currency).decimalString } ?? "",
                r.expectedMonetaryValue.map { Money(minor: $0, currency: currency).decimalString } ?? "", currency.code,
            ])
        }
        return w.text
    }
}
