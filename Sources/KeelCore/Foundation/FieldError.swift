/// One problem with one input field. `code` is stable and machine-readable; the UI and the API turn
/// it into a sentence in the caller's language.
public struct FieldError: Hashable, Sendable, Codable {
    public enum Code: String, Sendable, Codable, CaseIterable {
        case required
        case unknownField = "unknown_field"
        case invalidType = "invalid_type"
        case tooLong = "too_long"
        case outOfRange = "out_of_range"
        case invalidDay = "invalid_day"
        case invalidChoice = "invalid_choice"
        case invalidAmount = "invalid_amount"
        case tooManyDecimals = "too_many_decimals"
        case negative
        case unknownCurrency = "unknown_currency"
        case beforeStart = "before_start"
        case duplicate
        case thresholdWrongSide = "threshold_wrong_side"
        case sharesExceedWhole = "shares_exceed_whole"
        case invalidFormat = "invalid_format"
        case tooShort = "too_short"
        case commonPassword = "common_password"
        case mismatch
        case unknown
        case unknownReference = "unknown_reference"
        case selfLink = "self_link"
        case linkToOwnSummary = "link_to_own_summary"
        case cycle
        case invalidDuration = "invalid_duration"
        case invalidDateTime = "invalid_datetime"
        /// Three-point values out of order (optimistic ≤ most likely ≤ pessimistic).
        case unordered
        /// Posting into an accounting period that is closed.
        case periodClosed = "period_closed"
        /// A reversal may not itself be reversed.
        case reversalOfReversal = "reversal_of_reversal"
        /// The entry already has a reversal.
        case alreadyReversed = "already_reversed"
        /// Releasing more of a commitment than is open on the account.
        case exceedsOpenCommitment = "exceeds_open_commitment"
        /// The field must be left empty here (e.g. the last approval level has no ceiling).
        case mustBeEmpty = "must_be_empty"
        /// A commitment beyond the account's approved budget (and tolerance) where the project stops those.
        case exceedsBudget = "exceeds_budget"
        /// An amount in a currency the project has no exchange rate for on that day.
        case noExchangeRate = "no_exchange_rate"
        /// Fewer items chosen than the field needs (`min` in the detail).
        case tooFew = "too_few"
        /// A value of a rising series (scale bounds, band thresholds) not above the one before it.
        case notIncreasing = "not_increasing"
    }

    public let field: String
    public let code: Code
    /// Values the message needs (a maximum, the list of choices, the other field's name).
    public let detail: [String: String]

    public init(_ field: String, _ code: Code, _ detail: [String: String] = [:]) {
        self.field = field
        self.code = code
        self.detail = detail
    }
}

/// Collects every problem with an input so that one answer can list them all.
public struct FieldErrors: Sendable {
    public private(set) var all: [FieldError] = []

    public init() {}

    public var isEmpty: Bool { all.isEmpty }

    public mutating func add(_ error: FieldError) { all.append(error) }

    public mutating func add(_ field: String, _ code: FieldError.Code, _ detail: [String: String] = [:]) {
        all.append(FieldError(field, code, detail))
    }

    public func has(_ field: String) -> Bool { all.contains { $0.field == field } }

    /// Throws `KeelError.validation` when anything was collected.
    public func throwIfAny() throws(KeelError) {
        if !all.isEmpty { throw .validation(all) }
    }
}
