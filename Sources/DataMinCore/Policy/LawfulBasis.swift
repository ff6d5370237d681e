/// A lawful basis for processing personal data, GDPR Art. 6(1)(a)–(f).
public enum LawfulBasis: String, Sendable, CaseIterable {
    case consent
    case contract
    case legalObligation = "legal_obligation"
    case vitalInterests = "vital_interests"
    case publicTask = "public_task"
    case legitimateInterests = "legitimate_interests"

    /// Words CRMs and people use for a basis that are too far from its key for a typo
    /// suggestion (lowercased): `opt-in` means consent. Only used to suggest a word the
    /// policy does accept; never to accept one.
    package static let commonWords: [String: LawfulBasis] = [
        "opt-in": .consent, "optin": .consent, "opted in": .consent, "opted-in": .consent, "double opt-in": .consent,
        "consented": .consent, "gdpr consent": .consent, "permission": .consent,
        "legitimate interest": .legitimateInterests, "li": .legitimateInterests, "legit interest": .legitimateInterests,
        "contractual": .contract, "contract performance": .contract, "customer": .contract,
        "legal requirement": .legalObligation, "legal": .legalObligation, "statutory": .legalObligation,
        "vital interest": .vitalInterests, "public interest": .publicTask,
    ]

    /// The Art. 6(1) point, e.g. `Art. 6(1)(a)` for consent.
    public var article: String {
        let point = ["a", "b", "c", "d", "e", "f"][LawfulBasis.allCases.firstIndex(of: self)!]
        return "Art. 6(1)(\(point))"
    }
}

/// A set of lawful bases as one bit each; copying or comparing it costs nothing.
package struct LawfulBasisSet: Sendable, Equatable {
    private var bits: UInt8 = 0

    package init() {}

    package init(_ bases: [LawfulBasis]) {
        for basis in bases { insert(basis) }
    }

    package mutating func insert(_ basis: LawfulBasis) {
        bits |= LawfulBasisSet.bit(basis)
    }

    package func contains(_ basis: LawfulBasis) -> Bool {
        bits & LawfulBasisSet.bit(basis) != 0
    }

    package func isDisjoint(with other: LawfulBasisSet) -> Bool { bits & other.bits == 0 }

    package var isEmpty: Bool { bits == 0 }

    private static func bit(_ basis: LawfulBasis) -> UInt8 {
        switch basis {
        case .consent: 1
        case .contract: 2
        case .legalObligation: 4
        case .vitalInterests: 8
        case .publicTask: 16
        case .legitimateInterests: 32
        }
    }
}
