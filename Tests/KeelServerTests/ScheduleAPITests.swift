import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelInterop
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// The work plan over HTTP: build a plan, see it rescheduled, get errors as RFC 9457 problems,
/// export to and import from MS Project XML.
@Suite struct ScheduleAPITests {
    @Test(arguments: TestBackend.available)
    func buildAPlanAndReadItsSchedule(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let empty = try await client.send(.get, "\(base)/schedule")
            #expect(empty.status == .ok && empty.json["set_up"] as? Bool == false)
            let a = try await client.send(.post, "\(base)/tasks", json: #"{"name":"Design","duration":"3d","wbs":"1.1"}"#)
            #expect(a.status == .created && a.headers[.eTag] == "\"1\"")
            let aID = try #require(a.json["id"] as? String)
            #expect((a.json["computed"] as? [String: Any])?["start"] as? String == "2027-01-04T08:00:00")
            let b = try await client.send(.post, "\(base)/tasks", json: #"{"name":"Build","duration":"2d"}"#)
            let bID = try #require(b.json["id"] as? String)
            let link = try await client.send(.post, "\(base)/links", json: #"{"predecessor_id":"\#(aID)","successor_id":"\#(bID)","lag":"1d"}"#)
            #expect(link.status == .created && link.json["lag"] as? String == "1d" && link.json["lag_minutes"] as? Int == 480)

            let plan = try await client.send(.get, "\(base)/schedule")
            #expect(plan.json["set_up"] as? Bool == true)
            let tasks = try #require(plan.json["tasks"] as? [[String: Any]])
            let build = try #require(tasks.last?["computed"] as? [String: Any])
            #expect(build["start"] as? String == "2027-01-08T08:00:00" && build["critical"] as? Bool == true)
            #expect(plan.json["project_finish"] as? String == "2027-01-11T17:00:00")

            // A cycle is a 422 problem naming the tasks; nothing changes.
            let cycle = try await client.send(.post, "\(base)/links", json: #"{"predecessor_id":"\#(bID)","successor_id":"\#(aID)"}"#)
            #expect(cycle.status == .unprocessableContent && cycle.headers[.contentType] == "application/problem+json")
            #expect(cycle.problemFields == ["predecessor_id"])
            #expect((cycle.json["errors"] as? [[String: Any]])?.first?["code"] as? String == "cycle")
            // PATCH needs If-Match; a stale one is refused.
            let noMatch = try await client.send(.patch, "\(base)/tasks/\(aID)", json: #"{"duration":"4d"}"#)
            #expect(noMatch.status == .preconditionRequired)
            let changed = try await client.send(.patch, "\(base)/tasks/\(aID)", json: #"{"duration":"4d"}"#, headers: [.ifMatch: "\"1\""])
            #expect(changed.status == .ok && changed.headers[.eTag] == "\"2\"" && changed.json["duration"] as? String == "4d")
            let stale = try await client.send(.patch, "\(base)/tasks/\(aID)", json: #"{"duration":"5d"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)

            let csv = try await client.send(.get, "\(base)/schedule.csv")
            #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(
                csv.text.hasPrefix("id,name,start,finish,early_start,early_finish,late_start,late_finish,total_float_days,free_float_days,critical")
            )
            #expect(csv.text.contains("\(bID),Build,2027-01-11T08:00:00"))

            let bad = try await client.send(.post, "\(base)/tasks", json: #"{"name":"X","duration":"-2d","priority":5000,"constraint":"soon"}"#)
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["constraint", "duration", "priority"])
        }
    }

    @Test(arguments: TestBackend.available)
    func simulationRunsThePlanWithItsEstimates(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let a = try await client.send(
                .post,
                "\(base)/tasks",
                json: #"{"name":"Design","duration":"10d","estimate_optimistic":"8d","estimate_most_likely":"10d","estimate_pessimistic":"20d"}"#
            )
            let aID = try #require(a.json["id"] as? String)
            let b = try await client.send(.post, "\(base)/tasks", json: #"{"name":"Build","duration":"5d"}"#)
            let bID = try #require(b.json["id"] as? String)
            _ = try await client.send(.post, "\(base)/links", json: #"{"predecessor_id":"\#(aID)","successor_id":"\#(bID)"}"#)

            let body = #"{"iterations":2000,"seed":42,"deadline":"2027-01-29"}"#
            let run = try await client.send(.post, "\(base)/simulation", json: body)
            #expect(run.status == .ok)
            #expect(run.json["iterations"] as? Int == 2_000 && run.json["seed"] as? Int == 42 && run.json["uncertain_tasks"] as? Int == 1)
            #expect(run.json["deterministic_duration_days"] as? Double == 15)
            let duration = try #require(run.json["duration"] as? [String: Any])
            let days = try #require(duration["percentiles_days"] as? [String: Double])
            #expect(days.count == 19 && days["P5"]! >= 13 && days["P95"]! <= 25 && days["P50"]! > 15)
            let finish = try #require(run.json["finish_percentiles"] as? [String: String])
            #expect(finish["P80"]! > finish["P50"]! && finish["P50"]!.hasPrefix("2027-"))
            let probability = try #require(run.json["probability_of_deadline"] as? Double)
            #expect(probability > 0 && probability < 1)
            let tasks = try #require(run.json["tasks"] as? [[String: Any]])
            #expect(tasks.map { $0["id"] as? String } == [aID, bID] && tasks.allSatisfy { $0["criticality"] as? Double == 1 })
            #expect((run.json["sensitivity"] as? [[String: Any]])?.first?["task_id"] as? String == aID && run.json["risks"] as? Int == 0)
            // Seeded: the same plan and options give the same numbers.
            var again = try await client.send(.post, "\(base)/simulation", json: body).json
            var first = run.json
            again["elapsed_ms"] = nil
            first["elapsed_ms"] = nil
            #expect(NSDictionary(dictionary: again).isEqual(to: first))

            // A saved run: accepted, run in the background, then the same numbers.
            let queued = try await client.send(.post, "\(base)/simulation-runs", json: body)
            #expect(queued.status == .accepted && queued.json["status"] as? String == "queued")
            let runURL = try #require(queued.headers[.location])
            var saved: [String: Any] = [:]
            for _ in 0..<300 {
                saved = try await client.send(.get, runURL).json
                if saved["status"] as? String == "done" { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(saved["status"] as? String == "done" && saved["progress"] as? Double == 1 && saved["stale"] as? Bool == false)
            var savedResult = try #require(saved["result"] as? [String: Any])
            savedResult["elapsed_ms"] = nil
            #expect(NSDictionary(dictionary: savedResult).isEqual(to: first))
            let runs = try await client.send(.get, "\(base)/simulation-runs")
            #expect((runs.json["items"] as? [[String: Any]])?.count == 1)
            let stopDone = try await client.send(.post, "\(runURL)/stop")
            #expect(stopDone.status == .conflict)

            let bad = try await client.send(.post, "\(base)/simulation", json: #"{"iterations":0,"distribution":"normal","deadline":"soon"}"#)
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["deadline", "distribution", "iterations"])
            let tooBig = try await client.send(.post, "\(base)/simulation", json: #"{"iterations":1000001}"#)
            #expect(tooBig.status == .unprocessableContent && tooBig.problemFields == ["iterations"])
            // A small plan still runs at most 100,000 iterations inline; a saved run may take more.
            let inlineTooMany = try await client.send(.post, "\(base)/simulation", json: #"{"iterations":100001}"#)
            #expect(inlineTooMany.status == .unprocessableContent && inlineTooMany.problemFields == ["iterations"])
            let detail = (inlineTooMany.json["errors"] as? [[String: Any]])?.first?["detail"] as? String ?? ""
            #expect(detail.contains("100000"), "\(inlineTooMany.json)")
        }
    }

    @Test(arguments: TestBackend.available)
    func msProjectXMLRoundTripsThroughTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let plan = ProjectPlan(
                name: "Imported",
                network: ScheduleNetwork(
                    projectStart: LocalDateTime(iso: "2027-01-04T08:00")!,
                    calendars: [.standard],
                    tasks: [
                        ScheduleTask(name: "Phase", duration: 0), ScheduleTask(name: "Dig", parent: 0, duration: 960),
                        ScheduleTask(name: "Pour", parent: 0, duration: 480), ScheduleTask(name: "Done", duration: 0, isMilestone: true),
                    ],
                    links: [ScheduleLink(1, 2, .finishToStart, lag: .elapsed(minutes: 1_440)), ScheduleLink(0, 3, .finishToStart)]
                ),
                details: [
                    TaskDetails(), TaskDetails(wbs: "1.1", estimate: ThreePointEstimate(optimistic: 480, mostLikely: 960, pessimistic: 1_920)),
                    TaskDetails(),
                    TaskDetails(),
                ]
            )
            let xml = String(decoding: try MSPDI.write(plan), as: UTF8.self)
            let imported = try await client.send(.post, "\(base)/schedule/import", json: xml, headers: [.contentType: "application/xml"])
            #expect(imported.status == .ok)
            #expect((imported.json["tasks"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Phase", "Dig", "Pour", "Done"])
            let exported = try await client.send(.get, "\(base)/schedule.xml")
            #expect(exported.status == .ok && exported.headers[.contentType] == "application/xml; charset=utf-8")
            let back = try MSPDI.read(Data(buffer: exported.body))
            #expect(back.plan.network.tasks == plan.network.tasks)
            #expect(Set(back.plan.network.links) == Set(plan.network.links))
            #expect(back.plan.details[1].estimate == plan.details[1].estimate)

            let hostile = try await client.send(
                .post,
                "\(base)/schedule/import",
                json: #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Project/>"#,
                headers: [.contentType: "application/xml"]
            )
            #expect(hostile.status == .unprocessableContent && hostile.problemFields == ["file"])
            let after = try await client.send(.get, "\(base)/schedule")
            #expect((after.json["tasks"] as? [[String: Any]])?.count == 4)
        }
    }
}
