/// What a policy says for the Art. 30(1) record of processing activities (SPEC §9): who is
/// responsible and, per purpose, whom the data concerns and where it goes. No check reads
/// these; `datamin ropa` writes them out, and lists what is missing.
public struct Party: Sendable, Equatable {
    public var name: String
    /// How to reach them: an address, an e-mail, a phone number.
    public var contact: String?

    public init(name: String, contact: String? = nil) {
        self.name = name
        self.contact = contact
    }
}

/// A transfer to a third country or an international organisation, Art. 30(1)(e).
public struct Transfer: Sendable, Equatable {
    public var country: String
    /// The Chapter V safeguard: an adequacy decision, standard contractual clauses, …
    public var safeguard: String?

    public init(country: String, safeguard: String? = nil) {
        self.country = country
        self.safeguard = safeguard
    }
}

/// The legitimate interest a purpose pursues, Art. 6(1)(f), and the assessment that
/// balanced it against the subject's rights.
public struct LegitimateInterest: Sendable, Equatable {
    public var interest: String?
    /// The reference of the legitimate-interests assessment.
    public var assessment: String?
}

/// The Art. 22(2) ground for a decision based solely on automated processing.
public enum Article22Ground: String, Sendable, CaseIterable {
    case contract, law
    case explicitConsent = "explicit_consent"
}

/// The per-purpose Art. 30 facts.
public struct PurposeRecord: Sendable, Equatable {
    /// Categories of data subjects, 30(1)(c).
    public var dataSubjects: [String] = []
    /// Categories of recipients, 30(1)(d).
    public var recipients: [String] = []
    /// Transfers, 30(1)(e); nil when the policy does not say, empty for "none".
    public var transfers: [Transfer]?
    public var legitimateInterest: LegitimateInterest?
    /// Whether the purpose profiles subjects (Art. 4(4)); nil when the policy does not say.
    public var profiling: Bool?
    public var article22Ground: Article22Ground?
    /// For purposes permitting criminal-offence data: the law or authority that allows it (Art. 10).
    public var article10Authorisation: String?
}
