import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The groups of tasks with correlated durations: the list with its form, and one group's page.
package enum CorrelationViews {
    package static func t(_ ctx: ViewContext, _ x: CorrelationText) -> String { ctx.t(.correlated(x)) }

    package static func values(_ g: CorrelationGroup) -> [String: String] { ["name": g.name, "coefficient": g.coefficientText] }

    /// The group's rank correlation of a pair, as "0.58".
    package static func rank(_ g: CorrelationGroup) -> String { String(format: "%.2f", g.rankCorrelation) }

    /// The form: name, coefficient and a multi-select of the plan's leaf tasks; tasks in another
    /// group are shown but cannot be chosen.
    package static func fields(
        _ ctx: ViewContext,
        _ f: FormKit,
        plan: WorkPlan,
        groups: [CorrelationGroup],
        editing: ID<CorrelationGroup>?,
        chosen: Set<String>
    ) -> HTML {
        let parents = Set(plan.tasks.compactMap(\.parentID))
        var owner: [ID<PlanTask>: String] = [:]
        for g in groups where g.id != editing { for task in g.taskIDs { owner[task] = g.name } }
        let options: [HTML] = plan.tasks.filter { !parents.contains($0.id) }.map { task in
            let selected: HTML = chosen.contains(task.id.description) ? " selected" : .empty
            if let other = owner[task.id] {
                return "<option value=\"\(task.id.description)\" disabled>\(task.name) (\(t(ctx, .inOtherGroup(other))))</option>"
            }
            return "<option value=\"\(task.id.description)\"\(selected)>\(task.name)</option>"
        }
        let prefix = f.idPrefix
        let taskErrors = f.errors.filter { $0.key.hasPrefix("task_ids") }.flatMap(\.value)
        let taskError: HTML = taskErrors.isEmpty ? .empty : "<span class=\"error\">\(ctx.t(.fieldError(taskErrors[0])))</span>"
        return """
            <div class="grid2">\(f.field("name", .correlated(.name), required: true))
            \(f.field("coefficient", .correlated(.coefficient), kind: .number, required: true, help: .correlated(.coefficientHelp)))</div>
            <input type="hidden" name="_tasks" value="1">
            <div class="field\(taskErrors.isEmpty ? "" : " has-error")"><label for="\(prefix)task_ids">\(t(ctx, .tasks)) <span class="req" aria-hidden="true">*</span></label>
            <select id="\(prefix)task_ids" name="task_ids" multiple size="8" aria-describedby="\(prefix)task_ids-note"\(taskErrors.isEmpty ? "" : " aria-invalid=\"true\"")>\(options)</select>
            <span class="note" id="\(prefix)task_ids-note"><span class="help">\(t(ctx, .tasksHelp))</span>\(taskError)</span></div>
            """
    }

    package static func list(
        _ ctx: ViewContext,
        project: Project,
        plan: WorkPlan,
        groups: [CorrelationGroup],
        form: FormKit,
        chosen: Set<String>,
        canEdit: Bool
    ) -> HTML {
        let base = "/projects/\(project.id.description)/schedule/simulation"
        let names = Dictionary(uniqueKeysWithValues: plan.tasks.map { ($0.id, $0.name) })
        let leafIndex = leafIndex(plan)
        let rows: [HTML] = groups.map { g in
            let tasks = g.taskIDs.compactMap { names[$0] }.joined(separator: ", ")
            let inactive: HTML = g.simulationGroup(leafIndex: leafIndex) == nil ? " <span class=\"badge late\">\(t(ctx, .inactive))</span>" : .empty
            return """
                <tr><td><a href="\(base)/correlations/\(g.id.description)">\(g.name)</a>\(inactive)</td><td class="num">\(g.coefficientText)</td>
                <td class="num">\(rank(g))</td><td>\(tasks)</td></tr>
                """
        }
        let table: HTML =
            groups.isEmpty
            ? "<div class=\"empty\"><p>\(t(ctx, .noGroups))</p></div>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .name))</th><th scope="col" class="num">\(t(ctx, .coefficient))</th>
            <th scope="col" class="num">\(t(ctx, .rankCorrelation))</th><th scope="col">\(t(ctx, .tasks))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let add: HTML =
            canEdit
            ? """
            <section class="card" id="add"><h2>\(t(ctx, .addGroup))</h2>
            <form method="post" action="\(base)/correlations" class="form" novalidate>\(ctx.csrfField)\(form.errorSummary())
            \(fields(ctx, form, plan: plan, groups: groups, editing: nil, chosen: chosen))
            <div class="buttons"><button type="submit">\(ctx.t(.add))</button></div></form></section>
            """ : .empty
        return Layout.page(
            ctx,
            title: t(ctx, .groups),
            project: ScheduleViews.nav(project),
            body: """
                <h1>\(t(ctx, .groups))</h1><p class="muted">\(t(ctx, .groupsHelp))</p>
                <p><a href="\(base)">\(ctx.t(.riskAnalysis))</a></p>
                <section class="card" id="groups">\(table)<p class="muted">\(t(ctx, .theory))</p></section>\(add)
                """
        )
    }

    package static func edit(
        _ ctx: ViewContext,
        project: Project,
        plan: WorkPlan,
        group: CorrelationGroup,
        groups: [CorrelationGroup],
        form: FormKit,
        chosen: Set<String>,
        canEdit: Bool,
        stale: Bool
    ) -> HTML {
        let base = "/projects/\(project.id.description)/schedule/simulation/correlations"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let names = Dictionary(uniqueKeysWithValues: plan.tasks.map { ($0.id, $0.name) })
        let body: HTML =
            canEdit
            ? """
            \(staleNote)<form method="post" action="\(base)/\(group.id.description)" class="form card" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(group.version))">\(form.errorSummary())
            \(fields(ctx, form, plan: plan, groups: groups, editing: group.id, chosen: chosen))
            <div class="buttons"><button type="submit">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
            <p>\(postButton(ctx, "\(base)/\(group.id.description)/delete", label: ctx.t(.delete), version: group.version, confirm: ctx.t(.confirmDelete)))</p>
            """
            : """
            <section class="card"><p>\(t(ctx, .coefficient)): \(group.coefficientText) · \(t(ctx, .rankCorrelation)): \(rank(group))</p>
            <p>\(group.taskIDs.compactMap { names[$0] }.joined(separator: ", "))</p></section>
            """
        return Layout.page(
            ctx,
            title: group.name,
            project: ScheduleViews.nav(project),
            body: """
                <h1>\(group.name)</h1><p><a href="\(base)">\(t(ctx, .groups))</a></p>\(body)
                """
        )
    }

    package static func leafIndex(_ plan: WorkPlan) -> [ID<PlanTask>: Int] {
        let parents = Set(plan.tasks.compactMap(\.parentID))
        var index: [ID<PlanTask>: Int] = [:]
        for (i, t) in plan.tasks.enumerated() where !parents.contains(t.id) { index[t.id] = i }
        return index
    }
}
