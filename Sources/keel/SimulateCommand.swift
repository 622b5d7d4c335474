import ArgumentParser
import Foundation
import KeelApp
import KeelCore
import KeelInterop

/// `keel simulate FILE|PROJECT --iterations N --seed S [--format json|text]`: Monte Carlo simulation
/// of a plan file (JSON, or MS Project XML with PERT Duration1–3) with optional risk events, or of a
/// project in the database (its plan and its register's open quantified risks).
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Monte Carlo schedule risk analysis of a plan file or a project (see docs/simulation.md).",
        discussion:
            "FILE is a JSON network or MS Project XML file (- for standard input); anything else is taken as a project's code or id in the database."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A plan file (JSON, or MS Project XML with three-point estimates in Duration1–3), - for standard input, or a project code or id.")
    var file: String

    @OptionGroup var db: DatabaseOptions

    @Option(help: "Iterations, 1…1,000,000.")
    var iterations = 10_000

    @Option(help: "Random seed: the same file and seed give the same result.")
    var seed: UInt64 = 1

    @Option(help: "triangular (default) or pert (Beta-PERT, λ = 4).")
    var distribution: DistributionShape = .triangular

    @Option(
        help:
            "A JSON file of risk events: {\"risks\": [{\"name\", \"probability\", \"tasks\": [ids], \"delay\": {\"optimistic\", \"most_likely\", \"pessimistic\"}}], optionally \"correlations\": [{\"name\", \"coefficient\", \"tasks\": [ids]}]}."
    )
    var risks: String?

    @Option(help: "A finish date to test, YYYY-MM-DD or YYYY-MM-DDTHH:MM; prints the probability of meeting it.")
    var deadline: String?

    @Option(help: "text (default) or json.")
    var format: Format = .text

    func run() async throws {
        if file != "-" && !FileManager.default.fileExists(atPath: file) {
            return try await runProject()
        }
        let data = try ScheduleCommand.readInput(file)
        let plan: ProjectPlan, ids: [String]
        if ScheduleFileFormat.looksLikeXML(data) {
            do {
                let file = try MSPDI.read(data)
                (plan, ids) = (file.plan, file.taskUIDs.map(String.init))
            } catch {
                throw CLIError(error)
            }
        } else {
            (plan, ids) = try ScheduleCommand.readJSON(data)
        }
        var events: [RiskEvent] = []
        var groups: [DurationCorrelation] = []
        if let risks {
            let riskData = try ScheduleCommand.readInput(risks)
            let parsed: RiskFile
            do {
                parsed = try JSONDecoder().decode(RiskFile.self, from: riskData)
            } catch {
                throw ValidationError("cannot read the risk file: \(error)")
            }
            let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            do {
                events = try parsed.events(taskIndex: index, minutesPerDay: plan.network.minutesPerDay)
                groups = try parsed.groups(taskIndex: index)
            } catch {
                throw CLIError(error)
            }
        }
        var finishBy: LocalDateTime?
        if let deadline {
            // A bare date means the end of that day, as everywhere in Keel.
            guard
                let d = deadline.count == 10
                    ? Day(input: deadline).map({ LocalDateTime(day: $0, minuteOfDay: 1_440) }) : LocalDateTime(input: deadline)
            else {
                throw ValidationError("--deadline: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM between 1900-01-01 and 2199-12-31")
            }
            finishBy = d
        }
        let input = SimulationInput(
            plan: plan,
            shape: distribution,
            risks: events,
            correlations: groups,
            deadline: finishBy,
            iterations: iterations,
            seed: seed
        )
        let started = DispatchTime.now().uptimeNanoseconds
        let result: SimulationResult
        do {
            result = try MonteCarloEngine.run(input)
        } catch {
            throw CLIError(error)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        let names = plan.network.tasks.enumerated().map { $1.name.isEmpty ? ids[$0] : $1.name }
        try print(SimulationOutput(result, names: names, elapsedMilliseconds: elapsed))
    }

    /// A project of the database: its plan with the tasks' estimates and its register's risks.
    func runProject() async throws {
        if risks != nil { throw ValidationError("--risks is for plan files; a project's risks come from its register") }
        let project = file
        let input = Input(
            fields: [
                "iterations": .number(String(iterations)), "seed": .number(String(seed)), "distribution": .string(distribution.rawValue),
            ].merging(deadline.map { ["deadline": .string($0)] } ?? [:]) { a, _ in a },
            fromForm: false
        )
        let run = try await UserCommand.run(db) { services in
            let caller = Caller.system("simulate")
            return try await services.schedule.simulate(
                caller,
                project: try await ProjectArgument.resolve(project, services, caller, missing: "no file and no project with the code"),
                input
            )
        }
        try print(SimulationOutput(run.result, names: run.plan.tasks.map { $0.name }, elapsedMilliseconds: run.elapsedMilliseconds))
    }

    private func print(_ output: SimulationOutput) throws {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(output))
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .text: FileHandle.standardOutput.write(Data(output.text.utf8))
        }
    }
}

extension DistributionShape: ExpressibleByArgument {}

/// The JSON printed by `keel simulate --format json`. Durations are working days from the project
/// start on the project calendar; dates are ISO 8601 local times.
struct SimulationOutput: Encodable {
    struct Driver: Encodable {
        let kind: String
        let name: String
        let correlation: Double
    }

    let iterations: Int
    let seed: UInt64
    let distribution: String
    let deterministic_finish: String
    let deterministic_duration_days: Double
    let duration_percentiles: [String: Double]
    let finish_percentiles: [String: String]
    let mean_duration_days: Double
    let standard_deviation_days: Double
    let schedule_contingency_p80_days: Double
    let deadline: String?
    let probability_of_deadline: Double?
    let criticality: [String: Double]
    let sensitivity: [Driver]
    let elapsed_ms: Double

    init(_ r: SimulationResult, names: [String], elapsedMilliseconds: Double) {
        let day = Double(r.minutesPerDay)
        func days(_ minutes: Int64) -> Double { Self.round(Double(minutes) / day) }
        iterations = r.iterations
        seed = r.seed
        distribution = r.shape.rawValue
        deterministic_finish = r.deterministicFinish.iso
        deterministic_duration_days = days(r.deterministicMinutes)
        duration_percentiles = Dictionary(uniqueKeysWithValues: r.duration.percentiles.map { ("P\($0.key)", days($0.value)) })
        finish_percentiles = Dictionary(uniqueKeysWithValues: r.finishPercentiles.map { ("P\($0.key)", $0.value.iso) })
        mean_duration_days = Self.round(r.duration.mean / day)
        standard_deviation_days = Self.round(r.duration.standardDeviation / day)
        schedule_contingency_p80_days = days(r.scheduleContingencyP80)
        deadline = r.deadline?.iso
        probability_of_deadline = r.probabilityOfDeadline
        var criticality: [String: Double] = [:]
        for (i, c) in r.criticality.enumerated() {
            guard let c else { continue }
            // Names repeat in real plans; the later task keeps its own entry under "name (n)".
            let key = criticality[names[i]] == nil ? names[i] : "\(names[i]) (\(i + 1))"
            criticality[key] = Self.round(c)
        }
        self.criticality = criticality
        sensitivity = r.scheduleSensitivity.map { s in
            let kind: String
            switch s.source {
            case .task: kind = "task"
            case .risk: kind = "risk"
            case .cost: kind = "cost"
            }
            return Driver(kind: kind, name: s.name, correlation: Self.round(s.correlation))
        }
        elapsed_ms = Self.round(elapsedMilliseconds)
    }

    static func round(_ x: Double) -> Double { (x * 1_000).rounded() / 1_000 }

    var text: String {
        var lines = [
            "\(iterations) iterations, seed \(seed), \(distribution) durations, \(elapsed_ms) ms",
            "deterministic finish \(deterministic_finish) (\(deterministic_duration_days) working days)",
            "mean \(mean_duration_days) d, standard deviation \(standard_deviation_days) d, contingency for P80 \(schedule_contingency_p80_days) d",
            "",
            "percentile  working days  finish",
        ]
        for p in SimulationResult.percentileLevels {
            let key = "P\(p)"
            lines.append(
                key.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + String(duration_percentiles[key]!).padding(toLength: 14, withPad: " ", startingAt: 0) + finish_percentiles[key]!
            )
        }
        if let deadline, let p = probability_of_deadline {
            // The end of a day is held as midnight after it; say the day.
            let shown =
                deadline.hasSuffix("T00:00:00")
                ? "the end of " + (LocalDateTime(iso: deadline).map { $0.adding(minutes: -1).day.iso } ?? deadline) : deadline
            lines += ["", "probability of finishing by \(shown): \(Self.round(p * 100))%"]
        }
        let drivers = sensitivity.prefix(10)
        if !drivers.isEmpty {
            lines += ["", "top drivers (Spearman rank correlation with the project duration)"]
            for d in drivers { lines.append("  \(String(format: "%+.3f", d.correlation))  \(d.kind) \(d.name)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
