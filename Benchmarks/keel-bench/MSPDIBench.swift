import Foundation
import KeelCore
import KeelInterop

/// `keel-bench mspdi [--tasks N]`: MS Project XML import and export of the schedule bench's
/// generated network (N tasks, 3N links, holidays), written with its computed schedule so the file
/// carries every date a real MS Project export does. Import is the whole `MSPDI.read`: safety
/// checks, XML parsing, conversion and the scheduler's validation.
struct MSPDIBench {
    let tasks: Int

    func run() throws {
        let n = tasks == 100_000 ? 10_000 : tasks
        print("keel-bench mspdi — \(ProcessInfo.processInfo.activeProcessorCount) cores, one thread")
        let network = ScheduleBench.network(tasks: n, seed: 42)
        var details = [TaskDetails](repeating: TaskDetails(), count: n)
        for i in stride(from: 0, to: n, by: 3) {
            details[i].notes = "Task \(i): scope, method and acceptance."
            details[i].estimate = ThreePointEstimate(optimistic: 240, mostLikely: 480, pessimistic: 1_440)
        }
        let plan = ProjectPlan(name: "Bench", network: network, details: details)
        let schedule = try CriticalPathEngine.schedule(network)
        var writeTimes: [Double] = [], readTimes: [Double] = []
        var data = Data()
        for _ in 0..<5 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            data = try MSPDI.write(plan, schedule: schedule)
            let t1 = DispatchTime.now().uptimeNanoseconds
            let back = try MSPDI.read(data)
            let t2 = DispatchTime.now().uptimeNanoseconds
            precondition(back.plan.network.tasks.count == n && back.plan.network.links.count == network.links.count)
            writeTimes.append(Double(t1 - t0) / 1e6)
            readTimes.append(Double(t2 - t1) / 1e6)
        }
        writeTimes.sort()
        readTimes.sort()
        print(String(format: "%7d tasks %7d links, file %.1f MB", n, network.links.count, Double(data.count) / 1e6))
        print(String(format: "  import: median %.0f ms, min %.0f ms, max %.0f ms", readTimes[2], readTimes[0], readTimes[4]))
        print(String(format: "  export: median %.0f ms, min %.0f ms, max %.0f ms", writeTimes[2], writeTimes[0], writeTimes[4]))
        print("peak resident memory: \(ScheduleBench.peakResidentMB()) MB")
    }
}
