import Hummingbird
import KeelApp
import KeelCore

/// The issue log: what has happened and needs handling, raised by hand or from a risk that occurred.
struct IssuesModule: ServerModule {
    let name = "issues"
    let tables = ["issues"]
    let projectPages = ["/issues"]

    func register(on routes: Routes, _ kit: ModuleKit) {
        IssueAPI(services: kit.services, reader: kit.reader).register(on: routes)
        kit.pages.registerIssues(on: routes)
    }
}
