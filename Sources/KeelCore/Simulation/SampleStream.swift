#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counter-based random numbers: the draws for (seed, iteration, variable) come from a hash of
/// those three values, not from a shared generator's state. Any iteration can be replayed on its
/// own, so results do not depend on how iterations are split across threads, and the sensitivity
/// pass can regenerate one variable's samples without rerunning the schedule.
struct SampleStream {
    private let base: UInt64
    private var counter: UInt64 = 0

    /// The key every stream of one iteration derives from; compute it once per iteration.
    @inline(__always) static func iterationKey(seed: UInt64, iteration: Int) -> UInt64 {
        mix(seed ^ mix(UInt64(truncatingIfNeeded: iteration) &+ 0x632B_E59B_D9B4_E019))
    }

    /// The stream is SplitMix64's output function over a Weyl sequence that starts at a point set
    /// by the variable: the iteration key is already mixed, so one mix per draw suffices.
    @inline(__always) init(iterationKey: UInt64, variable: UInt64) {
        base = iterationKey ^ (variable &* 0xD1B5_4A32_D192_ED03)
    }

    /// SplitMix64's finaliser: a bijective mix with full avalanche.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) mutating func next() -> UInt64 {
        counter &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(base &+ counter)
    }

    /// Uniform in the open interval (0, 1), with 53 random bits.
    @inline(__always) mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1.0p-53
    }

    /// Standard normal (Box–Muller, one of the pair).
    mutating func normal() -> Double {
        let u1 = uniform(), u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

/// Stream identifiers: each random quantity of an iteration draws from its own stream.
enum SampleVariable {
    static func task(_ t: Int) -> UInt64 { UInt64(t) }
    static func riskOccurs(_ r: Int) -> UInt64 { 1 << 40 | UInt64(r) << 2 }
    static func riskDelay(_ r: Int) -> UInt64 { 1 << 40 | UInt64(r) << 2 | 1 }
    static func riskCost(_ r: Int) -> UInt64 { 1 << 40 | UInt64(r) << 2 | 2 }
    static func cost(_ k: Int) -> UInt64 { 2 << 40 | UInt64(k) }
    static func correlationFactor(_ g: Int) -> UInt64 { 3 << 40 | UInt64(g) }
}
