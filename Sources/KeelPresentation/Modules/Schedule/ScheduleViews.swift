import KeelApp
import KeelCore

/// The schedule page (summary, Gantt, task table, dependencies, baselines) and the task form.
package enum ScheduleViews {
    package static func nav(_ project: Project) -> Layout.ProjectNav {
        .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .schedule)
    }

    package static func days(_ minutes: Int64, _ view: PlanView) -> String {
        WorkDuration.days(minutes, minutesPerDay: view.plan.settings.minutesPerDay)
    }

    /// The form values of a task, as the edit form shows them.
    package static func values(_ t: PlanTask, _ view: PlanView) -> [String: String] {
        let d = { (m: Int64?) in m.map { days($0, view) + "d" } ?? "" }
        return [
            "name": t.name, "wbs": t.wbs, "owner": t.owner, "notes": t.notes, "priority": String(t.priority), "duration": d(t.duration),
            "milestone": t.isMilestone ? "on" : "", "calendar_id": t.calendarID?.description ?? "", "constraint": t.constraint.rawValue,
            "constraint_date": t.constraintDate?.iso ?? "", "deadline": t.deadline?.iso ?? "", "actual_start": t.actualStart?.iso ?? "",
            "actual_finish": t.actualFinish?.iso ?? "", "percent_complete": String(t.percentComplete), "remaining": d(t.remaining),
            "estimate_optimistic": d(t.estimate?.optimistic), "estimate_most_likely": d(t.estimate?.mostLikely),
            "estimate_pessimistic": d(t.estimate?.pessimistic),
        ]
    }

    package static func page(
        _ ctx: ViewContext,
        project: Project,
        view: PlanView,
        zoom: GanttChart.Zoom,
        collapsed: Set<ID<PlanTask>>,
        taskForm: FormKit,
        linkForm: FormKit,
        importErrors: [FieldError] = [],
        canEdit: Bool = false
    ) -> HTML {
        let base = "/projects/\(project.id.description)/schedule"
        let plan = view.plan
        let s = view.schedule
        let critical = s.tasks.lazy.filter { $0.isCritical && !$0.isSummary }.count
        let missed = s.tasks.lazy.filter(\.missesDeadline).count
        func tile(_ label: Text, _ value: String) -> HTML {
            "<li class=\"tile\"><span class=\"tile-label\">\(ctx.t(label))</span><span class=\"tile-value\">\(value)</span></li>"
        }
        let summary: HTML = """
            <ul class="tiles" aria-label="\(ctx.t(.scheduleSummary))" id="schedule-summary" data-inline-scope>
            \(tile(.start, ctx.dateTime(plan.settings.projectStart)))
            \(tile(.projectFinish, plan.tasks.isEmpty ? ctx.t(.notSet) : ctx.dateTime(s.projectFinish)))
            \(tile(.statusDate, ctx.dateTime(plan.settings.statusDate)))
            \(tile(.critical, ctx.t(.criticalTasks(critical))))
            \(tile(.deadline, ctx.t(.missedDeadlines(missed))))
            \(plan.projectFinishVariance(s, baseline: plan.settings.comparedBaseline).map { v in
                tile(.variance, v == 0 ? ctx.t(.onSchedule) : ctx.t(.finishVariance(days(v, view))))
            } ?? .empty)
            </ul>
            <p class="actions"><a href="\(base)/settings">\(ctx.t(.settingsAndCalendars))</a> ·
            <a href="\(base)/simulation">\(ctx.t(.riskAnalysis))</a> ·
            <a href="/api/v1/projects/\(project.id)/schedule.csv">\(ctx.t(.exportCSV))</a> ·
            <a href="/api/v1/projects/\(project.id)/schedule.xml">\(ctx.t(.exportXML))</a></p>
            """
        let percent = plan.rolledUpPercentComplete()
        let body: HTML
        if plan.tasks.isEmpty {
            body = "<p class=\"empty\">\(ctx.t(.noTasks))</p>"
        } else {
            body = """
                \(zoomBar(ctx, base: base, zoom: zoom, collapsed: collapsed))
                <div class="gantt" id="gantt-view" data-inline-scope data-swap-links>\(gantt(ctx, view: view, base: base, zoom: zoom, collapsed: collapsed, percent: percent))</div>
                \(taskTable(ctx, view: view, base: base, percent: percent, canEdit: canEdit))
                """
        }
        let html: HTML = """
            <h1>\(ctx.t(.schedule))</h1>
            \(summary)\(taskForm.errorsFor("task_ids"))\(taskForm.errorsFor("number"))\(taskForm.errorsFor("name").raw.isEmpty ? HTML.empty : taskForm.errorSummary())
            \(body)
            <section class="card"><h2 id="add-task">\(ctx.t(.addTask))</h2>\(taskForm.errorSummary())
            <form method="post" action="\(base)/tasks" class="form" novalidate>\(ctx.csrfField)
            <div class="grid2">
            \(taskForm.field("name", .name, required: true))
            \(taskForm.field("duration", .duration, help: .durationHelp))
            \(taskForm.field("parent_id", .parentTask, kind: .select(parentOptions(ctx, view))))
            \(taskForm.field("owner", .owner))
            \(taskForm.field("milestone", .milestone, kind: .checkbox))
            </div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            \(dependencies(ctx, view: view, base: base, form: linkForm))
            \(baselines(ctx, view: view, base: base))
            \(importForm(ctx, base: base, errors: importErrors))
            """
        return Layout.page(ctx, title: ctx.t(.schedule), project: nav(project), body: html)
    }

    package static func zoomBar(_ ctx: ViewContext, base: String, zoom: GanttChart.Zoom, collapsed: Set<ID<PlanTask>>) -> HTML {
        let keep = collapsed.isEmpty ? "" : "&collapsed=" + collapsed.map(\.description).sorted().joined(separator: ",")
        let links: [HTML] = GanttChart.Zoom.allCases.map { z in
            z == zoom
                ? "<a href=\"\(base)?zoom=\(z.rawValue)\(keep)\" aria-current=\"true\">\(ctx.t(.zoomLevel(z)))</a>"
                : "<a href=\"\(base)?zoom=\(z.rawValue)\(keep)\">\(ctx.t(.zoomLevel(z)))</a>"
        }
        return
            "<nav class=\"zoom\" id=\"gantt-zoom\" data-inline-scope data-swap-links aria-label=\"\(ctx.t(.zoom))\">\(ctx.t(.zoom)): \(links)</nav>"
    }

    /// The visible rows (subtasks of collapsed summaries hidden) and the chart.
    package static func gantt(
        _ ctx: ViewContext,
        view: PlanView,
        base: String,
        zoom: GanttChart.Zoom,
        collapsed: Set<ID<PlanTask>>,
        percent: [Int]
    ) -> HTML {
        let plan = view.plan
        let s = view.schedule
        let baseline = plan.baselines[plan.settings.comparedBaseline]
        var level = [Int](repeating: 0, count: plan.tasks.count)
        var hidden = [Bool](repeating: false, count: plan.tasks.count)
        let index = plan.taskIndex()
        var rowOf = [Int](repeating: -1, count: plan.tasks.count)
        var rows: [GanttChart.Row] = []
        for (i, t) in plan.tasks.enumerated() {
            if let p = t.parentID.flatMap({ index[$0] }) {
                level[i] = level[p] + 1
                hidden[i] = hidden[p] || collapsed.contains(plan.tasks[p].id)
            }
            guard !hidden[i] else { continue }
            let c = s.tasks[i]
            var toggle: String?
            if c.isSummary {
                var next = collapsed
                if next.contains(t.id) { next.remove(t.id) } else { next.insert(t.id) }
                toggle =
                    "\(base)?zoom=\(zoom.rawValue)" + (next.isEmpty ? "" : "&collapsed=" + next.map(\.description).sorted().joined(separator: ","))
            }
            let b = baseline?.tasks[t.id]
            rowOf[i] = rows.count
            rows.append(
                GanttChart.Row(
                    label: t.name,
                    level: level[i],
                    start: c.start,
                    finish: c.finish,
                    baselineStart: b?.start,
                    baselineFinish: b?.finish,
                    isSummary: c.isSummary,
                    isMilestone: !c.isSummary && (t.isMilestone || t.duration == 0),
                    isCritical: c.isCritical,
                    percentComplete: percent[i],
                    toggle: toggle,
                    collapsed: collapsed.contains(t.id),
                    tooltip: "\(t.name): \(ctx.dateTime(c.start)) – \(ctx.dateTime(c.finish))",
                    tableCells: [
                        t.name, ctx.dateTime(c.start), ctx.dateTime(c.finish), days(c.totalFloat, view), c.isCritical ? ctx.t(.yes) : ctx.t(.no),
                    ],
                    rowID: "task-\(t.id)"
                )
            )
        }
        var arrows: [GanttChart.Arrow] = []
        for l in plan.links {
            guard let p = index[l.predecessorID], let q = index[l.successorID], rowOf[p] >= 0, rowOf[q] >= 0 else { continue }
            arrows.append(.init(from: rowOf[p], to: rowOf[q], type: l.type, critical: s.tasks[p].isCritical && s.tasks[q].isCritical))
        }
        let calendar = plan.calendars.first { $0.id == plan.settings.projectCalendarID }?.calendar ?? plan.calendars.first?.calendar ?? .standard
        return GanttChart(
            id: "gantt",
            title: ctx.t(.ganttTitle),
            description: ctx.t(.ganttDescription),
            rows: rows,
            arrows: arrows,
            zoom: zoom,
            statusDate: plan.settings.statusDate,
            isWorkingDay: { calendar.isWorking($0) },
            monthLabel: { ctx.monthLabel(year: $0, month: $1) },
            tableHeaders: [ctx.t(.task), ctx.t(.start), ctx.t(.finish), ctx.t(.totalFloat), ctx.t(.critical)]
        ).render()
    }

    package static func taskTable(_ ctx: ViewContext, view: PlanView, base: String, percent: [Int], canEdit: Bool) -> HTML {
        let plan = view.plan
        let s = view.schedule
        let variances = plan.variances(s, baseline: plan.settings.comparedBaseline)
        let index = plan.taskIndex()
        var level = [Int](repeating: 0, count: plan.tasks.count)
        let rows: [HTML] = plan.tasks.enumerated().map { i, t in
            if let p = t.parentID.flatMap({ index[$0] }) { level[i] = level[p] + 1 }
            let c = s.tasks[i]
            let badge: HTML = c.isCritical ? " <span class=\"badge crit\">\(ctx.t(.critical))</span>" : .empty
            let late: HTML = c.missesDeadline ? " <span class=\"badge late\">\(ctx.t(.deadline))</span>" : .empty
            let variance: HTML =
                variances[t.id].map { v in
                    v.finish == 0 ? HTML(stringLiteral: ctx.t(.onSchedule)) : HTML(stringLiteral: ctx.t(.finishVariance(days(v.finish, view))))
                } ?? .empty
            let name: HTML = c.isSummary ? "<strong>\(t.name)</strong>" : "\(t.name)"
            // Names of any task; duration and progress of leaf tasks (a summary's roll up).
            let leaf = canEdit && !c.isSummary
            let row = InlineEdit.row(id: "task-\(t.id)", url: "\(base)/tasks/\(t.id)", version: t.version, enabled: canEdit)
            let nameCell = InlineEdit.cell("name", value: t.name, name: ctx.t(.name) + ": " + t.name, enabled: canEdit)
            let durationCell = InlineEdit.cell("duration", value: days(t.duration, view) + "d", name: ctx.t(.duration) + ": " + t.name, enabled: leaf)
            let percentCell = InlineEdit.cell(
                "percent_complete",
                value: String(t.percentComplete),
                name: ctx.t(.percentComplete) + ": " + t.name,
                enabled: leaf
            )
            return """
                <tr\(row)><td><input type="checkbox" name="task_ids[\(i)]" value="\(t.id)" form="bulk" aria-label="\(t.name)"></td><td>\(t.wbs)</td><td class="lvl-\(min(level[i], 8))"\(nameCell)>\(name)\(badge)\(late)</td>
                <td class="num"\(durationCell)>\(days(c.duration, view))d</td><td>\(ctx.dateTime(c.start))</td><td>\(ctx.dateTime(c.finish))</td>
                <td class="num">\(days(c.totalFloat, view))d</td><td class="num"\(percentCell)>\(percent[i])%</td><td>\(t.owner)</td><td>\(variance)</td>
                <td class="actions"><a href="\(base)/tasks/\(t.id)/edit">\(ctx.t(.edit))</a></td></tr>
                """
        }
        return """
            <h2 id="tasks">\(ctx.t(.tasks))</h2>
            <form id="bulk" method="post" action="\(base)/tasks/bulk" class="inline bulk">\(ctx.csrfField)
            <span class="muted">\(ctx.t(.selectedTasks))</span>
            <button type="submit" name="action" value="indent" class="link">\(ctx.t(.indent))</button>
            <button type="submit" name="action" value="outdent" class="link">\(ctx.t(.outdent))</button>
            <button type="submit" name="action" value="delete" class="link" data-confirm="\(ctx.t(.confirmDelete))">\(ctx.t(.delete))</button></form>
            <div class="table-wrap" id="task-table" data-inline-scope><table class="data"><thead><tr><td></td><th scope="col">WBS</th><th scope="col">\(ctx.t(.name))</th>
            <th scope="col" class="num">\(ctx.t(.duration))</th><th scope="col">\(ctx.t(.start))</th><th scope="col">\(ctx.t(.finish))</th>
            <th scope="col" class="num">\(ctx.t(.totalFloat))</th><th scope="col" class="num">\(ctx.t(.percentComplete))</th>
            <th scope="col">\(ctx.t(.owner))</th><th scope="col">\(ctx.t(.variance))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    package static func parentOptions(_ ctx: ViewContext, _ view: PlanView) -> [(value: String, label: String)] {
        [(value: "", label: ctx.t(.topLevel))] + view.plan.tasks.map { (value: $0.id.description, label: taskLabel($0)) }
    }

    package static func taskLabel(_ t: PlanTask) -> String { t.wbs.isEmpty ? t.name : "\(t.wbs) \(t.name)" }

    /// Above this many links the page lists none (each task's page lists its own), so a large
    /// plan's page stays small enough to scroll.
    package static let maxListedLinks = 300

    package static func linkTable(_ ctx: ViewContext, _ links: [PlanLink], view: PlanView, base: String) -> HTML {
        let names = Dictionary(uniqueKeysWithValues: view.plan.tasks.map { ($0.id, taskLabel($0)) })
        let rows: [HTML] = links.map { l in
            let lag: String
            switch l.lag {
            case .working(let m): lag = m == 0 ? "" : days(m, view) + "d"
            case .elapsed(let m): lag = WorkDuration.days(m, minutesPerDay: 1_440) + "ed"
            case .percent(let h): lag = "\(h / 100)%"
            }
            return """
                <tr><td>\(names[l.predecessorID] ?? "")</td><td>\(names[l.successorID] ?? "")</td><td>\(ctx.t(.linkTypeName(l.type)))</td><td>\(lag)</td>
                <td class="actions">\(postButton(ctx, "\(base)/links/\(l.id)/delete", label: ctx.t(.delete), version: l.version, confirm: ctx.t(.confirmDelete)))</td></tr>
                """
        }
        guard !links.isEmpty else { return "<p class=\"empty\">\(ctx.t(.noDependencies))</p>" }
        return """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.predecessor))</th><th scope="col">\(ctx.t(.successor))</th>
            <th scope="col">\(ctx.t(.linkType))</th><th scope="col">\(ctx.t(.lag))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    package static func dependencies(_ ctx: ViewContext, view: PlanView, base: String, form: FormKit) -> HTML {
        let plan = view.plan
        guard !plan.tasks.isEmpty else { return .empty }
        let table: HTML =
            plan.links.count <= maxListedLinks
            ? linkTable(ctx, plan.links, view: view, base: base) : "<p class=\"muted\">\(ctx.t(.manyDependencies(plan.links.count)))</p>"
        let tasks = plan.tasks.map { (value: $0.id.description, label: taskLabel($0)) }
        let types = LinkType.allCases.map { (value: $0.rawValue, label: ctx.t(.linkTypeName($0))) }
        return """
            <section class="card"><h2 id="dependencies">\(ctx.t(.dependencies))</h2>\(table)
            <h3>\(ctx.t(.addDependency))</h3>\(form.errorSummary())
            <form method="post" action="\(base)/links" class="form" novalidate>\(ctx.csrfField)
            <div class="grid2">
            \(form.field("predecessor_id", .predecessor, kind: .select(tasks), required: true))
            \(form.field("successor_id", .successor, kind: .select(tasks), required: true))
            \(form.field("type", .linkType, kind: .select(types)))
            \(form.field("lag", .lag, help: .lagHelp))
            </div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """
    }

    /// Uploading MS Project XML or a JSON network; a refused file lists every problem with its element.
    package static func importForm(_ ctx: ViewContext, base: String, errors: [FieldError]) -> HTML {
        let problems: HTML =
            errors.isEmpty
            ? .empty
            : """
            <div class="alert" role="alert"><p>\(ctx.t(.importFailed))</p><ul>\(errors.prefix(50).map { e in
                "<li><code>\(e.field)</code> \(ctx.t(.fieldError(e)))\(e.detail["line"].map { " (\($0))" } ?? "")</li>" as HTML
            })</ul></div>
            """
        return """
            <section class="card"><h2 id="import">\(ctx.t(.importPlan))</h2>\(problems)
            <form method="post" action="\(base)/import" enctype="multipart/form-data" class="form" novalidate>\(ctx.csrfField)
            <div class="field\(errors.isEmpty ? "" : " has-error")"><label for="f-file">\(ctx.t(.file))</label>
            <input id="f-file" name="file" type="file" accept=".xml,.json,application/xml,application/json" aria-describedby="f-file-note"\(errors.isEmpty ? "" : " aria-invalid=\"true\"")>
            <span class="note" id="f-file-note"><span class="help">\(ctx.t(.importHelp))</span></span></div>
            <div class="buttons"><button type="submit">\(ctx.t(.importAndReplace))</button></div></form></section>
            """
    }

    package static func baselines(_ ctx: ViewContext, view: PlanView, base: String) -> HTML {
        guard !view.plan.tasks.isEmpty else { return .empty }
        let saved: [HTML] = view.plan.baselines.values.sorted { $0.number < $1.number }.map { b in
            "<li>\(ctx.t(.baselineName(b.number)))\(b.name.isEmpty ? "" : " · " + b.name) · \(b.savedAt.prefix(10).description)</li>"
        }
        let numbers: [HTML] = ProjectPlan.baselineNumbers.map { n in "<option value=\"\(n)\">\(ctx.t(.baselineName(n)))</option>" }
        return """
            <section class="card"><h2 id="baselines">\(ctx.t(.saveBaseline))</h2>
            <ul>\(saved)</ul>
            <form method="post" action="\(base)/baselines" class="form inline" novalidate>\(ctx.csrfField)
            <div class="field"><label for="f-number">\(ctx.t(.baselineNumber))</label><select id="f-number" name="number">\(numbers)</select></div>
            <div class="field"><label for="f-baseline-name">\(ctx.t(.name))</label><input id="f-baseline-name" name="name" type="text"></div>
            <div class="buttons"><button type="submit">\(ctx.t(.saveBaseline))</button></div></form></section>
            """
    }

    package static func edit(_ ctx: ViewContext, project: Project, view: PlanView, task: PlanTask, form: FormKit, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)/schedule"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let calendars =
            [(value: "", label: ctx.t(.projectCalendarDefault))] + view.plan.calendars.map { (value: $0.id.description, label: $0.calendar.name) }
        let constraints = ConstraintKind.allCases.map { (value: $0.rawValue, label: ctx.t(.constraintName($0))) }
        let body: HTML = """
            <h1>\(ctx.t(.editTask))</h1>\(staleNote)\(form.errorSummary())
            <form method="post" action="\(base)/tasks/\(task.id)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(task.version))">
            <div class="grid2">
            \(form.field("name", .name, required: true))
            \(form.field("wbs", .code))
            \(form.field("duration", .duration, help: .durationHelp))
            \(form.field("milestone", .milestone, kind: .checkbox))
            \(form.field("owner", .owner))
            \(form.field("priority", .priority, kind: .number))
            \(form.field("calendar_id", .calendar, kind: .select(calendars)))
            \(form.field("constraint", .constraint, kind: .select(constraints)))
            \(form.field("constraint_date", .constraintDate, kind: .dateTime, help: .dateTimeHelp))
            \(form.field("deadline", .deadline, kind: .dateTime, help: .dateTimeHelp))
            \(form.field("actual_start", .actualStart, kind: .dateTime))
            \(form.field("actual_finish", .actualFinish, kind: .dateTime))
            \(form.field("percent_complete", .percentComplete, kind: .number))
            \(form.field("progress_as_of", .progressAsOf, kind: .date, help: .progressAsOfHelp))
            \(form.field("remaining", .remaining, help: .durationHelp))
            \(form.field("estimate_optimistic", .estimateOptimistic))
            \(form.field("estimate_most_likely", .estimateMostLikely))
            \(form.field("estimate_pessimistic", .estimatePessimistic))
            </div>
            \(form.field("notes", .notes, kind: .textarea))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
            <section class="card"><h2>\(ctx.t(.dependencies))</h2>
            \(linkTable(ctx, view.plan.links.filter { $0.predecessorID == task.id || $0.successorID == task.id }, view: view, base: base))</section>
            <section class="card"><p class="actions">
            \(postButton(ctx, "\(base)/tasks/\(task.id)/indent", label: ctx.t(.indent), version: nil))
            \(postButton(ctx, "\(base)/tasks/\(task.id)/outdent", label: ctx.t(.outdent), version: nil))
            \(postButton(ctx, "\(base)/tasks/\(task.id)/delete", label: ctx.t(.delete), version: task.version, confirm: ctx.t(.confirmDelete)))</p></section>
            """
        return Layout.page(ctx, title: ctx.t(.editTask), project: nav(project), body: body)
    }
}

/// The schedule's settings and calendars pages.
package enum ScheduleSettingsViews {
    package static func settingsValues(_ view: PlanView) -> [String: String] {
        let s = view.plan.settings
        return [
            "project_start": s.projectStart.iso, "status_date": s.statusDate?.iso ?? "", "time_zone": s.timeZone,
            "minutes_per_day": String(s.minutesPerDay), "critical_threshold": ScheduleViews.days(s.criticalThreshold, view) + "d",
            "project_calendar_id": s.projectCalendarID?.description ?? "", "compared_baseline": String(s.comparedBaseline),
        ]
    }

    package static func calendarValues(_ c: PlanCalendar) -> [String: String] {
        var v = ["name": c.calendar.name, "exceptions_text": ScheduleService.exceptionsText(c.calendar.exceptions)]
        for (d, key) in ScheduleService.weekdayKeys.enumerated() {
            v["week_\(key)"] = c.calendar.week.days[d].map { "\(WorkInterval.text($0.start))-\(WorkInterval.text($0.end))" }.joined(separator: ", ")
        }
        return v
    }

    package static func page(_ ctx: ViewContext, project: Project, view: PlanView, settingsForm: FormKit, calendarForm: FormKit, stale: Bool) -> HTML
    {
        let base = "/projects/\(project.id.description)/schedule"
        let calendars = view.plan.calendars.map { (value: $0.id.description, label: $0.calendar.name) }
        let baselines = ProjectPlan.baselineNumbers.map { (value: String($0), label: ctx.t(.baselineName($0))) }
        let templates = ScheduleService.CalendarTemplate.allCases.map { (value: $0.rawValue, label: ctx.t(.templateName($0))) }
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let rows: [HTML] = view.plan.calendars.map { c in
            let main: HTML = c.id == view.plan.settings.projectCalendarID ? " <span class=\"badge\">\(ctx.t(.projectCalendarDefault))</span>" : .empty
            return """
                <tr><td>\(c.calendar.name)\(main)</td><td class="num">\(String(c.calendar.week.minutesPerWeek / 60))</td>
                <td class="num">\(c.calendar.exceptions.count)</td><td class="actions"><a href="\(base)/calendars/\(c.id)/edit">\(ctx.t(.edit))</a></td></tr>
                """
        }
        let body: HTML = """
            <h1>\(ctx.t(.settingsAndCalendars))</h1>\(staleNote)
            <section class="card"><h2>\(ctx.t(.scheduleSettings))</h2>\(settingsForm.errorSummary())
            <form method="post" action="\(base)/settings" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(view.plan.settings.version))">
            <div class="grid2">
            \(settingsForm.field("project_start", .plannedStart, kind: .dateTime, required: true))
            \(settingsForm.field("status_date", .statusDate, kind: .dateTime))
            \(settingsForm.field("time_zone", .timeZone, required: true))
            \(settingsForm.field("minutes_per_day", .minutesPerDay, kind: .number))
            \(settingsForm.field("critical_threshold", .criticalThreshold, help: .durationHelp))
            \(settingsForm.field("project_calendar_id", .calendar, kind: .select(calendars)))
            \(settingsForm.field("compared_baseline", .comparedBaseline, kind: .select(baselines)))
            </div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form></section>
            <section class="card"><h2 id="calendars">\(ctx.t(.calendars))</h2>
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.name))</th><th scope="col" class="num">h / 7d</th>
            <th scope="col" class="num">\(ctx.t(.exceptions))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            <h3>\(ctx.t(.addCalendar))</h3>\(calendarForm.errorSummary())
            <form method="post" action="\(base)/calendars" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="template_language" value="\(ctx.locale.rawValue)">
            <div class="grid2">
            \(calendarForm.field("name", .name, required: true))
            \(calendarForm.field("template", .template, kind: .select(templates)))
            </div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """
        return Layout.page(ctx, title: ctx.t(.settingsAndCalendars), project: ScheduleViews.nav(project), body: body)
    }

    package static func editCalendar(_ ctx: ViewContext, project: Project, calendar: PlanCalendar, form: FormKit, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)/schedule"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let days: [HTML] = ScheduleService.weekdayKeys.enumerated().map { d, key in
            form.field("week_\(key)", .weekday(d), help: d == 0 ? .hoursHelp : nil)
        }
        let body: HTML = """
            <h1>\(ctx.t(.editCalendar))</h1>\(staleNote)\(form.errorSummary())
            <form method="post" action="\(base)/calendars/\(calendar.id)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(calendar.version))">
            \(form.field("name", .name, required: true))
            <div class="grid2">\(days)</div>
            \(form.field("exceptions_text", .exceptions, kind: .textarea, help: .exceptionsHelp))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)/settings">\(ctx.t(.cancel))</a></div></form>
            <section class="card"><p class="actions">
            \(postButton(ctx, "\(base)/calendars/\(calendar.id)/delete", label: ctx.t(.delete), version: calendar.version, confirm: ctx.t(.confirmDelete)))</p></section>
            """
        return Layout.page(ctx, title: ctx.t(.editCalendar), project: ScheduleViews.nav(project), body: body)
    }
}
