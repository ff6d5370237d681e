import DataMinCore

/// How the SQL path decides a check: in the query, in datamin's own second pass over a few
/// columns, or not at all, with the reason.
package enum SQLCoverage: Sendable, Equatable {
    /// The query finds it (``SQLCompiler/rowHits()`` or the catalogue of columns).
    case query
    /// datamin decides it on the columns the query leaves out; the reason is shown by `--explain`.
    case secondPass(String)
    /// Nothing in SQL decides it; the reason is shown by `--explain`.
    case notDecided(String)
}

extension CheckID {
    /// How SQL decides this check: an exhaustive switch, so a new check does not compile
    /// until it says.
    package var sqlCoverage: SQLCoverage {
        switch self {
        case .malformedRecord, .encodingError, .duplicateField:
            .notDecided("reader checks; a table's rows are well-formed by construction")
        case .emptyInput:
            .notDecided("a table with no row shows as 0 records in the counts query")
        case .piiInFreeText, .specialCategoryInFreeText:
            .secondPass(
                "free-text recognisers (checksums, context words) run in datamin; see 'Free text in a database' in README")
        case .undeclaredField, .specialCategoryField, .fieldNotPermitted, .missingRequiredField, .invalidValue, .missingPurpose,
            .unknownPurpose, .missingLawfulBasis, .lawfulBasisNotPermitted, .missingConsentEvidence, .consentScopeMismatch,
            .retentionExceeded, .retentionUnknown, .missingSource, .duplicateSubject, .consentWithdrawn, .objectionIgnored,
            .erasedSubject, .belowMinimumAge, .retentionDue:
            .query
        }
    }
}
