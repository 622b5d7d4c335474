import Foundation
import KeelCore
import KeelStore
import SQLKit

extension ScheduleService {
    /// Adds a task: at the end of the plan, or as the last subtask of `parent_id`.
    public func createTask(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> (PlanTask, PlanView) {
        let id = ID<PlanTask>()
        return try await change(caller, project, focus: "tasks[\(id)]") { plan, sql in
            let index = plan.taskIndex()
            var task = PlanTask(id: id, projectID: project, position: plan.tasks.count, name: "", duration: plan.settings.minutesPerDay)
            var r = InputReader(input, creating: true)
            var parent: ID<PlanTask>?
            r.reference("parent_id", &parent) { index[$0] != nil }
            Self.read(&r, into: &task, plan)
            let asOf = Self.readProgressDate(&r)
            try r.finish()
            let position = parent.map { plan.subtreeEnd(of: index[$0]!) } ?? plan.tasks.count
            task.parentID = parent
            task.position = position
            if position < plan.tasks.count { try await WorkPlanRepository.shiftPositions(project: project, from: position, by: 1, on: sql) }
            try await WorkPlanRepository.insert([task], on: sql)
            if task.percentComplete > 0 { try await Self.recordProgress(task, plan, asOf: asOf, today: services.today, sql) }
            plan.tasks.insert(task, at: position)
            plan.renumber(from: position + 1)
            try await record("create", "task", id.description, project, before: [:], after: task.auditFields, caller, sql)
            return task
        }
    }

    /// Changes a task's fields (PATCH semantics). Its place in the outline changes through `move`.
    public func updateTask(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<PlanTask>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws
        -> (PlanTask, PlanView)
    {
        try await change(caller, project, focus: "tasks[\(id)]") { plan, sql in
            guard let i = plan.taskIndex()[id] else { throw KeelError.notFound(kind: "task", id: id.description) }
            let current = plan.tasks[i]
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            var task = current
            var r = InputReader(input, creating: false)
            Self.read(&r, into: &task, plan)
            let asOf = Self.readProgressDate(&r)
            try r.finish()
            guard case .updated(let v) = try await WorkPlanRepository.update(task, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            task.version = v
            if task.percentComplete != current.percentComplete || asOf != nil {
                try await Self.recordProgress(task, plan, asOf: asOf, today: services.today, sql)
            }
            plan.tasks[i] = task
            try await record("update", "task", id.description, project, before: current.auditFields, after: task.auditFields, caller, sql)
            return task
        }
    }

    /// `progress_as_of`: the day a reported percent complete is true at (it goes with `percent_complete`).
    static func readProgressDate(_ r: inout InputReader) -> Day? {
        var asOf: Day?
        r.day("progress_as_of", &asOf)
        if asOf != nil && !r.has("percent_complete") && !r.errors.has("percent_complete") {
            r.errors.add("percent_complete", .required, ["reason": "progress_as_of_given"])
        }
        return asOf
    }

    /// Keeps the history earned value reads: the task's percent complete as of `asOf`, else the plan's
    /// status date, else today.
    static func recordProgress(_ task: PlanTask, _ plan: WorkPlan, asOf: Day?, today: Day, _ sql: any SQLDatabase) async throws {
        let day = asOf ?? plan.settings.statusDate?.day ?? today
        try await EarnedValueRepository.recordProgress(task: task.id, project: task.projectID, day: day, percent: task.percentComplete, on: sql)
    }

    /// Deletes a task with its subtasks and every link that touches them.
    public func deleteTask(_ caller: Caller, project: ID<Project>, _ id: ID<PlanTask>, expectedVersion: Int64?) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            guard let i = plan.taskIndex()[id] else { throw KeelError.notFound(kind: "task", id: id.description) }
            try KeelServices.checkVersion(expectedVersion, current: plan.tasks[i].version)
            let removed = try await removeSubtrees([i], from: &plan, project, sql)
            try await record(
                "delete",
                "task",
                id.description,
                project,
                before: plan.tasksAudit(removed.first!, count: removed.count),
                after: [:],
                caller,
                sql
            )
        }.1
    }

    /// Deletes several tasks (each with its subtasks) at once.
    public func deleteTasks(_ caller: Caller, project: ID<Project>, _ ids: [ID<PlanTask>]) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            let rows = try plan.rows(of: ids)
            let removed = try await removeSubtrees(rows, from: &plan, project, sql)
            for t in removed {
                try await record("delete", "task", t.id.description, project, before: t.auditFields, after: [:], caller, sql)
            }
        }.1
    }

    public enum BulkAction: String, Sendable, CaseIterable { case indent, outdent, delete, move }

    /// Several tasks at once: `{"action": "indent|outdent|delete|move", "task_ids": [...], "before_id": …}`
    /// (`move` takes one task). The caller's right to change the plan is settled before the input is read.
    public func bulk(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> PlanView {
        try await authorizeChange(caller, project: project)
        var r = InputReader(input, creating: true)
        var action = BulkAction.indent
        var ids: [ID<PlanTask>] = []
        var before: ID<PlanTask>?
        r.choice("action", &action, required: true)
        r.idList("task_ids", &ids, required: true)
        r.optionalID("before_id", &before)
        if action == .move && ids.count > 1 { r.errors.add("task_ids", .outOfRange, ["min": "1", "max": "1"]) }
        try r.finish()
        switch action {
        case .indent: return try await indent(caller, project: project, ids)
        case .outdent: return try await outdent(caller, project: project, ids)
        case .delete: return try await deleteTasks(caller, project: project, ids)
        case .move: return try await move(caller, project: project, ids[0], before: before)
        }
    }

    /// Makes each task a subtask of the task above it at its level (MS Project's Indent).
    public func indent(_ caller: Caller, project: ID<Project>, _ ids: [ID<PlanTask>]) async throws -> PlanView {
        try await reshape(caller, project, ids) { plan, rows in
            for i in rows.sorted() {
                // The nearest earlier task with the same parent becomes the new parent.
                guard let sibling = (0..<i).last(where: { plan.tasks[$0].parentID == plan.tasks[i].parentID }) else {
                    throw KeelError.validation([FieldError("task_ids", .invalidChoice, ["reason": "no_task_above_to_indent_under"])])
                }
                plan.tasks[i].parentID = plan.tasks[sibling].id
            }
        }
    }

    /// Moves each task one level out, after its former parent's subtasks (MS Project's Outdent).
    public func outdent(_ caller: Caller, project: ID<Project>, _ ids: [ID<PlanTask>]) async throws -> PlanView {
        try await reshape(caller, project, ids) { plan, rows in
            for i in rows.sorted().reversed() {
                guard let parent = plan.tasks[i].parentID, let p = plan.taskIndex()[parent] else {
                    throw KeelError.validation([FieldError("task_ids", .invalidChoice, ["reason": "already_at_top_level"])])
                }
                // The later siblings become this task's subtasks, as in MS Project, so the outline stays contiguous.
                let end = plan.subtreeEnd(of: p)
                for j in (i + 1)..<end where plan.tasks[j].parentID == parent { plan.tasks[j].parentID = plan.tasks[i].id }
                plan.tasks[i].parentID = plan.tasks[p].parentID
            }
        }
    }

    /// Moves a task (with its subtasks) to just before `before_id`, or to the end; it takes the parent
    /// of the task it lands before.
    public func move(_ caller: Caller, project: ID<Project>, _ id: ID<PlanTask>, before: ID<PlanTask>?) async throws -> PlanView {
        try await reshape(caller, project, [id]) { plan, rows in
            let i = rows[0]
            let end = plan.subtreeEnd(of: i)
            let block = Array(plan.tasks[i..<end])
            if let before, block.contains(where: { $0.id == before }) {
                throw KeelError.validation([FieldError("before_id", .invalidChoice, ["reason": "inside_moved_task"])])
            }
            plan.tasks.removeSubrange(i..<end)
            var target = plan.tasks.count
            var parent: ID<PlanTask>?
            if let before {
                guard let b = plan.taskIndex()[before] else { throw KeelError.validation([FieldError("before_id", .unknownReference)]) }
                target = b
                parent = plan.tasks[b].parentID
            }
            var moved = block
            moved[0].parentID = parent
            plan.tasks.insert(contentsOf: moved, at: target)
        }
    }

    /// Applies an outline change in memory, then stores the new positions and parents of every task
    /// whose place changed (versions untouched: the tasks' own fields did not change).
    private func reshape(
        _ caller: Caller,
        _ project: ID<Project>,
        _ ids: [ID<PlanTask>],
        _ apply: (inout WorkPlan, [Int]) throws -> Void
    ) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            let rows = try plan.rows(of: ids)
            guard !rows.isEmpty else { throw KeelError.validation([FieldError("task_ids", .required)]) }
            let before = Dictionary(uniqueKeysWithValues: plan.tasks.map { ($0.id, ($0.position, $0.parentID)) })
            try apply(&plan, rows)
            plan.renumber(from: 0)
            var moves: [(id: ID<PlanTask>, position: Int, parent: ID<PlanTask>?)] = []
            for t in plan.tasks where before[t.id].map({ $0.0 != t.position || $0.1 != t.parentID }) ?? true {
                moves.append((t.id, t.position, t.parentID))
            }
            try await WorkPlanRepository.place(moves, project: project, on: sql)
            for m in moves where ids.contains(m.id) {
                try await record(
                    "move",
                    "task",
                    m.id.description,
                    project,
                    before: ["position": String(before[m.id]!.0), "parent_id": before[m.id]!.1?.description],
                    after: ["position": String(m.position), "parent_id": m.parent?.description],
                    caller,
                    sql
                )
            }
        }.1
    }

    /// Removes tasks at `rows` with their subtrees from the plan and the store; returns the removed tasks.
    private func removeSubtrees(_ rows: [Int], from plan: inout WorkPlan, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> [PlanTask] {
        var doomed = IndexSet()
        for i in rows { doomed.insert(integersIn: i..<plan.subtreeEnd(of: i)) }
        let removed = doomed.map { plan.tasks[$0] }
        let ids = Set(removed.map(\.id))
        try await WorkPlanRepository.deleteTasks(Array(ids), project: project, on: sql)
        plan.tasks = plan.tasks.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
        plan.links.removeAll { ids.contains($0.predecessorID) || ids.contains($0.successorID) }
        for n in plan.baselines.keys { for id in ids { plan.baselines[n]?.tasks[id] = nil } }
        let first = doomed.first ?? 0
        let moved = plan.renumber(from: first)
        if let last = doomed.last, doomed.count == last - first + 1 {
            // One block: a single statement renumbers the rows after it.
            try await WorkPlanRepository.shiftPositions(project: project, from: last + 1, by: -doomed.count, on: sql)
        } else {
            try await WorkPlanRepository.place(moved.map { ($0.id, $0.position, $0.parentID) }, project: project, on: sql)
        }
        return removed
    }

    /// The writable fields of a task.
    static func read(_ r: inout InputReader, into t: inout PlanTask, _ plan: WorkPlan) {
        let mpd = plan.settings.minutesPerDay
        r.text("name", &t.name, required: true, max: 500)
        r.text("wbs", &t.wbs, max: 100)
        r.text("notes", &t.notes, max: 10_000)
        r.text("owner", &t.owner, max: 200)
        r.int("priority", &t.priority, range: 0...1_000)
        r.duration("duration", &t.duration, minutesPerDay: mpd)
        r.bool("milestone", &t.isMilestone)
        let calendars = Set(plan.calendars.map(\.id))
        r.reference("calendar_id", &t.calendarID) { calendars.contains($0) }
        r.choice("constraint", &t.constraint)
        let finishLike = t.constraint == .finishNoEarlierThan || t.constraint == .finishNoLaterThan || t.constraint == .mustFinishOn
        r.dateTime("constraint_date", &t.constraintDate, endOfDay: finishLike)
        if !t.constraint.needsDate { t.constraintDate = nil }
        r.dateTime("deadline", &t.deadline, endOfDay: true)
        r.dateTime("actual_start", &t.actualStart)
        r.dateTime("actual_finish", &t.actualFinish, endOfDay: true)
        r.int("percent_complete", &t.percentComplete, range: 0...100)
        r.optionalDuration("remaining", &t.remaining, minutesPerDay: mpd)
        var o = t.estimate?.optimistic, m = t.estimate?.mostLikely, p = t.estimate?.pessimistic
        r.optionalDuration("estimate_optimistic", &o, minutesPerDay: mpd)
        r.optionalDuration("estimate_most_likely", &m, minutesPerDay: mpd)
        r.optionalDuration("estimate_pessimistic", &p, minutesPerDay: mpd)
        switch (o, m, p) {
        case (nil, nil, nil): t.estimate = nil
        case let (o?, m?, p?):
            let e = ThreePointEstimate(optimistic: o, mostLikely: m, pessimistic: p)
            if e.isOrdered {
                t.estimate = e
            } else {
                r.errors.add("estimate_most_likely", .outOfRange, ["reason": "optimistic_most_likely_pessimistic_order"])
            }
        default:
            for (key, v) in [("estimate_optimistic", o), ("estimate_most_likely", m), ("estimate_pessimistic", p)] where v == nil {
                r.errors.add(key, .required, ["reason": "all_three_estimates"])
            }
        }
    }
}

extension WorkPlan {
    /// The rows of the tasks with these ids; an unknown id is "not found".
    func rows(of ids: [ID<PlanTask>]) throws -> [Int] {
        let index = taskIndex()
        return try ids.map { id in
            guard let i = index[id] else { throw KeelError.notFound(kind: "task", id: id.description) }
            return i
        }
    }

    /// One past the last row of the subtree that starts at `i`.
    func subtreeEnd(of i: Int) -> Int {
        var ancestors: Set<ID<PlanTask>> = [tasks[i].id]
        var j = i + 1
        while j < tasks.count, let p = tasks[j].parentID, ancestors.contains(p) {
            ancestors.insert(tasks[j].id)
            j += 1
        }
        return j
    }

    /// Sets `position` to the row index from `from` on; returns the tasks whose position changed.
    @discardableResult
    mutating func renumber(from: Int) -> [PlanTask] {
        var changed: [PlanTask] = []
        for i in from..<tasks.count where tasks[i].position != i {
            tasks[i].position = i
            changed.append(tasks[i])
        }
        return changed
    }

    func tasksAudit(_ root: PlanTask, count: Int) -> [String: String?] {
        var fields = root.auditFields
        fields["tasks_removed"] = String(count)
        return fields
    }
}

extension PlanTask {
    var auditFields: [String: String?] {
        [
            "name": name, "wbs": wbs, "notes": notes, "owner": owner, "priority": String(priority), "duration": String(duration),
            "milestone": isMilestone ? "true" : "false", "calendar_id": calendarID?.description, "constraint": constraint.rawValue,
            "constraint_date": constraintDate?.iso, "deadline": deadline?.iso, "actual_start": actualStart?.iso, "actual_finish": actualFinish?.iso,
            "percent_complete": String(percentComplete), "remaining": remaining.map(String.init), "parent_id": parentID?.description,
            "position": String(position),
            "estimate": estimate.map { "\($0.optimistic)/\($0.mostLikely)/\($0.pessimistic)" },
        ]
    }
}
