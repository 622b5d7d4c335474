import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelInterop

/// `/api/v1/projects/{projectID}/schedule…`, `…/tasks`, `…/links`, `…/calendars`, `…/baselines`:
/// the work plan. Every change answers with the changed object; `GET …/schedule` gives the whole
/// plan with the dates and float computed from it.
struct ScheduleAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader
        let importReader = RequestReader(maxBodyBytes: MSPDI.maxBytes)

        api.get("/schedule", .action(.viewProject)) { _, ctx in
            let view = try await services.schedule.view(ctx.caller, project: try ctx.id(.project))
            return try ScheduleBodies.json(ScheduleBodies.PlanBody(view), version: view.plan.settings.version)
        }
        api.patch("/schedule", .action(.editSchedule)) { req, ctx in
            let view = try await services.schedule.updateSettings(
                ctx.caller,
                project: try ctx.id(.project),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try ScheduleBodies.json(ScheduleBodies.PlanBody(view), version: view.plan.settings.version)
        }
        api.get("/schedule.csv", .action(.viewProject)) { _, ctx in
            let view = try await services.schedule.view(ctx.caller, project: try ctx.id(.project))
            let csv = view.schedule.csv(ids: view.plan.tasks.map(\.id.description), names: view.plan.tasks.map(\.name))
            return WebResponse.csv(csv, filename: "schedule.csv")
        }
        api.get("/schedule.xml", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let project = try await services.projects.get(ctx.caller, id)
            let view = try await services.schedule.view(ctx.caller, project: id)
            let data = try MSPDI.write(
                view.plan.projectPlan(name: project.charter.name),
                schedule: view.schedule,
                currency: project.charter.budget.currency.code
            )
            var headers = HTTPFields()
            headers[.contentType] = "application/xml; charset=utf-8"
            headers[.contentDisposition] = "attachment; filename=\"\(project.charter.code).xml\""
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        api.post("/schedule/import", .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            // Who may import is settled before up to 64 MiB of body is read and parsed.
            try await services.schedule.authorizeChange(ctx.caller, project: id)
            let type = req.headers[.contentType]?.lowercased() ?? ""
            let body = Data(try await importReader.body(req).readableBytesView)
            let plan: ProjectPlan
            if type.hasPrefix("application/xml") || type.hasPrefix("text/xml") {
                plan = try MSPDI.read(body).plan
            } else if type.hasPrefix("application/json") {
                let file: ScheduleFile
                do { file = try JSONDecoder().decode(ScheduleFile.self, from: body) } catch {
                    throw KeelError.malformed("the body is not a network file (see docs/scheduling.md)")
                }
                plan = try file.plan(checkingFieldsOf: body)
            } else {
                throw Problem(
                    type: Problem.base + "unsupported-media-type",
                    title: "Unsupported Media Type",
                    status: 415,
                    detail: "Send MS Project XML as application/xml, or a network file as application/json."
                )
            }
            let view = try await services.schedule.importPlan(ctx.caller, project: id, plan)
            return try ScheduleBodies.json(ScheduleBodies.PlanBody(view), version: view.plan.settings.version)
        }

        api.post("/simulation", .action(.viewProject)) { req, ctx in
            let run = try await services.schedule.simulate(ctx.caller, project: try ctx.id(.project), try await reader.json(req))
            return try ScheduleBodies.json(SimulationBody(run))
        }

        // Saved runs (background jobs)
        @Sendable func runID(_ ctx: Context) throws -> UUID { try reader.uuid(ctx, "runID", "simulation_run") }
        api.post("/simulation-runs", .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let run = try await services.simulationRuns.request(ctx.caller, project: id, try await reader.json(req))
            return try ScheduleBodies.json(
                SimulationRunBody(SimulationRunView(run: run, stored: nil, isStale: false)),
                status: .accepted,
                location: "/api/v1/projects/\(id)/simulation-runs/\(run.id.uuidString.lowercased())"
            )
        }
        api.get("/simulation-runs", .action(.viewProject)) { _, ctx in
            let runs = try await services.simulationRuns.list(ctx.caller, project: try ctx.id(.project))
            return try ScheduleBodies.json(API.ListBody(items: runs.map(SimulationRunBody.init)))
        }
        api.get("/simulation-runs/{runID}", .action(.viewProject)) { _, ctx in
            try ScheduleBodies.json(
                SimulationRunBody(try await services.simulationRuns.get(ctx.caller, project: try ctx.id(.project), try runID(ctx)))
            )
        }
        api.post("/simulation-runs/{runID}/stop", .action(.editRisks)) { _, ctx in
            let id = try ctx.id(.project)
            let run = try runID(ctx)
            try await services.simulationRuns.stop(ctx.caller, project: id, run)
            return try ScheduleBodies.json(
                SimulationRunBody(try await services.simulationRuns.get(ctx.caller, project: id, run)),
                status: .accepted
            )
        }

        // Tasks
        api.post("/tasks", .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            let (task, view) = try await services.schedule.createTask(ctx.caller, project: id, try await reader.json(req))
            return try ScheduleBodies.json(
                ScheduleBodies.TaskBody(task, view),
                status: .created,
                version: task.version,
                location: "/api/v1/projects/\(id)/tasks/\(task.id)"
            )
        }
        api.get("/tasks/{taskID}", .action(.viewProject)) { _, ctx in
            let tid: ID<PlanTask> = try ctx.id(.task)
            let view = try await services.schedule.view(ctx.caller, project: try ctx.id(.project))
            guard let task = view.plan.tasks.first(where: { $0.id == tid }) else { throw KeelError.notFound(kind: "task", id: tid.description) }
            return try ScheduleBodies.json(ScheduleBodies.TaskBody(task, view), version: task.version)
        }
        api.patch("/tasks/{taskID}", .action(.editSchedule)) { req, ctx in
            let tid: ID<PlanTask> = try ctx.id(.task)
            let (task, view) = try await services.schedule.updateTask(
                ctx.caller,
                project: try ctx.id(.project),
                tid,
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try ScheduleBodies.json(ScheduleBodies.TaskBody(task, view), version: task.version)
        }
        api.delete("/tasks/{taskID}", .action(.editSchedule)) { req, ctx in
            let tid: ID<PlanTask> = try ctx.id(.task)
            _ = try await services.schedule.deleteTask(
                ctx.caller,
                project: try ctx.id(.project),
                tid,
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
        api.post("/tasks/bulk", .action(.editSchedule)) { req, ctx in
            let view = try await services.schedule.bulk(ctx.caller, project: try ctx.id(.project), try await reader.json(req))
            return try ScheduleBodies.json(ScheduleBodies.PlanBody(view), version: view.plan.settings.version)
        }

        // Links
        api.post("/links", .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            let (link, view) = try await services.schedule.createLink(ctx.caller, project: id, try await reader.json(req))
            return try ScheduleBodies.json(
                ScheduleBodies.LinkBody(link, minutesPerDay: view.plan.settings.minutesPerDay),
                status: .created,
                version: link.version,
                location: "/api/v1/projects/\(id)/links/\(link.id)"
            )
        }
        api.patch("/links/{linkID}", .action(.editSchedule)) { req, ctx in
            let lid: ID<PlanLink> = try ctx.id(.link)
            let (link, view) = try await services.schedule.updateLink(
                ctx.caller,
                project: try ctx.id(.project),
                lid,
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try ScheduleBodies.json(
                ScheduleBodies.LinkBody(link, minutesPerDay: view.plan.settings.minutesPerDay),
                version: link.version
            )
        }
        api.delete("/links/{linkID}", .action(.editSchedule)) { req, ctx in
            let lid: ID<PlanLink> = try ctx.id(.link)
            _ = try await services.schedule.deleteLink(
                ctx.caller,
                project: try ctx.id(.project),
                lid,
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }

        // Calendars
        api.post("/calendars", .action(.editSchedule)) { req, ctx in
            let id = try ctx.id(.project)
            let (c, _) = try await services.schedule.createCalendar(ctx.caller, project: id, try await reader.json(req))
            return try ScheduleBodies.json(
                ScheduleBodies.CalendarBody(c),
                status: .created,
                version: c.version,
                location: "/api/v1/projects/\(id)/calendars/\(c.id)"
            )
        }
        api.patch("/calendars/{calendarID}", .action(.editSchedule)) { req, ctx in
            let cid: ID<PlanCalendar> = try ctx.id(.calendar)
            let (c, _) = try await services.schedule.updateCalendar(
                ctx.caller,
                project: try ctx.id(.project),
                cid,
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try ScheduleBodies.json(ScheduleBodies.CalendarBody(c), version: c.version)
        }
        api.delete("/calendars/{calendarID}", .action(.editSchedule)) { req, ctx in
            let cid: ID<PlanCalendar> = try ctx.id(.calendar)
            _ = try await services.schedule.deleteCalendar(
                ctx.caller,
                project: try ctx.id(.project),
                cid,
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }

        // Baselines
        api.put("/baselines/{number}", .action(.editSchedule)) { req, ctx in
            let number = try ScheduleBodies.baselineNumber(ctx)
            var r = InputReader(try await reader.json(req), creating: true)
            var name = ""
            r.text("name", &name, max: 200)
            try r.finish()
            let view = try await services.schedule.saveBaseline(ctx.caller, project: try ctx.id(.project), number: number, name: name)
            return try ScheduleBodies.json(ScheduleBodies.PlanBody(view), version: view.plan.settings.version)
        }
        api.delete("/baselines/{number}", .action(.editSchedule)) { _, ctx in
            let number = try ScheduleBodies.baselineNumber(ctx)
            _ = try await services.schedule.deleteBaseline(ctx.caller, project: try ctx.id(.project), number: number)
            return Response(status: .noContent)
        }
    }
}
