import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// The issue log on both databases: issues recorded and resolved, and a risk that occurs turned
/// into an issue in one step, once.
@Suite struct IssueServiceTests {
    let system = Caller.system("test")

    @Test(arguments: TestBackend.available)
    func issuesAndRisksThatOccur(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let issues = services.issues
            let p = try await services.projects.create(system, sampleCharter()).id
            var issue = try await issues.create(
                system,
                project: p,
                .fields(["title": "Supplier late", "priority": "high", "raised_on": "2027-03-01", "due": "2027-03-05"])
            )
            #expect(
                issue.code == "I-1" && issue.status == .open && issue.isOverdue(on: Day(iso: "2027-03-06")!)
                    && !issue.isOverdue(on: Day(iso: "2027-03-05")!)
            )
            // Resolving stamps the day; reopening clears it.
            issue = try await issues.update(
                system,
                project: p,
                issue.id,
                .fields(["status": "resolved", "resolution": "Second supplier"]),
                expectedVersion: issue.version
            )
            #expect(issue.resolvedOn != nil && issue.resolution == "Second supplier")
            issue = try await issues.update(system, project: p, issue.id, .fields(["status": "in_progress"]), expectedVersion: nil)
            #expect(issue.resolvedOn == nil)

            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors { _ = try await issues.create(system, project: p, .fields(["title": "", "priority": "urgent", "due": "someday"])) }
                    == ["title": [.required], "priority": [.invalidChoice], "due": [.invalidDay]]
            )
            #expect(
                await fieldErrors {
                    _ = try await issues.create(system, project: p, .fields(["title": "X", "raised_on": "2027-03-02", "due": "2027-03-01"]))
                }
                    == ["due": [.beforeStart]]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            // A high risk occurs: it becomes an issue with its owner, effect and contingency plan.
            let risk = try await services.risks.create(
                system,
                project: p,
                .fields([
                    "title": "Payment licence late", "owner": "Li Wei", "event": "The licence is not granted in time", "effect": "Launch slips",
                    "contingency_plan": "Launch with the partner's licence", "inherent_probability": 4, "inherent_schedule": 4,
                ])
            )
            let raised = try await issues.raise(system, project: p, fromRisk: risk.id)
            #expect(raised.code == "I-2" && raised.title == "R-1 Payment licence late" && raised.owner == "Li Wei" && raised.priority == .high)
            #expect(
                raised.description == "The licence is not granted in time → Launch slips\nLaunch with the partner's licence"
                    && raised.riskID == risk.id
            )
            #expect(try await services.risks.get(system, project: p, risk.id).status == .occurred)
            // Once is enough while the issue is open; a closed risk cannot occur.
            var refused = ""
            do { _ = try await issues.raise(system, project: p, fromRisk: risk.id) } catch KeelError.conflict(let why) { refused = why }
            #expect(refused == "R-1 already has an open issue, I-2")
            #expect(try await issues.forRisk(system, project: p, risk.id).map(\.id) == [raised.id])
            let closed = try await services.risks.create(system, project: p, .fields(["title": "Old", "status": "closed"]))
            refused = ""
            do { _ = try await issues.raise(system, project: p, fromRisk: closed.id) } catch KeelError.conflict(let why) { refused = why }
            #expect(refused == "R-2 is closed")
            try await issues.delete(system, project: p, raised.id, expectedVersion: raised.version)
            #expect(try await issues.list(system, project: p).map(\.code) == ["I-1"])
        }
    }
}
