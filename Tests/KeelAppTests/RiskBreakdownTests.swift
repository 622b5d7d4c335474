import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// The project's risk breakdown structure on both databases: categories below the standard ones,
/// checked (unique among siblings, no cycles), risks placed in them and filtered by subtree, moved
/// along when a branch changes root, moved up when a category is deleted.
@Suite struct RiskBreakdownTests {
    let caller = Caller.system("test")

    @Test(arguments: TestBackend.available)
    func categoriesBelowTheStandardOnes(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let risks = services.risks
            let p = try await services.projects.create(caller, sampleCharter()).id
            let payments = try await risks.createCategory(caller, project: p, .fields(["name": "Payment gateway", "root": "technical"]))
            let certificates = try await risks.createCategory(
                caller,
                project: p,
                .fields(["name": "Certificates", "parent_id": payments.id.description])
            )
            #expect(certificates.root == .technical && certificates.parentID == payments.id)

            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors {
                    _ = try await risks.createCategory(caller, project: p, .fields(["name": "payment GATEWAY", "root": "technical"]))
                }
                    == ["name": [.duplicate]]
            )
            #expect(await fieldErrors { _ = try await risks.createCategory(caller, project: p, .fields(["name": "X"])) } == ["root": [.required]])
            #expect(
                await fieldErrors {
                    _ = try await risks.createCategory(
                        caller,
                        project: p,
                        .fields(["name": "Y", "parent_id": payments.id.description, "root": "external"])
                    )
                } == ["root": [.mismatch]]
            )
            #expect(
                await fieldErrors {
                    _ = try await risks.updateCategory(
                        caller,
                        project: p,
                        payments.id,
                        .fields(["parent_id": certificates.id.description]),
                        expectedVersion: nil
                    )
                } == ["parent_id": [.cycle]]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            // A risk placed in a category takes its root; the filter finds it from any level above.
            var leak = try await risks.create(
                caller,
                project: p,
                .fields(["title": "Certificate expires", "subcategory_id": certificates.id.description])
            )
            #expect(leak.category == .technical && leak.subcategoryID == certificates.id)
            #expect(
                await fieldErrors {
                    _ = try await risks.create(
                        caller,
                        project: p,
                        .fields(["title": "Z", "category": "external", "subcategory_id": certificates.id.description])
                    )
                } == ["subcategory_id": [.mismatch]]
            )
            let other = try await risks.create(caller, project: p, .fields(["title": "Vendor", "category": "technical"]))
            let summary = try await risks.summary(caller, project: p)
            var filter = RiskFilter(query: ["category": payments.id.description])
            #expect(
                summary.risks.filter { filter.matches($0, today: summary.today, scales: summary.scales, breakdown: summary.breakdown) }.map(\.id) == [
                    leak.id
                ]
            )
            filter = RiskFilter(query: ["category": "technical"])
            #expect(
                summary.risks.filter { filter.matches($0, today: summary.today, scales: summary.scales, breakdown: summary.breakdown) }.count == 2
            )
            #expect(summary.breakdown.path(certificates.id) == ["Payment gateway", "Certificates"])

            // Moving the branch under another root carries its risks along.
            let moved = try await risks.updateCategory(
                caller,
                project: p,
                payments.id,
                .fields(["root": "commercial"]),
                expectedVersion: payments.version
            )
            #expect(moved.root == .commercial)
            leak = try await risks.get(caller, project: p, leak.id)
            #expect(leak.category == .commercial && leak.subcategoryID == certificates.id)
            #expect(try await risks.breakdown(caller, project: p).category(certificates.id)?.root == .commercial)
            #expect(try await risks.get(caller, project: p, other.id).category == .technical)

            // Deleting a category moves what was below it up a level.
            try await risks.deleteCategory(caller, project: p, certificates.id, expectedVersion: nil)
            #expect(try await risks.get(caller, project: p, leak.id).subcategoryID == payments.id)
            try await risks.deleteCategory(caller, project: p, payments.id, expectedVersion: nil)
            let orphan = try await risks.get(caller, project: p, leak.id)
            #expect(orphan.subcategoryID == nil && orphan.category == .commercial)
            #expect(try await risks.breakdown(caller, project: p).categories.isEmpty)
        }
    }
}
