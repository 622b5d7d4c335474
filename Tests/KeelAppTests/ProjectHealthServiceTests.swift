import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// Project health on both databases: every audited change marks its project due, reassessment stores
/// what a live assessment gives, the portfolio filters and sorts by it, and a change made while an
/// assessment runs is never lost.
@Suite struct ProjectHealthServiceTests {
    let caller = Caller.system("test")

    func stored(_ db: Database, _ p: ID<Project>) async throws -> StoredHealth? {
        try await db.read { sql in try await ProjectHealthRepository.find([p], on: sql)[p] }
    }

    @Test(arguments: TestBackend.available)
    func changesMarkProjectsDueAndReassessmentFollowsTheData(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            // Two weeks planned (2 – 13 March 2026); nothing set up yet, so nothing is assessed.
            let p = try await services.projects.create(caller, sampleCharter(["planned_start": "2026-03-02", "planned_finish": "2026-03-13"])).id
            #expect(try await stored(db, p) == nil)
            #expect(try await services.health.refreshDue() == 1)
            var s = try #require(try await stored(db, p))
            #expect(s.current && s.health.overall == nil && s.health.schedule == nil && s.health.cost == nil)
            #expect(try await services.health.refreshDue() == 0)

            // 12 working days finish on Tuesday 17 March: 4 days late, amber.
            let task = try await services.schedule.createTask(caller, project: p, .fields(["name": "Build", "duration": "12d"])).0
            #expect(try await stored(db, p)?.current == false)
            try await services.health.refreshAll()
            s = try #require(try await stored(db, p))
            #expect(s.current && s.health.schedule == ScheduleHealth(rag: .amber, slipDays: 4, missedDeadlines: 0, spiT: nil))
            // 15 days: Friday 20 March, 7 days late, beyond the 5-day red limit of a short plan.
            _ = try await services.schedule.updateTask(caller, project: p, task.id, .fields(["duration": "15d"]), expectedVersion: nil)
            try await services.health.refreshAll()
            #expect(try await stored(db, p)?.health.schedule?.rag == .red)
            #expect(try await stored(db, p)?.health.schedule?.slipDays == 7)

            // A critical risk makes the register red; the stored figures match a live assessment.
            _ = try await services.risks.create(
                caller,
                project: p,
                .fields(["title": "Permit refused", "kind": "threat", "inherent_probability": 4, "inherent_schedule": 5])
            )
            try await services.health.refreshAll()
            s = try #require(try await stored(db, p))
            #expect(s.health.risk == RiskHealth(rag: .red, critical: 1, high: 0, overdue: 0) && s.health.overall == .red)
            #expect(try await services.health.signals(caller, project: p).health == s.health)

            // A new day makes every assessment due again (status dates, reviews and cash move on).
            let tomorrow = KeelServices(database: db, clock: { Date().addingTimeInterval(86_400) })
            #expect(try await tomorrow.health.refreshDue() == 1)
            #expect(try await stored(db, p)?.health.asOf == Day(utcSecondsSince1970: Date().timeIntervalSince1970 + 86_400))
        }
    }

    @Test(arguments: TestBackend.available)
    func aChangeDuringAnAssessmentLeavesTheProjectDue(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(caller, sampleCharter()).id
            let today = Day(utcSecondsSince1970: Date().timeIntervalSince1970)
            let due = try await db.read { sql in try await ProjectHealthRepository.due(today: today, limit: 10, on: sql) }
            #expect(due.map(\.project) == [p])
            // Someone changes the project after the assessment read its count …
            _ = try await services.objectives.create(
                caller,
                project: p,
                .fields(["name": "Uptime", "target": 99.9, "direction": "higher_is_better", "red_threshold": 99, "amber_threshold": 99.5])
            )
            // … so storing the assessment made of the older data keeps it due.
            try await db.transaction { sql in
                try await ProjectHealthRepository.store(
                    ProjectHealth(asOf: today),
                    project: p,
                    changes: due[0].changes,
                    assessedAt: "2026-11-27T00:00:00.000Z",
                    on: sql
                )
            }
            #expect(try await stored(db, p)?.current == false)
            #expect(try await db.read { sql in try await ProjectHealthRepository.due(today: today, limit: 10, on: sql) }.map(\.project) == [p])
            #expect(try await services.health.refreshDue() == 1)
            #expect(try await stored(db, p)?.current == true)
            // A deleted project takes its row along.
            try await services.projects.delete(caller, p, expectedVersion: nil)
            #expect(try await db.read { sql in try await ProjectHealthRepository.due(today: today, limit: 10, on: sql) }.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func thePortfolioFiltersAndSortsByHealth(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let red = try await services.projects.create(caller, sampleCharter(code: "H-RED")).id
            let amber = try await services.projects.create(caller, sampleCharter(code: "H-AMBER")).id
            let green = try await services.projects.create(caller, sampleCharter(code: "H-GREEN")).id
            _ = try await services.projects.create(caller, sampleCharter(code: "H-NONE"))
            let threat: [String: any Sendable] = ["title": "Late supplier", "kind": "threat"]
            _ = try await services.risks.create(
                caller,
                project: red,
                .fields(threat.merging(["inherent_probability": 5, "inherent_cost": 4]) { $1 })
            )
            _ = try await services.risks.create(
                caller,
                project: amber,
                .fields(threat.merging(["inherent_probability": 3, "inherent_cost": 4]) { $1 })
            )
            _ = try await services.risks.create(
                caller,
                project: green,
                .fields(threat.merging(["inherent_probability": 1, "inherent_cost": 2]) { $1 })
            )
            try await services.health.refreshAll()

            func codes(_ q: PortfolioQuery) async throws -> [String] { try await services.projects.list(caller, q).items.map(\.code) }
            #expect(try await codes(PortfolioQuery(health: .red)) == ["H-RED"])
            #expect(try await codes(PortfolioQuery(health: .amber)) == ["H-AMBER"])
            #expect(try await codes(PortfolioQuery(health: .green)) == ["H-GREEN"])
            #expect(try await codes(PortfolioQuery(sort: .health)) == ["H-RED", "H-AMBER", "H-GREEN", "H-NONE"])
            #expect(try await codes(PortfolioQuery(sort: .health, descending: true)) == ["H-NONE", "H-GREEN", "H-AMBER", "H-RED"])
            let page = try await services.projects.list(caller, PortfolioQuery(search: "H-AMBER"))
            #expect(page.items.first?.health?.health.risk?.rag == .amber && page.items.first?.health?.current == true)
        }
    }

    /// The background assessment reads only the modules that are set up; its lights must equal the
    /// dashboard's, which reads everything. The demo has a project with every module going.
    @Test(arguments: TestBackend.available)
    func storedLightsEqualTheDashboards(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            _ = try await DemoLoader(services: services, language: .en).load()
            try await services.health.refreshAll()
            let items = try await services.projects.list(caller, PortfolioQuery()).items
            #expect(items.count == 4)
            for p in items {
                #expect(p.health?.health == (try await services.health.signals(caller, project: p.id).health), "\(p.code)")
            }
            let main = try #require(items.first { $0.code == DemoLoader.demoCode }?.health?.health)
            #expect(main.schedule != nil && main.cost != nil && main.risk != nil && main.cash != nil)
        }
    }
}
