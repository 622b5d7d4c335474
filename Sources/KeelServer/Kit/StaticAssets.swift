import Foundation
import Hummingbird

/// CSS, JS and the OpenAPI document, loaded once from the bundle and served from memory with an
/// ETag, so a deployment needs no asset folder beside the binary's resource bundle.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        let bytes: ByteBuffer
        let contentType: String
        let etag: String
    }

    let assets: [String: Asset]

    static func load() throws -> StaticAssets {
        var assets: [String: Asset] = [:]
        let files: [(String, String, String)] = [
            ("keel.css", "Public", "text/css; charset=utf-8"),
            ("keel.js", "Public", "text/javascript; charset=utf-8"),
            ("favicon.svg", "Public", "image/svg+xml"),
        ]
        for (name, dir, type) in files {
            assets["/static/" + name] = try asset(name, dir, type)
        }
        // The API description is joined from the modules' parts once, at start.
        assets["/openapi.json"] = asset(try OpenAPIDocument.json(), "application/json")
        return StaticAssets(assets: assets)
    }

    private static func asset(_ name: String, _ dir: String?, _ type: String) throws -> Asset {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: dir) else {
            throw StaticAssetError.missing(name)
        }
        return asset(try Data(contentsOf: url), type)
    }

    private static func asset(_ data: Data, _ type: String) -> Asset {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data {
            hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return Asset(bytes: ByteBuffer(bytes: data), contentType: type, etag: "\"\(String(hash, radix: 16))\"")
    }

    func response(_ path: String, request: Request) -> Response? {
        guard let a = assets[path] else { return nil }
        var headers = HTTPFields()
        headers[.eTag] = a.etag
        headers[.cacheControl] = path.hasPrefix("/static/") ? "public, max-age=3600" : "no-cache"
        if request.headers[.ifNoneMatch] == a.etag { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = a.contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: a.bytes))
    }
}

enum StaticAssetError: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
        switch self {
        case .missing(let n): return "resource \(n) is missing from the KeelServer bundle"
        }
    }
}
