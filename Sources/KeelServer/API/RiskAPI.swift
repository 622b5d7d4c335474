import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects/{projectID}/risks…`: the risk register. Costs are decimal strings in the
/// project's currency; delays are durations (`5d`) and working minutes.
struct RiskAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct RiskBody: Encodable {
        struct Assessment: Encodable {
            let probability: Int
            let impacts: [String: Int]
            let score: Int
            let band: String
            init(_ a: RiskAssessment) {
                probability = a.probability
                impacts = Dictionary(uniqueKeysWithValues: a.impacts.map { ($0.key.rawValue, $0.value) })
                score = a.score
                band = a.band.rawValue
            }
        }

        let id: String
        let projectId: String
        let code: String
        let number: Int
        let kind: String
        let title: String
        let cause: String
        let event: String
        let effect: String
        let category: String
        let owner: String
        let status: String
        let trigger: String
        let proximity: String?
        let raisedOn: String
        let closedOn: String?
        let nextReview: String?
        let reviewOverdue: Bool
        let inherent: Assessment
        let residual: Assessment?
        let currentScore: Int
        let strategy: String?
        let response: String
        let contingencyPlan: String
        let fallbackPlan: String
        let chance: String?
        let delayOptimistic: String?
        let delayMostLikely: String?
        let delayPessimistic: String?
        let delayMinutes: [Int64]?
        let costLow: String?
        let costMode: String?
        let costHigh: String?
        let currency: String
        let expectedMonetaryValue: String?
        let taskIds: [String]
        let awaitsAcceptanceApproval: Bool
        let acceptanceApprovedBy: String?
        let acceptanceApprovedOn: String?
        let version: Int64

        init(_ r: Risk, currency: Currency, minutesPerDay: Int64, today: Day) {
            func days(_ m: Int64) -> String { WorkDuration.days(m, minutesPerDay: minutesPerDay) + "d" }
            func money(_ m: Int64) -> String { Money(minor: m, currency: currency).decimalString }
            id = r.id.description
            projectId = r.projectID.description
            code = r.code
            number = r.number
            kind = r.kind.rawValue
            title = r.title
            cause = r.cause
            event = r.event
            effect = r.effect
            category = r.category.rawValue
            owner = r.owner
            status = r.status.rawValue
            trigger = r.trigger
            proximity = r.proximity?.iso
            raisedOn = r.raisedOn.iso
            closedOn = r.closedOn?.iso
            nextReview = r.nextReview?.iso
            reviewOverdue = r.reviewIsOverdue(today: today)
            inherent = Assessment(r.inherent)
            residual = r.residual.map(Assessment.init)
            currentScore = r.current.score
            strategy = r.strategy?.rawValue
            response = r.response
            contingencyPlan = r.contingencyPlan
            fallbackPlan = r.fallbackPlan
            chance = r.chance.map { FixedPoint.format(Int64($0), digits: 2) }
            delayOptimistic = r.delay.map { days($0.optimistic) }
            delayMostLikely = r.delay.map { days($0.mostLikely) }
            delayPessimistic = r.delay.map { days($0.pessimistic) }
            delayMinutes = r.delay.map { [$0.optimistic, $0.mostLikely, $0.pessimistic] }
            costLow = r.costImpact.map { money($0.low) }
            costMode = r.costImpact.map { money($0.mode) }
            costHigh = r.costImpact.map { money($0.high) }
            self.currency = currency.code
            expectedMonetaryValue = r.expectedMonetaryValue.map(money)
            taskIds = r.taskIDs.map(\.description)
            awaitsAcceptanceApproval = r.awaitsAcceptanceApproval
            acceptanceApprovedBy = r.acceptanceApprovedBy
            acceptanceApprovedOn = r.acceptanceApprovedOn?.iso
            version = r.version
        }
    }

    struct ActionBody: Encodable {
        let id: String
        let riskId: String
        let title: String
        let owner: String
        let due: String?
        let cost: String
        let currency: String
        let status: String
        let overdue: Bool
        let version: Int64

        init(_ a: RiskAction, currency: Currency, today: Day) {
            id = a.id.description
            riskId = a.riskID.description
            title = a.title
            owner = a.owner
            due = a.due?.iso
            cost = Money(minor: a.cost, currency: currency).decimalString
            self.currency = currency.code
            status = a.status.rawValue
            overdue = a.isOverdue(today: today)
            version = a.version
        }
    }

    struct HistoryBody: Encodable {
        let assessedAt: String
        let assessedBy: String
        let stage: String
        let assessment: RiskBody.Assessment
    }

    func register(on router: Router<Context>) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader
        @Sendable func pid(_ ctx: Context) throws -> ID<Project> { try reader.id(ctx, "projectID", "project") }
        @Sendable func rid(_ ctx: Context) throws -> ID<Risk> { try reader.id(ctx, "riskID", "risk") }
        /// How a project's risks are written: its currency and the plan's minutes per day.
        @Sendable func encoder(_ caller: Caller, _ project: ID<Project>) async throws -> @Sendable (Risk) -> RiskBody {
            let p = try await services.projects.get(caller, project)
            let mpd = try await services.schedule.minutesPerDay(caller, project: project)
            let today = Day(utcSecondsSince1970: Date().timeIntervalSince1970)
            return { RiskBody($0, currency: p.charter.budget.currency, minutesPerDay: mpd, today: today) }
        }

        api.get("/risks") { _, ctx in
            let id = try pid(ctx)
            let risks = try await services.risks.list(ctx.caller, project: id)
            let encode = try await encoder(ctx.caller, id)
            return try Resources.json(Resources.ListBody(items: risks.map(encode)))
        }
        api.post("/risks") { req, ctx in
            let id = try pid(ctx)
            let risk = try await services.risks.create(ctx.caller, project: id, try await reader.json(req))
            let encode = try await encoder(ctx.caller, id)
            return try Resources.json(encode(risk), status: .created, version: risk.version, location: "/api/v1/projects/\(id)/risks/\(risk.id)")
        }
        api.get("/risks/{riskID}") { _, ctx in
            let id = try pid(ctx)
            let risk = try await services.risks.get(ctx.caller, project: id, try rid(ctx))
            return try Resources.json(try await encoder(ctx.caller, id)(risk), version: risk.version)
        }
        api.get("/risks/{riskID}/assessments") { _, ctx in
            let entries = try await services.risks.history(ctx.caller, project: try pid(ctx), try rid(ctx))
            return try Resources.json(
                Resources.ListBody(
                    items: entries.map {
                        HistoryBody(
                            assessedAt: Timestamp.format($0.assessedAt), assessedBy: $0.assessedBy, stage: $0.stage,
                            assessment: RiskBody.Assessment($0.assessment))
                    }))
        }
        api.patch("/risks/{riskID}") { req, ctx in
            let id = try pid(ctx)
            let risk = try await services.risks.update(
                ctx.caller, project: id, try rid(ctx), try await reader.json(req), expectedVersion: try reader.requireIfMatch(req))
            return try Resources.json(try await encoder(ctx.caller, id)(risk), version: risk.version)
        }
        @Sendable func aid(_ ctx: Context) throws -> ID<RiskAction> { try reader.id(ctx, "actionID", "risk_action") }
        @Sendable func actionEncoder(_ caller: Caller, _ project: ID<Project>) async throws -> @Sendable (RiskAction) -> ActionBody {
            let currency = try await services.projects.get(caller, project).charter.budget.currency
            let today = Day(utcSecondsSince1970: Date().timeIntervalSince1970)
            return { ActionBody($0, currency: currency, today: today) }
        }
        api.get("/risks/{riskID}/actions") { _, ctx in
            let id = try pid(ctx)
            let actions = try await services.risks.actions(ctx.caller, project: id, risk: try rid(ctx))
            let encode = try await actionEncoder(ctx.caller, id)
            return try Resources.json(Resources.ListBody(items: actions.map(encode)))
        }
        api.post("/risks/{riskID}/actions") { req, ctx in
            let id = try pid(ctx)
            let risk = try rid(ctx)
            let action = try await services.risks.createAction(ctx.caller, project: id, risk: risk, try await reader.json(req))
            return try Resources.json(
                try await actionEncoder(ctx.caller, id)(action), status: .created, version: action.version,
                location: "/api/v1/projects/\(id)/risks/\(risk)/actions/\(action.id)")
        }
        api.patch("/risks/{riskID}/actions/{actionID}") { req, ctx in
            let id = try pid(ctx)
            let action = try await services.risks.updateAction(
                ctx.caller, project: id, risk: try rid(ctx), try aid(ctx), try await reader.json(req), expectedVersion: try reader.requireIfMatch(req))
            return try Resources.json(try await actionEncoder(ctx.caller, id)(action), version: action.version)
        }
        api.delete("/risks/{riskID}/actions/{actionID}") { req, ctx in
            try await services.risks.deleteAction(
                ctx.caller, project: try pid(ctx), risk: try rid(ctx), try aid(ctx), expectedVersion: try reader.requireIfMatch(req))
            return Response(status: .noContent)
        }
        api.post("/risks/{riskID}/approve-acceptance") { req, ctx in
            let id = try pid(ctx)
            // If-Match is optional here: approving twice is refused anyway, and an approval checks
            // the role before anything about the request.
            let risk = try await services.risks.approveAcceptance(ctx.caller, project: id, try rid(ctx), expectedVersion: try reader.ifMatch(req))
            return try Resources.json(try await encoder(ctx.caller, id)(risk), version: risk.version)
        }
        api.delete("/risks/{riskID}") { req, ctx in
            try await services.risks.delete(ctx.caller, project: try pid(ctx), try rid(ctx), expectedVersion: try reader.requireIfMatch(req))
            return Response(status: .noContent)
        }
    }
}
