import ArgumentParser
import Foundation
import KeelApp
import KeelCore
import KeelPresentation
import KeelServer

/// `keel health [--only red|amber|green] [--format text|json] [--language en|zh-CN]`: every project's
/// traffic lights, worst first, after reassessing the projects that changed (as `keel serve` does in
/// the background). Exits with status 2 when a listed project is red, so a scheduled job can raise
/// the alarm.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Schedule, cost, risk and cash traffic lights of every project, worst first (see docs/portfolio-health.md)."
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: "Only projects whose overall light is red, amber or green.")
    var only: String?

    @Option(help: "text (default) or json.")
    var format: EarnedValueCommand.OutputFormat = .text

    @Option(help: "Language of the text: en (default) or zh-CN.")
    var language: String = "en"

    func validate() throws {
        if let only, RAG(rawValue: only) == nil { throw ValidationError("--only must be red, amber or green") }
        if UILocale(rawValue: language) == nil { throw ValidationError("--language must be en or zh-CN") }
    }

    func run() async throws {
        let filter = only.flatMap(RAG.init(rawValue:))
        let items = try await UserCommand.run(db) { services -> [ProjectSummary] in
            try await services.health.refreshAll()
            let caller = Caller.system("health")
            var query = PortfolioQuery(health: filter, sort: .health, perPage: PortfolioQuery.maxPerPage)
            var all: [ProjectSummary] = []
            while true {
                let page = try await services.projects.list(caller, query)
                all += page.items
                if page.page >= page.pageCount { return all }
                query.page += 1
            }
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Swift.print(String(decoding: try encoder.encode(items.map(PortfolioHealthItem.init)), as: UTF8.self))
        case .text:
            let locale = UILocale(rawValue: language) ?? .en
            for item in items { Swift.print(HealthLines.line(item, locale: locale)) }
        }
        if items.contains(where: { $0.health?.health.overall == .red }) { throw ExitCode(2) }
    }
}
