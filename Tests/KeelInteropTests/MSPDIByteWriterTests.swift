import Foundation
import KeelCore
import Testing
import XMLCoder

@testable import KeelInterop

/// The byte writer against XMLCoder, which wrote Keel's MSPDI files before: the same bytes for
/// generated plans and for text that needs escaping, so files exported before and after compare equal.
@Suite struct MSPDIByteWriterTests {
    /// Exactly how `MSPDI.write` encoded a document with XMLCoder.
    static func xmlCoder(_ plan: ProjectPlan, _ schedule: Schedule?) throws -> [UInt8] {
        let encoder = XMLEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        let data = try encoder.encode(
            MSPDIWriter(plan: plan, schedule: schedule, currency: "CNY").document(),
            withRootKey: "Project",
            rootAttributes: ["xmlns": "http://schemas.microsoft.com/project"],
            header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes")
        )
        return Array(data)
    }

    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let i = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func around(_ x: [UInt8]) -> String { String(decoding: x[max(0, i - 80)..<min(x.count, i + 80)], as: UTF8.self) }
        return "byte \(i) of \(a.count) / \(b.count):\n\(around(a))\n----\n\(around(b))"
    }

    @Test(arguments: 0..<60) func sameBytesAsXMLCoder(seed: Int) throws {
        let plan = MSPDIRoundTripTests.plan(seed: UInt64(seed) &+ 1)
        let schedule = try? CriticalPathEngine.schedule(plan.network)
        let bytes = Array(try MSPDI.write(plan, schedule: schedule))
        let reference = try Self.xmlCoder(plan, schedule)
        #expect(bytes == reference, "\(Self.firstDifference(bytes, reference))")
    }

    @Test func textIsEscapedAlike() throws {
        var plan = MSPDIRoundTripTests.plan(seed: 7)
        let awkward = [
            "R&D <phase> \"one\" 'two'", "&\u{301} <\u{308} >\u{20DD} '\u{301}", "line\r\nbreak\ttab", "emoji 🚀👩🏽‍💻 & 中文",
            "", " leading and trailing ", "&amp; already escaped",
        ]
        plan.name = "Plan & <co> \"quoted\" 'x'"
        for i in plan.network.tasks.indices {
            plan.network.tasks[i].name = awkward[i % awkward.count]
            plan.details[i].notes = awkward[(i + 3) % awkward.count]
            plan.details[i].wbs = awkward[(i + 5) % awkward.count]
        }
        let schedule = try? CriticalPathEngine.schedule(plan.network)
        let bytes = Array(try MSPDI.write(plan, schedule: schedule))
        let reference = try Self.xmlCoder(plan, schedule)
        #expect(bytes == reference, "\(Self.firstDifference(bytes, reference))")
        // And an empty plan: the elements without content.
        let empty = ProjectPlan(name: "", network: ScheduleNetwork(projectStart: LocalDateTime(iso: "2027-03-01T08:00")!, tasks: []))
        #expect(Array(try MSPDI.write(empty)) == (try Self.xmlCoder(empty, nil)))
    }
}
