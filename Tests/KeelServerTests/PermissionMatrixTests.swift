import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import SQLKit
import Testing
import TestSupport

@testable import KeelServer

/// Calls every route as every kind of caller — anonymous, administrator, each project role, and a
/// signed-in stranger — and checks the answer against what the route was declared with and
/// `PermissionTable`.
@Suite struct PermissionMatrixTests {
    enum Who: Hashable, CustomStringConvertible {
        case anonymous, admin, outsider
        case role(ProjectRole)
        var description: String {
            switch self {
            case .anonymous: return "anonymous"
            case .admin: return "admin"
            case .outsider: return "outsider"
            case .role(let r): return r.rawValue
            }
        }
        static let all: [Who] = [.anonymous, .admin, .outsider] + ProjectRole.allCases.map { .role($0) }
    }

    /// One project with one of everything, and the members that act on it.
    struct Fixture {
        let project: ID<Project>
        let objective: ID<Objective>
        let stakeholder: ID<Stakeholder>
        let phase: ID<Phase>
        let review: ID<GateReview>
        let targetMember: ID<User>
        let task: ID<PlanTask>
        let link: ID<PlanLink>
        let calendar: ID<PlanCalendar>
        let risk: ID<Risk>
        let action: ID<RiskAction>
        let run: UUID
        let account: ID<CostAccount>
        let entry: ID<LedgerEntry>
        let budget: ID<BudgetVersion>
        let line: ID<BudgetLine>
        let timesheet: ID<Timesheet>
        let inflow: ID<PlannedInflow>
        let issue: ID<ProjectIssue>
        let group: ID<CorrelationGroup>
        let category: ID<RiskSubcategory>
        let measurement: ID<KPIMeasurement>
        /// Ids of the objects the modules' demo parts made in the project, by path parameter.
        let moduleValues: [String: String]
    }

    static func makeFixture(_ db: Database, users: [ProjectRole: User], target: User) async throws -> Fixture {
        let now = Timestamp.now()
        let project = Project(
            id: ID(),
            charter: Charter(code: "M-\(UUID().uuidString.prefix(8))", name: "Matrix", budget: Money(minor: 100, currency: .cny)),
            version: 1,
            createdAt: now,
            updatedAt: now
        )
        let objective = Objective(
            id: ID(),
            projectID: project.id,
            name: "KPI",
            kpi: KPI(unit: "", baseline: nil, target: 10, direction: .higherIsBetter, redThreshold: 1, amberThreshold: 5),
            dueDate: nil,
            position: 0,
            version: 1
        )
        let stakeholder = Stakeholder(
            id: ID(),
            projectID: project.id,
            name: "S",
            kind: .sponsor,
            organisation: "",
            contact: "",
            influence: 3,
            interest: 3,
            currentEngagement: .neutral,
            desiredEngagement: .neutral,
            communicationNeeds: "",
            version: 1
        )
        let phase = Phase(
            id: ID(),
            projectID: project.id,
            kind: .initiation,
            name: "",
            position: 0,
            plannedStart: nil,
            plannedFinish: nil,
            actualStart: nil,
            actualFinish: nil,
            version: 1
        )
        let review = GateReview(
            id: ID(),
            projectID: project.id,
            phaseID: phase.id,
            criteria: [],
            decision: nil,
            decider: "",
            decidedOn: nil,
            notes: "",
            version: 1
        )
        try await db.transaction { sql in
            try await ProjectRepository.insert(project, on: sql)
            try await ObjectiveRepository.insert(objective, on: sql)
            try await StakeholderRepository.insert(stakeholder, on: sql)
            try await PhaseRepository.insert(phase, on: sql)
            try await GateReviewRepository.insert(review, createdAt: now, on: sql)
            for (role, user) in users {
                try await MembershipRepository.upsert(Membership(projectID: project.id, userID: user.id, role: role), at: now, on: sql)
            }
            try await MembershipRepository.upsert(Membership(projectID: project.id, userID: target.id, role: .member), at: now, on: sql)
        }
        // A small plan: two linked tasks, a spare calendar, baseline 0.
        let standard = PlanCalendar(projectID: project.id, calendar: .standard)
        let spare = PlanCalendar(projectID: project.id, calendar: .twentyFourHours)
        let a = PlanTask(projectID: project.id, position: 0, name: "A", duration: 480)
        let b = PlanTask(projectID: project.id, position: 1, name: "B", duration: 480)
        let link = PlanLink(projectID: project.id, predecessorID: a.id, successorID: b.id)
        try await db.transaction { sql in
            try await WorkPlanRepository.insert(
                ScheduleSettings(projectID: project.id, projectStart: LocalDateTime(iso: "2026-03-02T08:00")!, projectCalendarID: standard.id),
                on: sql
            )
            try await WorkPlanRepository.insert(standard, on: sql)
            try await WorkPlanRepository.insert(spare, on: sql)
            try await WorkPlanRepository.insert([a, b], on: sql)
            try await WorkPlanRepository.insert([link], on: sql)
            try await WorkPlanRepository.save(
                PlanBaseline(projectID: project.id, number: 0, name: "Plan", savedAt: now, savedBy: "matrix", tasks: [:]),
                on: sql
            )
        }
        let risk = Risk(id: ID(), projectID: project.id, number: 1, title: "R", raisedOn: Day(iso: "2026-03-02")!, taskIDs: [a.id])
        let action = RiskAction(id: ID(), projectID: project.id, riskID: risk.id, title: "Act")
        let run = StoredSimulationRun(
            projectID: project.id,
            status: .done,
            iterations: 10,
            seed: 1,
            distribution: .triangular,
            deadline: nil,
            planRevision: 1,
            registerFingerprint: "",
            requestedBy: "matrix",
            requestedAt: Date()
        )
        try await db.transaction { sql in
            try await RiskRepository.insert(risk, scales: .standard, on: sql)
            try await RiskActionRepository.insert(action, on: sql)
            try await SimulationRunRepository.insert(run, on: sql)
        }
        // Finance: a custom category nobody uses, an account and one posted entry on it.
        let account = CostAccount(projectID: project.id, taskID: a.id, category: "material", code: "A-MAT")
        let entry = LedgerEntry(
            projectID: project.id,
            number: 1,
            kind: .actualCost,
            date: Day(iso: "2026-03-02")!,
            costAccountID: account.id,
            amount: Money(minor: 100, currency: .cny),
            postedAt: now,
            postedBy: "matrix"
        )
        try await db.transaction { sql in
            try await CostAccountRepository.insertCategory(CostCategory(code: "catering", name: "Catering"), project: project.id, on: sql)
            try await CostAccountRepository.insert(account, on: sql)
            try await LedgerRepository.insert(entry, on: sql)
        }
        // A draft budget version with one line.
        let budget = BudgetVersion(projectID: project.id, number: 1, name: "Matrix", createdBy: "matrix", createdAt: now)
        let line = BudgetLine(
            versionID: budget.id,
            costAccountID: account.id,
            method: .manual,
            amount: 100,
            segments: [BudgetSegment.month(AccountingPeriod(text: "2026-03")!, amount: 100)]
        )
        try await db.transaction { sql in
            try await BudgetRepository.insert(budget, on: sql)
            try await BudgetRepository.insert(line, project: project.id, on: sql)
        }
        // The member's draft week with hours on a labour account, and a rate for the target member.
        let labour = CostAccount(projectID: project.id, taskID: b.id, category: "labour", code: "B-LAB")
        let monday = Day(iso: "2026-03-02")!
        let sheet = Timesheet(projectID: project.id, userID: users[.member]!.id, weekStart: monday)
        try await db.transaction { sql in
            try await CostAccountRepository.insert(labour, on: sql)
            try await TimesheetRepository.insert(sheet, on: sql)
            try await TimesheetRepository.replaceEntries(
                sheet.id,
                project: project.id,
                [TimeEntry(costAccountID: labour.id, day: monday, centihours: 800)],
                on: sql
            )
            try await TimesheetRepository.save(CostRate(userID: target.id, effectiveFrom: monday, hourly: 10_000), project: project.id, on: sql)
        }
        let inflow = PlannedInflow(projectID: project.id, name: "Deposit", amount: 100, invoiceDate: monday)
        try await db.transaction { sql in
            try await CashFlowRepository.insert(inflow, on: sql)
            try await LedgerRepository.save(
                ExchangeRate(currency: Currency(code: "USD")!, effectiveFrom: monday, rate: 7_000_000),
                project: project.id,
                on: sql
            )
        }
        let issue = ProjectIssue(projectID: project.id, number: 1, title: "Late", raisedOn: monday)
        try await db.transaction { sql in try await IssueRepository.insert(issue, on: sql) }
        let group = CorrelationGroup(projectID: project.id, name: "Crew", coefficient: 50)
        try await db.transaction { sql in try await CorrelationRepository.insert(group, on: sql) }
        let category = RiskSubcategory(projectID: project.id, root: .technical, name: "Payments")
        try await db.transaction { sql in try await RiskCategoryRepository.insert(category, on: sql) }
        let measurement = KPIMeasurement(projectID: project.id, objectiveID: objective.id, measuredOn: monday, value: 1)
        try await db.transaction { sql in try await KPIMeasurementRepository.insert(measurement, on: sql) }
        // Modules with a demo part of their own bring one object of each kind that way.
        var moduleValues: [String: String] = [:]
        let services = KeelServices(database: db)
        for module in KeelModules.all {
            guard let part = module.demo else { continue }
            try await part.run(DemoLoader(services: services, language: .en), project: project.id)
            moduleValues.merge(try await module.pathValues(services, project: project.id)) { first, _ in first }
        }
        return Fixture(
            project: project.id,
            objective: objective.id,
            stakeholder: stakeholder.id,
            phase: phase.id,
            review: review.id,
            targetMember: target.id,
            task: a.id,
            link: link.id,
            calendar: spare.id,
            risk: risk.id,
            action: action.id,
            run: run.id,
            account: account.id,
            entry: entry.id,
            budget: budget.id,
            line: line.id,
            timesheet: sheet.id,
            inflow: inflow.id,
            issue: issue.id,
            group: group.id,
            category: category.id,
            measurement: measurement.id,
            moduleValues: moduleValues
        )
    }

    /// A session and a spare API token made straight in the store, without bcrypt, so that a case may
    /// sign out or revoke without spoiling the next one.
    static func freshCredentials(
        _ db: Database,
        _ user: User
    ) async throws -> (cookie: String, csrf: String, spareToken: ID<APIToken>, bearer: String) {
        let session = Secrets.token(), csrf = Secrets.token(), bearer = Secrets.token(prefix: "keel_")
        let now = Timestamp.now()
        let spare = APIToken(id: ID(), userID: user.id, name: "spare", createdAt: now, expiresOn: nil, revokedAt: nil, lastUsedAt: nil)
        let main = APIToken(id: ID(), userID: user.id, name: "main", createdAt: now, expiresOn: nil, revokedAt: nil, lastUsedAt: nil)
        try await db.transaction { sql in
            try await SessionRepository.insert(
                SessionRecord(
                    tokenHash: Secrets.digest(session),
                    userID: user.id,
                    csrfToken: csrf,
                    createdAt: now,
                    lastSeenAt: now,
                    expiresAt: Timestamp.format(Date().addingTimeInterval(3600))
                ),
                on: sql
            )
            try await APITokenRepository.insert(spare, tokenHash: Secrets.digest(Secrets.token()), on: sql)
            try await APITokenRepository.insert(main, tokenHash: Secrets.digest(bearer), on: sql)
        }
        return ("keel_session=\(session)", csrf, spare.id, bearer)
    }

    static func expectedAllowed(_ need: Need, _ who: Who) -> Bool {
        switch (need, who) {
        case (.open, _): return true
        case (_, .anonymous): return false
        case (.signedIn, _): return true
        case (.action(let a), .admin):
            _ = a
            return true
        case (.action(let a), .outsider): return PermissionTable.allows(a, role: nil, isAdmin: false)
        case (.action(let a), .role(let r)):
            return PermissionTable.userActions.contains(a) || PermissionTable.allows(a, role: r, isAdmin: false)
        }
    }

    @Test(arguments: TestBackend.available)
    func everyRouteAsEveryRole(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            func user(_ email: String, admin: Bool = false) async throws -> User {
                // bcrypt once per user; the matrix itself never signs in through the password.
                try await services.identity.createUser(
                    .system("matrix"),
                    .fields(["email": email, "display_name": email, "password": "matrix password 1", "is_admin": admin])
                )
            }
            let admin = try await user("admin@m.keel", admin: true)
            let outsider = try await user("outsider@m.keel")
            let target = try await user("target@m.keel")
            var roleUsers: [ProjectRole: User] = [:]
            for r in ProjectRole.allCases { roleUsers[r] = try await user("\(r.rawValue)@m.keel") }
            let byRole = roleUsers

            let (router, table) = try buildRoutes(services: services, configuration: ServerConfiguration())
            let needs = table.needs
            let routes = router.routes.map { "\($0.method.rawValue) \($0.path.description)" }
            // Every route of the router went through `Routes` (which records its need), once.
            let undeclared = routes.filter { needs[$0] == nil }
            #expect(undeclared.isEmpty, "routes added without a declared need: \(undeclared.sorted())")
            #expect(table.all.count == Set(table.all.map(\.key)).count, "a route declared twice")
            #expect(Set(needs.keys) == Set(routes))

            let app = Application(router: router)
            let shared = try await Self.makeFixture(db, users: byRole, target: target)
            let failures = try await app.test(.router) { client -> [String] in
                var failures: [String] = []
                for route in routes.sorted() {
                    guard let need = needs[route], need != .open else { continue }
                    let parts = route.split(separator: " ", maxSplits: 1)
                    let method = HTTPRequest.Method(String(parts[0]))!
                    let template = String(parts[1])
                    let mutating = method != .get
                    for who in Who.all {
                        let f = mutating ? try await Self.makeFixture(db, users: byRole, target: target) : shared
                        let actor: User? = {
                            switch who {
                            case .anonymous: return nil
                            case .admin: return admin
                            case .outsider: return outsider
                            case .role(let r): return byRole[r]
                            }
                        }()
                        var creds: (cookie: String, csrf: String, spareToken: ID<APIToken>, bearer: String)?
                        if let actor { creds = try await Self.freshCredentials(db, actor) }
                        var path = template
                        let subs: [String: String] = [
                            "{projectID}": f.project.description, "{objectiveID}": f.objective.description,
                            "{stakeholderID}": f.stakeholder.description,
                            "{phaseID}": f.phase.description, "{reviewID}": f.review.description,
                            "{userID}": template.contains("members") ? f.targetMember.description : target.id.description,
                            "{tokenID}": creds?.spareToken.description ?? UUID().uuidString, "{file}": "keel.css",
                            "{taskID}": f.task.description, "{linkID}": f.link.description, "{calendarID}": f.calendar.description, "{number}": "0",
                            "{riskID}": f.risk.description, "{actionID}": f.action.description,
                            "{runID}": f.run.uuidString.lowercased(), "{accountID}": f.account.description, "{entryID}": f.entry.description,
                            "{code}": "catering", "{budgetID}": f.budget.description, "{lineID}": f.line.description,
                            "{timesheetID}": f.timesheet.description, "{week}": "2026-03-02", "{day}": "2026-03-02",
                            "{inflowID}": f.inflow.description, "{currency}": "USD", "{issueID}": f.issue.description,
                            "{groupID}": f.group.description, "{categoryID}": f.category.description, "{measurementID}": f.measurement.description,
                        ]
                        for (k, v) in subs { path = path.replacingOccurrences(of: k, with: v) }
                        for (k, v) in f.moduleValues { path = path.replacingOccurrences(of: "{\(k)}", with: v) }
                        if path.contains("{") {
                            failures.append("\(route): no value for its path parameters; the module's pathValues must name them")
                            continue
                        }
                        var headers = HTTPFields()
                        var body: ByteBuffer?
                        let isAPI = path.hasPrefix("/api/")
                        if isAPI {
                            if let creds { headers[.authorization] = "Bearer \(creds.bearer)" }
                            if method == .post || method == .patch || method == .put {
                                headers[.contentType] = "application/json"
                                body = ByteBuffer(string: "{}")
                            }
                            if method == .patch || method == .delete || method == .put { headers[.ifMatch] = "*" }
                        } else {
                            if let creds { headers[.cookie] = creds.cookie }
                            if method == .post {
                                headers[.contentType] = "application/x-www-form-urlencoded"
                                body = ByteBuffer(string: "_csrf=\(creds?.csrf ?? "")")
                            }
                        }
                        let response = try await client.execute(uri: path, method: method, headers: headers, body: body)
                        let status = response.status.code
                        let allowed = Self.expectedAllowed(need, who)
                        let ok: Bool
                        if status >= 500 {
                            ok = false
                        } else if allowed {
                            let toSignIn = status == 303 && response.headers[.location]?.hasPrefix("/sign-in") == true
                            ok = ![401, 403, 404].contains(status) && (!toSignIn || route == "POST /sign-out")
                        } else if who == .anonymous {
                            ok =
                                isAPI || method != .get
                                ? status == 401 : (status == 303 && response.headers[.location]?.hasPrefix("/sign-in") == true)
                        } else if who == .outsider, case .action(let a) = need, PermissionTable.projectActions[a] != nil {
                            ok = status == 404  // a stranger cannot tell the project exists
                        } else {
                            ok = status == 403
                        }
                        if !ok { failures.append("\(route) as \(who): \(status) (expected \(allowed ? "allowed" : "denied"))") }
                    }
                }
                // Allowed requests to save a risk analysis started runs in the background: let them
                // finish before the database closes under them.
                for _ in 0..<600 {
                    let unfinished = try await db.read { sql in
                        try await sql.raw("SELECT COUNT(*) AS n FROM simulation_runs WHERE status IN ('queued', 'running', 'stopping')").first()?
                            .decode(
                                column: "n",
                                as: Int.self
                            ) ?? 0
                    }
                    if unfinished == 0 { break }
                    try await Task.sleep(for: .milliseconds(100))
                }
                return failures
            }
            #expect(failures.isEmpty, "\(failures.count) mismatches:\n\(failures.joined(separator: "\n"))")
        }
    }
}
