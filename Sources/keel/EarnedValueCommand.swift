import ArgumentParser
import Foundation
import KeelApp
import KeelCore
import KeelServer

/// `keel earned-value PROJECT [--status-date YYYY-MM-DD] [--format text|json]`: the earned value
/// report of a project in the database, as the finance page and `GET …/earned-value` give it.
struct EarnedValueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "earned-value",
        abstract: "Earned value of a project at a status date (see docs/finance.md)."
    )

    @Argument(help: "A project's code or id.")
    var project: String

    @OptionGroup var db: DatabaseOptions

    @Option(help: "The status date, YYYY-MM-DD (default: the plan's status date, else today).")
    var statusDate: String?

    @Option(help: "text (default) or json.")
    var format: OutputFormat = .text

    enum OutputFormat: String, ExpressibleByArgument { case text, json }

    func run() async throws {
        var day: Day?
        if let statusDate {
            guard let d = Day(input: statusDate) else {
                throw ValidationError("--status-date must be a date YYYY-MM-DD between 1900-01-01 and 2199-12-31")
            }
            day = d
        }
        let project = self.project
        let report = try await UserCommand.run(db) { services in
            let caller = Caller.system("earned-value")
            return try await services.earnedValue.report(
                caller,
                project: try await ProjectArgument.resolve(project, services, caller),
                statusDate: day
            )
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Swift.print(String(decoding: try encoder.encode(EarnedValueAPI.ReportBody(report)), as: UTF8.self))
        case .text:
            Swift.print(Self.text(report))
        }
    }

    static func text(_ r: EarnedValueReport) -> String {
        guard r.baseline != nil else { return "No approved budget: earned value needs one (see docs/finance.md)." }
        func m(_ x: Int64?) -> String { x.map { Money(minor: $0, currency: r.currency).description } ?? "—" }
        func i(_ x: Double?) -> String { x.map { Rounding.threeDecimals($0) } ?? "—" }
        let p = r.project
        var lines = [
            "Earned value at \(r.statusDate.iso) (budget version \(r.baseline!.number))",
            "BAC \(m(p.bac))  PV \(m(p.pv))  EV \(m(p.ev))  AC \(m(p.ac))",
            "SV \(m(p.sv))  CV \(m(p.cv))  SPI \(i(p.spi))  CPI \(i(p.cpi))",
            "EAC \(m(p.eac))  ETC \(m(p.etc))  VAC \(m(p.vac))  TCPI \(i(p.tcpiToBAC))",
        ]
        if let es = r.earnedSchedule {
            lines.append(
                String(
                    format: "ES %.1f wd of AT %.1f wd  SV(t) %.1f wd  SPI(t) %@  IEAC(t) %@",
                    es.earnedSchedule,
                    es.actualTime,
                    es.scheduleVariance,
                    i(es.spi),
                    es.forecastDuration.map { String(format: "%.1f wd", $0) } ?? "—"
                )
            )
        }
        lines.append("")
        for row in r.rows {
            let name = String(repeating: "  ", count: row.depth) + (row.wbs.isEmpty ? "" : row.wbs + " ") + row.name
            lines.append(
                "\(name)  BAC \(m(row.metrics.bac))  EV \(m(row.metrics.ev))  AC \(m(row.metrics.ac))  CPI \(i(row.metrics.cpi))  SPI \(i(row.metrics.spi))"
            )
        }
        return lines.joined(separator: "\n")
    }
}

/// A project named on the command line by its id or its code.
enum ProjectArgument {
    static func resolve(
        _ text: String,
        _ services: KeelServices,
        _ caller: Caller,
        missing: String = "no project with the code"
    ) async throws -> ID<Project> {
        if let id = ID<Project>(text) { return id }
        let found = try await services.projects.list(caller, PortfolioQuery(search: text, perPage: 50)).items
        guard let match = found.first(where: { $0.code.caseInsensitiveCompare(text) == .orderedSame }) else {
            throw ValidationError("\(missing) \(text)")
        }
        return match.id
    }
}
