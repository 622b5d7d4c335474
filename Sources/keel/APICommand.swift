import ArgumentParser
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `keel api GET /api/v1/projects`: calls a Keel server's JSON API with a personal API token, so
/// scripts and operators can work against a remote instance.
struct APICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api",
        abstract: "Call a Keel server's JSON API with an API token.",
        discussion: "Example: KEEL_TOKEN=keel_… keel api POST /api/v1/projects --data '{\"code\":\"X\",\"name\":\"X\",\"currency\":\"CNY\"}'"
    )

    @Argument(help: "HTTP method: GET, POST, PATCH or DELETE.") var method: String
    @Argument(help: "Path, e.g. /api/v1/projects?status=active.") var path: String
    @Option(help: "Server base URL. Default: $KEEL_SERVER, else http://127.0.0.1:8080.") var server: String?
    @Option(help: "API token. Default: $KEEL_TOKEN.") var token: String?
    @Option(help: "JSON request body.") var data: String?
    @Option(help: "If-Match value for PATCH and DELETE, e.g. '\"3\"'.") var ifMatch: String?
    @Option(help: "Idempotency-Key for a POST that may be retried.") var idempotencyKey: String?

    func validate() throws {
        guard ["GET", "POST", "PATCH", "PUT", "DELETE"].contains(method.uppercased()) else { throw ValidationError("unknown method \(method)") }
        guard path.hasPrefix("/") else { throw ValidationError("the path starts with /") }
    }

    func run() async throws {
        let env = ProcessInfo.processInfo.environment
        let base = server ?? env["KEEL_SERVER"] ?? "http://127.0.0.1:8080"
        guard let url = URL(string: base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + path) else {
            throw ValidationError("not a URL: \(base)\(path)")
        }
        guard let token = token ?? env["KEEL_TOKEN"], !token.isEmpty else {
            throw ValidationError("no API token: pass --token or set KEEL_TOKEN (create one on your account page)")
        }
        var request = URLRequest(url: url)
        request.httpMethod = method.uppercased()
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let data {
            request.httpBody = Data(data.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let ifMatch { request.setValue(ifMatch, forHTTPHeaderField: "If-Match") }
        if let idempotencyKey { request.setValue(idempotencyKey, forHTTPHeaderField: "Idempotency-Key") }
        let (body, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let etag = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "ETag")
        FileHandle.standardError.write(Data("HTTP \(status)\(etag.map { " ETag: \($0)" } ?? "")\n".utf8))
        FileHandle.standardOutput.write(body)
        if !body.isEmpty { FileHandle.standardOutput.write(Data("\n".utf8)) }
        if status >= 400 || status == 0 { throw ExitCode(1) }
    }
}
