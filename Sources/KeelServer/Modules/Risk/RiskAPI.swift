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
            init(_ a: RiskAssessment, _ scales: RiskScales) {
                probability = a.probability
                impacts = Dictionary(uniqueKeysWithValues: a.impacts.map { ($0.key.rawValue, $0.value) })
                score = scales.score(a)
                band = scales.band(of: a).rawValue
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
        let subcategoryId: String?
        /// The names below the top-level category down to the risk's place, if it has one.
        let categoryPath: [String]
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

        init(_ r: Risk, currency: Currency, minutesPerDay: Int64, today: Day, scales: RiskScales, breakdown: RiskBreakdown) {
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
            subcategoryId = r.subcategoryID?.description
            categoryPath = r.subcategoryID.map { breakdown.path($0) } ?? []
            owner = r.owner
            status = r.status.rawValue
            trigger = r.trigger
            proximity = r.proximity?.iso
            raisedOn = r.raisedOn.iso
            closedOn = r.closedOn?.iso
            nextReview = r.nextReview?.iso
            reviewOverdue = r.reviewIsOverdue(today: today)
            inherent = Assessment(r.inherent, scales)
            residual = r.residual.map { Assessment($0, scales) }
            currentScore = scales.score(r.current)
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

    /// The project's scales: levels with their descriptors and bounds, the method, bands, cadence.
    struct ScalesBody: Encodable {
        struct Probability: Encodable {
            let level: Int
            let label: String
            let upTo: String
        }
        struct Impact: Encodable {
            let level: Int
            let label: String
            let scheduleDays: Int?
            let cost: String?
        }
        let probabilityLevels: [Probability]
        let impactLevels: [Impact]
        let scoreMethod: String
        let maxScore: Int
        let mediumFrom: Int
        let highFrom: Int
        let criticalFrom: Int
        let reviewLow: Int
        let reviewMedium: Int
        let reviewHigh: Int
        let reviewCritical: Int
        let currency: String
        let version: Int64

        init(_ s: RiskScales, currency: Currency) {
            probabilityLevels = s.probability.enumerated().map {
                Probability(level: $0.offset + 1, label: $0.element.label, upTo: FixedPoint.format(Int64($0.element.upTo), digits: 2))
            }
            impactLevels = s.impact.enumerated().map {
                Impact(
                    level: $0.offset + 1,
                    label: $0.element.label,
                    scheduleDays: $0.element.scheduleDaysUpTo,
                    cost: $0.element.costUpTo.map { Money(minor: $0, currency: currency).decimalString }
                )
            }
            scoreMethod = s.method.rawValue
            maxScore = s.maxScore
            mediumFrom = s.mediumFrom
            highFrom = s.highFrom
            criticalFrom = s.criticalFrom
            reviewLow = s.reviewCadence(.low)
            reviewMedium = s.reviewCadence(.medium)
            reviewHigh = s.reviewCadence(.high)
            reviewCritical = s.reviewCadence(.critical)
            self.currency = currency.code
            version = s.version
        }
    }

    struct CategoryBody: Encodable {
        let id: String
        let name: String
        let root: String
        let parentId: String?
        /// Names from below the root down to this one.
        let path: [String]
        let version: Int64
        init(_ c: RiskSubcategory, _ breakdown: RiskBreakdown) {
            id = c.id.description
            name = c.name
            root = c.root.rawValue
            parentId = c.parentID?.description
            path = breakdown.path(c.id)
            version = c.version
        }
    }

    struct HistoryBody: Encodable {
        let assessedAt: String
        let assessedBy: String
        let stage: String
        let assessment: RiskBody.Assessment
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader
        /// How a project's risks are written: its currency and the plan's minutes per day.
        @Sendable func encoder(_ caller: Caller, _ project: ID<Project>) async throws -> @Sendable (Risk) -> RiskBody {
            let p = try await services.projects.get(caller, project)
            let mpd = try await services.schedule.minutesPerDay(caller, project: project)
            let today = services.today
            let scales = try await services.risks.scales(caller, project: project)
            let breakdown = try await services.risks.breakdown(caller, project: project)
            return { RiskBody($0, currency: p.charter.budget.currency, minutesPerDay: mpd, today: today, scales: scales, breakdown: breakdown) }
        }

        api.get("/risks", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let risks = try await services.risks.list(ctx.caller, project: id)
            let encode = try await encoder(ctx.caller, id)
            return try API.json(API.ListBody(items: risks.map(encode)))
        }
        api.post("/risks", .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let risk = try await services.risks.create(ctx.caller, project: id, try await reader.json(req))
            let encode = try await encoder(ctx.caller, id)
            return try API.json(encode(risk), status: .created, version: risk.version, location: "/api/v1/projects/\(id)/risks/\(risk.id)")
        }
        api.get("/risks/{riskID}", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let risk = try await services.risks.get(ctx.caller, project: id, try ctx.id(.risk))
            return try API.json(try await encoder(ctx.caller, id)(risk), version: risk.version)
        }
        api.get("/risks/{riskID}/assessments", .action(.viewProject)) { _, ctx in
            let entries = try await services.risks.history(ctx.caller, project: try ctx.id(.project), try ctx.id(.risk))
            let scales = try await services.risks.scales(ctx.caller, project: try ctx.id(.project))
            return try API.json(
                API.ListBody(
                    items: entries.map {
                        HistoryBody(
                            assessedAt: Timestamp.format($0.assessedAt),
                            assessedBy: $0.assessedBy,
                            stage: $0.stage,
                            assessment: RiskBody.Assessment($0.assessment, scales)
                        )
                    }
                )
            )
        }
        api.patch("/risks/{riskID}", .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let risk = try await services.risks.update(
                ctx.caller,
                project: id,
                try ctx.id(.risk),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(try await encoder(ctx.caller, id)(risk), version: risk.version)
        }
        @Sendable func actionEncoder(_ caller: Caller, _ project: ID<Project>) async throws -> @Sendable (RiskAction) -> ActionBody {
            let currency = try await services.projects.get(caller, project).charter.budget.currency
            let today = services.today
            return { ActionBody($0, currency: currency, today: today) }
        }
        api.get("/risks/{riskID}/actions", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let actions = try await services.risks.actions(ctx.caller, project: id, risk: try ctx.id(.risk))
            let encode = try await actionEncoder(ctx.caller, id)
            return try API.json(API.ListBody(items: actions.map(encode)))
        }
        api.post("/risks/{riskID}/actions", .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let risk = try ctx.id(.risk)
            let action = try await services.risks.createAction(ctx.caller, project: id, risk: risk, try await reader.json(req))
            return try API.json(
                try await actionEncoder(ctx.caller, id)(action),
                status: .created,
                version: action.version,
                location: "/api/v1/projects/\(id)/risks/\(risk)/actions/\(action.id)"
            )
        }
        api.patch("/risks/{riskID}/actions/{actionID}", .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let action = try await services.risks.updateAction(
                ctx.caller,
                project: id,
                risk: try ctx.id(.risk),
                try ctx.id(.action),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(try await actionEncoder(ctx.caller, id)(action), version: action.version)
        }
        api.delete("/risks/{riskID}/actions/{actionID}", .action(.editRisks)) { req, ctx in
            try await services.risks.deleteAction(
                ctx.caller,
                project: try ctx.id(.project),
                risk: try ctx.id(.risk),
                try ctx.id(.action),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
        api.post("/risks/{riskID}/approve-acceptance", .action(.approveRiskAcceptance)) { req, ctx in
            let id = try ctx.id(.project)
            // If-Match is optional here: approving twice is refused anyway, and an approval checks
            // the role before anything about the request.
            let risk = try await services.risks.approveAcceptance(
                ctx.caller,
                project: id,
                try ctx.id(.risk),
                expectedVersion: try reader.ifMatch(req)
            )
            return try API.json(try await encoder(ctx.caller, id)(risk), version: risk.version)
        }
        api.get("/risk-scales", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let scales = try await services.risks.scales(ctx.caller, project: id)
            return try API.json(
                ScalesBody(scales, currency: try await services.projects.get(ctx.caller, id).charter.budget.currency),
                version: scales.version
            )
        }
        api.patch("/risk-scales", .action(.configureRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let scales = try await services.risks.updateScales(
                ctx.caller,
                project: id,
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(
                ScalesBody(scales, currency: try await services.projects.get(ctx.caller, id).charter.budget.currency),
                version: scales.version
            )
        }
        api.get("/risk-categories", .action(.viewProject)) { _, ctx in
            let breakdown = try await services.risks.breakdown(ctx.caller, project: try ctx.id(.project))
            return try API.json(API.ListBody(items: breakdown.categories.map { CategoryBody($0, breakdown) }))
        }
        api.post("/risk-categories", .action(.configureRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let c = try await services.risks.createCategory(ctx.caller, project: id, try await reader.json(req))
            let breakdown = try await services.risks.breakdown(ctx.caller, project: id)
            return try API.json(
                CategoryBody(c, breakdown),
                status: .created,
                version: c.version,
                location: "/api/v1/projects/\(id)/risk-categories/\(c.id)"
            )
        }
        api.patch("/risk-categories/{categoryID}", .action(.configureRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let c = try await services.risks.updateCategory(
                ctx.caller,
                project: id,
                try ctx.id(.category),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(CategoryBody(c, try await services.risks.breakdown(ctx.caller, project: id)), version: c.version)
        }
        api.delete("/risk-categories/{categoryID}", .action(.configureRisks)) { req, ctx in
            try await services.risks.deleteCategory(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.category),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
        api.delete("/risks/{riskID}", .action(.editRisks)) { req, ctx in
            try await services.risks.delete(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.risk),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
    }
}
