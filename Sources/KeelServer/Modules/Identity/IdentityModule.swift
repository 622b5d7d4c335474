import Hummingbird
import KeelApp
import KeelCore

/// Users, sign-in (with its throttle), sessions, API tokens, the account page and user administration.
struct IdentityModule: ServerModule {
    let name = "identity"
    let tables = ["users", "sessions", "api_tokens", "sign_in_failures", "sign_in_throttle", "sign_in_known_clients"]
    let globalPages = ["/account", "/admin/users"]

    func register(on routes: Routes, _ kit: ModuleKit) {
        IdentityAPI(services: kit.services, reader: kit.reader).register(on: routes)
        IdentityPages(services: kit.services, reader: kit.reader, cookies: kit.cookies, pages: kit.pages).register(on: routes)
    }
}
