import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Random tokens, their digests, and password hashing kept off the event loop.
public enum Secrets {
    /// 32 bytes from the system CSPRNG, base64url without padding (256 bits).
    public static func token(prefix: String = "") -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        return prefix
            + Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Lowercase hex SHA-256: what is stored in place of session and API-token secrets.
    public static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    public static let bcryptCost: UInt8 = 12

    /// bcrypt takes ~0.25 s at cost 12; it runs on NIO's blocking thread pool, never on an event loop
    /// or the cooperative pool.
    public static func hashPassword(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: bcryptCost) }
    }

    public static func verifyPassword(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A real bcrypt hash of a random password: verifying against it when the account does not exist
    /// makes a failed sign-in take the same time either way.
    static let decoyHash = Bcrypt.hash(token(), cost: bcryptCost)
}
