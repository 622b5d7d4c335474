import Synchronization

/// A FIFO async mutex: `lock()` suspends (without blocking a thread) until the holder unlocks.
/// Guards SQLite's single writer connection, where a transaction must own the connection from
/// BEGIN to COMMIT.
final class AsyncGate: Sendable {
    private struct State {
        var locked = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func lock() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let acquired = state.withLock { s -> Bool in
                if s.locked {
                    s.waiters.append(c)
                    return false
                }
                s.locked = true
                return true
            }
            if acquired { c.resume() }
        }
    }

    func unlock() {
        let next = state.withLock { s -> CheckedContinuation<Void, Never>? in
            if s.waiters.isEmpty {
                s.locked = false
                return nil
            }
            return s.waiters.removeFirst()
        }
        next?.resume()
    }

    func withLock<T>(_ body: () async throws -> T) async rethrows -> T {
        await lock()
        defer { unlock() }
        return try await body()
    }
}

/// A fixed set of resources handed out one caller at a time each (SQLite reader connections).
final class ResourcePool<Resource: Sendable>: Sendable {
    private struct State {
        var free: [Resource]
        var waiters: [CheckedContinuation<Resource, Never>] = []
    }

    private let state: Mutex<State>
    let all: [Resource]

    init(_ resources: [Resource]) {
        self.all = resources
        self.state = Mutex(State(free: resources))
    }

    func acquire() async -> Resource {
        await withCheckedContinuation { (c: CheckedContinuation<Resource, Never>) in
            let r = state.withLock { s -> Resource? in
                if let r = s.free.popLast() { return r }
                s.waiters.append(c)
                return nil
            }
            if let r { c.resume(returning: r) }
        }
    }

    func release(_ r: Resource) {
        let waiter = state.withLock { s -> CheckedContinuation<Resource, Never>? in
            if s.waiters.isEmpty {
                s.free.append(r)
                return nil
            }
            return s.waiters.removeFirst()
        }
        waiter?.resume(returning: r)
    }
}
