import ArgumentParser
import Foundation
import KeelApp
import KeelCore
import KeelStore

#if canImport(Glibc)
import Glibc
#endif

/// `keel user …`: manage accounts from the server's machine (the first administrator, say).
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create, list, disable and reset users.",
        subcommands: [Create.self, List.self, Disable.self, Enable.self, ResetPassword.self, Unlock.self]
    )

    static func readPassword(fromStdin: Bool) throws -> String {
        if fromStdin {
            guard let line = readLine(strippingNewline: true) else { throw ValidationError("no password on standard input") }
            return line
        }
        guard isatty(STDIN_FILENO) == 1, let p = getpass("Password: ") else {
            throw ValidationError("no terminal to ask for a password: pass --password-stdin and pipe it in")
        }
        return String(cString: p)
    }

    static func run<T: Sendable>(_ db: DatabaseOptions, _ body: (KeelServices) async throws -> T) async throws -> T {
        let database = try await db.openMigrated()
        do {
            let result = try await body(KeelServices(database: database))
            await database.close()
            return result
        } catch {
            await database.close()
            throw CLIError(error)
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user (the password is asked for, or read from stdin).")
        @OptionGroup var db: DatabaseOptions
        @Option(help: "Email address (the sign-in name).") var email: String
        @Option(help: "Display name.") var name: String
        @Flag(help: "Make the user a global administrator.") var admin = false
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

        func run() async throws {
            let password = try UserCommand.readPassword(fromStdin: passwordStdin)
            let user = try await UserCommand.run(db) { services in
                try await services.identity.createUser(
                    .system("user-create"),
                    Input(
                        fields: ["email": .string(email), "display_name": .string(name), "password": .string(password), "is_admin": .bool(admin)],
                        fromForm: false
                    )
                )
            }
            print("Created \(user.email)\(user.isAdmin ? " (administrator)" : "") — id \(user.id)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users.")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let users = try await UserCommand.run(db) { services in try await services.identity.users(.system("user-list")) }
            for u in users {
                print("\(u.email)\t\(u.displayName)\t\(u.isAdmin ? "admin" : "-")\t\(u.disabled ? "disabled" : "active")")
            }
        }
    }

    static func administer(_ db: DatabaseOptions, email: String, _ fields: [String: Input.Value], _ what: String) async throws {
        try await run(db) { services in
            guard let user = try await services.identity.find(email: email) else { throw KeelError.notFound(kind: "user", id: email) }
            _ = try await services.identity.administer(.system(what), user.id, Input(fields: fields, fromForm: false), expectedVersion: nil)
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user; their sessions end at once.")
        @OptionGroup var db: DatabaseOptions
        @Option var email: String
        func run() async throws {
            try await UserCommand.administer(db, email: email, ["disabled": .bool(true)], "user-disable")
            print("Disabled \(email)")
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled user.")
        @OptionGroup var db: DatabaseOptions
        @Option var email: String
        func run() async throws {
            try await UserCommand.administer(db, email: email, ["disabled": .bool(false)], "user-enable")
            print("Enabled \(email)")
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password; the user's sessions end and their API tokens are revoked.")
        @OptionGroup var db: DatabaseOptions
        @Option var email: String
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false
        func run() async throws {
            let password = try UserCommand.readPassword(fromStdin: passwordStdin)
            try await UserCommand.administer(db, email: email, ["password": .string(password)], "user-reset-password")
            print("Password of \(email) changed")
        }
    }
}

extension UserCommand {
    struct Unlock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lift the sign-in limits on an account (after a lockout); the user is still told of the failed attempts."
        )
        @OptionGroup var db: DatabaseOptions
        @Argument(help: "The account's email address.") var email: String
        func run() async throws {
            let lifted = try await UserCommand.run(db) { services in try await services.identity.unlock(.system("user-unlock"), email: email) }
            print(lifted > 0 ? "Unlocked \(email)" : "\(email) was not locked; nothing to lift")
        }
    }
}

/// Prints Keel errors as sentences rather than Swift dumps.
struct CLIError: Error, CustomStringConvertible {
    let underlying: any Error
    init(_ e: any Error) { underlying = e }

    var description: String {
        switch underlying {
        case KeelError.validation(let fields):
            return fields.map { "\($0.field): \($0.code.rawValue)\($0.detail.isEmpty ? "" : " \($0.detail)")" }.joined(separator: "\n")
        case KeelError.notFound(let kind, let id): return "no \(kind) \(id)"
        default: return String(describing: underlying)
        }
    }
}
