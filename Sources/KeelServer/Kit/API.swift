import Foundation
import Hummingbird

/// JSON on the wire (snake_case). Money travels as an exact decimal string plus currency; days as
/// ISO `YYYY-MM-DD`.
enum API {
    struct PageBody<Item: Encodable>: Encodable {
        let items: [Item]
        let page: Int
        let perPage: Int
        let total: Int
    }

    struct ListBody<Item: Encodable>: Encodable {
        let items: [Item]
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// A JSON response; `version` becomes the ETag that a later If-Match must echo.
    static func json<T: Encodable>(
        _ value: T,
        status: HTTPResponse.Status = .ok,
        version: Int64? = nil,
        location: String? = nil,
        encoder: JSONEncoder = encoder
    ) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let version { headers[.eTag] = "\"\(version)\"" }
        if let location { headers[.location] = location }
        // JSONEncoder is documented thread-safe for encode calls on recent Foundation; one shared instance avoids setup per request.
        let data = try encoder.encode(value)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
