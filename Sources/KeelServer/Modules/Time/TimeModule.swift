import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation

/// Time booking: one's own week, the team's timesheets and their approval, cost rates.
struct TimeModule: ServerModule {
    let name = "time"
    let tables = ["timesheets", "time_entries", "cost_rates"]
    let navigation = [NavigationEntry(section: .time, path: "/time", title: .time(.time), order: 400, shownFor: .bookTime)]
    let projectPages = ["/time", "/time?week=2020-01-06", "/timesheets", "/timesheets?status=lost", "/finance/rates"]

    func demoPages(_ services: KeelServices, project id: ID<Project>) async throws -> [String] {
        let base = "/projects/\(id)", me = Caller.system("pages")
        return [
            base + "/timesheets/\(try await services.timesheets.list(me, project: id, .init(status: .approved))[0].sheet.id)",
            base + "/timesheets/\(try await services.timesheets.list(me, project: id, .init(status: .submitted))[0].sheet.id)",
        ]
    }

    func register(on routes: Routes, _ kit: ModuleKit) {
        TimesheetAPI(services: kit.services, reader: kit.reader).register(on: routes)
        kit.pages.registerTimesheets(on: routes)
    }
}
