import ArgumentParser
import Foundation
import Hummingbird
import KeelApp
import KeelServer
import KeelStore
import Logging

@main
struct Keel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keel",
        abstract: "Keel — project operations management: the operations plan as a running system.",
        version: KeelVersion.current,
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, AuditCommand.self, APICommand.self, ScheduleCommand.self, SimulateCommand.self,
            EarnedValueCommand.self, CashFlowCommand.self, HealthCommand.self, DoctorCommand.self, RoutesCommand.self, OpenAPICommand.self,
        ]
    )
}

enum KeelVersion {
    static let current = "0.1.0"
}

/// Options shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "sqlite:///path/file.sqlite or postgres://user:pass@host:port/db. Default: $KEEL_DATABASE_URL, else sqlite://\(DatabaseLocation.defaultSQLitePath)."
        )
    )
    var databaseURL: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    var logger: Logger {
        var l = Logger(label: "keel")
        l.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        return l
    }

    func location() throws -> DatabaseLocation {
        let url = databaseURL ?? ProcessInfo.processInfo.environment["KEEL_DATABASE_URL"] ?? "sqlite://" + DatabaseLocation.defaultSQLitePath
        do { return try DatabaseLocation(url: url) } catch { throw ValidationError(String(describing: error)) }
    }

    /// Opens the database and brings its schema up to date.
    func openMigrated() async throws -> Database {
        let db = try await Database.open(try location(), logger: logger)
        do {
            try await Migrator(database: db).migrate()
        } catch {
            await db.close()
            throw error
        }
        return db
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web UI and JSON API.")

    @OptionGroup var db: DatabaseOptions
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port to listen on.") var port: Int = 8080
    @Option(help: "Largest accepted request body in bytes (larger answers 413).") var maxBodyBytes: Int = 1 << 20
    @Flag(help: "Served over HTTPS (directly or behind a TLS proxy): Secure __Host- cookies and HSTS.") var behindTLS = false
    @Option(name: .customLong("trusted-proxy"), help: "Address of a reverse proxy whose X-Forwarded-For is trusted (repeatable).")
    var trustedProxies: [String] = []
    @Flag(help: "Load the demo project first if it is not there yet.") var demo = false
    @Option(help: "Language of the demo data: en or zh-CN.") var demoLanguage: String = "zh-CN"

    func run() async throws {
        let logger = db.logger
        let database = try await db.openMigrated()
        let services = KeelServices(database: database, logger: logger)
        // Background runs that a stopped server left unfinished are marked failed.
        try await services.simulationRuns.failInterrupted()
        // Queued runs that no instance started (the one that took them stopped) are picked up here.
        let waitingRuns = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(30))
                _ = try? await services.simulationRuns.runWaiting()
            }
        }
        defer { waitingRuns.cancel() }
        // Projects changed since their last health assessment (here or on another instance) or
        // assessed on an earlier day get their traffic lights refreshed for the portfolio.
        let health = Task.detached {
            while !Task.isCancelled {
                do {
                    if try await services.health.refreshDue() > 0 { continue }
                } catch {
                    logger.error("project health refresh failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: .seconds(3))
            }
        }
        defer { health.cancel() }
        if demo {
            let language = DemoLoader.Language(rawValue: demoLanguage) ?? .zhCN
            try await KeelDemo.loader(services: services, language: language).load()
        }
        logger.info("database ready", metadata: ["database": "\(database.location)"])
        let (host, port) = (self.host, self.port)
        let app = try buildApplication(
            services: services,
            configuration: ServerConfiguration(
                host: host,
                port: port,
                maxBodyBytes: maxBodyBytes,
                behindTLS: behindTLS,
                trustedProxies: Set(trustedProxies)
            ),
            logger: logger,
            onServerRunning: { logger.notice("Keel \(KeelVersion.current) serving http://\(host):\(port)") }
        )
        do {
            try await app.runService()
        } catch {
            // A port already taken, say: the database closes cleanly before the error is reported.
            await database.close()
            throw error
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or upgrade the database schema.")
    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let database = try await Database.open(try db.location(), logger: db.logger)
        let migrator = Migrator(database: database)
        let applied = try await migrator.migrate()
        let version = try await migrator.currentVersion()
        await database.close()
        print(
            applied.isEmpty
                ? "Schema is current (version \(version))."
                : "Applied migrations \(applied.map(String.init).joined(separator: ", ")); schema version \(version)."
        )
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo: the integrated e-commerce platform project (shopping, payment, logistics) in three stages."
    )
    @OptionGroup var db: DatabaseOptions
    @Option(help: "Language of the demo data: en or zh-CN.") var language: String = "zh-CN"

    func validate() throws {
        guard DemoLoader.Language(rawValue: language) != nil else { throw ValidationError("--language must be en or zh-CN") }
    }

    func run() async throws {
        let database = try await db.openMigrated()
        let services = KeelServices(database: database)
        do {
            let id = try await KeelDemo.loader(services: services, language: DemoLoader.Language(rawValue: language)!).load()
            print("Demo project \(DemoLoader.demoCode) is loaded: /projects/\(id)")
            print("Sign in as \(DemoLoader.adminEmail) with the password \(DemoLoader.password) (demo accounts only).")
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}
