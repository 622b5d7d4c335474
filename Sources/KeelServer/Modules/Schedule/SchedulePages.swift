import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelInterop
import MultipartKit

/// `/projects/{projectID}/schedule…`: the schedule page and its plain-form actions (add, edit,
/// indent, outdent, delete tasks; add and delete dependencies; save baselines). Each action
/// redirects back to the page (303); bad input re-renders the page with the messages (422).
extension WebPages {
    func registerSchedule(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/schedule"

        @Sendable func schedulePage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            taskForm: FormKit?,
            linkForm: FormKit?,
            importErrors: [FieldError] = []
        ) async throws -> HTML {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let plan = try await services.schedule.view(ctx.caller, project: id)
            let q = req.uri.queryParameters
            let zoom = q.get("zoom").flatMap(GanttChart.Zoom.init(rawValue:)) ?? (plan.plan.tasks.count > 150 ? .month : .week)
            let collapsed = Set((q.get("collapsed") ?? "").split(separator: ",").compactMap { ID<PlanTask>(String($0)) })
            let canEdit = may(.editSchedule, ctx)
            return ScheduleViews.page(
                v,
                project: project,
                view: plan,
                zoom: zoom,
                collapsed: collapsed,
                taskForm: taskForm ?? FormKit(v, values: ["duration": "1d"]),
                linkForm: linkForm ?? FormKit(v, values: ["type": "FS"]),
                importErrors: importErrors,
                canEdit: canEdit
            )
        }

        // Schedule risk analysis: a GET form, so a run can be linked to; options in the query.
        router.get(RouterPath(base + "/simulation"), .action(.viewProject)) { req, ctx in
            let id = try ctx.id(.project)
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let plan = try await services.schedule.view(ctx.caller, project: id)
            var values: [String: String] = [:]
            for key in ["iterations", "seed", "distribution", "deadline"] {
                if let value = req.uri.queryParameters.get(key), !value.isEmpty { values[key] = value }
            }
            let defaults = SimulationOptions()
            let budget = ScheduleService.inlineIterationLimit(tasks: plan.plan.tasks.count)
            let shown = [
                "iterations": values["iterations"] ?? String(min(defaults.iterations, budget)), "seed": values["seed"] ?? String(defaults.seed),
                "distribution": values["distribution"] ?? defaults.distribution.rawValue, "deadline": values["deadline"] ?? "",
            ]
            let saved = try await services.simulationRuns.list(ctx.caller, project: id)
            let groups = try await services.correlations.list(ctx.caller, project: id)
            guard plan.plan.tasks.contains(where: { $0.estimate != nil }) else {
                return page(
                    SimulationViews.page(v, project: project, view: plan, form: FormKit(v, values: shown), run: nil, saved: saved, groups: groups),
                    req
                )
            }
            let input = Input.form(shown.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            do {
                let run = try await services.schedule.simulate(ctx.caller, project: id, input)
                return page(
                    SimulationViews.page(v, project: project, view: plan, form: FormKit(v, values: shown), run: run, saved: saved, groups: groups),
                    req
                )
            } catch KeelError.validation(let errors) {
                let html = SimulationViews.page(
                    v,
                    project: project,
                    view: plan,
                    form: FormKit(v, errors: errors, values: shown),
                    run: nil,
                    saved: saved,
                    groups: groups
                )
                return page(html, req, status: .unprocessableContent)
            }
        }

        // Saved runs: started from the same form (POST), run in the background, watched on their page.
        @Sendable func runID(_ ctx: Context) throws -> UUID { try reader.uuid(ctx, "runID", "simulation_run") }
        router.post(RouterPath(base + "/simulation/runs"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let pairs = try await reader.formPairs(req)
            do {
                let run = try await services.simulationRuns.request(
                    ctx.caller,
                    project: id,
                    Input.form(pairs.filter { !$0.1.isEmpty && ["iterations", "seed", "distribution", "deadline"].contains($0.0) })
                )
                return WebResponse.redirect("/projects/\(id)/schedule/simulation/runs/\(run.id.uuidString.lowercased())")
            } catch KeelError.validation(let errors) {
                let v = view(req, ctx)
                var values: [String: String] = [:]
                for (k, value) in pairs { values[k] = value }
                let html = SimulationViews.page(
                    v,
                    project: try await services.projects.get(ctx.caller, id),
                    view: try await services.schedule.view(ctx.caller, project: id),
                    form: FormKit(v, errors: errors, values: values),
                    run: nil,
                    saved: try await services.simulationRuns.list(ctx.caller, project: id),
                    groups: try await services.correlations.list(ctx.caller, project: id)
                )
                return page(html, req, status: .unprocessableContent)
            }
        }
        router.get(RouterPath(base + "/simulation/runs/{runID}"), .action(.viewProject)) { req, ctx in
            let id = try ctx.id(.project)
            let run = try await services.simulationRuns.get(ctx.caller, project: id, try runID(ctx))
            return page(SimulationViews.savedRun(view(req, ctx), project: try await services.projects.get(ctx.caller, id), run).0, req)
        }
        router.post(RouterPath(base + "/simulation/runs/{runID}/stop"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let run = try runID(ctx)
            try await services.simulationRuns.stop(ctx.caller, project: id, run)
            return WebResponse.redirect("/projects/\(id)/schedule/simulation/runs/\(run.uuidString.lowercased())")
        }

        // Import: a multipart upload (the CSRF check has already read its token).
        let uploads = RequestReader(maxBodyBytes: MSPDI.maxBytes)
        struct Upload: Decodable { var file: Data? }
        router.post(RouterPath(base + "/import"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            try await services.schedule.authorizeChange(ctx.caller, project: id)
            guard let boundary = CSRFMiddleware.multipartBoundary(req.headers[.contentType] ?? "") else {
                throw Problem(title: "Unsupported Media Type", status: 415, detail: "Upload the file as multipart/form-data.")
            }
            let body = try await uploads.body(req)
            let data = (try? FormDataDecoder().decode(Upload.self, from: body, boundary: boundary))?.file ?? Data()
            do {
                guard !data.isEmpty else { throw KeelError.validation([FieldError("file", .required)]) }
                let plan: ProjectPlan
                if ScheduleFileFormat.looksLikeXML(data) {
                    plan = try MSPDI.read(data).plan
                } else {
                    guard let file = try? JSONDecoder().decode(ScheduleFile.self, from: data) else {
                        throw KeelError.validation([FieldError("file", .invalidFormat, ["reason": "not_xml_or_json_network"])])
                    }
                    plan = try file.plan(checkingFieldsOf: data)
                }
                _ = try await services.schedule.importPlan(ctx.caller, project: id, plan)
                return WebResponse.redirect("/projects/\(id)/schedule", flash: "saved")
            } catch KeelError.validation(let errors) {
                return page(
                    try await schedulePage(req, ctx, id, taskForm: nil, linkForm: nil, importErrors: errors),
                    req,
                    status: .unprocessableContent
                )
            }
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in
            page(try await schedulePage(req, ctx, try ctx.id(.project), taskForm: nil, linkForm: nil), req)
        }
        router.post(RouterPath(base + "/tasks"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/schedule#tasks") { input, _, _ in
                _ = try await services.schedule.createTask(ctx.caller, project: id, input)
            } rerender: { errors, values, _ in
                try await schedulePage(req, ctx, id, taskForm: FormKit(view(req, ctx), errors: errors, values: values ?? [:]), linkForm: nil)
            }
        }
        router.get(RouterPath(base + "/tasks/{taskID}/edit"), .action(.viewProject)) { req, ctx in
            let (id, t) = (try ctx.id(.project), try ctx.id(.task))
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let plan = try await services.schedule.view(ctx.caller, project: id)
            guard let task = plan.plan.tasks.first(where: { $0.id == t }) else { throw KeelError.notFound(kind: "task", id: t.description) }
            return page(
                ScheduleViews.edit(
                    v,
                    project: project,
                    view: plan,
                    task: task,
                    form: FormKit(v, values: ScheduleViews.values(task, plan)),
                    stale: false
                ),
                req
            )
        }
        router.post(RouterPath(base + "/tasks/{taskID}"), .action(.editSchedule)) { req, ctx in
            let (id, t) = (try ctx.id(.project), try ctx.id(.task))
            return try await submit(req, ctx, success: "/projects/\(id)/schedule#tasks") { input, version, _ in
                _ = try await services.schedule.updateTask(ctx.caller, project: id, t, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                let v = view(req, ctx)
                let project = try await services.projects.get(ctx.caller, id)
                let plan = try await services.schedule.view(ctx.caller, project: id)
                guard let task = plan.plan.tasks.first(where: { $0.id == t }) else { throw KeelError.notFound(kind: "task", id: t.description) }
                let stored = ScheduleViews.values(task, plan)
                return ScheduleViews.edit(
                    v,
                    project: project,
                    view: plan,
                    task: task,
                    form: FormKit(v, errors: errors, values: stale ? stored : (values ?? stored), mine: stale ? values : nil),
                    stale: stale
                )
            }
        }
        for action in ["delete", "indent", "outdent"] {
            router.post(RouterPath(base + "/tasks/{taskID}/\(action)"), .action(.editSchedule)) { req, ctx in
                let (id, t) = (try ctx.id(.project), try ctx.id(.task))
                return try await submit(req, ctx, success: "/projects/\(id)/schedule#tasks", flash: action == "delete" ? "deleted" : "saved") {
                    _,
                    version,
                    _ in
                    switch action {
                    case "delete": _ = try await services.schedule.deleteTask(ctx.caller, project: id, t, expectedVersion: version)
                    case "indent": _ = try await services.schedule.indent(ctx.caller, project: id, [t])
                    default: _ = try await services.schedule.outdent(ctx.caller, project: id, [t])
                    }
                } rerender: { errors, _, _ in
                    // An outline step that cannot be taken (nothing above to indent under) shows on the page.
                    try await schedulePage(req, ctx, id, taskForm: FormKit(view(req, ctx), errors: errors, values: ["duration": "1d"]), linkForm: nil)
                }
            }
        }
        // Several ticked tasks at once: indent, outdent or delete.
        router.post(RouterPath(base + "/tasks/bulk"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/schedule#tasks") { _, _, pairs in
                // Each box has its own name (`task_ids[row]`): boxes sharing one name would have to form a group.
                let ids = pairs.filter { $0.0 == "task_ids" || $0.0.hasPrefix("task_ids[") }.map { Input.Value.string($0.1) }
                var fields: [String: Input.Value] = ["task_ids": .array(ids)]
                if let action = pairs.first(where: { $0.0 == "action" })?.1 { fields["action"] = .string(action) }
                _ = try await services.schedule.bulk(ctx.caller, project: id, Input(fields: fields, fromForm: false))
            } rerender: { errors, _, _ in
                try await schedulePage(req, ctx, id, taskForm: FormKit(view(req, ctx), errors: errors, values: ["duration": "1d"]), linkForm: nil)
            }
        }
        router.post(RouterPath(base + "/links"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/schedule#dependencies") { input, _, _ in
                _ = try await services.schedule.createLink(ctx.caller, project: id, input)
            } rerender: { errors, values, _ in
                try await schedulePage(req, ctx, id, taskForm: nil, linkForm: FormKit(view(req, ctx), errors: errors, values: values ?? [:]))
            }
        }
        router.post(RouterPath(base + "/links/{linkID}/delete"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            let l: ID<PlanLink> = try ctx.id(.link)
            return try await submit(req, ctx, success: "/projects/\(id)/schedule#dependencies", flash: "deleted") { _, version, _ in
                _ = try await services.schedule.deleteLink(ctx.caller, project: id, l, expectedVersion: version)
            } rerender: { _, _, _ in
                try await schedulePage(req, ctx, id, taskForm: nil, linkForm: nil)
            }
        }
        // Settings and calendars.
        @Sendable func settingsPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            settingsForm: FormKit?,
            calendarForm: FormKit?,
            stale: Bool = false
        )
            async throws -> HTML
        {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let plan = try await services.schedule.view(ctx.caller, project: id)
            return ScheduleSettingsViews.page(
                v,
                project: project,
                view: plan,
                settingsForm: settingsForm ?? FormKit(v, values: ScheduleSettingsViews.settingsValues(plan)),
                calendarForm: calendarForm ?? FormKit(v, values: ["template": "standard"]),
                stale: stale
            )
        }
        @Sendable func calendarPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ c: ID<PlanCalendar>,
            errors: [FieldError],
            values: [String: String]?,
            stale: Bool
        ) async throws -> HTML {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let plan = try await services.schedule.view(ctx.caller, project: id)
            guard let calendar = plan.plan.calendars.first(where: { $0.id == c }) else {
                throw KeelError.notFound(kind: "calendar", id: c.description)
            }
            let stored = ScheduleSettingsViews.calendarValues(calendar)
            return ScheduleSettingsViews.editCalendar(
                v,
                project: project,
                calendar: calendar,
                form: FormKit(v, errors: errors, values: stale ? stored : (values ?? stored), mine: stale ? values : nil),
                stale: stale
            )
        }
        router.get(RouterPath(base + "/settings"), .action(.viewProject)) { req, ctx in
            page(try await settingsPage(req, ctx, try ctx.id(.project), settingsForm: nil, calendarForm: nil), req)
        }
        router.post(RouterPath(base + "/settings"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/schedule/settings") { input, version, _ in
                _ = try await services.schedule.updateSettings(ctx.caller, project: id, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                let v = view(req, ctx)
                let stored = ScheduleSettingsViews.settingsValues(try await services.schedule.view(ctx.caller, project: id))
                return try await settingsPage(
                    req,
                    ctx,
                    id,
                    settingsForm: FormKit(v, errors: errors, values: stale ? stored : (values ?? stored), mine: stale ? values : nil),
                    calendarForm: nil,
                    stale: stale
                )
            }
        }
        router.post(RouterPath(base + "/calendars"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/schedule/settings#calendars") { input, _, _ in
                _ = try await services.schedule.createCalendar(ctx.caller, project: id, input)
            } rerender: { errors, values, _ in
                try await settingsPage(req, ctx, id, settingsForm: nil, calendarForm: FormKit(view(req, ctx), errors: errors, values: values ?? [:]))
            }
        }
        router.get(RouterPath(base + "/calendars/{calendarID}/edit"), .action(.viewProject)) { req, ctx in
            page(try await calendarPage(req, ctx, try ctx.id(.project), try ctx.id(.calendar), errors: [], values: nil, stale: false), req)
        }
        router.post(RouterPath(base + "/calendars/{calendarID}"), .action(.editSchedule)) { req, ctx in
            let (id, c) = (try ctx.id(.project), try ctx.id(.calendar))
            return try await submit(req, ctx, success: "/projects/\(id)/schedule/settings#calendars") { input, version, _ in
                _ = try await services.schedule.updateCalendar(ctx.caller, project: id, c, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                try await calendarPage(req, ctx, id, c, errors: errors, values: values, stale: stale)
            }
        }
        router.post(RouterPath(base + "/calendars/{calendarID}/delete"), .action(.editSchedule)) { req, ctx in
            let (id, c) = (try ctx.id(.project), try ctx.id(.calendar))
            return try await submit(req, ctx, success: "/projects/\(id)/schedule/settings#calendars", flash: "deleted") { _, version, _ in
                _ = try await services.schedule.deleteCalendar(ctx.caller, project: id, c, expectedVersion: version)
            } rerender: { errors, values, _ in
                try await calendarPage(req, ctx, id, c, errors: errors, values: values, stale: false)
            }
        }

        router.post(RouterPath(base + "/baselines"), .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/schedule#baselines") { _, _, pairs in
                let number = pairs.first { $0.0 == "number" }.flatMap { Int($0.1) } ?? -1
                let name = pairs.first { $0.0 == "name" }?.1 ?? ""
                _ = try await services.schedule.saveBaseline(ctx.caller, project: id, number: number, name: name)
            } rerender: { errors, _, _ in
                try await schedulePage(req, ctx, id, taskForm: FormKit(view(req, ctx), errors: errors, values: ["duration": "1d"]), linkForm: nil)
            }
        }
    }
}
