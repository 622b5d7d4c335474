import ArgumentParser
import KeelStore

/// `keel doctor`: what the database holds that Keel would no longer accept (see `DatabaseDoctor`).
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database for stored values outside Keel's supported ranges (exit 1 when any).",
        discussion: """
            Reports every column holding days outside 1900-01-01 … 2199-12-31 or amounts beyond the largest accepted one \
            (older versions accepted them), and SQLite's integrity check. Such values never crash the server, but the \
            figures built on them are meaningless: correct them at their source (a reversing ledger entry, an edited date). \
            Run `keel audit verify` for the audit trail.
            """
    )
    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let findings = try await UserCommand.run(db) { services in try await DatabaseDoctor.check(services.database) }
        guard !findings.isEmpty else {
            print("No problems found.")
            return
        }
        for f in findings { print(f) }
        print("\(findings.count) problem\(findings.count == 1 ? "" : "s") found.")
        throw ExitCode(1)
    }
}
