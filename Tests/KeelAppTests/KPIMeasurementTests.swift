import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// KPI tracking on both databases: values recorded by day (one per day), checked whole, the latest
/// giving the traffic light, deleted with the objective.
@Suite struct KPIMeasurementTests {
    let caller = Caller.system("test")

    @Test(arguments: TestBackend.available)
    func measuredValuesGiveTheTrafficLight(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(caller, sampleCharter()).id
            let o = try await services.objectives.create(
                caller,
                project: p,
                .fields([
                    "name": "Failure rate", "target": 0.5, "direction": "lower_is_better", "red_threshold": 1.5, "amber_threshold": 1,
                    "baseline": 2.5,
                ])
            )
            _ = try await services.objectives.record(caller, project: p, o.id, .fields(["measured_on": "2026-10-31", "value": 1.8]))
            _ = try await services.objectives.record(caller, project: p, o.id, .fields(["measured_on": "2026-09-30", "value": 2.4, "note": "first"]))
            var list = try await services.objectives.measurements(caller, project: p, o.id)
            #expect(list.map(\.measuredOn.iso) == ["2026-09-30", "2026-10-31"] && list[0].note == "first")
            #expect(o.kpi.current(list)?.measurement.value == 1.8 && o.kpi.current(list)?.status == .red)
            let latest = try await services.objectives.record(caller, project: p, o.id, .fields(["measured_on": "2026-11-27", "value": 0.9]))
            list = try await services.objectives.measurements(caller, project: p, o.id)
            #expect(o.kpi.current(list)?.status == .green)

            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors {
                    _ = try await services.objectives.record(caller, project: p, o.id, .fields(["measured_on": "2026-11-27", "value": 1]))
                }
                    == ["measured_on": [.duplicate]]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.objectives.record(caller, project: p, o.id, .fields(["measured_on": "soon", "value": "x"]))
                }
                    == ["measured_on": [.invalidDay], "value": [.invalidType]]
            )
            #expect(
                await fieldErrors { _ = try await services.objectives.record(caller, project: p, o.id, .fields([:])) } == [
                    "measured_on": [.required], "value": [.required],
                ]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            try await services.objectives.deleteMeasurement(caller, project: p, o.id, latest.id)
            #expect(try await services.objectives.measurements(caller, project: p, o.id).count == 2)
            #expect(try await services.projects.overview(caller, p).measurements.count == 2)
            try await services.objectives.delete(caller, project: p, o.id, expectedVersion: nil)
            #expect(try await services.objectives.allMeasurements(caller, project: p).isEmpty)
        }
    }
}
