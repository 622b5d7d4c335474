import KeelCore

/// What each route needs, for documentation and for the test that calls every route as every role.
/// The check itself happens in the KeelApp use case each handler calls; this table states what that
/// check must come to, and the permission-matrix test fails when a route is missing here or behaves
/// differently.
enum RoutePermissions {
    enum Need: Equatable, Sendable {
        /// Anyone, signed in or not.
        case open
        /// Any signed-in user.
        case signedIn
        /// `PermissionTable` decides, on the project in the path when there is one.
        case action(Action)
    }

    static let table: [String: Need] = {
        var t: [String: Need] = [:]
        for path in ["/healthz", "/metrics", "/openapi.json", "/static/{file}", "/sign-in", "/setup"] { t["GET \(path)"] = .open }
        for path in ["/sign-in", "/setup", "/language"] { t["POST \(path)"] = .open }
        for r in [
            "GET /", "GET /account", "POST /account/password", "POST /account/tokens", "POST /account/tokens/{tokenID}/revoke", "POST /sign-out",
            "GET /api/v1/me", "GET /api/v1/tokens", "POST /api/v1/tokens", "DELETE /api/v1/tokens/{tokenID}",
        ] {
            t[r] = .signedIn
        }
        for r in ["GET /api/v1/projects", "GET /projects", "GET /projects.csv", "GET /projects/go"] { t[r] = .action(.listProjects) }
        t["GET /help/shortcuts"] = .signedIn
        for r in ["POST /api/v1/projects", "GET /projects/new", "POST /projects"] { t[r] = .action(.createProject) }
        for r in [
            "GET /api/v1/users", "POST /api/v1/users", "GET /api/v1/users/{userID}", "PATCH /api/v1/users/{userID}", "GET /admin/users",
            "POST /admin/users", "POST /admin/users/{userID}/disable", "POST /admin/users/{userID}/enable", "POST /admin/users/{userID}/password",
            "POST /api/v1/users/{userID}/unlock", "POST /admin/users/{userID}/unlock",
        ] {
            t[r] = .action(.administerUsers)
        }
        let api = "/api/v1/projects/{projectID}"
        let web = "/projects/{projectID}"
        for r in [
            "GET \(api)", "GET \(api)/overview", "GET \(web)", "GET \(web)/edit", "GET \(web)/objectives", "GET \(web)/stakeholders",
            "GET \(web)/lifecycle", "GET \(api)/gate-reviews",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in ["PATCH \(api)", "POST \(web)", "POST \(api)/phases/{phaseID}/gate-reviews"] { t[r] = .action(.editCharter) }
        for r in ["DELETE \(api)", "POST \(web)/delete"] { t[r] = .action(.deleteProject) }
        for r in ["GET \(api)/audit", "GET \(web)/audit", "GET \(web)/audit.csv"] { t[r] = .action(.viewAudit) }
        for r in ["GET \(api)/members", "GET \(web)/members"] { t[r] = .action(.viewMembers) }
        for r in [
            "POST \(api)/members", "PATCH \(api)/members/{userID}", "DELETE \(api)/members/{userID}", "POST \(web)/members",
            "POST \(web)/members/{userID}", "POST \(web)/members/{userID}/delete",
        ] {
            t[r] = .action(.manageMembers)
        }
        // The objects inside a project, the same five (API) and four (pages) routes each.
        for (collection, param) in [
            ("objectives", "objectiveID"), ("stakeholders", "stakeholderID"), ("phases", "phaseID"), ("gate-reviews", "reviewID"),
        ] {
            t["GET \(api)/\(collection)"] = .action(.viewProject)
            t["GET \(api)/\(collection)/{\(param)}"] = .action(.viewProject)
            t["GET \(web)/\(collection)/{\(param)}/edit"] = .action(.viewProject)
            if collection != "gate-reviews" { t["POST \(api)/\(collection)"] = .action(.editCharter) }
            for r in [
                "PATCH \(api)/\(collection)/{\(param)}", "DELETE \(api)/\(collection)/{\(param)}", "POST \(web)/\(collection)",
                "POST \(web)/\(collection)/{\(param)}", "POST \(web)/\(collection)/{\(param)}/delete",
            ] {
                t[r] = .action(.editCharter)
            }
        }
        // The work plan.
        for r in [
            "GET \(api)/schedule", "GET \(api)/schedule.csv", "GET \(api)/schedule.xml", "GET \(api)/tasks/{taskID}", "POST \(api)/simulation",
            "GET \(web)/schedule/simulation",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "PATCH \(api)/schedule", "POST \(api)/schedule/import", "POST \(api)/tasks", "PATCH \(api)/tasks/{taskID}",
            "DELETE \(api)/tasks/{taskID}", "POST \(api)/tasks/bulk", "POST \(api)/links", "PATCH \(api)/links/{linkID}",
            "DELETE \(api)/links/{linkID}", "POST \(api)/calendars", "PATCH \(api)/calendars/{calendarID}",
            "DELETE \(api)/calendars/{calendarID}", "PUT \(api)/baselines/{number}", "DELETE \(api)/baselines/{number}",
        ] {
            t[r] = .action(.editSchedule)
        }
        for r in [
            "GET \(web)/schedule", "GET \(web)/schedule/tasks/{taskID}/edit", "GET \(web)/schedule/settings",
            "GET \(web)/schedule/calendars/{calendarID}/edit",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "POST \(web)/schedule/settings", "POST \(web)/schedule/import", "POST \(web)/schedule/tasks/bulk", "POST \(web)/schedule/calendars",
            "POST \(web)/schedule/calendars/{calendarID}",
            "POST \(web)/schedule/calendars/{calendarID}/delete",
        ] {
            t[r] = .action(.editSchedule)
        }
        for r in [
            "POST \(web)/schedule/tasks", "POST \(web)/schedule/tasks/{taskID}", "POST \(web)/schedule/tasks/{taskID}/delete",
            "POST \(web)/schedule/tasks/{taskID}/indent", "POST \(web)/schedule/tasks/{taskID}/outdent", "POST \(web)/schedule/links",
            "POST \(web)/schedule/links/{linkID}/delete", "POST \(web)/schedule/baselines",
        ] {
            t[r] = .action(.editSchedule)
        }
        // The risk register.
        for r in [
            "GET \(api)/risks", "GET \(api)/risks/{riskID}", "GET \(api)/risks/{riskID}/assessments", "GET \(api)/risks/{riskID}/actions",
            "GET \(web)/risks",
            "GET \(web)/risks/{riskID}/edit", "GET \(web)/risks.csv",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "POST \(api)/risks", "PATCH \(api)/risks/{riskID}", "DELETE \(api)/risks/{riskID}", "POST \(web)/risks", "POST \(web)/risks/{riskID}",
            "POST \(web)/risks/{riskID}/delete", "POST \(api)/risks/{riskID}/actions", "PATCH \(api)/risks/{riskID}/actions/{actionID}",
            "DELETE \(api)/risks/{riskID}/actions/{actionID}", "POST \(web)/risks/{riskID}/actions",
            "POST \(web)/risks/{riskID}/actions/{actionID}", "POST \(web)/risks/{riskID}/actions/{actionID}/delete",
        ] {
            t[r] = .action(.editRisks)
        }
        for r in ["GET \(api)/simulation-runs", "GET \(api)/simulation-runs/{runID}", "GET \(web)/schedule/simulation/runs/{runID}"] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "POST \(api)/simulation-runs", "POST \(api)/simulation-runs/{runID}/stop", "POST \(web)/schedule/simulation/runs",
            "POST \(web)/schedule/simulation/runs/{runID}/stop",
        ] {
            t[r] = .action(.editRisks)
        }
        for r in ["POST \(api)/risks/{riskID}/approve-acceptance", "POST \(web)/risks/{riskID}/approve-acceptance"] {
            t[r] = .action(.approveRiskAcceptance)
        }
        // Finance: the cost structure, the ledger, closed periods.
        for r in [
            "GET \(api)/cost-categories", "GET \(api)/cost-accounts", "GET \(api)/cost-accounts/{accountID}", "GET \(api)/ledger",
            "GET \(api)/ledger/{entryID}", "GET \(api)/trial-balance", "GET \(api)/closed-periods", "GET \(web)/finance", "GET \(web)/finance/ledger",
            "GET \(web)/finance/ledger.csv", "GET \(web)/finance/ledger/{entryID}", "GET \(web)/finance/accounts/{accountID}/edit",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "POST \(api)/cost-categories", "DELETE \(api)/cost-categories/{code}", "POST \(api)/cost-accounts",
            "PATCH \(api)/cost-accounts/{accountID}",
            "DELETE \(api)/cost-accounts/{accountID}", "POST \(web)/finance/accounts", "POST \(web)/finance/accounts/{accountID}",
            "POST \(web)/finance/accounts/{accountID}/delete", "POST \(web)/finance/categories", "POST \(web)/finance/categories/{code}/delete",
        ] {
            t[r] = .action(.editCostStructure)
        }
        for r in [
            "POST \(api)/ledger", "POST \(api)/ledger/{entryID}/reverse", "POST \(web)/finance/ledger",
            "POST \(web)/finance/ledger/{entryID}/reverse",
        ] {
            t[r] = .action(.postLedger)
        }
        for r in ["POST \(api)/closed-periods", "POST \(web)/finance/periods"] { t[r] = .action(.closePeriod) }
        // Budgets and their approval.
        for r in [
            "GET \(api)/budgets", "GET \(api)/budgets/{budgetID}", "GET \(api)/approval-levels", "GET \(web)/finance/budgets",
            "GET \(web)/finance/budgets/{budgetID}",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "POST \(api)/budgets", "PATCH \(api)/budgets/{budgetID}", "DELETE \(api)/budgets/{budgetID}", "POST \(api)/budgets/{budgetID}/lines",
            "PATCH \(api)/budgets/{budgetID}/lines/{lineID}", "DELETE \(api)/budgets/{budgetID}/lines/{lineID}",
            "POST \(api)/budgets/{budgetID}/submit",
            "POST \(web)/finance/budgets", "POST \(web)/finance/budgets/{budgetID}", "POST \(web)/finance/budgets/{budgetID}/delete",
            "POST \(web)/finance/budgets/{budgetID}/lines", "POST \(web)/finance/budgets/{budgetID}/lines/{lineID}/delete",
            "POST \(web)/finance/budgets/{budgetID}/submit",
        ] {
            t[r] = .action(.editBudget)
        }
        for r in [
            "POST \(api)/budgets/{budgetID}/approve", "POST \(api)/budgets/{budgetID}/reject", "POST \(web)/finance/budgets/{budgetID}/approve",
            "POST \(web)/finance/budgets/{budgetID}/reject",
        ] {
            t[r] = .action(.approveBudget)
        }
        for r in ["PUT \(api)/approval-levels", "POST \(web)/finance/approval-levels"] { t[r] = .action(.configureApprovals) }
        // Earned value.
        for r in [
            "GET \(api)/earned-value", "GET \(api)/earned-value/series", "GET \(web)/finance/earned-value", "GET \(web)/finance/earned-value.csv",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in ["PUT \(api)/tasks/{taskID}/earned-value-method", "POST \(web)/finance/earned-value/method"] { t[r] = .action(.editBudget) }
        // Cost control.
        for r in ["GET \(api)/cost-control", "GET \(web)/finance/cost-control"] { t[r] = .action(.viewProject) }
        for r in ["PUT \(api)/cost-control/settings", "POST \(web)/finance/cost-control"] { t[r] = .action(.configureCostControl) }
        // Timesheets: one's own week, the team's (everyone's for owners, managers and finance), decisions, rates.
        for r in [
            "GET \(api)/timesheet-weeks/{week}", "PUT \(api)/timesheet-weeks/{week}", "POST \(api)/timesheet-weeks/{week}/submit",
            "GET \(api)/timesheets", "GET \(api)/timesheets/{timesheetID}", "GET \(web)/time", "POST \(web)/time/{week}",
            "POST \(web)/time/{week}/submit", "GET \(web)/timesheets", "GET \(web)/timesheets.csv", "GET \(web)/timesheets/{timesheetID}",
        ] {
            t[r] = .action(.bookTime)
        }
        for r in [
            "POST \(api)/timesheets/{timesheetID}/approve", "POST \(api)/timesheets/{timesheetID}/reject",
            "POST \(web)/timesheets/{timesheetID}/approve", "POST \(web)/timesheets/{timesheetID}/reject",
        ] {
            t[r] = .action(.approveTimesheets)
        }
        for r in ["GET \(api)/cost-rates", "GET \(web)/finance/rates"] { t[r] = .action(.viewTeamTime) }
        for r in [
            "POST \(api)/cost-rates", "DELETE \(api)/cost-rates/{userID}/{day}", "POST \(web)/finance/rates",
            "POST \(web)/finance/rates/{userID}/{day}/delete",
        ] {
            t[r] = .action(.editCostRates)
        }
        // The issue log.
        for r in ["GET \(api)/issues", "GET \(api)/issues/{issueID}", "GET \(web)/issues", "GET \(web)/issues/{issueID}"] {
            t[r] = .action(.viewProject)
        }
        t["GET \(api)/health"] = .action(.viewProject)
        let kpis = "objectives/{objectiveID}/measurements"
        for r in ["GET \(api)/\(kpis)", "GET \(web)/\(kpis)"] { t[r] = .action(.viewProject) }
        for r in [
            "POST \(api)/\(kpis)", "DELETE \(api)/\(kpis)/{measurementID}", "POST \(web)/\(kpis)", "POST \(web)/\(kpis)/{measurementID}/delete",
        ] {
            t[r] = .action(.editCharter)
        }
        for r in [
            "GET \(api)/risk-scales", "GET \(web)/risks/settings", "GET \(api)/risk-categories", "GET \(web)/risks/categories",
            "GET \(web)/risks/categories/{categoryID}",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "POST \(api)/risk-categories", "PATCH \(api)/risk-categories/{categoryID}", "DELETE \(api)/risk-categories/{categoryID}",
            "POST \(web)/risks/categories", "POST \(web)/risks/categories/{categoryID}", "POST \(web)/risks/categories/{categoryID}/delete",
        ] {
            t[r] = .action(.configureRisks)
        }
        for r in ["PATCH \(api)/risk-scales", "POST \(web)/risks/settings"] { t[r] = .action(.configureRisks) }
        let groups = "schedule/simulation/correlations"
        for r in [
            "GET \(api)/correlation-groups", "GET \(api)/correlation-groups/{groupID}", "GET \(web)/\(groups)", "GET \(web)/\(groups)/{groupID}",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "POST \(api)/correlation-groups", "PATCH \(api)/correlation-groups/{groupID}", "DELETE \(api)/correlation-groups/{groupID}",
            "POST \(web)/\(groups)", "POST \(web)/\(groups)/{groupID}", "POST \(web)/\(groups)/{groupID}/delete",
        ] {
            t[r] = .action(.editRisks)
        }
        for r in [
            "POST \(api)/issues", "PATCH \(api)/issues/{issueID}", "DELETE \(api)/issues/{issueID}", "POST \(api)/risks/{riskID}/issue",
            "POST \(web)/issues", "POST \(web)/issues/{issueID}", "POST \(web)/issues/{issueID}/delete", "POST \(web)/risks/{riskID}/issue",
        ] {
            t[r] = .action(.editIssues)
        }
        // Exchange rates and amounts by original currency.
        for r in ["GET \(api)/exchange-rates", "GET \(api)/currency-totals"] { t[r] = .action(.viewProject) }
        for r in [
            "POST \(api)/exchange-rates", "DELETE \(api)/exchange-rates/{currency}/{day}", "POST \(web)/finance/exchange-rates",
            "POST \(web)/finance/exchange-rates/{currency}/{day}/delete",
        ] {
            t[r] = .action(.editExchangeRates)
        }
        // Cash flow: the forecast for everyone on the project; planning payments and assumptions.
        for r in [
            "GET \(api)/cash-flow", "GET \(api)/cash-inflows", "GET \(web)/finance/cash-flow", "GET \(web)/finance/cash-flow.csv",
            "GET \(web)/finance/cash-flow/inflows/{inflowID}",
        ] {
            t[r] = .action(.viewProject)
        }
        for r in [
            "PUT \(api)/cash-flow/settings", "POST \(api)/cash-inflows", "PATCH \(api)/cash-inflows/{inflowID}",
            "DELETE \(api)/cash-inflows/{inflowID}",
            "POST \(web)/finance/cash-flow/inflows", "POST \(web)/finance/cash-flow/settings", "POST \(web)/finance/cash-flow/inflows/{inflowID}",
            "POST \(web)/finance/cash-flow/inflows/{inflowID}/delete",
        ] {
            t[r] = .action(.editCashPlan)
        }
        return t
    }()
}
