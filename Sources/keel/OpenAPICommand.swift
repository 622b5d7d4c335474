import ArgumentParser
import Foundation
import KeelServer

/// `keel openapi`: the OpenAPI document the server publishes at `/openapi.json`, joined from the
/// platform's base and every module's part, for tools that check the API without a running server.
struct OpenAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Print the OpenAPI 3.1 document of the API (the one served at /openapi.json)."
    )

    func run() throws {
        FileHandle.standardOutput.write(try OpenAPIDocument.json())
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
