import Foundation
import KeelCore

/// `keel-bench schedule [--tasks N]`: the CPM engine on a generated network — N tasks, 3N links of
/// all four types (30% with working-time lags or leads), the standard calendar with mainland China's
/// 2026 public holidays and make-up working days. Times the whole `CriticalPathEngine.schedule` call
/// (validation, topological sort, forward and backward pass, float, longest path, summary roll-up,
/// wall-clock dates), single thread, and reports the process's peak resident memory.
struct ScheduleBench {
    let tasks: Int

    func run() throws {
        print("keel-bench schedule — \(ProcessInfo.processInfo.activeProcessorCount) cores, one thread")
        for n in Set([10_000, tasks]).sorted() {
            let network = Self.network(tasks: n, seed: 42)
            _ = try CriticalPathEngine.schedule(network)  // warm-up
            var times: [Double] = []
            var finish = "", digest: UInt64 = 0
            for _ in 0..<11 {
                let start = DispatchTime.now().uptimeNanoseconds
                let s = try CriticalPathEngine.schedule(network)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                finish = s.projectFinish.iso
                digest = Self.digest(s)
            }
            times.sort()
            print(
                String(
                    format: "%7d tasks %7d links: median %.1f ms, min %.1f ms, max %.1f ms (finish %@, digest %016llx)",
                    n,
                    network.links.count,
                    times[5],
                    times[0],
                    times[10],
                    finish,
                    digest
                )
            )
        }
        print("peak resident memory: \(Self.peakResidentMB()) MB")
    }

    static func network(tasks n: Int, seed: UInt64) -> ScheduleNetwork {
        var rng = SplitMix64(seed: seed)
        var calendar = WorkCalendar.standard
        calendar.exceptions = ChinaHolidays2026.exceptions(in: .en)
        var list: [ScheduleTask] = []
        list.reserveCapacity(n)
        for i in 0..<n {
            let days = Int64(rng.next() % 10)
            list.append(ScheduleTask(name: "Task \(i)", duration: days * 480))
        }
        var links: [ScheduleLink] = []
        links.reserveCapacity(3 * n)
        var seen = Set<Int64>()
        let types = LinkType.allCases
        while links.count < 3 * n {
            let s = 1 + Int(rng.next() % UInt64(n - 1))
            let p = s - 1 - Int(rng.next() % UInt64(min(s, 300)))
            guard seen.insert(Int64(p) << 32 | Int64(s)).inserted else { continue }
            let roll = rng.next() % 100
            let lag: Lag = roll < 30 ? .working(minutes: (Int64(rng.next() % 9) - 3) * 240) : .zero
            links.append(ScheduleLink(p, s, types[Int(rng.next() % 4)], lag: lag))
        }
        return ScheduleNetwork(projectStart: LocalDateTime(iso: "2026-01-05T08:00")!, calendars: [calendar], tasks: list, links: links)
    }

    /// FNV-1a over every computed date, float and flag: an optimisation of the engine must leave it unchanged.
    static func digest(_ s: Schedule) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ v: Int64) { h = (h ^ UInt64(bitPattern: v)) &* 0x100_0000_01b3 }
        for t in s.tasks {
            for d in [t.start, t.finish, t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish] { mix(d.minutes) }
            mix(t.duration)
            mix(t.totalFloat)
            mix(t.freeFloat)
            mix((t.isCritical ? 1 : 0) | (t.isOnLongestPath ? 2 : 0) | (t.isSummary ? 4 : 0) | (t.missesDeadline ? 8 : 0))
        }
        return h
    }

    static func peakResidentMB() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return "unknown" }
        let kb = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? 0
        return String(format: "%.0f", kb / 1024)
    }
}
