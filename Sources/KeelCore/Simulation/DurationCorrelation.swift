#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tasks whose durations move together: estimates made by one team, on one technology or under
/// one supplier tend to be wrong in the same direction, and treating them as independent
/// understates the spread of the finish.
///
/// The simulation uses a one-factor Gaussian copula: each iteration draws one common normal
/// variate `Z` for the group and one own variate `εᵢ` per task; task `i` takes the quantile
/// `Φ(√ρ·Z + √(1−ρ)·εᵢ)` of its own distribution. Every pair in the group then has the normal
/// correlation ρ, whatever the tasks' distributions, and the rank (Spearman) correlation
/// (6/π)·asin(ρ/2). A group with ρ ≥ 0 is always a valid correlation matrix, which a free-form
/// matrix of pairs is not.
public struct DurationCorrelation: Hashable, Sendable {
    public var name: String
    /// ρ, 0…1.
    public var coefficient: Double
    /// Leaf task indices; a task belongs to at most one group.
    public var tasks: [Int]

    public init(name: String, coefficient: Double, tasks: [Int]) {
        self.name = name
        self.coefficient = coefficient
        self.tasks = tasks
    }

    /// The rank correlation every pair of the group shows.
    public var rankCorrelation: Double { Self.rankCorrelation(coefficient) }

    /// Spearman's ρ of two variables joined by a Gaussian copula with normal correlation `rho`.
    public static func rankCorrelation(_ rho: Double) -> Double { 6 / Double.pi * asin(rho / 2) }
}

/// The quantile function of Beta(α, β) on [0, 1] as a table, for Beta-PERT tasks drawn through
/// the copula (the Beta distribution has no closed-form inverse). The CDF is integrated once on a
/// fine grid; α, β ≥ 1 for λ = 4, so the density is bounded and the trapezoid rule is accurate.
struct BetaQuantiles: Sendable {
    /// CDF at x = k / steps.
    private let cdf: [Double]
    static let steps = 4_096

    init(alpha: Double, beta: Double) {
        let n = Self.steps
        func density(_ x: Double) -> Double { pow(x, alpha - 1) * pow(1 - x, beta - 1) }
        var cdf = [Double](repeating: 0, count: n + 1)
        var previous = density(0)
        for k in 1...n {
            let d = density(Double(k) / Double(n))
            cdf[k] = cdf[k - 1] + (previous + d) / 2
            previous = d
        }
        let total = cdf[n]
        for k in 0...n { cdf[k] /= total }
        self.cdf = cdf
    }

    /// x with CDF(x) = u, interpolating linearly between grid points.
    func quantile(_ u: Double) -> Double {
        var lo = 0, hi = cdf.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if cdf[mid] <= u { lo = mid } else { hi = mid }
        }
        let span = cdf[hi] - cdf[lo]
        let t = span > 0 ? (u - cdf[lo]) / span : 0
        return (Double(lo) + t) / Double(Self.steps)
    }
}

extension SampleStream {
    /// Φ(z), the standard normal CDF.
    @inline(__always) static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }
}
