import ArgumentParser
import Foundation
import KeelApp
import KeelServer
import KeelStore
import Logging

/// `keel routes [--format text|json]`: every route of the server with what it needs (open, signed in,
/// or the action the permission table decides) and the module declaring it. The crash fuzzers read it.
struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Every HTTP route and the permission it needs (see docs/security.md)."
    )

    @Option(help: "text (default) or json.")
    var format: EarnedValueCommand.OutputFormat = .text

    func run() async throws {
        // The router is built over a scratch database it never touches: routes need no data.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-routes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var logger = Logger(label: "keel")
        logger.logLevel = .error
        let database = try await Database.open(.sqlite(path: dir.appendingPathComponent("routes.sqlite").path), logger: logger)
        let routes: [RouteDescription]
        do {
            routes = try declaredRoutes(services: KeelServices(database: database, logger: logger))
            await database.close()
        } catch {
            await database.close()
            throw error
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(routes), as: UTF8.self))
        case .text:
            for r in routes { print("\(r.method) \(r.path) \(r.need) \(r.module)") }
        }
    }
}
