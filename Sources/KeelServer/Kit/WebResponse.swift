import KeelPresentation
import Foundation
import Hummingbird

enum WebResponse {
    static func html(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html.raw)))
    }

    /// A CSV export offered as a download named `filename`.
    static func csv(_ text: String, filename: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(filename)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// 303 See Other after a successful form post, with an optional one-shot flash message.
    static func redirect(_ location: String, flash: String? = nil) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        var response = Response(status: .seeOther, headers: headers)
        if let flash {
            response.setCookie(.init(name: FlashCookie.name, value: flash, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }
}

/// A message shown once on the page after a redirect ("Saved.").
enum FlashCookie {
    static let name = "keel_flash"

    static func read(_ request: Request) -> Text? {
        switch request.cookies[name]?.value {
        case "saved": return .savedMessage
        case "deleted": return .deletedMessage
        case "over_budget": return .finance(.postedOverBudget)
        case let v? where v.hasPrefix("failed_sign_ins:"): return Int(v.dropFirst(16)).map { .failedSignInsSinceLast(min($0, 1_000_000)) }
        default: return nil
        }
    }
}
