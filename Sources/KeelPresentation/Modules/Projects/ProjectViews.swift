import KeelApp
import KeelCore

package enum ProjectViews {
    /// The form's field values for a stored project.
    package static func values(_ p: Project) -> [String: String] {
        let c = p.charter
        var v: [String: String] = [
            "code": c.code, "name": c.name, "sponsor": c.sponsor, "goal": c.goal, "audience": c.audience,
            "value_proposition": c.valueProposition, "methodology": c.methodology, "planned_start": c.plannedStart?.iso ?? "",
            "planned_finish": c.plannedFinish?.iso ?? "", "budget_amount": c.budget.decimalString, "currency": c.budget.currency.code,
            "expected_benefits": c.expectedBenefits, "status": c.status.rawValue,
        ]
        for (i, a) in c.allocations.enumerated() {
            v["allocations[\(i)][direction]"] = a.direction
            v["allocations[\(i)][share_percent]"] = FixedPoint.format(a.shareBasisPoints, digits: 2)
        }
        return v
    }

    /// New-project and edit-charter form. `project` is nil when creating.
    package static func form(_ ctx: ViewContext, project: Project?, form: FormKit, stale: Bool = false) -> HTML {
        let action = project.map { "/projects/\($0.id.description)" } ?? "/projects"
        let title = ctx.t(project == nil ? .createProject : .editCharter)
        let version: HTML = project.map { "<input type=\"hidden\" name=\"_version\" value=\"\(String($0.version))\">" } ?? .empty
        let statusOptions = FormKit.options(ProjectStatus.self, ctx) { .projectStatus($0) }
        let currencies = Currency.allCodes.map { (value: $0, label: $0) }
        let rowCount = max(5, (0..<50).last { form.values["allocations[\($0)][direction]"] != nil }.map { $0 + 2 } ?? 0)
        let allocationRows: [HTML] = (0..<rowCount).map { i in
            """
            <tr><td>\(form.field("allocations[\(i)][direction]", .direction))</td>
            <td>\(form.field("allocations[\(i)][share_percent]", .sharePercent, kind: .number))</td></tr>
            """
        }
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let body: HTML = """
            <h1>\(title)</h1>
            \(staleNote)
            \(form.errorSummary())
            <form method="post" action="\(action)" class="form" novalidate>\(ctx.csrfField)
            \(version)
            <fieldset><legend>\(ctx.t(.charter))</legend>
            <div class="grid2">
            \(form.field("code", .code, required: true, help: .codeHelp))
            \(form.field("name", .name, required: true))
            \(form.field("sponsor", .sponsor))
            \(form.field("status", .status, kind: .select(statusOptions)))
            \(form.field("methodology", .methodology))
            \(form.field("audience", .audience))
            \(form.field("planned_start", .plannedStart, kind: .date))
            \(form.field("planned_finish", .plannedFinish, kind: .date))
            \(form.field("budget_amount", .budgetAmount, kind: .number))
            \(form.field("currency", .currency, kind: .select(currencies), required: true))
            </div>
            \(form.field("goal", .goal, kind: .textarea))
            \(form.field("value_proposition", .valueProposition, kind: .textarea))
            \(form.field("expected_benefits", .expectedBenefits, kind: .textarea))
            </fieldset>
            <fieldset><legend>\(ctx.t(.allocations))</legend>
            <p class="help">\(ctx.t(.allocationsHelp))</p>
            \(form.errorsFor("allocations"))
            <table class="rows"><tbody>\(allocationRows)</tbody></table>
            </fieldset>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button>
            <a href="\(project.map { "/projects/\($0.id.description)" } ?? "/projects")">\(ctx.t(.cancel))</a></div>
            </form>
            """
        let nav = project.map { Layout.ProjectNav(id: $0.id, code: $0.charter.code, name: $0.charter.name, active: .charter) }
        return Layout.page(ctx, title: title, project: nav, body: body)
    }

    package static func overview(_ ctx: ViewContext, _ o: ProjectOverview, signals: ProjectSignals) -> HTML {
        let p = o.project
        let c = p.charter
        let base = "/projects/\(p.id.description)"
        var duration: HTML = .empty
        if let s = c.plannedStart, let f = c.plannedFinish {
            duration = "<span class=\"muted\">(\(ctx.t(.projectDuration(s.days(until: f) + 1))))</span>"
        }
        let amounts = c.allocatedAmounts
        var allocationRows: [HTML] = zip(c.allocations, amounts).map { a, m in
            "<tr><td>\(a.direction)</td><td class=\"num\">\(ctx.percent(basisPoints: a.shareBasisPoints))</td><td class=\"num\">\(ctx.money(m))</td></tr>"
        }
        let allocated = c.allocations.reduce(0) { $0 + $1.shareBasisPoints }
        if !c.allocations.isEmpty && allocated < 10_000 {
            let rest = Money(minor: c.budget.minor - amounts.reduce(0) { $0 + $1.minor }, currency: c.budget.currency)
            allocationRows.append(
                "<tr class=\"muted\"><td>\(ctx.t(.unallocated))</td><td class=\"num\">\(ctx.percent(basisPoints: 10_000 - allocated))</td><td class=\"num\">\(ctx.money(rest))</td></tr>"
            )
        }
        let allocationTable: HTML =
            c.allocations.isEmpty
            ? .empty
            : BarChart(
                id: "allocation",
                title: ctx.t(.allocations),
                description: ctx.t(.allocationsChartDescription),
                bars: zip(c.allocations, amounts).map { a, m in
                    .init(label: a.direction, value: Double(m.minor), display: "\(ctx.money(m)) · \(ctx.percent(basisPoints: a.shareBasisPoints))")
                },
                valueHeader: ctx.t(.amount)
            ).render()
        let today = ctx.today
        let timeline: HTML = TimelineChart(
            id: "phases",
            title: ctx.t(.phaseTimeline),
            description: ctx.t(.phaseTimelineDescription),
            rows: o.phases.map {
                .init(
                    label: PhaseViews.name(ctx, $0),
                    plannedStart: $0.plannedStart,
                    plannedFinish: $0.plannedFinish,
                    actualStart: $0.actualStart,
                    actualFinish: $0.actualFinish,
                    state: $0.state.rawValue
                )
            },
            today: today,
            headers: (ctx.t(.phase), ctx.t(.planned), ctx.t(.actual)),
            formatDay: { ctx.day($0) },
            monthLabel: { y, m in ctx.monthLabel(year: y, month: m) }
        ).render()
        let upcoming = o.phases.filter { p in
            guard let f = p.plannedFinish, p.state != .done else { return false }
            return f >= today && f <= today.adding(days: 30)
        }
        let upcomingList: HTML =
            upcoming.isEmpty
            ? "<p class=\"muted\">\(ctx.t(.noUpcomingGates))</p>"
            : "<ul class=\"plain\">\(upcoming.map { "<li><strong>\(ctx.day($0.plannedFinish))</strong> · \(PhaseViews.name(ctx, $0))</li>" as HTML })</ul>"
        var grid = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        for st in o.stakeholders { grid[5 - st.influence][st.interest - 1] += 1 }
        let heat: HTML =
            o.stakeholders.isEmpty
            ? "<p class=\"empty\">\(ctx.t(.noStakeholders))</p>"
            : HeatGrid(
                id: "stakeholder-heat",
                title: ctx.t(.gridTitle),
                description: ctx.t(.heatDescription),
                rowLabels: ["5", "4", "3", "2", "1"],
                columnLabels: ["1", "2", "3", "4", "5"],
                rowAxis: ctx.t(.influence),
                columnAxis: ctx.t(.interest),
                counts: grid,
                zone: { r, c in GridQuadrant(influence: 5 - r, interest: c + 1).rawValue }
            ).render()
        let slots: [HTML] = [
            scheduleSlot(ctx, base: base, signals.digest),
            EarnedValueViews.slot(ctx, base: base, signals.earnedValue), riskSlot(ctx, base: base, signals.risks),
            CashFlowViews.slot(ctx, base: base, signals.cash),
        ]
        let phaseLabel: HTML = o.currentPhase.map { "\(PhaseViews.name(ctx, $0))" as HTML } ?? "\(ctx.t(.allPhasesDone))"
        let measured = Dictionary(grouping: o.measurements, by: \.objectiveID)
        let kpiTiles: [HTML] = o.objectives.map { obj in
            let arrow = obj.kpi.direction == .higherIsBetter ? "↑" : "↓"
            let values = measured[obj.id] ?? []
            // Measured: the latest value with its traffic light and the trend; else the target.
            guard let (latest, status) = obj.kpi.current(values) else {
                return """
                    <li class="tile"><span class="tile-label">\(obj.name)</span>
                    <span class="tile-value">\(ctx.number(obj.kpi.target)) <small>\(obj.kpi.unit)</small></span>
                    <span class="muted">\(ctx.t(.baseline)): \(ctx.number(obj.kpi.baseline)) · \(arrow) \(ctx.t(.kpiDirection(obj.kpi.direction)))</span>
                    <span class="muted">\(ctx.t(.dueDate)): \(ctx.day(obj.dueDate)) · \(ctx.t(.kpi(.notMeasured)))</span></li>
                    """
            }
            let trend = Sparkline(values: values.suffix(12).map(\.value), label: ctx.t(.kpi(.trend(obj.name)))).render()
            return """
                <li class="tile"><span class="tile-label">\(obj.name)</span>
                <span class="tile-value"><span class="rag rag-\(status.rawValue)" role="img" aria-label="\(ctx.t(.rag(status)))"></span>\(ctx.number(latest.value)) <small>\(obj.kpi.unit)</small></span>
                \(trend)<span class="muted">\(ctx.day(latest.measuredOn)) · \(ctx.t(.kpi(.target(ctx.number(obj.kpi.target))))) \(arrow)</span>
                <span class="muted">\(ctx.t(.dueDate)): \(ctx.day(obj.dueDate))</span></li>
                """
        }
        let kpis: HTML = o.objectives.isEmpty ? "<p class=\"empty\">\(ctx.t(.noObjectives))</p>" : "<ul class=\"tiles\">\(kpiTiles)</ul>"
        let phaseSteps: [HTML] = o.phases.map { ph in
            "<li class=\"step step-\(ph.state.rawValue)\"><span>\(PhaseViews.name(ctx, ph))</span><small>\(ctx.t(.phaseState(ph.state)))</small></li>"
        }
        var quadrantCounts: [GridQuadrant: Int] = [:]
        for s in o.stakeholders { quadrantCounts[s.quadrant, default: 0] += 1 }
        let quadrantList: [HTML] = GridQuadrant.allCases.map { q in
            "<li><span>\(ctx.t(.quadrant(q)))</span> <strong>\(quadrantCounts[q] ?? 0)</strong></li>"
        }
        let body: HTML = """
            <div class="page-head"><h1>\(c.name) <span class="badge status-\(c.status.rawValue)">\(ctx.t(.projectStatus(c.status)))</span></h1>
            <a class="button" href="\(base)/edit" data-key="e">\(ctx.t(.editCharter))</a></div>
            <div class="cards">
            \(HealthViews.strip(ctx, base: base, signals.health))
            <section class="card wide"><h2>\(ctx.t(.charter))</h2>
            <dl class="facts">
            <dt>\(ctx.t(.code))</dt><dd>\(c.code)</dd>
            <dt>\(ctx.t(.sponsor))</dt><dd>\(c.sponsor.isEmpty ? ctx.t(.notSet) : c.sponsor)</dd>
            <dt>\(ctx.t(.goal))</dt><dd>\(c.goal.isEmpty ? ctx.t(.notSet) : c.goal)</dd>
            <dt>\(ctx.t(.audience))</dt><dd>\(c.audience.isEmpty ? ctx.t(.notSet) : c.audience)</dd>
            <dt>\(ctx.t(.valueProposition))</dt><dd>\(c.valueProposition.isEmpty ? ctx.t(.notSet) : c.valueProposition)</dd>
            <dt>\(ctx.t(.methodology))</dt><dd>\(c.methodology.isEmpty ? ctx.t(.notSet) : c.methodology)</dd>
            <dt>\(ctx.t(.plannedStart)) – \(ctx.t(.plannedFinish))</dt><dd>\(ctx.day(c.plannedStart)) – \(ctx.day(c.plannedFinish)) \(duration)</dd>
            <dt>\(ctx.t(.budget))</dt><dd>\(ctx.money(c.budget))</dd>
            <dt>\(ctx.t(.expectedBenefits))</dt><dd>\(c.expectedBenefits.isEmpty ? ctx.t(.notSet) : c.expectedBenefits)</dd>
            </dl>
            \(allocationTable)
            </section>
            <section class="card"><h2><a href="\(base)/lifecycle">\(ctx.t(.lifecycle))</a></h2>
            <p>\(ctx.t(.currentPhase)): <strong>\(phaseLabel)</strong></p>
            <ol class="steps">\(phaseSteps)</ol>
            <h3>\(ctx.t(.upcomingGates))</h3>\(upcomingList)</section>
            <section class="card"><h2><a href="\(base)/stakeholders">\(ctx.t(.stakeholders))</a></h2>
            <ul class="counts">\(quadrantList)</ul>\(heat)</section>
            <section class="card wide"><h2>\(ctx.t(.phaseTimeline))</h2>\(timeline)</section>
            <section class="card wide"><h2><a href="\(base)/objectives">\(ctx.t(.objectives))</a></h2>\(kpis)</section>
            \(slots)
            </div>
            <div class="danger-zone">\(postButton(ctx, base + "/delete", label: ctx.t(.deleteProject), version: p.version, confirm: ctx.t(.confirmDelete), style: "danger"))</div>
            """
        return Layout.page(
            ctx,
            title: c.name,
            project: Layout.ProjectNav(id: p.id, code: c.code, name: c.name, active: .overview),
            body: body
        )
    }

    /// The register on the dashboard: the five highest current scores and the overdue reviews.
    package static func riskSlot(_ ctx: ViewContext, base: String, _ summary: RiskRegisterSummary?) -> HTML {
        guard let summary, !summary.open.isEmpty else {
            return """
                <section class="card slot"><h2>\(ctx.t(.slotRisks))</h2><p class="muted">\(ctx.t(.riskSlotEmpty))</p>
                <p><a href="\(base)/risks">\(ctx.t(.riskRegister))</a></p></section>
                """
        }
        let items: [HTML] = summary.top.prefix(5).map { r in
            "<li><a href=\"\(base)/risks/\(r.id.description)/edit\">\(r.code)</a> \(r.title) \(RiskViews.band(ctx, r.current, summary.scales))</li>"
        }
        let overdue = summary.overdueReviews.count
        var late: HTML = overdue > 0 ? "<span class=\"badge late\">\(ctx.t(.overdueReviews(overdue)))</span>" : .empty
        let lateActions = summary.overdueActions.count
        if lateActions > 0 { late = "\(late) <span class=\"badge late\">\(ctx.t(.overdueActions(lateActions)))</span>" }
        return """
            <section class="card"><h2>\(ctx.t(.slotRisks))</h2>
            <p>\(ctx.t(.openRisks(summary.open.count))) \(late)</p><ol class="top-risks">\(items)</ol>
            <p><a href="\(base)/risks">\(ctx.t(.riskRegister))</a></p></section>
            """
    }

    /// The schedule's health on the dashboard: finish, critical tasks, missed deadlines; until the
    /// plan exists, what to do to set it up.
    package static func scheduleSlot(_ ctx: ViewContext, base: String, _ d: ScheduleDigest?) -> HTML {
        guard let d, let finish = d.projectFinish else {
            return """
                <section class="card slot"><h2>\(ctx.t(.slotSchedule))</h2><p class="badge">\(ctx.t(.notSetUp))</p>
                <p class="muted">\(ctx.t(.slotScheduleBody))</p><p><a href="\(base)/schedule">\(ctx.t(.addTask))</a></p></section>
                """
        }
        let late: HTML = d.missedDeadlines > 0 ? "<span class=\"badge late\">\(ctx.t(.missedDeadlines(d.missedDeadlines)))</span>" : .empty
        return """
            <section class="card"><h2>\(ctx.t(.slotSchedule))</h2>
            <p><span class="muted">\(ctx.t(.projectFinish))</span> <strong>\(ctx.dateTime(finish))</strong></p>
            <p>\(ctx.t(.criticalTasks(d.criticalTasks))) \(late)</p>
            <p class="muted">\(ctx.t(.statusDate)): \(ctx.dateTime(d.statusDate))</p>
            <p><a href="\(base)/schedule">\(ctx.t(.ganttTitle))</a></p></section>
            """
    }
}
