import Synchronization

/// How a long run reports progress and learns that it should stop: workers add the iterations they
/// finish and look at the stop flag between small batches; whoever watches the run reads
/// `completed` and sets `stop` from another thread.
public final class RunControl: Sendable {
    private let done = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)

    public init() {}

    public var completed: Int { done.load(ordering: .relaxed) }
    public var isStopped: Bool { stopped.load(ordering: .relaxed) }
    public func stop() { stopped.store(true, ordering: .relaxed) }

    func add(_ n: Int) { done.add(n, ordering: .relaxed) }

    /// Iterations between progress reports and stop checks.
    static let batch = 64
}
