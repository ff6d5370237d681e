/// What the policy says about one field the organisation may hold.
public struct FieldPolicy: Sendable {
    /// The field's name; a dotted path (`address.city`) for a field inside a JSON object.
    public var name: String
    public var type: FieldType
    /// False for fields that are not personal data (`personal: false`); true by default.
    public var personal: Bool
    /// The Art. 9(1) / Art. 10 category of the data, if any.
    public var specialCategory: SpecialCategory?
    /// Most characters (Unicode scalars' grapheme clusters, as a person counts them) allowed.
    public var maxLength: Int?
    /// A regular expression the whole value must match.
    public var pattern: FieldPattern?
    /// The allowed values of an `enum` field, compared exactly.
    public var values: [String]
    /// Smallest and largest allowed value of an `integer` or `number` field. Values are
    /// compared with the bound exactly as the policy writes it (``exactMinimum``), not as
    /// this nearest double.
    public var min: Double? { didSet { exactMinimum = min.flatMap(ExactDecimal.init) } }
    public var max: Double? { didSet { exactMaximum = max.flatMap(ExactDecimal.init) } }
    /// `min:` and `max:` as written: a policy's text, or the shortest text of a double set
    /// from code.
    package var exactMinimum: ExactDecimal?
    package var exactMaximum: ExactDecimal?
    /// The layouts a `date` or `datetime` field's values are written in (`format:`); empty
    /// for ISO 8601, the v1 syntax. A value is valid when one of them matches.
    public var dateFormats: [String] { datePatterns.map(\.text) }
    package var datePatterns: [DatePattern] = []
    /// The IANA zone a `datetime` value written without an offset is read in: the field's
    /// `timezone:`, else the policy's. Nil when no pattern needs one.
    public var timezone: String? { zone?.identifier }
    package var zone: ZoneRules?
    /// How a `phone` field's values are written.
    public var phoneFormat: PhoneFormat = .e164
    /// What the free-text checks tolerate in a `text` field (`allow:`).
    public var allowedInText: FreeTextKinds = []
    /// The category of personal data the field holds, as the Art. 30 record names it
    /// (`category: contact details`); nil when the policy does not say.
    public var category: String?
    /// The field in words (`description:`), for people reading the policy and the register.
    public var description: String?

    public init(
        name: String, type: FieldType, personal: Bool = true, specialCategory: SpecialCategory? = nil,
        maxLength: Int? = nil, pattern: FieldPattern? = nil, values: [String] = [], min: Double? = nil, max: Double? = nil
    ) {
        self.name = name
        self.type = type
        self.personal = personal
        self.specialCategory = specialCategory
        self.maxLength = maxLength
        self.pattern = pattern
        self.values = values
        self.min = min
        self.max = max
        exactMinimum = min.flatMap(ExactDecimal.init)
        exactMaximum = max.flatMap(ExactDecimal.init)
    }
}

/// The type of a field's values (SPEC §2).
public enum FieldType: String, Sendable, CaseIterable {
    case string, text, email, phone, date, datetime, country
    case `enum`, integer, number, boolean, url
    case lawfulBasis = "lawful_basis"
    /// A JSON object held as a whole (declaring `address` permits everything under it).
    case object

    /// True for the types whose values can start a retention or consent clock.
    public var isTemporal: Bool { self == .date || self == .datetime }
}

/// A special category of personal data: Art. 9(1), or criminal data under Art. 10.
public enum SpecialCategory: String, Sendable, CaseIterable, BitwiseCopyable {
    case racialOrEthnicOrigin = "racial_or_ethnic_origin"
    case politicalOpinions = "political_opinions"
    case religiousOrPhilosophicalBeliefs = "religious_or_philosophical_beliefs"
    case tradeUnionMembership = "trade_union_membership"
    case genetic, biometric, health
    case sexLifeOrSexualOrientation = "sex_life_or_sexual_orientation"
    case criminal

    public var article: String { self == .criminal ? "Art. 10" : "Art. 9(1)" }

    /// Words for messages: "health", "religious or philosophical beliefs".
    public var label: String {
        switch self {
        case .racialOrEthnicOrigin: "racial or ethnic origin"
        case .politicalOpinions: "political opinions"
        case .religiousOrPhilosophicalBeliefs: "religious or philosophical beliefs"
        case .tradeUnionMembership: "trade union membership"
        case .genetic: "genetic"
        case .biometric: "biometric"
        case .health: "health"
        case .sexLifeOrSexualOrientation: "sex life or sexual orientation"
        case .criminal: "criminal convictions and offences"
        }
    }
}

/// The Art. 9(2) condition under which a purpose may process special-category data.
public enum Article9Condition: String, Sendable, CaseIterable {
    case explicitConsent = "explicit_consent"  // (a)
    case employmentAndSocialSecurity = "employment_social_security"  // (b)
    case vitalInterests = "vital_interests"  // (c)
    case notForProfitBody = "not_for_profit_body"  // (d)
    case manifestlyMadePublic = "manifestly_made_public"  // (e)
    case legalClaims = "legal_claims"  // (f)
    case substantialPublicInterest = "substantial_public_interest"  // (g)
    case healthOrSocialCare = "health_or_social_care"  // (h)
    case publicHealth = "public_health"  // (i)
    case archivingResearchStatistics = "archiving_research_statistics"  // (j)

    /// The point of Art. 9(2) that states the condition: `Art. 9(2)(a)` for explicit consent.
    public var article: String {
        let point =
            switch self {
            case .explicitConsent: "a"
            case .employmentAndSocialSecurity: "b"
            case .vitalInterests: "c"
            case .notForProfitBody: "d"
            case .manifestlyMadePublic: "e"
            case .legalClaims: "f"
            case .substantialPublicInterest: "g"
            case .healthOrSocialCare: "h"
            case .publicHealth: "i"
            case .archivingResearchStatistics: "j"
            }
        return "Art. 9(2)(\(point))"
    }
}

extension ExactDecimal {
    /// The bound a double stands for, written as Swift writes it shortest (`0.35`, `1e-05`).
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init("\(value)")
    }
}
