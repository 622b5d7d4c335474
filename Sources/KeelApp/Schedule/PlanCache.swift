import KeelCore

/// The work plans this process used last, each with its computed schedule. A plan is only taken
/// from here when its revision matches the database's, so several instances behind one PostgreSQL
/// never serve each other's stale copies; an edit then costs one row write and a reschedule.
public actor PlanCache {
    public struct Entry: Sendable {
        public let plan: WorkPlan
        public let schedule: Schedule
    }

    private var entries: [ID<Project>: Entry] = [:]
    private var recent: [ID<Project>] = []
    private let capacity: Int

    /// About 4 MB per 10,000-task plan.
    public init(capacity: Int = 16) { self.capacity = max(1, capacity) }

    func entry(_ project: ID<Project>, revision: Int64) -> Entry? {
        guard let e = entries[project], e.plan.settings.revision == revision else { return nil }
        touch(project)
        return e
    }

    func store(_ entry: Entry) {
        let project = entry.plan.settings.projectID
        entries[project] = entry
        touch(project)
        while recent.count > capacity { entries[recent.removeFirst()] = nil }
    }

    func drop(_ project: ID<Project>) {
        entries[project] = nil
        recent.removeAll { $0 == project }
    }

    private func touch(_ project: ID<Project>) {
        recent.removeAll { $0 == project }
        recent.append(project)
    }
}
