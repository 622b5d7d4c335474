import KeelCore

/// A module's part of the demo: what it adds to a project through its use cases, in both languages
/// (`loader.t("…", "…")`). A module's server side names its part (`ServerModule.demo`); the demo
/// runs the parts after its own, and the permission-matrix test runs each on its fixture project to
/// have one object of every kind to call the module's routes on. A part relies only on the project
/// it is given (its plan, its members), not on the demo's other projects.
public struct DemoPart: Sendable {
    public let name: String
    let body: @Sendable (DemoLoader, ID<Project>) async throws -> Void

    public init(name: String, _ body: @escaping @Sendable (DemoLoader, ID<Project>) async throws -> Void) {
        self.name = name
        self.body = body
    }

    public func run(_ loader: DemoLoader, project: ID<Project>) async throws { try await body(loader, project) }
}
