/// Every check datamin knows, in the order of SPEC §3.
package enum CheckRegistry {
    package static let all: [any Check.Type] = [
        MalformedRecordCheck.self,
        EncodingErrorCheck.self,
        DuplicateFieldCheck.self,
        UndeclaredFieldCheck.self,
        FieldNotPermittedCheck.self,
        SpecialCategoryFieldCheck.self,
        MissingRequiredFieldCheck.self,
        InvalidValueCheck.self,
        MissingPurposeCheck.self,
        UnknownPurposeCheck.self,
        MissingLawfulBasisCheck.self,
        LawfulBasisNotPermittedCheck.self,
        MissingConsentEvidenceCheck.self,
        ConsentScopeMismatchCheck.self,
        RetentionExceededCheck.self,
        RetentionUnknownCheck.self,
        MissingSourceCheck.self,
        DuplicateSubjectCheck.self,
        PIIInFreeTextCheck.self,
        ConsentWithdrawnCheck.self,
        ObjectionIgnoredCheck.self,
        ErasedSubjectCheck.self,
        BelowMinimumAgeCheck.self,
        RetentionDueCheck.self,
        SpecialCategoryInFreeTextCheck.self,
    ]

    /// The check types the validator runs on each record.
    package static var recordChecks: [any RecordCheck.Type] {
        all.compactMap { $0 as? any RecordCheck.Type }
    }

    package static func check(_ id: CheckID) -> any Check.Type {
        all.first { $0.id == id }!
    }
}

/// Public facts about a check, for listings and report metadata.
public struct CheckInfo: Sendable {
    public var id: CheckID
    public var summary: String
    public var article: String?
    public var defaultSeverity: Severity

    /// Every check in SPEC §3 order.
    public static var all: [CheckInfo] {
        CheckRegistry.all.map { $0.description }.map {
            CheckInfo(id: $0.id, summary: $0.summary, article: $0.article, defaultSeverity: $0.defaultSeverity)
        }
    }
}
