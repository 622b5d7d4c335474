#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Low, most likely and high values of an uncertain quantity, in whole units (working minutes of a
/// duration or delay, minor units of money). Values may be negative (an opportunity's impact).
public struct ThreePoint: Hashable, Sendable {
    public var low: Int64
    public var mode: Int64
    public var high: Int64

    public init(low: Int64, mode: Int64, high: Int64) {
        self.low = low
        self.mode = mode
        self.high = high
    }

    public init(_ estimate: ThreePointEstimate) {
        self.init(low: estimate.optimistic, mode: estimate.mostLikely, high: estimate.pessimistic)
    }

    public static func fixed(_ value: Int64) -> ThreePoint { ThreePoint(low: value, mode: value, high: value) }

    public var isOrdered: Bool { low <= mode && mode <= high }
    public var isFixed: Bool { low == high }
}

/// How a three-point estimate is turned into a distribution.
public enum DistributionShape: String, Sendable, CaseIterable, Codable {
    /// The triangle through low, mode and high.
    case triangular
    /// Beta-PERT with λ = 4: mean (low + 4·mode + high) / 6, thinner tails than the triangle.
    case pert
}

/// A three-point estimate with everything a draw needs worked out once: the hot loop then does
/// one square root (triangle) and no divisions.
struct PreparedThreePoint: Sendable {
    let shape: DistributionShape
    let low: Double, high: Double
    /// Triangle: the CDF at the mode, and (b − a)(m − a), (b − a)(b − m).
    let split: Double, left: Double, right: Double
    /// Beta-PERT shape parameters.
    let alpha: Double, beta: Double
    let fixed: Int64?

    init(_ e: ThreePoint, _ shape: DistributionShape) {
        self.shape = shape
        let a = Double(e.low), m = Double(e.mode), b = Double(e.high)
        (low, high) = (a, b)
        fixed = e.isFixed ? e.low : nil
        let width = e.isFixed ? 1 : b - a
        split = (m - a) / width
        left = width * (m - a)
        right = width * (b - m)
        alpha = 1 + 4 * (m - a) / width
        beta = 1 + 4 * (b - m) / width
    }

    /// The value at quantile `u` (0 < u < 1), rounded to a whole unit: how correlated tasks draw
    /// (see `DurationCorrelation`). Beta-PERT needs its quantile table.
    func value(atQuantile u: Double, _ quantiles: BetaQuantiles?) -> Int64 {
        if let fixed { return fixed }
        let x: Double
        switch shape {
        case .triangular:
            let below = u < split
            let root = (below ? u * left : (1 - u) * right).squareRoot()
            x = below ? low + root : high - root
        case .pert:
            x = low + (high - low) * (quantiles?.quantile(u) ?? u)
        }
        return x >= 0 ? Int64(x + 0.5) : -Int64(0.5 - x)
    }

    /// One draw, rounded to a whole unit. The triangle uses its inverse CDF (one uniform);
    /// Beta-PERT draws Beta(α, β) as a ratio of two gamma variates (Marsaglia–Tsang).
    @inline(__always) func sample(_ stream: inout SampleStream) -> Int64 {
        if let fixed { return fixed }
        let x: Double
        switch shape {
        case .triangular:
            // Selects instead of branches: which side of the mode a draw falls on is a coin toss
            // the branch predictor cannot learn.
            let u = stream.uniform()
            let below = u < split
            let root = (below ? u * left : (1 - u) * right).squareRoot()
            x = below ? low + root : high - root
        case .pert:
            let g1 = ThreePoint.gamma(alpha, &stream), g2 = ThreePoint.gamma(beta, &stream)
            x = low + (high - low) * g1 / (g1 + g2)
        }
        // Half away from zero, by truncation (a libm call for `rounded()` costs more than the draw).
        return x >= 0 ? Int64(x + 0.5) : -Int64(0.5 - x)
    }
}

extension ThreePoint {
    /// The triangle's inverse CDF at `u`.
    @inline(__always) static func triangular(_ a: Double, _ m: Double, _ b: Double, u: Double) -> Double {
        let split = (m - a) / (b - a)
        if u < split { return a + (u * (b - a) * (m - a)).squareRoot() }
        return b - ((1 - u) * (b - a) * (b - m)).squareRoot()
    }

    /// Gamma(shape ≥ 1, scale 1) by Marsaglia and Tsang's squeeze method.
    static func gamma(_ shape: Double, _ stream: inout SampleStream) -> Double {
        let d = shape - 1.0 / 3.0, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = stream.normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = stream.uniform()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }
}
