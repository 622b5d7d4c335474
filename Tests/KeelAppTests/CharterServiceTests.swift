import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

@Suite struct CharterServiceTests {
    let caller = Caller.system("test")

    @Test(arguments: TestBackend.available)
    func creatingAProjectAddsTheStandardPhasesAndAnAuditRecord(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(caller, sampleCharter())
            let phases = try await services.lifecycle.phases(caller, project: p.id)
            #expect(phases.map(\.kind) == [.initiation, .planning, .execution, .monitoring, .closing])
            let audit = try await services.auditEvents(caller, project: p.id, limit: 10)
            #expect(audit.count == 1)
            #expect(audit.first?.action == "create")
            #expect(audit.first?.changes["budget_amount"]?.after == "1000000.00")
            #expect(audit.first?.actor == "system:test")
        }
    }

    @Test(arguments: TestBackend.available)
    func invalidInputListsEveryFieldAndStoresNothing(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let before = try await TestDatabase.rowCounts(db)
            let input = Input.fields([
                "name": "", "currency": "XYZ", "planned_start": "2027-02-30", "status": "dreaming", "budget_amount": "12.345",
                "project_id": "evil", "version": 9,
            ])
            do {
                _ = try await services.projects.create(caller, input)
                Issue.record("expected a validation error")
            } catch KeelError.validation(let errors) {
                let byField = Dictionary(grouping: errors, by: \.field).mapValues { $0.map(\.code) }
                #expect(byField["code"] == [.required])
                #expect(byField["name"] == [.required])
                #expect(byField["currency"] == [.unknownCurrency])
                #expect(byField["planned_start"] == [.invalidDay])
                #expect(byField["status"] == [.invalidChoice])
                #expect(byField["project_id"] == [.unknownField])
                #expect(byField["version"] == [.unknownField])
            }
            #expect(try await TestDatabase.rowCounts(db) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func ruleViolationsAreRefused(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            func codes(_ overrides: [String: any Sendable]) async throws -> [String: [FieldError.Code]] {
                do {
                    _ = try await services.projects.create(caller, sampleCharter(overrides))
                    return [:]
                } catch KeelError.validation(let errors) {
                    return Dictionary(grouping: errors, by: \.field).mapValues { $0.map(\.code) }
                }
            }
            #expect(try await codes(["planned_start": "2027-06-01", "planned_finish": "2027-05-31"]) == ["planned_finish": [.beforeStart]])
            #expect(try await codes(["budget_amount": "-1"]) == ["budget_amount": [.negative]])
            #expect(try await codes(["currency": "ABC"]) == ["currency": [.unknownCurrency]])
            #expect(try await codes(["code": "has space"]) == ["code": [.invalidFormat]])
            let over: [any Sendable] = [
                ["direction": "A", "share_percent": "70"] as [String: any Sendable],
                ["direction": "B", "share_percent": "40"] as [String: any Sendable],
            ]
            #expect(try await codes(["allocations": over]) == ["allocations": [.sharesExceedWhole]])
            _ = try await services.projects.create(caller, sampleCharter(code: "DUP"))
            #expect(try await codes(["code": "DUP"]) == ["code": [.duplicate]])
        }
    }

    @Test(arguments: TestBackend.available)
    func patchKeepsUnsentFieldsAndChecksTheVersion(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(caller, sampleCharter())
            let updated = try await services.projects.update(caller, p.id, .fields(["name": "New name"]), expectedVersion: 1)
            #expect(updated.charter.name == "New name")
            #expect(updated.charter.sponsor == "Li Wei")
            #expect(updated.version == 2)
            await #expect(throws: KeelError.versionMismatch(currentVersion: 2)) {
                try await services.projects.update(caller, p.id, .fields(["name": "Stale"]), expectedVersion: 1)
            }
            let audit = try await services.auditEvents(caller, project: p.id, limit: 10)
            #expect(audit.first?.changes == ["name": .init(before: "Sample project", after: "New name")])
        }
    }

    @Test(arguments: TestBackend.available)
    func objectsOfAnotherProjectAreNotFound(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let a = try await services.projects.create(caller, sampleCharter())
            let b = try await services.projects.create(caller, sampleCharter())
            let s = try await services.stakeholders.create(
                caller,
                project: a.id,
                .fields(["name": "Li", "kind": "sponsor", "influence": 5, "interest": 5])
            )
            await #expect(throws: KeelError.notFound(kind: "stakeholder", id: s.id.description)) {
                try await services.stakeholders.get(caller, project: b.id, s.id)
            }
            await #expect(throws: KeelError.notFound(kind: "stakeholder", id: s.id.description)) {
                try await services.stakeholders.update(caller, project: b.id, s.id, .fields(["name": "x"]), expectedVersion: nil)
            }
            await #expect(throws: KeelError.notFound(kind: "stakeholder", id: s.id.description)) {
                try await services.stakeholders.delete(caller, project: b.id, s.id, expectedVersion: nil)
            }
            #expect(try await services.stakeholders.get(caller, project: a.id, s.id).name == "Li")
        }
    }

    @Test(arguments: TestBackend.available)
    func objectivesStakeholdersPhasesAndGateReviews(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(caller, sampleCharter())
            let o = try await services.objectives.create(
                caller,
                project: p.id,
                .fields(["name": "GMV", "target": 16, "direction": "higher_is_better", "red_threshold": 10, "amber_threshold": 14, "baseline": 8])
            )
            #expect(o.kpi.status(of: 12) == .amber)
            do {
                _ = try await services.objectives.create(
                    caller,
                    project: p.id,
                    .fields(["name": "Bad", "target": 16, "direction": "higher_is_better", "red_threshold": 10, "amber_threshold": 20])
                )
                Issue.record("thresholds on the wrong side must be refused")
            } catch KeelError.validation(let e) {
                #expect(e.map(\.field) == ["amber_threshold"])
            }
            do {
                _ = try await services.stakeholders.create(
                    caller,
                    project: p.id,
                    .fields(["name": "X", "kind": "boss", "influence": 7, "interest": "3"])
                )
                Issue.record("bad stakeholder must be refused")
            } catch KeelError.validation(let e) {
                #expect(Set(e.map(\.field)) == ["kind", "influence", "interest"])
            }
            let phase = try await services.lifecycle.phases(caller, project: p.id)[0]
            let review = try await services.lifecycle.createReview(
                caller,
                project: p.id,
                phase: phase.id,
                .fields([
                    "criteria": [
                        ["text": "Charter signed", "met": true] as [String: any Sendable],
                        ["text": "Budget approved", "met": false] as [String: any Sendable],
                    ]
                        as [any Sendable],
                    "decision": "go_with_conditions", "decider": "Li Wei", "decided_on": "2027-01-29",
                ])
            )
            #expect(review.criteriaMet == 1)
            let custom = try await services.lifecycle.createPhase(caller, project: p.id, .fields(["kind": "custom", "name": "Pilot"]))
            #expect(custom.position == 5)
            // Deleting the project removes everything below it.
            try await services.projects.delete(caller, p.id, expectedVersion: nil)
            let counts = try await TestDatabase.rowCounts(db)
            #expect(counts["objectives"] == 0 && counts["phases"] == 0 && counts["gate_reviews"] == 0 && counts["projects"] == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func demoLoadsOnceInEitherLanguage(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let id = try await DemoLoader(services: services, language: .zhCN).load()
            let again = try await DemoLoader(services: services, language: .en).load()
            #expect(id == again)
            let o = try await services.projects.overview(caller, id)
            #expect(o.project.charter.code == DemoLoader.demoCode)
            #expect(o.objectives.count == 5)
            #expect(Set(o.stakeholders.map(\.kind)) == Set(StakeholderKind.allCases))
            #expect(o.phases.count == 5)
            #expect(o.currentPhase?.kind == .planning)
            #expect(o.gateReviews.count == 1)
            #expect(try await services.projects.list(caller, PortfolioQuery()).total == 4)
        }
    }
}
