import KeelCore
import KeelStore

/// The identity module's path parameters.
extension PathID where T == APIToken {
    static var token: Self { Self(name: "tokenID", kind: "api_token") }
}

extension PathID where T == User {
    static var user: Self { Self(name: "userID", kind: "user") }
}
