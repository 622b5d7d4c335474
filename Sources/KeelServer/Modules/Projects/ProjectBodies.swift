import Foundation
import Hummingbird
import KeelApp
import KeelCore

/// JSON shapes of the charter module: projects, objectives, stakeholders, phases, gate reviews, audit.
enum ProjectBodies {
    struct Allocation: Encodable {
        let direction: String
        let sharePercent: String
        let amount: String
    }

    struct ProjectBody: Encodable {
        let id: String
        let code: String
        let name: String
        let sponsor: String
        let goal: String
        let audience: String
        let valueProposition: String
        let methodology: String
        let plannedStart: String?
        let plannedFinish: String?
        let budgetAmount: String
        let budgetMinor: Int64
        let currency: String
        let allocations: [Allocation]
        let expectedBenefits: String
        let status: String
        let version: Int64
        let createdAt: String
        let updatedAt: String

        init(_ p: Project) {
            let c = p.charter
            id = p.id.description
            code = c.code
            name = c.name
            sponsor = c.sponsor
            goal = c.goal
            audience = c.audience
            valueProposition = c.valueProposition
            methodology = c.methodology
            plannedStart = c.plannedStart?.iso
            plannedFinish = c.plannedFinish?.iso
            budgetAmount = c.budget.decimalString
            budgetMinor = c.budget.minor
            currency = c.budget.currency.code
            allocations = zip(c.allocations, c.allocatedAmounts).map {
                Allocation(direction: $0.direction, sharePercent: FixedPoint.format($0.shareBasisPoints, digits: 2), amount: $1.decimalString)
            }
            expectedBenefits = c.expectedBenefits
            status = c.status.rawValue
            version = p.version
            createdAt = p.createdAt
            updatedAt = p.updatedAt
        }
    }

    struct ProjectSummaryBody: Encodable {
        let id: String
        let code: String
        let name: String
        let sponsor: String
        let status: String
        let plannedStart: String?
        let plannedFinish: String?
        let budgetAmount: String
        let currency: String
        /// The last stored assessment; left out before the first.
        let health: HealthBody?

        init(_ s: ProjectSummary) {
            id = s.id.description
            code = s.code
            name = s.name
            sponsor = s.sponsor
            status = s.status.rawValue
            plannedStart = s.plannedStart?.iso
            plannedFinish = s.plannedFinish?.iso
            budgetAmount = s.budget.decimalString
            currency = s.budget.currency.code
            health = s.health.map { HealthBody($0.health, currency: s.budget.currency, current: $0.current) }
        }
    }

    struct ObjectiveBody: Encodable {
        let id: String
        let projectId: String
        let name: String
        let unit: String
        let baseline: Double?
        let target: Double
        let direction: String
        let redThreshold: Double
        let amberThreshold: Double
        let dueDate: String?
        let position: Int
        let version: Int64

        init(_ o: Objective) {
            id = o.id.description
            projectId = o.projectID.description
            name = o.name
            unit = o.kpi.unit
            baseline = o.kpi.baseline
            target = o.kpi.target
            direction = o.kpi.direction.rawValue
            redThreshold = o.kpi.redThreshold
            amberThreshold = o.kpi.amberThreshold
            dueDate = o.dueDate?.iso
            position = o.position
            version = o.version
        }
    }

    struct StakeholderBody: Encodable {
        let id: String
        let projectId: String
        let name: String
        let kind: String
        let organisation: String
        let contact: String
        let influence: Int
        let interest: Int
        let currentEngagement: String
        let desiredEngagement: String
        let communicationNeeds: String
        let quadrant: String
        let version: Int64

        init(_ s: Stakeholder) {
            id = s.id.description
            projectId = s.projectID.description
            name = s.name
            kind = s.kind.rawValue
            organisation = s.organisation
            contact = s.contact
            influence = s.influence
            interest = s.interest
            currentEngagement = s.currentEngagement.rawValue
            desiredEngagement = s.desiredEngagement.rawValue
            communicationNeeds = s.communicationNeeds
            quadrant = s.quadrant.rawValue
            version = s.version
        }
    }

    struct PhaseBody: Encodable {
        let id: String
        let projectId: String
        let kind: String
        let name: String
        let position: Int
        let plannedStart: String?
        let plannedFinish: String?
        let actualStart: String?
        let actualFinish: String?
        let state: String
        let version: Int64

        init(_ p: Phase) {
            id = p.id.description
            projectId = p.projectID.description
            kind = p.kind.rawValue
            name = p.name
            position = p.position
            plannedStart = p.plannedStart?.iso
            plannedFinish = p.plannedFinish?.iso
            actualStart = p.actualStart?.iso
            actualFinish = p.actualFinish?.iso
            state = p.state.rawValue
            version = p.version
        }
    }

    struct GateReviewBody: Encodable {
        let id: String
        let projectId: String
        let phaseId: String
        let criteria: [GateCriterion]
        let decision: String?
        let decider: String
        let decidedOn: String?
        let notes: String
        let version: Int64

        init(_ g: GateReview) {
            id = g.id.description
            projectId = g.projectID.description
            phaseId = g.phaseID.description
            criteria = g.criteria
            decision = g.decision?.rawValue
            decider = g.decider
            decidedOn = g.decidedOn?.iso
            notes = g.notes
            version = g.version
        }
    }

    struct OverviewBody: Encodable {
        let project: ProjectBody
        let objectives: [ObjectiveBody]
        let stakeholders: [StakeholderBody]
        let phases: [PhaseBody]
        let gateReviews: [GateReviewBody]
        let currentPhaseId: String?
    }

    struct AuditBody: Encodable {
        struct Change: Encodable {
            let before: String?
            let after: String?
        }
        let seq: Int64
        let occurredAt: String
        let actor: String
        let requestId: String
        let action: String
        let objectType: String
        let objectId: String
        let projectId: String?
        let changes: [String: Change]
        let prevHash: String
        let hash: String
    }
}
