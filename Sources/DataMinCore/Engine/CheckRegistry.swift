/// Every check datamin knows, in the order of SPEC §3.
package enum CheckRegistry {
    /// Every check type, in the order of ``CheckID/allCases``.
    package static let all: [any Check.Type] = CheckID.allCases.map(\.checkType)

    /// The check types the validator runs on each record.
    package static let recordChecks: [any RecordCheck.Type] = all.compactMap { $0.asRecordCheck }

    package static func check(_ id: CheckID) -> any Check.Type { id.checkType }
}

extension CheckID {
    /// The type that implements this check: an exhaustive switch, so a new id does not
    /// compile until a check type stands behind it.
    package var checkType: any Check.Type {
        switch self {
        case .malformedRecord: MalformedRecordCheck.self
        case .encodingError: EncodingErrorCheck.self
        case .duplicateField: DuplicateFieldCheck.self
        case .undeclaredField: UndeclaredFieldCheck.self
        case .fieldNotPermitted: FieldNotPermittedCheck.self
        case .specialCategoryField: SpecialCategoryFieldCheck.self
        case .missingRequiredField: MissingRequiredFieldCheck.self
        case .invalidValue: InvalidValueCheck.self
        case .missingPurpose: MissingPurposeCheck.self
        case .unknownPurpose: UnknownPurposeCheck.self
        case .missingLawfulBasis: MissingLawfulBasisCheck.self
        case .lawfulBasisNotPermitted: LawfulBasisNotPermittedCheck.self
        case .missingConsentEvidence: MissingConsentEvidenceCheck.self
        case .consentScopeMismatch: ConsentScopeMismatchCheck.self
        case .retentionExceeded: RetentionExceededCheck.self
        case .retentionUnknown: RetentionUnknownCheck.self
        case .missingSource: MissingSourceCheck.self
        case .duplicateSubject: DuplicateSubjectCheck.self
        case .piiInFreeText: PIIInFreeTextCheck.self
        case .consentWithdrawn: ConsentWithdrawnCheck.self
        case .objectionIgnored: ObjectionIgnoredCheck.self
        case .erasedSubject: ErasedSubjectCheck.self
        case .belowMinimumAge: BelowMinimumAgeCheck.self
        case .retentionDue: RetentionDueCheck.self
        case .specialCategoryInFreeText: SpecialCategoryInFreeTextCheck.self
        case .emptyInput: EmptyInputCheck.self
        }
    }
}

/// Public facts about a check, for listings, report metadata and `explain`.
public struct CheckInfo: Sendable {
    public var id: CheckID
    /// One line.
    public var summary: String
    public var article: String?
    public var defaultSeverity: Severity
    /// When exactly it fires.
    public var details: String
    /// What to do about a finding.
    public var remedy: String
    /// What turns the check on when it is off by default (`with --due-within`); nil when it runs by default.
    public var offUnless: String?

    /// Every check in SPEC §3 order.
    public static let all: [CheckInfo] = CheckRegistry.all.map { $0.description }.map {
        CheckInfo(
            id: $0.id, summary: $0.summary, article: $0.article, defaultSeverity: $0.defaultSeverity, details: $0.details,
            remedy: $0.remedy, offUnless: $0.offUnless)
    }
}
