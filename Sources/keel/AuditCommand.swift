import ArgumentParser
import Foundation
import KeelApp
import KeelStore

/// `keel audit verify`: checks that the audit trail has not been edited, reordered, cut or truncated.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Check the audit trail.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the hash chain and report the first record that does not add up (exit 1).",
            discussion: """
                Each record carries SHA-256(previous hash, record). Editing, deleting or reordering records breaks the chain; \
                removing the newest ones is caught by the stored head. Someone able to rewrite the whole table and its head \
                could rebuild a consistent chain, so keep the printed head hash somewhere else and pass it to --expect-head later.
                """
        )
        @OptionGroup var db: DatabaseOptions
        @Option(help: "The head hash printed by an earlier run: fail unless the chain still passes through it.")
        var expectHead: String?

        func run() async throws {
            let (result, passes) = try await UserCommand.run(db) { services in
                try await services.verifyAudit(.system("audit-verify"), expectHead: expectHead)
            }
            if let problem = result.problem {
                print("Audit trail BROKEN after \(result.checked) good records: \(problem)")
                throw ExitCode(1)
            }
            if let expectHead, !passes {
                print("Audit trail consistent (\(result.checked) records) but it no longer passes through \(expectHead): it was rewritten")
                throw ExitCode(1)
            }
            print("Audit trail intact: \(result.checked) records, head \(result.headHash)")
        }
    }
}
