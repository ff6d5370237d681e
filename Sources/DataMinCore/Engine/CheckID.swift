/// The stable identifier of a check (SPEC §3); reports, policies and scripts use these names.
public enum CheckID: String, Sendable, CaseIterable, Codable, Comparable {
    case malformedRecord = "malformed-record"
    case encodingError = "encoding-error"
    case duplicateField = "duplicate-field"
    case undeclaredField = "undeclared-field"
    case fieldNotPermitted = "field-not-permitted"
    case specialCategoryField = "special-category-field"
    case missingRequiredField = "missing-required-field"
    case invalidValue = "invalid-value"
    case missingPurpose = "missing-purpose"
    case unknownPurpose = "unknown-purpose"
    case missingLawfulBasis = "missing-lawful-basis"
    case lawfulBasisNotPermitted = "lawful-basis-not-permitted"
    case missingConsentEvidence = "missing-consent-evidence"
    case consentScopeMismatch = "consent-scope-mismatch"
    case retentionExceeded = "retention-exceeded"
    case retentionUnknown = "retention-unknown"
    case missingSource = "missing-source"
    case duplicateSubject = "duplicate-subject"
    case piiInFreeText = "pii-in-free-text"
    // SPEC §8.4
    case consentWithdrawn = "consent-withdrawn"
    case objectionIgnored = "objection-ignored"
    case erasedSubject = "erased-subject"
    case belowMinimumAge = "below-minimum-age"
    case retentionDue = "retention-due"
    case specialCategoryInFreeText = "special-category-in-free-text"
    // SPEC §11.3
    case emptyInput = "empty-input"

    public static func < (lhs: CheckID, rhs: CheckID) -> Bool {
        lhs.position < rhs.position
    }

    /// The check's place in ``allCases`` (declaration order), to count per check in an
    /// array: a dictionary keyed by checks hashes on every count.
    package var position: Int {
        // A case without a payload is stored as its index in declaration order.
        Int(unsafeBitCast(self, to: UInt8.self))
    }
}

/// How serious a violation is. A record with an error-level violation is rejected.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A policy's setting for one check under `checks:`.
public enum CheckSetting: String, Sendable, CaseIterable {
    case error
    case warning
    case off

    /// The severity the check reports with, or nil when it is off.
    public var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .off: nil
        }
    }
}
