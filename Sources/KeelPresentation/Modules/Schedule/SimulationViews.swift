import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The schedule risk analysis page: the run's options (a GET form, so a result can be linked and
/// bookmarked), the finish dates at P50 and P80, the duration histogram with its cumulative line,
/// the percentile table, the drivers' tornado and the criticality of tasks.
package enum SimulationViews {
    package static func page(
        _ ctx: ViewContext,
        project: Project,
        view: PlanView,
        form: FormKit,
        run: SimulationRun?,
        saved: [SimulationRunView] = [],
        groups: [CorrelationGroup] = [],
        query: String = ""
    ) -> HTML {
        let base = "/projects/\(project.id.description)/schedule"
        let shapes = DistributionShape.allCases.map { (value: $0.rawValue, label: ctx.t(.distributionName($0))) }
        let leaves = Set(view.plan.tasks.map(\.id)).subtracting(view.plan.tasks.compactMap(\.parentID))
        let uncertain = view.plan.tasks.filter { leaves.contains($0.id) && $0.estimate != nil }.count
        let formHTML: HTML = """
            <section class="card"><form method="get" action="\(base)/simulation" class="form" novalidate>\(form.errorSummary())
            <div class="grid2">
            \(form.field("iterations", .iterations, kind: .number))
            \(form.field("seed", .seed, kind: .number, help: .seedHelp))
            \(form.field("distribution", .distributionShape, kind: .select(shapes)))
            \(form.field("deadline", .finishBy, kind: .date, help: .deadlineHelp))
            </div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.runSimulation))</button>
            <button type="submit" formmethod="post" formaction="\(base)/simulation/runs">\(ctx.t(.runAndSave))</button></div>
            \(ctx.csrfField)</form></section>
            """
        let empty: HTML =
            uncertain == 0
            ? "<section class=\"card slot\"><p class=\"muted\">\(ctx.t(.noEstimates))</p><p><a href=\"\(base)\">\(ctx.t(.schedule))</a></p></section>"
            : .empty
        let body: HTML = """
            <h1>\(ctx.t(.riskAnalysis))</h1><p class="muted">\(ctx.t(.riskAnalysisIntro))</p>
            <p class="muted">\(ctx.t(.uncertainTasks(uncertain, leaves.count))) · \(ctx.t(.correlated(.groupCount(groups.count))))
            <a href="\(base)/simulation/correlations">\(ctx.t(.correlated(.manage)))</a></p>\(empty)\(formHTML)\(run.map { results(ctx, $0.result, names: $0.plan.tasks.map(\.name), elapsed: $0.elapsedMilliseconds, currency: $0.currency) })
            \(savedList(ctx, base: base, saved))
            """
        return Layout.page(ctx, title: ctx.t(.riskAnalysis), project: ScheduleViews.nav(project), body: body)
    }

    package static func status(_ ctx: ViewContext, _ v: SimulationRunView) -> HTML {
        let run = v.run
        let cls = run.status == .failed ? "badge crit" : (run.status.isFinished ? "badge" : "badge late")
        var text: HTML = "<span class=\"\(cls)\">\(ctx.t(.runStatus(run.status)))</span>"
        if !run.status.isFinished { text = "\(text) \(String(run.completed * 100 / max(1, run.iterations)))%" }
        if v.isStale && run.status == .done { text = "\(text) <span class=\"badge late\">\(ctx.t(.staleRun))</span>" }
        return text
    }

    package static func savedList(_ ctx: ViewContext, base: String, _ saved: [SimulationRunView]) -> HTML {
        let rows: [HTML] = saved.map { v in
            let r = v.run
            let when = Timestamp.format(r.requestedAt).prefix(16).replacingOccurrences(of: "T", with: " ")
            return """
                <tr><td><a href="\(base)/simulation/runs/\(r.id.uuidString.lowercased())">\(when)</a></td><td class="num">\(String(r.iterations))</td>
                <td class="num">\(String(r.seed))</td><td>\(ctx.t(.distributionName(r.distribution)))</td><td>\(status(ctx, v))</td></tr>
                """
        }
        let table: HTML =
            saved.isEmpty
            ? "<p class=\"muted\">\(ctx.t(.noSavedRuns))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.requestedAt))</th><th scope="col" class="num">\(ctx.t(.iterations))</th>
            <th scope="col" class="num">\(ctx.t(.seed))</th><th scope="col">\(ctx.t(.distributionShape))</th><th scope="col">\(ctx.t(.status))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return "<section class=\"card\" id=\"saved\"><h2>\(ctx.t(.savedRuns))</h2>\(table)</section>"
    }

    /// One saved run: its status (the page refreshes itself while it runs), then its results.
    package static func savedRun(_ ctx: ViewContext, project: Project, _ v: SimulationRunView) -> (HTML, refresh: Bool) {
        let base = "/projects/\(project.id.description)/schedule"
        let run = v.run
        var parts: [HTML] = [
            """
            <h1>\(ctx.t(.savedRun))</h1>
            <p>\(status(ctx, v)) · \(ctx.t(.iterations)) \(String(run.iterations)) · \(ctx.t(.seed)) \(String(run.seed)) · \(ctx.t(.distributionName(run.distribution)))</p>
            """
        ]
        if !run.status.isFinished {
            // keel.js reloads the page while this marker is there (no meta refresh: it cannot be paused).
            parts.append(
                """
                <p class="muted" data-refresh="2">\(ctx.t(.runningNote))</p>
                <form method="post" action="\(base)/simulation/runs/\(run.id.uuidString.lowercased())/stop" class="inline">\(ctx.csrfField)
                <button type="submit" class="danger">\(ctx.t(.stopRun))</button></form>
                """
            )
        }
        if let error = run.error { parts.append("<div class=\"alert\" role=\"alert\">\(ctx.t(.runFailed(error)))</div>") }
        if let stored = v.stored {
            parts.append(
                results(
                    ctx,
                    stored.result,
                    names: stored.taskNames,
                    elapsed: Double(run.elapsedMilliseconds ?? 0),
                    currency: stored.currency.flatMap { Currency(code: $0) }
                )
            )
        }
        parts.append("<p><a href=\"\(base)/simulation#saved\">\(ctx.t(.riskAnalysis))</a></p>")
        let body = parts.joined()
        return (Layout.page(ctx, title: ctx.t(.savedRun), project: ScheduleViews.nav(project), body: body), !run.status.isFinished)
    }

    /// The cost side: P50 and P80 cost, the chance of staying within the budget (and of meeting the
    /// deadline too), the contingency for P80, the cost percentiles and what drives the cost.
    package static func costResults(_ ctx: ViewContext, _ r: SimulationResult, currency: Currency) -> HTML {
        guard let cost = r.cost else { return .empty }
        let f = { (x: FinanceText) in ctx.t(.finance(x)) }
        let money = { (m: Int64) in ctx.money(Money(minor: m, currency: currency)) }
        func tile(_ label: String, _ value: String, _ note: String? = nil) -> HTML {
            let extra: HTML = note.map { "<span class=\"muted\">\($0)</span>" } ?? .empty
            return "<li class=\"tile\"><span class=\"tile-label\">\(label)</span><span class=\"tile-value\">\(value)</span>\(extra)</li>"
        }
        var tiles: [HTML] = [
            tile(f(.simDeterministicCost), money(r.deterministicCost)), tile(f(.simCostAt(50)), money(cost.percentiles[50]!)),
            tile(f(.simCostAt(80)), money(cost.percentiles[80]!), f(.simContingency(money(r.costContingencyP80 ?? 0)))),
        ]
        if let p = r.probabilityOfBudget, let b = r.budget { tiles.append(tile(f(.simWithinBudget(money(b))), "\(Int((p * 100).rounded()))%")) }
        if let both = r.probabilityOfBoth { tiles.append(tile(f(.simBoth), "\(Int((both * 100).rounded()))%")) }
        let rows: [HTML] = SimulationResult.percentileLevels.map { p in
            "<tr><th scope=\"row\">P\(p)</th><td class=\"num\">\(money(cost.percentiles[p]!))</td></tr>"
        }
        let bars = r.costSensitivity.prefix(10).map { Tornado.Bar(label: $0.name, low: min(0, $0.correlation), high: max(0, $0.correlation)) }
        let tornado: HTML =
            bars.isEmpty
            ? .empty
            : "<section class=\"card\">\(Tornado(id: "cost-drivers", title: f(.simCostDrivers), description: f(.simCostDriversDescription), bars: Array(bars), headers: (name: f(.costAccount), low: ctx.t(.correlation) + " −", high: ctx.t(.correlation) + " +"), format: { String(format: "%.2f", $0) }).render())</section>"
        return """
            <h2>\(f(.simCostTitle))</h2><ul class="tiles" aria-label="\(f(.simCostTitle))">\(tiles)</ul>
            <div class="grid2"><section class="card"><h2>\(f(.simCostPercentiles))</h2><div class="table-wrap"><table class="data"><thead><tr>
            <th scope="col">\(ctx.t(.percentile))</th><th scope="col" class="num">\(f(.simTotalCost))</th></tr></thead><tbody>\(rows)</tbody></table></div></section>
            \(tornado)</div>
            """
    }

    package static func results(_ ctx: ViewContext, _ r: SimulationResult, names: [String], elapsed: Double, currency: Currency? = nil) -> HTML {
        let perDay = Double(r.minutesPerDay)
        func days(_ minutes: Int64) -> String { ctx.t(.daysValue(ctx.number((Double(minutes) / perDay * 10).rounded() / 10))) }
        func tile(_ label: String, _ value: String, _ note: String? = nil) -> HTML {
            let extra: HTML = note.map { "<span class=\"muted\">\($0)</span>" } ?? .empty
            return "<li class=\"tile\"><span class=\"tile-label\">\(label)</span><span class=\"tile-value\">\(value)</span>\(extra)</li>"
        }
        var tiles: [HTML] = [
            tile(ctx.t(.deterministicFinish), ctx.dateTime(r.deterministicFinish), days(r.deterministicMinutes)),
            tile(ctx.t(.percentileFinish(50)), ctx.dateTime(r.finishPercentiles[50]), days(r.duration.percentiles[50]!)),
            tile(
                ctx.t(.percentileFinish(80)),
                ctx.dateTime(r.finishPercentiles[80]),
                ctx.t(.contingencyP80(ctx.number((Double(r.scheduleContingencyP80) / perDay * 10).rounded() / 10)))
            ),
        ]
        if let p = r.probabilityOfDeadline, let d = r.deadline {
            // A bare date means the end of that day, held as midnight after it: show the day itself.
            let day = d.minuteOfDay == 0 ? d.adding(minutes: -1).day : d.day
            tiles.append(tile(ctx.t(.finishBy) + " " + ctx.day(day), "\(Int((p * 100).rounded()))%"))
        }
        let histogram = Histogram(
            id: "duration-histogram",
            title: ctx.t(.finishDistribution),
            description: ctx.t(.finishDistributionDescription),
            binLabels: r.histogram.map { "≤ " + days($0.upper) },
            counts: r.histogram.map(\.count),
            headers: (bin: ctx.t(.workingDays), count: ctx.t(.count), cumulative: ctx.t(.cumulative))
        )
        let percentileRows: [HTML] = SimulationResult.percentileLevels.map { p in
            "<tr><th scope=\"row\">P\(p)</th><td class=\"num\">\(days(r.duration.percentiles[p]!))</td><td>\(ctx.dateTime(r.finishPercentiles[p]))</td></tr>"
        }
        let drivers = r.scheduleSensitivity.prefix(10).map { s -> Tornado.Bar in
            let label: String
            switch s.source {
            case .task(let i): label = names[i]
            case .risk, .cost: label = s.name
            }
            return Tornado.Bar(label: label, low: min(0, s.correlation), high: max(0, s.correlation))
        }
        var tornado: HTML = .empty
        if !drivers.isEmpty {
            let chart = Tornado(
                id: "drivers",
                title: ctx.t(.drivers),
                description: ctx.t(.driversDescription),
                bars: drivers,
                headers: (name: ctx.t(.task), low: ctx.t(.correlation) + " −", high: ctx.t(.correlation) + " +"),
                format: { String(format: "%.2f", $0) }
            )
            tornado = "<section class=\"card\">\(chart.render())</section>"
        }
        var critical: [(task: Int, index: Double)] = []
        for (i, c) in r.criticality.enumerated() { if let c, c > 0 { critical.append((i, c)) } }
        critical.sort { a, b in a.index != b.index ? a.index > b.index : a.task < b.task }
        let criticalRows: [HTML] = critical.prefix(20).map { row in
            let share = Int((row.index * 100).rounded())
            return "<tr><td>\(names[row.task])</td><td class=\"num\">\(share)%</td></tr>"
        }
        let facts = ctx.t(.simulationFacts(r.iterations, Int(r.seed), ctx.number(elapsed.rounded())))
        return """
            <ul class="tiles" aria-label="\(ctx.t(.riskAnalysis))">\(tiles)</ul>
            <p class="muted">\(facts)</p>
            <section class="card">\(histogram.render())</section>
            <div class="grid2">
            <section class="card"><h2>\(ctx.t(.percentile))</h2><div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.percentile))</th>
            <th scope="col" class="num">\(ctx.t(.workingDays))</th><th scope="col">\(ctx.t(.finish))</th></tr></thead><tbody>\(percentileRows)</tbody></table></div></section>
            <section class="card"><h2>\(ctx.t(.criticalityIndex))</h2><p class="muted">\(ctx.t(.criticalityDescription))</p>
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.task))</th><th scope="col" class="num">\(ctx.t(.criticalityIndex))</th></tr></thead>
            <tbody>\(criticalRows)</tbody></table></div></section>
            </div>
            \(tornado)
            \(currency.map { costResults(ctx, r, currency: $0) } ?? .empty)
            """
    }
}
