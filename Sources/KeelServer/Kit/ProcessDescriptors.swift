#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// After a crash the Swift runtime starts its backtracer as a child process, which inherits every
/// descriptor not marked close-on-exec — SwiftNIO's listening socket among them. A backtracer left
/// behind (its parent killed mid-backtrace) then keeps the port for good and a restarted server
/// cannot bind. Keel starts no processes of its own, so once the server listens every open
/// descriptor is marked close-on-exec (docs/operations.md).
enum ProcessDescriptors {
    static func markCloseOnExec() {
        #if os(Linux)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for name in names {
            guard let fd = Int32(name), fd > 2 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 && flags & FD_CLOEXEC == 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
        #endif
    }
}
