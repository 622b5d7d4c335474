import KeelCore

enum ObjectiveViews {
    static func values(_ o: Objective) -> [String: String] {
        [
            "name": o.name, "unit": o.kpi.unit, "baseline": o.kpi.baseline.map { "\($0)" } ?? "", "target": "\(o.kpi.target)",
            "direction": o.kpi.direction.rawValue, "red_threshold": "\(o.kpi.redThreshold)", "amber_threshold": "\(o.kpi.amberThreshold)",
            "due_date": o.dueDate?.iso ?? "", "position": String(o.position),
        ]
    }

    static func fields(_ ctx: ViewContext, _ form: FormKit) -> HTML {
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

    static func list(_ ctx: ViewContext, project: Project, objectives: [Objective], form: FormKit) -> HTML {
        let base = "/projects/\(project.id.description)/objectives"
        let rows: [HTML] = objectives.map { o in
            """
            <tr><td>\(o.name)</td><td>\(o.kpi.unit)</td><td class="num">\(ctx.number(o.kpi.baseline))</td>
            <td class="num">\(ctx.number(o.kpi.target))</td><td>\(ctx.t(.kpiDirection(o.kpi.direction)))</td>
            <td class="num"><span class="rag rag-amber" aria-hidden="true"></span>\(ctx.number(o.kpi.amberThreshold))</td>
            <td class="num"><span class="rag rag-red" aria-hidden="true"></span>\(ctx.number(o.kpi.redThreshold))</td>
            <td>\(ctx.day(o.dueDate))</td>
            <td class="actions"><a href="\(base)/\(o.id.description)/edit">\(ctx.t(.edit))</a>
            \(postButton(ctx, "\(base)/\(o.id.description)/delete", label: ctx.t(.delete), version: o.version, confirm: ctx.t(.confirmDelete)))</td></tr>
            """
        }
        let table: HTML =
            objectives.isEmpty
            ? "<p class=\"empty\">\(ctx.t(.noObjectives))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.objective))</th><th scope="col">\(ctx.t(.unit))</th>
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
            ctx, title: ctx.t(.objectives),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .objectives), body: body)
    }

    static func edit(_ ctx: ViewContext, project: Project, objective: Objective, form: FormKit, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)/objectives"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let body: HTML = """
            <h1>\(ctx.t(.editObjective))</h1>\(staleNote)\(form.errorSummary())
            <form method="post" action="\(base)/\(objective.id.description)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(objective.version))">\(fields(ctx, form))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
            """
        return Layout.page(
            ctx, title: ctx.t(.editObjective),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .objectives), body: body)
    }
}
