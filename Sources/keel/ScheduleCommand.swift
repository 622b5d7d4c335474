import ArgumentParser
import Foundation
import KeelCore
import KeelPresentation
import KeelInterop

/// `keel schedule FILE [--format csv|json|mspdi]`: schedules a JSON network file or an MS Project
/// XML file with the CPM engine, without a server or database, and prints the dates and float of
/// every task — or the whole plan with its schedule as MS Project XML.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print the critical-path schedule of a JSON network or MS Project XML file (see docs/scheduling.md)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, mspdi }

    @Argument(help: "The network file (JSON, or MS Project XML), or - for standard input.")
    var file: String

    @Option(help: "csv (default), json, or mspdi (MS Project XML with the computed dates).")
    var format: Format = .csv

    /// Large enough for a 100,000-task network, small enough that a mistaken file fails fast.
    static let maxBytes = 64 << 20

    func run() throws {
        let data = try Self.readInput(file)
        let plan: ProjectPlan, ids: [String]
        if ScheduleFileFormat.looksLikeXML(data) {
            do {
                let file = try MSPDI.read(data)
                plan = file.plan
                ids = file.taskUIDs.map(String.init)
            } catch {
                throw CLIError(error)
            }
        } else {
            (plan, ids) = try Self.readJSON(data)
        }
        let schedule: Schedule
        do {
            schedule = try CriticalPathEngine.schedule(plan.network)
        } catch {
            throw CLIError(error)
        }
        let names = plan.network.tasks.enumerated().map { $1.name.isEmpty ? ids[$0] : $1.name }
        switch format {
        case .csv: FileHandle.standardOutput.write(Data(schedule.csv(ids: ids, names: names).utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let out = ScheduleOutput(schedule, ids: ids, names: names)
            FileHandle.standardOutput.write(try encoder.encode(out))
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .mspdi: FileHandle.standardOutput.write(try MSPDI.write(plan, schedule: schedule))
        }
    }

    /// A file's bytes (`-` for standard input), refused above 64 MiB.
    static func readInput(_ file: String) throws -> Data {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            guard let size = attributes?[.size] as? Int else { throw ValidationError("cannot read \(file)") }
            guard size <= Self.maxBytes else { throw ValidationError("\(file) is larger than 64 MiB") }
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        }
        guard data.count <= Self.maxBytes else { throw ValidationError("input is larger than 64 MiB") }
        return data
    }

    static func readJSON(_ data: Data) throws -> (ProjectPlan, [String]) {
        let parsed: ScheduleFile
        do {
            parsed = try JSONDecoder().decode(ScheduleFile.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw ValidationError("not valid JSON: \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            throw ValidationError("missing \(Self.path(context.codingPath + [key]))")
        } catch let DecodingError.typeMismatch(type, context) {
            throw ValidationError("\(Self.path(context.codingPath)): expected \(type)")
        } catch {
            throw ValidationError("cannot read the network: \(error)")
        }
        do {
            return (try parsed.plan(checkingFieldsOf: data), parsed.tasks.map(\.id))
        } catch {
            throw CLIError(error)
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}

/// The JSON printed by `keel schedule --format json`.
struct ScheduleOutput: Encodable {
    struct Row: Encodable {
        let id, name, start, finish, early_start, early_finish, late_start, late_finish: String
        let duration_days, total_float_days, free_float_days: String
        let total_float_minutes, free_float_minutes: Int64
        let critical, on_longest_path, summary, misses_deadline: Bool
    }

    let project_start: String
    let project_finish: String
    let tasks: [Row]

    init(_ s: Schedule, ids: [String], names: [String]) {
        project_start = s.projectStart.iso
        project_finish = s.projectFinish.iso
        let mpd = s.minutesPerDay
        tasks = s.tasks.enumerated().map { i, t in
            Row(
                id: ids[i],
                name: names[i],
                start: t.start.iso,
                finish: t.finish.iso,
                early_start: t.earlyStart.iso,
                early_finish: t.earlyFinish.iso,
                late_start: t.lateStart.iso,
                late_finish: t.lateFinish.iso,
                duration_days: WorkDuration.days(t.duration, minutesPerDay: mpd),
                total_float_days: WorkDuration.days(t.totalFloat, minutesPerDay: mpd),
                free_float_days: WorkDuration.days(t.freeFloat, minutesPerDay: mpd),
                total_float_minutes: t.totalFloat,
                free_float_minutes: t.freeFloat,
                critical: t.isCritical,
                on_longest_path: t.isOnLongestPath,
                summary: t.isSummary,
                misses_deadline: t.missesDeadline
            )
        }
    }
}
