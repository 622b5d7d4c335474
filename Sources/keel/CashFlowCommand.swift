import ArgumentParser
import Foundation
import KeelApp
import KeelCore
import KeelServer

/// `keel cash-flow PROJECT [--as-of YYYY-MM-DD] [--format text|json]`: the cash-flow forecast of a
/// project in the database, as the finance page and `GET …/cash-flow` give it. Exits with status 2
/// when the balance is projected to drop below the threshold within the horizon, so a scheduled job
/// can raise the alarm.
struct CashFlowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cash-flow",
        abstract: "Cash-flow forecast of a project by week, with its low-balance warning (see docs/finance.md)."
    )

    @Argument(help: "A project's code or id.")
    var project: String

    @OptionGroup var db: DatabaseOptions

    @Option(help: "The as-of date, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "text (default) or json.")
    var format: EarnedValueCommand.OutputFormat = .text

    func run() async throws {
        var day: Day?
        if let asOf {
            guard let d = Day(input: asOf) else { throw ValidationError("--as-of must be a date YYYY-MM-DD between 1900-01-01 and 2199-12-31") }
            day = d
        }
        let project = self.project
        let report = try await UserCommand.run(db) { services in
            let caller = Caller.system("cash-flow")
            return try await services.cashFlow.report(caller, project: try await ProjectArgument.resolve(project, services, caller), asOf: day)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Swift.print(String(decoding: try encoder.encode(CashFlowAPI.ReportBody(report)), as: UTF8.self))
        case .text:
            Swift.print(Self.text(report))
        }
        if report.forecast.warning != nil { throw ExitCode(2) }
    }

    static func text(_ r: CashFlowReport) -> String {
        let f = r.forecast
        func m(_ x: Int64) -> String { Money(minor: x, currency: r.currency).description }
        var lines = [
            "Cash flow as of \(f.asOf.iso): balance \(m(f.balanceAtAsOf)), expected in \(m(f.expectedIn)), out \(m(f.expectedOut))",
            "Lowest within \(f.settings.horizonWeeks) weeks: \(m(f.lowestInHorizon.balance)) on \(f.lowestInHorizon.day.iso)",
        ]
        if let w = f.warning {
            lines.append("WARNING: below \(m(w.threshold)) from \(w.firstDay.iso), lowest \(m(w.lowest)) on \(w.lowestDay.iso)")
        }
        if !f.unplaced.isEmpty { lines.append("Not placed (milestone not scheduled): \(f.unplaced.joined(separator: ", "))") }
        lines.append("")
        for p in f.weeks where p.through >= f.asOf && p.from <= f.horizonEnd {
            lines.append("\(p.from.iso)…\(p.through.iso)  in \(m(p.inflow))  out \(m(p.outflow))  balance \(m(p.closingBalance))")
        }
        return lines.joined(separator: "\n")
    }
}
