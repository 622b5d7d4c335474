import Foundation

/// The OpenAPI 3.1 document the server publishes at `/openapi.json`, joined from the platform's base
/// (`Assets/openapi.json`: info, servers, security, the schemas every module shares) and each module's
/// part (`<Module>OpenAPI.swift` in its folder: its paths, the schemas only it uses, its tags). A module
/// documents its API where it declares it; a path, schema or tag given twice fails the join, so two
/// modules cannot silently overwrite each other.
public enum OpenAPIDocument {
    /// The joined document, keys sorted, as served. Joined once per process: the parts are constants.
    public static func json() throws -> Data { try served.get() }

    private static let served = Result {
        try JSONSerialization.data(withJSONObject: try joined(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// The joined document as JSON objects.
    static func joined() throws -> [String: Any] {
        try join(base: try base(), parts: KeelModules.all.map { ($0.name, $0.openAPI) })
    }

    /// Each module's own part, parsed: `paths`, `components.schemas` and `tags` only.
    static func part(of module: any ServerModule) throws -> [String: Any] {
        try parse(module.openAPI, module.name)
    }

    static func base() throws -> [String: Any] {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json") else {
            throw StaticAssetError.missing("openapi.json")
        }
        guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else {
            throw OpenAPIJoinError.notAnObject("base")
        }
        return object
    }

    static func join(base: [String: Any], parts: [(module: String, json: String)]) throws -> [String: Any] {
        var document = base
        var paths = document["paths"] as? [String: Any] ?? [:]
        var components = document["components"] as? [String: Any] ?? [:]
        var schemas = components["schemas"] as? [String: Any] ?? [:]
        var tags = document["tags"] as? [[String: Any]] ?? []
        for (module, text) in parts where !text.isEmpty {
            let part = try parse(text, module)
            for (path, item) in part["paths"] as? [String: Any] ?? [:] {
                guard paths[path] == nil else { throw OpenAPIJoinError.duplicate(module, "path", path) }
                paths[path] = item
            }
            let own = (part["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            for (name, schema) in own {
                guard schemas[name] == nil else { throw OpenAPIJoinError.duplicate(module, "schema", name) }
                schemas[name] = schema
            }
            for tag in part["tags"] as? [[String: Any]] ?? [] {
                let name = tag["name"] as? String ?? ""
                guard !tags.contains(where: { $0["name"] as? String == name }) else { throw OpenAPIJoinError.duplicate(module, "tag", name) }
                tags.append(tag)
            }
        }
        components["schemas"] = schemas
        document["components"] = components
        document["paths"] = paths
        document["tags"] = tags
        return document
    }

    private static func parse(_ text: String, _ module: String) throws -> [String: Any] {
        if text.isEmpty { return [:] }
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw OpenAPIJoinError.notAnObject(module)
        }
        let allowed: Set<String> = ["paths", "components", "tags"]
        if let other = object.keys.first(where: { !allowed.contains($0) }) { throw OpenAPIJoinError.unexpected(module, other) }
        if let c = object["components"] as? [String: Any], let other = c.keys.first(where: { $0 != "schemas" }) {
            throw OpenAPIJoinError.unexpected(module, "components." + other)
        }
        return object
    }
}

enum OpenAPIJoinError: Error, CustomStringConvertible {
    case notAnObject(String)
    case duplicate(String, String, String)
    case unexpected(String, String)

    var description: String {
        switch self {
        case .notAnObject(let m): return "the OpenAPI part of \(m) is not a JSON object"
        case .duplicate(let m, let kind, let name): return "module \(m) documents the \(kind) \(name) that another part already has"
        case .unexpected(let m, let key): return "the OpenAPI part of \(m) has \(key); a module gives paths, components.schemas and tags only"
        }
    }
}
