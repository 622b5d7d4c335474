import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation

/// The work plan (tasks, links, calendars, baselines, MS Project exchange) and its risk analysis
/// (Monte Carlo runs, correlation groups).
struct ScheduleModule: ServerModule {
    let name = "schedule"
    let tables = [
        "schedules", "work_calendars", "tasks", "task_links", "baselines", "baseline_tasks", "simulation_runs", "correlation_groups",
        "correlation_group_tasks",
    ]
    let navigation = [NavigationEntry(section: .schedule, path: "/schedule", title: .schedule, order: 100)]
    let projectPages = [
        "/schedule", "/schedule?zoom=day", "/schedule/settings", "/schedule/simulation", "/schedule/simulation?iterations=500&deadline=2027-12-31",
        "/schedule/simulation?iterations=0", "/schedule/simulation/correlations",
    ]

    func demoPages(_ services: KeelServices, project id: ID<Project>) async throws -> [String] {
        let base = "/projects/\(id)"
        return [
            base + "/schedule/tasks/\(try await services.schedule.view(.system("pages"), project: id).plan.tasks[1].id)/edit",
            base + "/schedule/simulation/correlations/\(try await services.correlations.list(.system("pages"), project: id)[0].id)",
        ]
    }

    func register(on routes: Routes, _ kit: ModuleKit) {
        ScheduleAPI(services: kit.services, reader: kit.reader).register(on: routes)
        CorrelationAPI(services: kit.services, reader: kit.reader).register(on: routes)
        kit.pages.registerSchedule(on: routes)
        kit.pages.registerCorrelations(on: routes)
    }
}
