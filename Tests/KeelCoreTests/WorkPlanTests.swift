import Testing

@testable import KeelCore

/// The stored plan's conversions and roll-ups.
@Suite struct WorkPlanTests {
    let project = ID<Project>()

    func plan() -> WorkPlan {
        let start = LocalDateTime(iso: "2026-03-02T08:00")!
        let s = PlanTask(projectID: project, position: 0, name: "Summary", duration: 0)
        let a = PlanTask(projectID: project, position: 1, parentID: s.id, name: "A", duration: 480 * 3, actualStart: start, percentComplete: 50)
        let b = PlanTask(projectID: project, position: 2, parentID: s.id, name: "B", duration: 480)
        let c = PlanTask(projectID: project, position: 3, name: "C", duration: 480, percentComplete: 0)
        return WorkPlan(
            settings: ScheduleSettings(projectID: project, projectStart: start),
            tasks: [s, a, b, c],
            links: [PlanLink(projectID: project, predecessorID: a.id, successorID: b.id)]
        )
    }

    @Test func summaryProgressIsWeightedByDuration() {
        // A: 3 days, half done; B: 1 day, not started → the summary is 1.5 of 4 days done.
        #expect(plan().rolledUpPercentComplete() == [37, 50, 0, 0])
    }

    @Test func projectFinishVarianceCountsWorkingTime() throws {
        var p = plan()
        let schedule = try p.schedule()
        #expect(p.projectFinishVariance(schedule, baseline: 0) == nil)
        // The baseline planned the finish one working day earlier.
        let planned = LocalDateTime(iso: "2026-03-04T17:00")!
        p.baselines[0] = PlanBaseline(
            projectID: project,
            number: 0,
            name: "",
            savedAt: "",
            savedBy: "",
            tasks: [p.tasks[2].id: BaselineDates(start: planned, finish: planned, duration: 0)]
        )
        #expect(schedule.projectFinish == LocalDateTime(iso: "2026-03-05T17:00"))
        #expect(p.projectFinishVariance(schedule, baseline: 0) == 480)
    }

    @Test func schedulerErrorsNameTasksByID() {
        var p = plan()
        p.tasks[3].constraint = .mustStartOn
        do {
            _ = try p.schedule()
            Issue.record("a constraint without a date was scheduled")
        } catch {
            guard case .validation(let fields) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(fields.map(\.field) == ["tasks[\(p.tasks[3].id)].constraint_date"])
        }
    }
}
