import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects/{projectID}/budgets…` and `/approval-levels`: budget versions, their lines and
/// their approval. Amounts are decimal strings in the project's currency.
struct BudgetAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct SegmentBody: Encodable {
        let from: String
        let through: String
        let amount: String
    }

    struct LineBody: Encodable {
        let id: String
        let costAccountId: String
        let method: String
        let period: String
        let amount: String
        let segments: [SegmentBody]
        init(_ l: BudgetLine, _ c: Currency) {
            id = l.id.description
            costAccountId = l.costAccountID.description
            method = l.method.rawValue
            period = l.period.rawValue
            amount = FixedPoint.format(l.amount, digits: c.minorDigits)
            segments = l.segments.map {
                SegmentBody(from: $0.from.iso, through: $0.through.iso, amount: FixedPoint.format($0.amount, digits: c.minorDigits))
            }
        }
    }

    struct LevelBody: Encodable {
        let level: Int
        let maxAmount: String?
        let role: String
        init(_ l: ApprovalLevel, _ c: Currency) {
            level = l.level
            maxAmount = l.maxAmount.map { FixedPoint.format($0, digits: c.minorDigits) }
            role = l.role.rawValue
        }
    }

    struct DecisionBody: Encodable {
        let round: Int64
        let level: Int
        let decision: String
        let decidedBy: String
        let decidedAt: String
        let reason: String
    }

    struct ChangeBody: Encodable {
        let costAccountId: String
        let approved: String
        let proposed: String
        let change: String
    }

    struct VersionBody: Encodable {
        let id: String
        let projectId: String
        let number: Int64
        let name: String
        let status: String
        let currency: String
        let pmb: String
        let contingencyReserve: String
        let managementReserve: String
        let total: String
        let round: Int64
        let submittedBy: String?
        let submittedAt: String?
        let nextLevel: LevelBody?
        let awaitsYou: Bool
        let version: Int64
        let lines: [LineBody]?
        let changes: [ChangeBody]?
        let decisions: [DecisionBody]?
        let requiredLevels: [LevelBody]?

        init(_ v: BudgetVersion, pmb: Int64, total: Int64, next: ApprovalLevel?, awaitsYou: Bool, currency c: Currency, detail: BudgetDetail? = nil) {
            func m(_ x: Int64) -> String { FixedPoint.format(x, digits: c.minorDigits) }
            id = v.id.description
            projectId = v.projectID.description
            number = v.number
            name = v.name
            status = v.status.rawValue
            currency = c.code
            self.pmb = m(pmb)
            contingencyReserve = m(v.contingencyReserve)
            managementReserve = m(v.managementReserve)
            self.total = m(total)
            round = v.round
            submittedBy = v.submittedBy
            submittedAt = v.submittedAt
            nextLevel = next.map { LevelBody($0, c) }
            self.awaitsYou = awaitsYou
            version = v.version
            lines = detail?.plan.lines.map { LineBody($0, c) }
            changes = detail?.changes.map {
                ChangeBody(costAccountId: $0.costAccountID.description, approved: m($0.approved), proposed: m($0.proposed), change: m($0.delta))
            }
            decisions = detail?.decisions.map {
                DecisionBody(
                    round: $0.round,
                    level: $0.level,
                    decision: $0.decision.rawValue,
                    decidedBy: $0.decidedBy,
                    decidedAt: $0.decidedAt,
                    reason: $0.reason
                )
            }
            requiredLevels = detail?.required.map { LevelBody($0, c) }
        }

        init(_ d: BudgetDetail) {
            self.init(
                d.plan.version,
                pmb: d.plan.pmb,
                total: d.plan.total,
                next: d.next,
                awaitsYou: d.callerMayDecide,
                currency: d.currency,
                detail: d
            )
        }
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader
        /// The version as stored after a change, with its page's detail.
        @Sendable func detail(
            _ ctx: Context,
            _ id: ID<Project>,
            _ budget: ID<BudgetVersion>,
            status: HTTPResponse.Status = .ok,
            location: Bool = false
        ) async throws -> Response {
            let d = try await services.budgets.get(ctx.caller, project: id, budget)
            return try API.json(
                VersionBody(d),
                status: status,
                version: d.plan.version.version,
                location: location ? "/api/v1/projects/\(id)/budgets/\(budget)" : nil
            )
        }

        api.get("/budgets", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let currency = try await services.projects.get(ctx.caller, id).charter.budget.currency
            let list = try await services.budgets.list(ctx.caller, project: id)
            return try API.json(
                API.ListBody(
                    items: list.map {
                        VersionBody($0.version, pmb: $0.pmb, total: $0.total, next: $0.next, awaitsYou: $0.awaitsCaller, currency: currency)
                    }
                )
            )
        }
        api.post("/budgets", .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let v = try await services.budgets.create(ctx.caller, project: id, try await reader.json(req))
            return try await detail(ctx, id, v.id, status: .created, location: true)
        }
        api.get("/budgets/{budgetID}", .action(.viewProject)) { _, ctx in try await detail(ctx, try ctx.id(.project), try ctx.id(.budget)) }
        api.patch("/budgets/{budgetID}", .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let v = try await services.budgets.update(
                ctx.caller,
                project: id,
                try ctx.id(.budget),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try await detail(ctx, id, v.id)
        }
        api.delete("/budgets/{budgetID}", .action(.editBudget)) { req, ctx in
            try await services.budgets.delete(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.budget),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
        api.post("/budgets/{budgetID}/lines", .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let budget = try ctx.id(.budget)
            _ = try await services.budgets.addLine(
                ctx.caller,
                project: id,
                budget,
                try await reader.json(req),
                expectedVersion: try reader.ifMatch(req)
            )
            return try await detail(ctx, id, budget, status: .created)
        }
        api.patch("/budgets/{budgetID}/lines/{lineID}", .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let budget = try ctx.id(.budget)
            _ = try await services.budgets.updateLine(
                ctx.caller,
                project: id,
                budget,
                try ctx.id(.line),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try await detail(ctx, id, budget)
        }
        api.delete("/budgets/{budgetID}/lines/{lineID}", .action(.editBudget)) { req, ctx in
            try await services.budgets.deleteLine(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.budget),
                try ctx.id(.line),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
        api.post("/budgets/{budgetID}/submit", .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let v = try await services.budgets.submit(ctx.caller, project: id, try ctx.id(.budget), expectedVersion: try reader.ifMatch(req))
            return try await detail(ctx, id, v.id)
        }
        // If-Match is optional on decisions: the approver's copy is checked when sent, and every
        // abuse is refused anyway; the role is checked before anything about the request.
        api.post("/budgets/{budgetID}/approve", .action(.approveBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let v = try await services.budgets.approve(
                ctx.caller,
                project: id,
                try ctx.id(.budget),
                try await reader.json(req),
                expectedVersion: try reader.ifMatch(req)
            )
            return try await detail(ctx, id, v.id)
        }
        api.post("/budgets/{budgetID}/reject", .action(.approveBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let v = try await services.budgets.reject(
                ctx.caller,
                project: id,
                try ctx.id(.budget),
                try await reader.json(req),
                expectedVersion: try reader.ifMatch(req)
            )
            return try await detail(ctx, id, v.id)
        }
        api.get("/approval-levels", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let currency = try await services.projects.get(ctx.caller, id).charter.budget.currency
            return try API.json(
                API.ListBody(items: try await services.budgets.policy(ctx.caller, project: id).levels.map { LevelBody($0, currency) })
            )
        }
        api.put("/approval-levels", .action(.configureApprovals)) { req, ctx in
            let id = try ctx.id(.project)
            let policy = try await services.budgets.updatePolicy(ctx.caller, project: id, try await reader.json(req))
            let currency = try await services.projects.get(ctx.caller, id).charter.budget.currency
            return try API.json(API.ListBody(items: policy.levels.map { LevelBody($0, currency) }))
        }
    }
}
