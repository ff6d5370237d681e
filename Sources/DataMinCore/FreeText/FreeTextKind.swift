/// What the free-text checks can find inside a `text` field (SPEC §8.5): an identifier for
/// `pii-in-free-text`, or a special category for `special-category-in-free-text`.
public enum FreeTextKind: Int, Sendable, CaseIterable {
    case email, phone, iban, card, bsn, beNationalNumber, steuerID, nir, nino, ssn, birthDate
    case racialOrEthnicOrigin, politicalOpinions, religiousOrPhilosophicalBeliefs, tradeUnionMembership
    case genetic, biometric, health, sexLifeOrSexualOrientation, criminal

    /// The kind whose id is `id`, as `allow:` names it.
    public init?(id: String) {
        guard let kind = FreeTextKind.allCases.first(where: { $0.id == id }) else { return nil }
        self = kind
    }

    public init(_ category: SpecialCategory) {
        self = Self.categoryKinds.first { $0.category == category }!.kind
    }

    /// Each special category and its kind, in one place for both directions.
    private static let categoryKinds: [(category: SpecialCategory, kind: FreeTextKind)] = [
        (.racialOrEthnicOrigin, .racialOrEthnicOrigin), (.politicalOpinions, .politicalOpinions),
        (.religiousOrPhilosophicalBeliefs, .religiousOrPhilosophicalBeliefs), (.tradeUnionMembership, .tradeUnionMembership),
        (.genetic, .genetic), (.biometric, .biometric), (.health, .health), (.sexLifeOrSexualOrientation, .sexLifeOrSexualOrientation),
        (.criminal, .criminal),
    ]

    /// The stable id (SPEC §8.5): what `allow:` takes and redaction writes (`[iban]`). The
    /// special categories use their policy names (`health`, `political_opinions`).
    public var id: String {
        switch self {
        case .email: "email"
        case .phone: "phone"
        case .iban: "iban"
        case .card: "card"
        case .bsn: "bsn"
        case .beNationalNumber: "be_national_number"
        case .steuerID: "steuer_id"
        case .nir: "nir"
        case .nino: "nino"
        case .ssn: "ssn"
        case .birthDate: "birth_date"
        default: specialCategory!.rawValue
        }
    }

    /// The special category, for the kinds `special-category-in-free-text` finds.
    public var specialCategory: SpecialCategory? {
        rawValue >= FreeTextKind.racialOrEthnicOrigin.rawValue ? Self.categoryKinds.first { $0.kind == self }?.category : nil
    }

    /// Words for messages: "a Dutch BSN", "health data".
    public var label: String {
        switch self {
        case .email: "an email address"
        case .phone: "a phone number"
        case .iban: "an IBAN"
        case .card: "a payment card number"
        case .bsn: "a Dutch BSN"
        case .beNationalNumber: "a Belgian national number"
        case .steuerID: "a German tax ID (Steuer-ID)"
        case .nir: "a French social security number (NIR)"
        case .nino: "a UK National Insurance number"
        case .ssn: "a US Social Security number"
        case .birthDate: "a date of birth"
        default: "\(specialCategory!.label) data"
        }
    }
}

/// A set of ``FreeTextKind``s, one bit each.
public struct FreeTextKinds: Sendable, Hashable, SetAlgebra, ExpressibleByArrayLiteral {
    package var bits: UInt32

    public init() { bits = 0 }
    package init(bits: UInt32) { self.bits = bits }
    public init(arrayLiteral kinds: FreeTextKind...) {
        self.init(kinds)
    }

    /// The identifiers of `pii-in-free-text`.
    public static let identifiers = FreeTextKinds(FreeTextKind.allCases.filter { $0.specialCategory == nil })
    /// The special categories of `special-category-in-free-text`.
    public static let specialCategories = FreeTextKinds(FreeTextKind.allCases.filter { $0.specialCategory != nil })

    private static func bit(_ kind: FreeTextKind) -> UInt32 { 1 << UInt32(kind.rawValue) }

    public func contains(_ kind: FreeTextKind) -> Bool { bits & Self.bit(kind) != 0 }
    public var isEmpty: Bool { bits == 0 }
    public func union(_ other: FreeTextKinds) -> FreeTextKinds { FreeTextKinds(bits: bits | other.bits) }
    public func intersection(_ other: FreeTextKinds) -> FreeTextKinds { FreeTextKinds(bits: bits & other.bits) }
    public func symmetricDifference(_ other: FreeTextKinds) -> FreeTextKinds { FreeTextKinds(bits: bits ^ other.bits) }

    @discardableResult
    public mutating func insert(_ kind: FreeTextKind) -> (inserted: Bool, memberAfterInsert: FreeTextKind) {
        let inserted = !contains(kind)
        bits |= Self.bit(kind)
        return (inserted, kind)
    }

    @discardableResult
    public mutating func remove(_ kind: FreeTextKind) -> FreeTextKind? {
        guard contains(kind) else { return nil }
        bits &= ~Self.bit(kind)
        return kind
    }

    @discardableResult
    public mutating func update(with kind: FreeTextKind) -> FreeTextKind? {
        let had = contains(kind)
        bits |= Self.bit(kind)
        return had ? kind : nil
    }

    public mutating func formUnion(_ other: FreeTextKinds) { bits |= other.bits }
    public mutating func formIntersection(_ other: FreeTextKinds) { bits &= other.bits }
    public mutating func formSymmetricDifference(_ other: FreeTextKinds) { bits ^= other.bits }
}

/// One finding inside a text: its kind and where it is.
package struct TextMatch: Sendable, Equatable {
    package var kind: FreeTextKind
    /// The declared field whose text it is in, for a record's findings; -1 otherwise.
    package var field: Int32 = -1
    /// Byte offsets into the text's UTF-8, end exclusive.
    package var range: Range<Int>

    package init(kind: FreeTextKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
