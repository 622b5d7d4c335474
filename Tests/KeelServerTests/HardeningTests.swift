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

/// The attacks that once ended the process, replayed on both databases: each must now be a clear
/// 4xx with nothing stored, and what an older version stored must never crash anything.
@Suite struct HardeningTests {
    /// A new project with one cost account to post on: its id, its API base path and the account's id.
    static func projectWithAccount(_ client: HTTPTest, code: String) async throws -> (id: String, base: String, account: String) {
        let id = try await client.createProject()
        let base = "/api/v1/projects/\(id)"
        let created = try await client.send(.post, "\(base)/cost-accounts", json: #"{"category":"other","code":"\#(code)"}"#)
        return (id, base, try #require(created.json["id"] as? String))
    }

    @Test(arguments: TestBackend.available)
    func daysOutsideTheSupportedRangeAreRefusedEverywhere(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let (id, base, account) = try await Self.projectWithAccount(client, code: "H-OTH")
            for day in ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"] {
                let entry = try await client.send(
                    .post,
                    "\(base)/ledger",
                    json: #"{"kind":"actual_cost","date":"\#(day)","amount":"10","cost_account_id":"\#(account)"}"#
                )
                #expect(entry.status == .unprocessableContent && entry.problemFields == ["date"], "\(day): \(entry.text)")
                #expect(entry.text.contains("1900-01-01") && entry.text.contains("2199-12-31"))
                let order = try await client.send(
                    .post,
                    "\(base)/ledger",
                    json: #"{"kind":"commitment","date":"2027-01-04","due_date":"\#(day)","amount":"10","cost_account_id":"\#(account)"}"#
                )
                #expect(order.status == .unprocessableContent && order.problemFields == ["due_date"], "\(day): \(order.text)")
                let inflow = try await client.send(
                    .post,
                    "\(base)/cash-inflows",
                    json: #"{"name":"Late","amount":"5","invoice_date":"\#(day)","terms_days":0}"#
                )
                #expect(inflow.status == .unprocessableContent && inflow.problemFields == ["invoice_date"], "\(day): \(inflow.text)")
                // A viewer's report at such a day is refused too, not computed.
                let report = try await client.send(.get, "\(base)/cash-flow?as_of=\(day)")
                #expect(report.status == .unprocessableContent && report.problemFields == ["as_of"])
                let earned = try await client.send(.get, "\(base)/earned-value?status_date=\(day)")
                #expect(earned.status == .unprocessableContent)
            }
            // The ends of the range themselves are fine, and so is a forecast far ahead of them.
            for day in ["1900-01-01", "2199-12-31"] {
                let entry = try await client.send(
                    .post,
                    "\(base)/ledger",
                    json: #"{"kind":"actual_cost","date":"\#(day)","amount":"10","cost_account_id":"\#(account)"}"#
                )
                #expect(entry.status == .created, "\(day): \(entry.text)")
                let inflow = try await client.send(
                    .post,
                    "\(base)/cash-inflows",
                    json: #"{"name":"End","amount":"5","invoice_date":"\#(day)","terms_days":365}"#
                )
                #expect(inflow.status == .created, "\(day): \(inflow.text)")
            }
            #expect(try await client.send(.get, "\(base)/cash-flow?as_of=2199-12-31").status == .ok)
            #expect(try await client.send(.get, "\(base)/cash-flow?as_of=1900-01-01").status == .ok)
            #expect(try await client.page("/projects/\(id)/finance/cash-flow").status == .ok)
            #expect(try await client.page("/projects/\(id)").status == .ok)
            try await services.health.refreshAll()
        }
    }

    @Test(arguments: TestBackend.available)
    func whatAnOlderVersionStoredOutsideTheRangeNeverCrashesAnything(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let (id, base, account) = try await Self.projectWithAccount(client, code: "H-OLD")
            for day in ["2027-01-05", "2027-01-06"] {
                let posted = try await client.send(
                    .post,
                    "\(base)/ledger",
                    json: #"{"kind":"actual_cost","date":"\#(day)","due_date":"\#(day)","amount":"10","cost_account_id":"\#(account)"}"#
                )
                #expect(posted.status == .created)
            }
            _ = try await client.send(
                .post,
                "\(base)/cash-inflows",
                json: #"{"name":"Late","amount":"5","invoice_date":"2027-02-01","terms_days":0}"#
            )
            // Rows as an older version let them in: the ledger is append-only, so its guards go first.
            try await services.database.transaction { sql in
                switch services.database.kind {
                case .sqlite:
                    try await sql.raw("DROP TRIGGER ledger_entries_no_update").run()
                case .postgres:
                    try await sql.raw("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only").run()
                }
                try await sql.raw("UPDATE ledger_entries SET entry_date = '9999-12-31', due_date = '9999-12-31' WHERE entry_date = '2027-01-05'")
                    .run()
                try await sql.raw("UPDATE ledger_entries SET entry_date = '0001-01-01' WHERE entry_date = '2027-01-06'").run()
                try await sql.raw("UPDATE cash_inflows SET invoice_date = '9999-12-01'").run()
                if services.database.kind == .postgres {
                    try await sql.raw("ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only").run()
                }
            }
            for path in [
                "\(base)/cash-flow", "\(base)/cash-flow?as_of=2199-12-31", "\(base)/earned-value", "\(base)/health", "\(base)/ledger",
                "\(base)/trial-balance",
            ] {
                let r = try await client.send(.get, path)
                #expect(r.status.code < 500, "\(path): \(r.status) \(r.text.prefix(300))")
            }
            for path in ["/projects/\(id)", "/projects/\(id)/finance", "/projects/\(id)/finance/cash-flow", "/projects/\(id)/finance/ledger"] {
                let r = try await client.page(path)
                #expect(r.status.code < 500, "\(path): \(r.status)")
            }
            try await services.health.refreshAll()
            // And the doctor names them.
            let findings = try await DatabaseDoctor.check(services.database)
            #expect(findings.contains { $0.table == "ledger_entries" && $0.column == "entry_date" && $0.count == 2 })
            #expect(findings.contains { $0.table == "ledger_entries" && $0.column == "due_date" && $0.count == 1 })
            #expect(findings.contains { $0.table == "cash_inflows" && $0.column == "invoice_date" })
            #expect(!findings.contains { $0.table == "projects" || $0.table == "audit_events" }, "\(findings)")
        }
    }

    @Test(arguments: TestBackend.available)
    func simulatingAPlanWithoutTasksIsRefused(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await client.createProject()
            let base = "/api/v1/projects/\(id)"
            let viewer = try await client.makeUser("viewer@test.keel")
            _ = try await client.send(.post, "\(base)/members", json: #"{"email":"viewer@test.keel","role":"viewer"}"#)
            let inline = try await client.send(.post, "\(base)/simulation", json: #"{"iterations":100}"#, as: viewer)
            #expect(inline.status == .unprocessableContent && inline.problemFields == ["tasks"], "\(inline.text)")
            let saved = try await client.send(.post, "\(base)/simulation-runs", json: #"{"iterations":100}"#)
            #expect(saved.status == .unprocessableContent && saved.problemFields == ["tasks"], "\(saved.text)")
            // One run at a time per project (queued here without the server's background runner).
            #expect(try await client.send(.post, "\(base)/tasks", json: #"{"name":"Only","duration":"2d"}"#).status == .created)
            let owner = Caller.user(client.admin!.user, requestID: "t")
            let project = try #require(ID<Project>(id))
            _ = try await services.simulationRuns.enqueue(owner, project: project, .fields(["iterations": 100]))
            await #expect(throws: KeelError.conflict("a simulation run of this project is already queued or running; wait for it or stop it")) {
                _ = try await services.simulationRuns.enqueue(owner, project: project, .fields(["iterations": 100]))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func hostileProjectFilesAreRefusedWithTheLineAndElement(_ backend: TestBackend) async throws {
        try await withClient(backend, maxBodyBytes: 1 << 20) { client, _ in
            let id = try await client.createProject()
            let path = "/api/v1/projects/\(id)/schedule/import"
            func send(_ data: Data, type: String = "application/xml") async throws -> TestResponse {
                var h = HTTPFields()
                h[.authorization] = "Bearer \(client.admin!.token)"
                h[.contentType] = type
                return try await client.client.execute(uri: path, method: .post, headers: h, body: ByteBuffer(bytes: data))
            }
            // 50,000 levels deep: once a stack overflow; now the element and line past the limit.
            let deep =
                "<?xml version=\"1.0\"?>\n<Project>\n" + String(repeating: "<a>", count: 50_000) + String(repeating: "</a>", count: 50_000)
                + "</Project>"
            let tooDeep = try await send(Data(deep.utf8))
            #expect(
                tooDeep.status == .unprocessableContent && tooDeep.text.contains("line 3") && tooDeep.text.contains("element a"),
                "\(tooDeep.text)"
            )
            // A DOCTYPE is refused in UTF-8 and in UTF-16 alike.
            let doctype = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE Project [<!ENTITY x \"y\">]>\n<Project><Name>&x;</Name></Project>"
            var utf16 = Data([0xFF, 0xFE])
            utf16.append(doctype.data(using: .utf16LittleEndian)!)
            for data in [utf16, Data(doctype.replacingOccurrences(of: "UTF-16", with: "UTF-8").utf8)] {
                let r = try await send(data)
                #expect(r.status == .unprocessableContent && r.text.contains("line 2"), "\(r.text)")
            }
            let utf7 = try await send(Data("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<Project/>".utf8))
            #expect(utf7.status == .unprocessableContent && utf7.text.contains("UTF-7"), "\(utf7.text)")
            // A JSON network whose parent comes after its task, or with absurd numbers.
            let parentLater = try await send(
                Data(#"{"project_start":"2027-01-04","tasks":[{"id":"a","parent":"a"}]}"#.utf8),
                type: "application/json"
            )
            #expect(parentLater.status == .unprocessableContent)
            let huge = try await send(
                Data(
                    #"{"project_start":"2027-01-04","minutes_per_day":1000000000000000000,"tasks":[{"id":"a","duration":"99999999999999mo"}]}"#.utf8
                ),
                type: "application/json"
            )
            #expect(huge.status == .unprocessableContent)
        }
    }

    @Test(arguments: TestBackend.available)
    func oversizedBodiesAre413HoweverTheyCome(_ backend: TestBackend) async throws {
        try await withClient(backend, maxBodyBytes: 64 * 1024) { client, _ in
            let big = #"{"name":""# + String(repeating: "x", count: 200_000) + #""}"#
            for headers: HTTPFields in [[:], [HTTPField.Name("Idempotency-Key")!: "k-1"]] {
                let r = try await client.send(.post, "/api/v1/projects", json: big, headers: headers)
                #expect(r.status == .contentTooLarge, "\(headers): \(r.status) \(r.text.prefix(200))")
            }
            // A plan 150 levels deep is refused, not imported (every walk up the outline grows with it).
            let id = try await client.createProject()
            var tasks: [String] = []
            for i in 0..<150 { tasks.append(i == 0 ? #"{"id":"t0"}"# : #"{"id":"t\#(i)","parent":"t\#(i - 1)"}"#) }
            var h = HTTPFields()
            h[.authorization] = "Bearer \(client.admin!.token)"
            h[.contentType] = "application/json"
            let deep = try await client.client.execute(
                uri: "/api/v1/projects/\(id)/schedule/import",
                method: .post,
                headers: h,
                body: ByteBuffer(string: #"{"project_start":"2027-01-04","tasks":["# + tasks.joined(separator: ",") + "]}")
            )
            #expect(deep.status == .unprocessableContent && deep.text.contains("100"), "\(deep.text.prefix(300))")
        }
    }

    @Test(arguments: TestBackend.available)
    func ambiguousAmountsAndNULAreRefusedTheSameOnBothDatabases(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let (id, base, account) = try await Self.projectWithAccount(client, code: "H-AMT")
            for text in ["1,5", "12,34", "1,2345", "1.234,56", ",5", "1e3"] {
                let r = try await client.send(
                    .post,
                    "\(base)/ledger",
                    json: #"{"kind":"actual_cost","date":"2027-01-05","amount":"\#(text)","cost_account_id":"\#(account)"}"#
                )
                #expect(r.status == .unprocessableContent && r.problemFields == ["amount"], "\(text): \(r.text)")
            }
            let comma = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"actual_cost","date":"2027-01-05","amount":"1,5","cost_account_id":"\#(account)"}"#,
                headers: [.acceptLanguage: "en"]
            )
            #expect(comma.text.contains("thousands"))
            let grouped = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"actual_cost","date":"2027-01-05","amount":"1,234,567.8","cost_account_id":"\#(account)"}"#
            )
            #expect(grouped.status == .created && grouped.json["amount"] as? String == "1234567.80")
            // NUL: refused in a body, a form and an address, on SQLite as on PostgreSQL.
            let nul = try await client.send(.patch, base, json: #"{"name":"A\u0000B"}"#, headers: [.ifMatch: "\"1\""])
            #expect(nul.status == .unprocessableContent && nul.problemFields == ["name"], "\(nul.text)")
            let form = try await client.form("/projects/\(id)/stakeholders", [("name", "X\u{0}Y"), ("kind", "customer")])
            #expect(form.status == .unprocessableContent)
            let query = try await client.send(.get, "/api/v1/projects?q=a%00b")
            #expect(query.status == .badRequest)
            #expect(try await client.send(.get, "\(base)/ledger?offset=9223372036854775807").status == .unprocessableContent)
        }
    }

    @Test(arguments: TestBackend.available)
    func resettingAPasswordRevokesTokensAndChangingOneOffersTo(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let bob = try await client.makeUser("bob@test.keel")
            #expect(try await client.send(.get, "/api/v1/me", as: bob).status == .ok)
            let current = try await client.send(.get, "/api/v1/users/\(bob.user.id)")
            let version = try #require(current.json["version"] as? Int)
            let reset = try await client.send(
                .patch,
                "/api/v1/users/\(bob.user.id)",
                json: #"{"password":"a brand new passphrase"}"#,
                headers: [.ifMatch: "\"\(version)\""]
            )
            #expect(reset.status == .ok)
            #expect(try await client.send(.get, "/api/v1/me", as: bob).status == .unauthorized)
            // Changing one's own password revokes the tokens when asked (the form asks by default).
            let carol = try await client.makeUser("carol@test.keel")
            let caller = Caller.user(carol.user, requestID: "t")
            try await services.identity.changePassword(
                caller,
                .fields(["current_password": HTTPTest.password, "new_password": "another long passphrase"]),
                currentSession: nil
            )
            #expect(try await client.send(.get, "/api/v1/me", as: carol).status == .ok)
            let revoked = try await services.identity.changePassword(
                caller,
                .fields(["current_password": "another long passphrase", "new_password": "a third long passphrase", "revoke_tokens": true]),
                currentSession: nil
            )
            #expect(revoked == 1)
            #expect(try await client.send(.get, "/api/v1/me", as: carol).status == .unauthorized)
            // An administrator unlocks over the API; a member may not.
            #expect(try await client.send(.post, "/api/v1/users/\(carol.user.id)/unlock").status == .noContent)
            let dave = try await client.makeUser("dave@test.keel")
            #expect(try await client.send(.post, "/api/v1/users/\(dave.user.id)/unlock", as: dave).status == .forbidden)
        }
    }

    /// What Schemathesis found against the API contract: each answer is the one the document states.
    @Test(arguments: TestBackend.available)
    func contractEdgesAnswerAsDocumented(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let made = try await client.send(
                .post,
                "/api/v1/projects/\(p)/objectives",
                json: #"{"name":"Users","unit":"k","target":300,"direction":"higher_is_better","red_threshold":180,"amber_threshold":250}"#
            )
            let o = try #require(made.json["id"] as? String)
            // Valid JSON numbers no field takes are the field's problem (422), not a bad body (400).
            // (1e-300 is a number a KPI can hold; the others are past what it takes.)
            for (day, value, stored) in [(1, "1e-300", true), (2, "1e200", false), (3, "1e400", false), (4, "-1e400", false)] {
                let r = try await client.send(
                    .post,
                    "/api/v1/projects/\(p)/objectives/\(o)/measurements",
                    json: #"{"measured_on":"2026-12-0\#(day)","value":\#(value)}"#
                )
                if stored {
                    #expect(r.status == .created, "\(value): \(r.status) \(r.text)")
                } else {
                    #expect(r.status == .unprocessableContent && r.problemFields == ["value"], "\(value): \(r.status) \(r.text)")
                }
            }
            #expect(try await client.send(.get, "/api/v1/projects/\(p)/objectives/\(o)/measurements").json["items"] as? [Any] != nil)
            // An entity tag is quoted ("3"); the bare version (3) is taken too; anything else is malformed (400).
            for malformed in ["\"1", "1\"", "abc", "\"-1\"", "\"085557056123337730795389\""] {
                let r = try await client.send(.patch, "/api/v1/projects/\(p)", json: #"{"name":"x"}"#, headers: [.ifMatch: malformed])
                #expect(r.status == .badRequest, "\(malformed): \(r.status)")
            }
            #expect(
                try await client.send(.patch, "/api/v1/projects/\(p)", json: #"{"name":"x"}"#, headers: [.ifMatch: "\"9\""]).status
                    == .preconditionFailed
            )
            #expect(
                try await client.send(.patch, "/api/v1/projects/\(p)", json: #"{"name":"x"}"#, headers: [.ifMatch: "9"]).status == .preconditionFailed
            )
            #expect(try await client.send(.patch, "/api/v1/projects/\(p)", json: #"{"name":"x"}"#, headers: [.ifMatch: "W/\"1\""]).status == .ok)
            #expect(try await client.send(.patch, "/api/v1/projects/\(p)", json: #"{"name":"y"}"#, headers: [.ifMatch: "2"]).status == .ok)
            // A sort direction other than 1/true/0/false is refused.
            let desc = try await client.send(.get, "/api/v1/projects?desc=AAA")
            #expect(desc.status == .unprocessableContent && desc.problemFields == ["desc"])
            #expect(try await client.send(.get, "/api/v1/projects?desc=true").status == .ok)
        }
    }
}
