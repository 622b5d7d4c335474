/// Every module of the server, in the order their tabs and registries list them. Adding a module is
/// adding its folders and one line here.
enum KeelModules {
    static let all: [any ServerModule] = [
        PlatformModule(),
        IdentityModule(),
        ProjectsModule(),
        ScheduleModule(),
        RiskModule(),
        FinanceModule(),
        TimeModule(),
        IssuesModule(),
        HealthModule(),
    ]
}
