import Foundation
import Testing

@testable import KeelCore

@Suite struct ScheduleFileTests {
    @Test func durationsAndLagsAsPeopleTypeThem() {
        #expect(WorkDuration.parse("3d") == .working(1_440))
        #expect(WorkDuration.parse("1.5d") == .working(720))
        #expect(WorkDuration.parse("4h") == .working(240))
        #expect(WorkDuration.parse("-1d") == .working(-480))
        #expect(WorkDuration.parse("2w") == .working(4_800))
        #expect(WorkDuration.parse("2ed") == .elapsed(2_880))
        #expect(WorkDuration.parse("50%") == .percent(5_000))
        #expect(WorkDuration.parse("3q") == nil)
        #expect(WorkDuration.parse("") == nil)
        #expect(WorkDuration.parse("1.234d") == nil)
        #expect(WorkDuration.days(720, minutesPerDay: 480) == "1.5")
        #expect(WorkDuration.days(-2_460, minutesPerDay: 480) == "-5.13")
        #expect(WorkDuration.days(0, minutesPerDay: 480) == "0")
    }

    @Test func exampleFileSchedulesAsDocumented() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/examples/schedule.json")
        let file = try JSONDecoder().decode(ScheduleFile.self, from: Data(contentsOf: url))
        let s = try CriticalPathEngine.schedule(try file.network())
        #expect(s.tasks[2].finish == LocalDateTime(iso: "2026-03-13T09:00"))
        // One elapsed day after Cure lands on the make-up Saturday, which is worked.
        #expect(s.tasks[4].start == LocalDateTime(iso: "2026-03-14T09:00"))
        #expect(s.tasks[3].totalFloat == 2_460)
        #expect(s.criticalTasks == [0, 1, 2, 4, 5])
        let csv = s.csv(ids: file.tasks.map(\.id), names: file.tasks.map { $0.name ?? $0.id })
        #expect(csv.hasPrefix("id,name,start,finish,early_start,early_finish,late_start,late_finish,total_float_days,free_float_days,critical\r\n"))
        #expect(csv.contains("4,Documentation,2026-03-09T08:00:00,2026-03-10T17:00:00,"))
    }

    @Test func everyBadFieldIsNamed() throws {
        let json = """
            {"project_start": "soon", "tasks": [{"id": "a", "duration": "3q", "constraint": "later"}, {"id": "a", "parent": "zz"}, {"id": ""}],
             "links": [{"from": "a", "to": "nobody"}, {"from": "a", "to": "a", "type": "XX"}, {"from": "a", "to": "a", "lag": "1parsec"}]}
            """
        let file = try JSONDecoder().decode(ScheduleFile.self, from: Data(json.utf8))
        var fields: [FieldError] = []
        do {
            _ = try file.network()
            Issue.record("bad file accepted")
        } catch {
            if case .validation(let f) = error { fields = f }
        }
        let found = Set(fields.map { "\($0.field) \($0.code.rawValue)" })
        #expect(
            found == [
                "project_start invalid_datetime", "tasks[0].duration invalid_duration", "tasks[0].constraint invalid_choice",
                "tasks[1].id duplicate", "tasks[1].parent unknown_reference", "tasks[2].id required", "links[0].to unknown_reference",
                "links[1].type invalid_choice", "links[2].lag invalid_duration",
            ]
        )
    }

    /// A field Keel does not read is refused where it is, beside the file's other problems.
    @Test func unknownFieldsAreNamed() throws {
        let json = """
            {"project_start": "2026-03-02T08:00", "colour": "red", "tasks": [{"id": "a", "duration": "2q", "durration": "2d",
              "estimate": {"optimistic": "1d", "most_likely": "2d", "pessimistic": "3d", "best": "1d"}}, {"id": "b"}],
             "links": [{"from": "a", "to": "b", "kind": "FS"}],
             "calendars": [{"name": "c", "exceptions": [{"from": "2026-03-03", "until": "2026-03-04"}]}]}
            """
        let data = Data(json.utf8)
        let file = try JSONDecoder().decode(ScheduleFile.self, from: data)
        var fields: [FieldError] = []
        do {
            _ = try file.plan(checkingFieldsOf: data)
            Issue.record("a file with unknown fields was accepted")
        } catch {
            if case .validation(let f) = error { fields = f }
        }
        #expect(
            Set(fields.map { "\($0.field) \($0.code.rawValue)" }) == [
                "colour unknown_field", "tasks[0].durration unknown_field", "tasks[0].estimate.best unknown_field",
                "links[0].kind unknown_field", "calendars[0].exceptions[0].until unknown_field", "tasks[0].duration invalid_duration",
            ]
        )
        // A calendar's own rules are named as the file names its fields.
        let badWeek = Data(
            #"{"project_start": "2026-03-02T08:00", "calendars": [{"name": "c", "week": {"wed": ["00:00-00:00"]}}], "tasks": []}"#.utf8
        )
        var weekFields: Set<String> = []
        do {
            _ = try JSONDecoder().decode(ScheduleFile.self, from: badWeek).plan(checkingFieldsOf: badWeek)
        } catch {
            if case KeelError.validation(let f) = error { weekFields = Set(f.map { "\($0.field) \($0.code.rawValue)" }) }
        }
        #expect(weekFields == ["calendars[0].week.wed[0] out_of_range", "calendars[0].week required"])
        // The same file without them reads as before.
        let clean = Data(#"{"project_start": "2026-03-02T08:00", "tasks": [{"id": "a", "duration": "2d"}]}"#.utf8)
        #expect(try JSONDecoder().decode(ScheduleFile.self, from: clean).plan(checkingFieldsOf: clean).network.tasks.count == 1)
    }

    @Test func planCarriesWBSNotesPriorityAndEstimates() throws {
        let json = """
            {"name": "Pilot", "project_start": "2026-03-02T08:00", "tasks": [
              {"id": "a", "duration": "2d", "wbs": "1.1", "notes": "first", "priority": 800,
               "estimate": {"optimistic": "1d", "most_likely": "2d", "pessimistic": "5d"}},
              {"id": "b", "duration": "1d", "priority": 1001, "estimate": {"optimistic": "3d", "most_likely": "2d", "pessimistic": "5d"}}]}
            """
        let file = try JSONDecoder().decode(ScheduleFile.self, from: Data(json.utf8))
        var fields: [String] = []
        do {
            _ = try file.plan()
        } catch {
            if case .validation(let f) = error { fields = f.map(\.field) }
        }
        #expect(fields == ["tasks[1].priority", "tasks[1].estimate"])
        var good = file
        good.tasks.removeLast()
        let plan = try good.plan()
        #expect(plan.name == "Pilot")
        #expect(
            plan.details == [
                TaskDetails(
                    wbs: "1.1",
                    notes: "first",
                    priority: 800,
                    estimate: ThreePointEstimate(optimistic: 480, mostLikely: 960, pessimistic: 2_400)
                )
            ]
        )
    }
}
