import Foundation
import KeelCore

package enum ObjectiveViews {
    package static func values(_ o: Objective) -> [String: String] {
        [
            "name": o.name, "unit": o.kpi.unit, "baseline": o.kpi.baseline.map { "\($0)" } ?? "", "target": "\(o.kpi.target)",
            "direction": o.kpi.direction.rawValue, "red_threshold": "\(o.kpi.redThreshold)", "amber_threshold": "\(o.kpi.amberThreshold)",
            "due_date": o.dueDate?.iso ?? "", "position": String(o.position),
        ]
    }

    package static func fields(_ ctx: ViewContext, _ form: FormKit) -> HTML {
        let directions = FormKit.options(KPIDirection.self, ctx) { .kpiDirection($0) }
        return """
            <div class="grid2">
            \(form.field("name", .name, required: true))
            \(form.field("unit", .unit))
            \(form.field("baseline", .baseline, kind: .number))
            \(form.field("target", .target, kind: .number, required: true))
            \(form.field("direction", .direction, kind: .select(directions), required: true))
            \(form.field("due_date", .dueDate, kind: .date))
            \(form.field("amber_threshold", .amberThreshold, kind: .number, required: true, help: .thresholdsHelp))
            \(form.field("red_threshold", .redThreshold, kind: .number, required: true))
            </div>
            """
    }

    /// The latest value with its traffic light, or a dash.
    package static func latest(_ ctx: ViewContext, _ o: Objective, _ measurements: [KPIMeasurement]) -> HTML {
        guard let (m, status) = o.kpi.current(measurements) else { return "—" }
        return
            "<span class=\"rag rag-\(status.rawValue)\" role=\"img\" aria-label=\"\(ctx.t(.rag(status)))\"></span>\(ctx.number(m.value)) <small class=\"muted\">\(ctx.day(m.measuredOn))</small>"
    }

    package static func list(
        _ ctx: ViewContext,
        project: Project,
        objectives: [Objective],
        form: FormKit,
        measurements: [KPIMeasurement] = []
    ) -> HTML {
        let base = "/projects/\(project.id.description)/objectives"
        let measured = Dictionary(grouping: measurements, by: \.objectiveID)
        let rows: [HTML] = objectives.map { o in
            """
            <tr><td>\(o.name)</td><td class="num">\(latest(ctx, o, measured[o.id] ?? []))</td><td>\(o.kpi.unit)</td><td class="num">\(ctx.number(o.kpi.baseline))</td>
            <td class="num">\(ctx.number(o.kpi.target))</td><td>\(ctx.t(.kpiDirection(o.kpi.direction)))</td>
            <td class="num"><span class="rag rag-amber" aria-hidden="true"></span>\(ctx.number(o.kpi.amberThreshold))</td>
            <td class="num"><span class="rag rag-red" aria-hidden="true"></span>\(ctx.number(o.kpi.redThreshold))</td>
            <td>\(ctx.day(o.dueDate))</td>
            <td class="actions"><a href="\(base)/\(o.id.description)/measurements">\(ctx.t(.kpi(.measurements)))</a>
            <a href="\(base)/\(o.id.description)/edit">\(ctx.t(.edit))</a>
            \(postButton(ctx, "\(base)/\(o.id.description)/delete", label: ctx.t(.delete), version: o.version, confirm: ctx.t(.confirmDelete)))</td></tr>
            """
        }
        let table: HTML =
            objectives.isEmpty
            ? "<p class=\"empty\">\(ctx.t(.noObjectives))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.objective))</th><th scope="col" class="num">\(ctx.t(.kpi(.latest)))</th><th scope="col">\(ctx.t(.unit))</th>
            <th scope="col" class="num">\(ctx.t(.baseline))</th><th scope="col" class="num">\(ctx.t(.target))</th><th scope="col">\(ctx.t(.direction))</th>
            <th scope="col" class="num">\(ctx.t(.amberThreshold))</th><th scope="col" class="num">\(ctx.t(.redThreshold))</th>
            <th scope="col">\(ctx.t(.dueDate))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let body: HTML = """
            <h1>\(ctx.t(.objectives))</h1>
            \(table)
            <section class="card"><h2 id="add">\(ctx.t(.addObjective))</h2>
            \(form.errorSummary())
            <form method="post" action="\(base)" class="form" novalidate>\(ctx.csrfField)\(fields(ctx, form))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """
        return Layout.page(
            ctx,
            title: ctx.t(.objectives),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .objectives),
            body: body
        )
    }

    package static func edit(_ ctx: ViewContext, project: Project, objective: Objective, form: FormKit, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)/objectives"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let body: HTML = """
            <h1>\(ctx.t(.editObjective))</h1>\(staleNote)\(form.errorSummary())
            <form method="post" action="\(base)/\(objective.id.description)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(objective.version))">\(fields(ctx, form))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
            <p><a href="\(base)/\(objective.id.description)/measurements">\(ctx.t(.kpi(.measurements)))</a></p>
            """
        return Layout.page(
            ctx,
            title: ctx.t(.editObjective),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .objectives),
            body: body
        )
    }

    /// The KPI's measured values, newest first, with their traffic lights and trend, and a form to
    /// record one.
    package static func measurementsPage(
        _ ctx: ViewContext,
        project: Project,
        objective: Objective,
        _ measurements: [KPIMeasurement],
        form kit: FormKit?,
        canEdit: Bool
    )
        -> HTML
    {
        let list = "/projects/\(project.id.description)/objectives"
        let base = "\(list)/\(objective.id.description)"
        var form = kit ?? FormKit(ctx, values: ["measured_on": ctx.today.iso])
        form.idPrefix = "m-"
        let rows: [HTML] = measurements.reversed().map { m in
            let status = objective.kpi.status(of: m.value)
            return """
                <tr><td>\(ctx.day(m.measuredOn))</td><td class="num"><span class="rag rag-\(status.rawValue)" role="img" aria-label="\(ctx.t(.rag(status)))"></span>\(ctx.number(m.value))</td>
                <td>\(m.note)</td><td class="actions">\(canEdit ? postButton(ctx, "\(base)/measurements/\(m.id.description)/delete", label: ctx.t(.delete), version: nil, confirm: ctx.t(.confirmDelete)) : .empty)</td></tr>
                """
        }
        let table: HTML =
            measurements.isEmpty
            ? "<p class=\"empty\">\(ctx.t(.kpi(.noMeasurements)))</p>"
            : """
            \(Sparkline(values: measurements.suffix(24).map(\.value), label: ctx.t(.kpi(.trend(objective.name)))).render())
            <div class="table-wrap"><table class="data compact"><thead><tr><th scope="col">\(ctx.t(.kpi(.measuredOn)))</th>
            <th scope="col" class="num">\(ctx.t(.kpi(.value))) (\(objective.kpi.unit))</th><th scope="col">\(ctx.t(.kpi(.note)))</th>
            <th scope="col">\(ctx.t(.actions))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let add: HTML =
            canEdit
            ? """
            <section class="card" id="record"><h2>\(ctx.t(.kpi(.record)))</h2>\(form.errorSummary())
            <form method="post" action="\(base)/measurements" class="form" novalidate>\(ctx.csrfField)<div class="grid2">
            \(form.field("measured_on", .kpi(.measuredOn), kind: .date, required: true))\(form.field("value", .kpi(.value), kind: .number, required: true))
            \(form.field("note", .kpi(.note)))</div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """ : .empty
        let arrow = objective.kpi.direction == .higherIsBetter ? "↑" : "↓"
        return Layout.page(
            ctx,
            title: objective.name,
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .objectives),
            body: """
                <h1>\(objective.name) <span class="muted">\(latest(ctx, objective, measurements))</span></h1>
                <p class="muted">\(ctx.t(.kpi(.target(ctx.number(objective.kpi.target))))) \(objective.kpi.unit) \(arrow) · \(ctx.t(.baseline)): \(ctx.number(objective.kpi.baseline))
                · <a href="\(list)">\(ctx.t(.objectives))</a></p>
                <section class="card" id="measurements"><h2>\(ctx.t(.kpi(.measurements)))</h2><p class="muted">\(ctx.t(.kpi(.measurementsHelp)))</p>\(table)</section>\(add)
                """
        )
    }
}
