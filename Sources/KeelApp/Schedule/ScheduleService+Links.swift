import KeelCore
import KeelStore
import SQLKit

extension ScheduleService {
    /// Links two tasks of the project. Self links, duplicates, links between a summary and its own
    /// subtasks, and links that close a cycle (named task by task) are refused.
    public func createLink(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> (PlanLink, PlanView) {
        let id = ID<PlanLink>()
        return try await change(caller, project, focus: "links[\(id)]") { plan, sql in
            let index = plan.taskIndex()
            var r = InputReader(input, creating: true)
            var predecessor: ID<PlanTask>?, successor: ID<PlanTask>?
            r.reference("predecessor_id", &predecessor) { index[$0] != nil }
            r.reference("successor_id", &successor) { index[$0] != nil }
            if predecessor == nil && !r.errors.has("predecessor_id") { r.errors.add("predecessor_id", .required) }
            if successor == nil && !r.errors.has("successor_id") { r.errors.add("successor_id", .required) }
            var type = LinkType.finishToStart, lag = Lag.zero
            r.choice("type", &type)
            r.lag("lag", &lag, minutesPerDay: plan.settings.minutesPerDay)
            try r.finish()
            let link = PlanLink(id: id, projectID: project, predecessorID: predecessor!, successorID: successor!, type: type, lag: lag)
            if plan.links.contains(where: { $0.predecessorID == link.predecessorID && $0.successorID == link.successorID }) {
                throw KeelError.validation([FieldError("successor_id", .duplicate)])
            }
            if link.predecessorID == link.successorID { throw KeelError.validation([FieldError("successor_id", .selfLink)]) }
            plan.links.append(link)
            // The scheduler's checks (summary links, cycles) run before anything is stored.
            _ = try ScheduleService.checked(plan, focus: "links[\(id)]")
            try await WorkPlanRepository.insert([link], on: sql)
            try await record("create", "link", id.description, project, before: [:], after: link.auditFields, caller, sql)
            return link
        }
    }

    /// Changes a link's type or lag (its ends are fixed: delete it and link again to re-route).
    public func updateLink(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<PlanLink>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws
        -> (PlanLink, PlanView)
    {
        try await change(caller, project, focus: "links[\(id)]") { plan, sql in
            guard let i = plan.links.firstIndex(where: { $0.id == id }) else { throw KeelError.notFound(kind: "link", id: id.description) }
            let current = plan.links[i]
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            var link = current
            var r = InputReader(input, creating: false)
            r.choice("type", &link.type)
            r.lag("lag", &link.lag, minutesPerDay: plan.settings.minutesPerDay)
            try r.finish()
            guard case .updated(let v) = try await WorkPlanRepository.update(link, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            link.version = v
            plan.links[i] = link
            try await record("update", "link", id.description, project, before: current.auditFields, after: link.auditFields, caller, sql)
            return link
        }
    }

    public func deleteLink(_ caller: Caller, project: ID<Project>, _ id: ID<PlanLink>, expectedVersion: Int64?) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            guard let i = plan.links.firstIndex(where: { $0.id == id }) else { throw KeelError.notFound(kind: "link", id: id.description) }
            try KeelServices.checkVersion(expectedVersion, current: plan.links[i].version)
            let link = plan.links.remove(at: i)
            try await WorkPlanRepository.deleteLink(id, project: project, on: sql)
            try await record("delete", "link", id.description, project, before: link.auditFields, after: [:], caller, sql)
        }.1
    }

    /// Schedules `plan` now, to refuse a change before it is written.
    static func checked(_ plan: WorkPlan, focus: String) throws -> Schedule {
        do {
            return try plan.schedule()
        } catch {
            throw focused(error, focus)
        }
    }
}

extension PlanLink {
    var auditFields: [String: String?] {
        let lagText: String
        switch lag {
        case .working(let m): lagText = "\(m)m"
        case .elapsed(let m): lagText = "\(m)em"
        case .percent(let h): lagText = "\(h / 100)%"
        }
        return ["predecessor_id": predecessorID.description, "successor_id": successorID.description, "type": type.rawValue, "lag": lagText]
    }
}
