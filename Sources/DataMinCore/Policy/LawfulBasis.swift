/// A lawful basis for processing personal data, GDPR Art. 6(1)(a)–(f).
public enum LawfulBasis: String, Sendable, CaseIterable {
    case consent
    case contract
    case legalObligation = "legal_obligation"
    case vitalInterests = "vital_interests"
    case publicTask = "public_task"
    case legitimateInterests = "legitimate_interests"

    /// The Art. 6(1) point, e.g. `Art. 6(1)(a)` for consent.
    public var article: String {
        let point = ["a", "b", "c", "d", "e", "f"][LawfulBasis.allCases.firstIndex(of: self)!]
        return "Art. 6(1)(\(point))"
    }
}
