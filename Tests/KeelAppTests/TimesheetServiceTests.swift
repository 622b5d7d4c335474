import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// Timesheets on both databases: a week booked, submitted, rejected with a reason, corrected and
/// approved by someone else — posting labour cost at the person's dated rates into the ledger and
/// earned value — with every abuse refused and nothing stored by a refusal.
@Suite struct TimesheetServiceTests {
    let system = Caller.system("test")

    struct Team {
        let project: ID<Project>
        let build: CostAccount, design: CostAccount, travel: CostAccount
        let member: Caller, memberID: ID<User>, manager: Caller, finance: Caller, viewer: Caller
    }

    func setUp(_ services: KeelServices) async throws -> Team {
        let p = try await services.projects.create(system, sampleCharter(["planned_start": "2026-11-02"])).id
        let task = try await services.schedule.createTask(system, project: p, .fields(["name": "Build", "duration": "20d"])).0
        let build = try await services.finance.createAccount(
            system,
            project: p,
            .fields(["category": "labour", "task_id": task.id.description, "code": "B-LAB"])
        )
        let design = try await services.finance.createAccount(system, project: p, .fields(["category": "labour", "code": "PM-LAB"]))
        let travel = try await services.finance.createAccount(system, project: p, .fields(["category": "travel", "code": "PM-TRV"]))
        var callers: [Caller] = []
        var ids: [ID<User>] = []
        for (email, role) in [("dev@t.keel", "member"), ("pm@t.keel", "manager"), ("fc@t.keel", "finance"), ("v@t.keel", "viewer")] {
            let user = try await services.identity.createUser(
                system,
                .fields(["email": email, "display_name": email, "password": "timesheet password 1"])
            )
            _ = try await services.members.add(system, project: p, .fields(["email": email, "role": role]))
            callers.append(Caller.user(user, requestID: "t"))
            ids.append(user.id)
        }
        return Team(
            project: p,
            build: build,
            design: design,
            travel: travel,
            member: callers[0],
            memberID: ids[0],
            manager: callers[1],
            finance: callers[2],
            viewer: callers[3]
        )
    }

    func status(_ body: () async throws -> Void) async -> String {
        do {
            try await body()
            return "ok"
        } catch let e as KeelError {
            switch e {
            case .forbidden: return "403"
            case .notFound: return "404"
            case .conflict, .versionMismatch: return "409"
            case .validation(let list): return "422 " + list.map { "\($0.field):\($0.code.rawValue)" }.joined(separator: ",")
            default: return "\(e)"
            }
        } catch { return "\(error)" }
    }

    func entry(_ account: CostAccount, _ day: String, _ hours: String, _ note: String = "") -> Input.Value {
        .object(["cost_account_id": .string(account.id.description), "day": .string(day), "hours": .string(hours), "note": .string(note)])
    }

    @Test(arguments: TestBackend.available)
    func aWeekIsBookedApprovedAndPostedAtDatedRates(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let t = try await setUp(services)
            let sheets = services.timesheets
            // 250.00 an hour until Wednesday 25 November, 280.00 from then.
            _ = try await sheets.setRate(
                t.finance,
                project: t.project,
                .fields(["user_id": t.memberID.description, "effective_from": "2026-01-01", "hourly_rate": "250"])
            )
            _ = try await sheets.setRate(
                t.finance,
                project: t.project,
                .fields(["user_id": t.memberID.description, "effective_from": "2026-11-25", "hourly_rate": "280"])
            )
            #expect(try await sheets.rates(t.manager, project: t.project).count == 2)

            // The member books Monday to Wednesday (any day of the week names it).
            let week = Day(iso: "2026-11-26")!
            var sheet = try await sheets.save(
                t.member,
                project: t.project,
                week: week,
                .fields([
                    "entries": Input.Value.array([
                        entry(t.build, "2026-11-23", "8"), entry(t.build, "2026-11-24", "7.5"), entry(t.design, "2026-11-25", "2.25", "Plan review"),
                    ])
                ]),
                expectedVersion: nil
            )
            #expect(sheet.weekStart == Day(iso: "2026-11-23") && sheet.status == .draft)
            var mine = try await sheets.week(t.member, project: t.project, containing: Day(iso: "2026-11-29")!)
            #expect(mine.sheet?.id == sheet.id && mine.totalCentihours == 1_775 && mine.accounts.map(\.account.code) == ["B-LAB", "PM-LAB"])
            // 8 × 250 + 7.5 × 250 + 2.25 × 280 = 2,000 + 1,875 + 630.
            #expect(mine.costs == [200_000, 187_500, 63_000] && mine.callerMayEdit)

            // Submitted; the member cannot decide their own week, a viewer cannot book (a denial the audit
            // trail records), nobody else can submit it.
            #expect(
                await status {
                    _ = try await sheets.save(
                        t.viewer,
                        project: t.project,
                        week: week,
                        .fields(["entries": Input.Value.array([])]),
                        expectedVersion: nil
                    )
                } == "403"
            )
            let before = try await TestDatabase.rowCounts(db)
            // The manager has no timesheet that week: submitting it is submitting nothing.
            #expect(
                await status { _ = try await sheets.submit(t.manager, project: t.project, week: week, expectedVersion: nil) }
                    == "422 entries:required"
            )
            // Still a draft:
            #expect(await status { _ = try await sheets.approve(t.manager, project: t.project, sheet.id, expectedVersion: nil) } == "409")
            #expect(try await TestDatabase.rowCounts(db) == before)
            sheet = try await sheets.submit(t.member, project: t.project, week: sheet.weekStart, expectedVersion: sheet.version)
            #expect(sheet.status == .submitted)
            #expect(await status { _ = try await sheets.approve(t.member, project: t.project, sheet.id, expectedVersion: nil) } == "403")
            #expect(
                await status {
                    _ = try await sheets.save(
                        t.member,
                        project: t.project,
                        week: week,
                        .fields(["entries": Input.Value.array([])]),
                        expectedVersion: nil
                    )
                } == "409"
            )
            #expect(
                await status { _ = try await sheets.reject(t.manager, project: t.project, sheet.id, .fields([:]), expectedVersion: nil) }
                    == "422 reason:required"
            )
            #expect(
                await status { _ = try await sheets.approve(t.manager, project: t.project, sheet.id, expectedVersion: sheet.version - 1) } == "409"
            )

            // Rejected with a reason, corrected (Wednesday moves to the build account) and resubmitted.
            sheet = try await sheets.reject(
                t.manager,
                project: t.project,
                sheet.id,
                .fields(["reason": "Plan review was on the build"]),
                expectedVersion: nil
            )
            #expect(sheet.status == .rejected && sheet.reason == "Plan review was on the build")
            sheet = try await sheets.save(
                t.member,
                project: t.project,
                week: week,
                .fields([
                    "entries": Input.Value.array([
                        entry(t.build, "2026-11-23", "8"), entry(t.build, "2026-11-24", "7.5"), entry(t.build, "2026-11-25", "2.25"),
                    ])
                ]),
                expectedVersion: sheet.version
            )
            #expect(sheet.status == .draft)
            sheet = try await sheets.submit(t.member, project: t.project, week: sheet.weekStart, expectedVersion: nil)

            // Approved by the manager: three labour entries in the ledger, dated by day.
            sheet = try await sheets.approve(t.manager, project: t.project, sheet.id, expectedVersion: sheet.version)
            #expect(sheet.status == .approved && sheet.decidedBy == t.manager.auditName)
            let posted = try await services.finance.allEntries(t.finance, project: t.project).filter { $0.kind == .labour }
            #expect(posted.map(\.amount.minor) == [200_000, 187_500, 63_000])
            #expect(posted.map(\.date.iso) == ["2026-11-23", "2026-11-24", "2026-11-25"] && posted.allSatisfy { $0.costAccountID == t.build.id })
            #expect(posted.allSatisfy { $0.counterparty == "dev@t.keel" && $0.reference == "TS 2026-11-23" && $0.postedBy == t.manager.auditName })
            let overview = try await services.finance.overview(t.finance, project: t.project)
            #expect(overview.actualCost == 450_500 && overview.trialBalance[.payrollLiabilities] == -450_500)
            let detail = try await sheets.get(t.finance, project: t.project, sheet.id)
            #expect(detail.entries.allSatisfy { $0.ledgerEntryID != nil } && detail.totalCost == 450_500 && detail.ledgerNumbers.count == 3)
            // Approved hours never change; a later rate does not touch what was posted.
            #expect(
                await status {
                    _ = try await sheets.save(
                        t.member,
                        project: t.project,
                        week: week,
                        .fields(["entries": Input.Value.array([])]),
                        expectedVersion: nil
                    )
                } == "409"
            )
            _ = try await sheets.setRate(
                t.finance,
                project: t.project,
                .fields(["user_id": t.memberID.description, "effective_from": "2026-11-25", "hourly_rate": "300"])
            )
            #expect(try await sheets.get(t.manager, project: t.project, sheet.id).totalCost == 450_500)
            // Earned value counts labour as actual cost.
            let ev = try await services.earnedValue.report(t.finance, project: t.project, statusDate: Day(iso: "2026-11-30")!)
            #expect(ev.project.ac == 450_500)

            // Who sees what: the member their own weeks, the finance controller everyone's, the viewer nothing.
            #expect(try await sheets.list(t.member, project: t.project, .init()).map(\.sheet.id) == [sheet.id])
            #expect(try await sheets.list(t.finance, project: t.project, .init(status: .approved)).map(\.centihours) == [1_775])
            #expect(await status { _ = try await sheets.list(t.viewer, project: t.project, .init()) } == "403")
            #expect(await status { _ = try await sheets.rates(t.member, project: t.project) } == "403")
            #expect(await status { _ = try await sheets.setRate(t.manager, project: t.project, .fields([:])) } == "403")
            // Accounts with hours keep their category and cannot be deleted.
            #expect(
                await status { try await services.finance.deleteAccount(t.finance, project: t.project, t.design.id, expectedVersion: nil) } == "ok"
            )
            #expect(
                await status { try await services.finance.deleteAccount(t.finance, project: t.project, t.build.id, expectedVersion: nil) } == "409"
            )
        }
    }

    @Test(arguments: TestBackend.available)
    func badWeeksAreRefusedWithNothingStored(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let t = try await setUp(services)
            let sheets = services.timesheets
            let week = Day(iso: "2026-11-23")!
            let before = try await TestDatabase.rowCounts(db)
            let bad: Input = .fields([
                "entries": Input.Value.array([
                    entry(t.travel, "2026-11-23", "8"),  // not a labour account
                    entry(t.build, "2026-11-30", "8"),  // next week
                    entry(t.build, "2026-11-24", "7.125"),  // three decimals
                    entry(t.build, "2026-11-25", "-1"),
                    .object(["day": .string("2026-11-26"), "hours": .string("1")]),
                ]),
                "week": Input.Value.string("2026-11-23"),
            ])
            #expect(
                await fieldErrors { _ = try await sheets.save(t.member, project: t.project, week: week, bad, expectedVersion: nil) } == [
                    "entries[0].cost_account_id": [.unknownReference], "entries[2].hours": [.tooManyDecimals], "entries[3].hours": [.negative],
                    "entries[4].cost_account_id": [.required], "week": [.unknownField],
                ]
            )
            let tooLong: Input = .fields(["entries": Input.Value.array([entry(t.build, "2026-11-30", "8"), entry(t.build, "2026-11-24", "30")])])
            #expect(
                await fieldErrors { _ = try await sheets.save(t.member, project: t.project, week: week, tooLong, expectedVersion: nil) } == [
                    "entries[0].day": [.outOfRange], "entries[1].hours": [.outOfRange],
                ]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            // A week with no rate for its person cannot be approved; nothing is posted.
            var sheet = try await sheets.save(
                t.member,
                project: t.project,
                week: week,
                .fields(["entries": Input.Value.array([entry(t.build, "2026-11-24", "4")])]),
                expectedVersion: nil
            )
            sheet = try await sheets.submit(t.member, project: t.project, week: sheet.weekStart, expectedVersion: nil)
            let submitted = try await TestDatabase.rowCounts(db)
            #expect(
                await status { _ = try await sheets.approve(t.manager, project: t.project, sheet.id, expectedVersion: nil) }
                    == "422 entries[0].rate:required"
            )
            // The period closes while the week waits: approval is refused for it too.
            _ = try await services.finance.closePeriod(t.finance, project: t.project, .fields(["period": "2026-11"]))
            _ = try await sheets.setRate(
                t.finance,
                project: t.project,
                .fields(["user_id": t.memberID.description, "effective_from": "2026-01-01", "hourly_rate": "100"])
            )
            let closed = try await TestDatabase.rowCounts(db)
            #expect(
                await status { _ = try await sheets.approve(t.manager, project: t.project, sheet.id, expectedVersion: nil) }
                    == "422 entries[0].day:period_closed"
            )
            #expect(try await TestDatabase.rowCounts(db) == closed && closed != submitted)
            #expect(try await services.finance.allEntries(t.finance, project: t.project).isEmpty)
            // Rates only for members, with sane amounts.
            #expect(
                await fieldErrors {
                    _ = try await sheets.setRate(
                        t.finance,
                        project: t.project,
                        .fields(["user_id": ID<User>().description, "effective_from": "someday", "hourly_rate": "-5"])
                    )
                } == ["user_id": [.unknownReference], "effective_from": [.invalidDay], "hourly_rate": [.negative]]
            )
        }
    }

    @Test(arguments: TestBackend.available)
    func racingApproversPostOnce(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let t = try await setUp(services)
            let sheets = services.timesheets
            let owner = try await services.identity.createUser(
                system,
                .fields(["email": "o@t.keel", "display_name": "Owner", "password": "timesheet password 1"])
            )
            _ = try await services.members.add(system, project: t.project, .fields(["email": "o@t.keel", "role": "owner"]))
            _ = try await sheets.setRate(
                t.finance,
                project: t.project,
                .fields(["user_id": t.memberID.description, "effective_from": "2026-01-01", "hourly_rate": "100"])
            )
            var sheet = try await sheets.save(
                t.member,
                project: t.project,
                week: Day(iso: "2026-11-23")!,
                .fields(["entries": Input.Value.array([entry(t.build, "2026-11-24", "4")])]),
                expectedVersion: nil
            )
            sheet = try await sheets.submit(t.member, project: t.project, week: sheet.weekStart, expectedVersion: nil)
            let id = sheet.id
            async let a = status { _ = try await sheets.approve(t.manager, project: t.project, id, expectedVersion: nil) }
            async let b = status { _ = try await sheets.approve(Caller.user(owner, requestID: "t"), project: t.project, id, expectedVersion: nil) }
            #expect([await a, await b].sorted() == ["409", "ok"])
            #expect(try await services.finance.allEntries(t.finance, project: t.project).map(\.amount.minor) == [40_000])
        }
    }
}
