import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelServer
import KeelStore
import Logging

/// `keel-bench plan [--tasks N]`: a stored work plan of N tasks (the schedule bench's network) on
/// SQLite, through the real router: importing it, loading it cold, and the API round trip of one
/// edit — change a task's duration, reschedule everything in the same transaction, answer.
struct PlanBench {
    let tasks: Int

    func run() async throws {
        let n = tasks == 100_000 ? 10_000 : tasks
        var logger = Logger(label: "keel-bench")
        logger.logLevel = .warning
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-bench-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await Database.open(.sqlite(path: dir.appendingPathComponent("bench.sqlite").path), logger: logger)
        try await Migrator(database: db).migrate()
        let services = KeelServices(database: db)
        let admin = try await services.identity.createUser(
            .system("bench"),
            Input(
                fields: [
                    "email": .string("bench@keel.invalid"), "display_name": .string("Bench"), "password": .string("bench password 1"),
                    "is_admin": .bool(true),
                ],
                fromForm: false
            )
        )
        let caller = Caller.user(admin, requestID: "bench")
        let (_, token) = try await services.identity.createToken(caller, Input(fields: ["name": .string("bench")], fromForm: false))
        let project = try await services.projects.create(
            caller,
            Input(fields: ["code": .string("PLAN-BENCH"), "name": .string("Plan bench"), "currency": .string("CNY")], fromForm: false)
        )
        let plan = ProjectPlan(name: "Bench", network: ScheduleBench.network(tasks: n, seed: 42))
        let bench = CharterBench(projects: 0, url: nil)
        print("keel-bench plan — SQLite, \(n) tasks, \(plan.network.links.count) links, \(ProcessInfo.processInfo.activeProcessorCount) cores")

        let clock = ContinuousClock()
        let imported = try await clock.measure { _ = try await services.schedule.importPlan(caller, project: project.id, plan) }
        bench.report("import (store \(n) tasks and their links, schedule)", total: imported, count: 1, unit: "import")
        var cold: [Duration] = []
        for _ in 0..<5 {
            let fresh = KeelServices(database: db)
            cold.append(try await clock.measure { _ = try await fresh.schedule.view(caller, project: project.id) })
        }
        bench.report("cold load (read every row, schedule)", samples: cold.sorted())

        let router = try buildRouter(services: services, configuration: ServerConfiguration())
        let app = Application(router: router, logger: logger)
        let view = try await services.schedule.view(caller, project: project.id)
        let target = view.plan.tasks[n / 2]
        try await app.test(.router) { client in
            var version = target.version
            var long = false
            let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            let edits = try await bench.sample(200) {
                long.toggle()
                var h = headers
                h[.ifMatch] = "\"\(version)\""
                let r = try await client.execute(
                    uri: "/api/v1/projects/\(project.id)/tasks/\(target.id)",
                    method: .patch,
                    headers: h,
                    body: ByteBuffer(string: long ? #"{"duration":"3d"}"# : #"{"duration":"2d"}"#)
                )
                guard r.status == .ok, let tag = r.headers[.eTag], let v = Int64(tag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) else {
                    throw BenchError.unexpectedStatus("PATCH task", r.status.code)
                }
                version = v
            }
            bench.report("PATCH one task's duration (reschedule \(n)), API round trip", samples: edits)
            let reads = try await bench.sample(20) {
                let r = try await client.execute(uri: "/api/v1/projects/\(project.id)/schedule", method: .get, headers: headers, body: nil)
                guard r.status == .ok else { throw BenchError.unexpectedStatus("GET schedule", r.status.code) }
            }
            bench.report("GET the whole schedule as JSON", samples: reads)
        }

        // The schedule page (Gantt and task table) of a 2,000-task plan, signed in with a session.
        let small = try await services.projects.create(
            caller,
            Input(fields: ["code": .string("GANTT-BENCH"), "name": .string("Gantt bench"), "currency": .string("CNY")], fromForm: false)
        )
        _ = try await services.schedule.importPlan(
            caller,
            project: small.id,
            ProjectPlan(name: "Gantt", network: ScheduleBench.network(tasks: 2_000, seed: 7))
        )
        let session = try await services.identity.signIn(
            email: "bench@keel.invalid",
            password: "bench password 1",
            client: "bench",
            requestID: "bench"
        )
        try await app.test(.router) { client in
            var size = 0
            let pages = try await bench.sample(20) {
                let r = try await client.execute(
                    uri: "/projects/\(small.id)/schedule?zoom=week",
                    method: .get,
                    headers: [.cookie: "keel_session=\(session.sessionToken!)"],
                    body: nil
                )
                guard r.status == .ok else { throw BenchError.unexpectedStatus("schedule page", r.status.code) }
                size = r.body.readableBytes
            }
            bench.report("schedule page, 2,000 tasks (Gantt + table, \(size / 1024) KB)", samples: pages)
        }
        print("peak resident memory: \(ScheduleBench.peakResidentMB()) MB")
        await db.close()
    }
}
