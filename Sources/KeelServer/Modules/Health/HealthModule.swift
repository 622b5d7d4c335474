import Hummingbird
import KeelApp
import KeelCore

/// Project health: the signals of every module rolled up for the overview and the portfolio.
struct HealthModule: ServerModule {
    let name = "health"
    let tables = ["project_health"]

    func register(on routes: Routes, _ kit: ModuleKit) {
        HealthAPI(services: kit.services, reader: kit.reader).register(on: routes)
    }
}
