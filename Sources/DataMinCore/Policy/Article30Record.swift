/// The Art. 30(1) record of processing activities for one policy (SPEC §9): what the
/// policy states, in words, and what Art. 30(1)(a)–(g) asks that it does not state.
/// Nothing is invented: a missing fact is listed as missing.
public struct Article30Record: Sendable {
    /// One field of personal data, with its category and special category (label and
    /// article) if any.
    public struct DataItem: Sendable {
        public var field: String
        /// The category of personal data, Art. 30(1)(c): the field's `category:`, else its
        /// `description:`, else its name.
        public var category: String
        public var specialCategory: String?
    }

    /// One processing activity: a purpose.
    public struct Activity: Sendable {
        public var purpose: String
        public var description: String?
        /// "consent (Art. 6(1)(a))", "legitimate interests (Art. 6(1)(f)): …, assessment LIA-1".
        public var lawfulBases: [String]
        public var article9Condition: String?
        public var article10Authorisation: String?
        public var dataSubjects: [String]
        /// The personal data the purpose permits, by field, special categories marked.
        public var personalData: [DataItem]
        public var sources: String?
        public var recipients: [String]
        /// Nil when the policy does not say; empty for "none".
        public var transfers: [String]?
        /// "2 years from `collected_at`".
        public var erasure: String
        public var profiling: String?
        /// What Art. 30(1) asks about this purpose that the policy does not state; also in
        /// the record's ``Article30Record/missing``.
        public var missing: [String]
    }

    public var policy: String
    /// The SHA-256 of the policy file's bytes, in lowercase hex; nil for a policy not read from a file.
    public var sha256: String?
    public var controller: Party?
    public var representative: Party?
    public var dataProtectionOfficer: Party?
    public var activities: [Activity]
    public var securityMeasures: [String]
    /// What Art. 30(1) asks that the policy does not state, each naming the point.
    public var missing: [String]
    /// The part of ``missing`` about the policy as a whole (the controller, the security
    /// measures), not about one purpose: each purpose has its own (``Activity/missing``).
    public var missingForEveryPurpose: [String]

    public init(policy: Policy) {
        self.policy = policy.name
        sha256 = policy.sha256
        controller = policy.controllerParty
        representative = policy.representative
        dataProtectionOfficer = policy.dataProtectionOfficer
        securityMeasures = policy.securityMeasures
        var forEveryPurpose: [String] = []
        if controller == nil {
            forEveryPurpose.append("the controller's name and contact details (Art. 30(1)(a)): add 'controller: { name: …, contact: … }'")
        }
        if controller != nil, controller?.contact == nil { forEveryPurpose.append("the controller's contact details (Art. 30(1)(a))") }
        var missing = forEveryPurpose
        activities = policy.purposes.map { purpose in
            let record = purpose.record
            let fields = Dictionary(policy.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            var permitted: [String] = []
            for name in purpose.namedFields + policy.recordFields.all where !permitted.contains(name) {
                guard let field = fields[name], field.personal else { continue }
                permitted.append(name)
            }
            let bases = purpose.lawfulBases.map { basis -> String in
                var text = "\(basis.rawValue.split(separator: "_").joined(separator: " ")) (\(basis.article))"
                if basis == .legitimateInterests, let interest = record.legitimateInterest {
                    text += [interest.interest.map { ": \($0)" }, interest.assessment.map { "; assessment \($0)" }].compactMap { $0 }
                        .joined()
                }
                return text
            }
            let context = "purpose '\(purpose.name)'"
            var gaps: [String] = []
            if purpose.description == nil { gaps.append("the purpose of \(context) in words (Art. 30(1)(b)): add 'description:'") }
            if record.dataSubjects.isEmpty {
                gaps.append("the categories of data subjects of \(context) (Art. 30(1)(c)): add 'data_subjects:'")
            }
            if record.recipients.isEmpty { gaps.append("the categories of recipients of \(context) (Art. 30(1)(d)): add 'recipients:'") }
            if record.transfers == nil {
                gaps.append("transfers to third countries of \(context) (Art. 30(1)(e)): add 'transfers:' (or 'transfers: none')")
            }
            missing += gaps
            return Activity(
                purpose: purpose.name, description: purpose.description, lawfulBases: bases,
                article9Condition: purpose.article9Condition.map {
                    "\($0.rawValue.split(separator: "_").joined(separator: " ")) (\($0.article))"
                },
                article10Authorisation: record.article10Authorisation,
                dataSubjects: record.dataSubjects,
                personalData: permitted.map { name in
                    DataItem(
                        field: name, category: fields[name]?.category ?? fields[name]?.description ?? name,
                        specialCategory: fields[name]?.specialCategory.map { "\($0.label), \($0.article)" })
                },
                sources: policy.recordFields.source.map { name in
                    let values = fields[name]?.values ?? []
                    return "recorded per record in `\(name)`" + (values.isEmpty ? "" : ": \(values.joined(separator: ", "))")
                        + " (Art. 14(2)(f))"
                },
                recipients: record.recipients,
                transfers: record.transfers.map {
                    $0.map { "\($0.country)" + ($0.safeguard.map { ", safeguard: \($0)" } ?? ", no safeguard stated") }
                },
                erasure: Self.words(purpose.retention),
                profiling: record.profiling.map {
                    $0
                        ? "yes"
                            + (record.article22Ground.map {
                                ", Art. 22(2) ground: \($0.rawValue.split(separator: "_").joined(separator: " "))"
                            }
                                ?? "") : "no"
                }, missing: gaps)
        }
        if securityMeasures.isEmpty {
            let gap = "a general description of the security measures (Art. 30(1)(g)): add 'security: [ … ]'"
            missing.append(gap)
            forEveryPurpose.append(gap)
        }
        self.missing = missing
        missingForEveryPurpose = forEveryPurpose
    }

    /// The categories of personal data of `activity`, each once in order of first field,
    /// with the fields each covers and their special categories.
    public static func categories(of activity: Activity) -> [(category: String, fields: [DataItem])] {
        var order: [String] = []
        var items: [String: [DataItem]] = [:]
        for item in activity.personalData {
            if items[item.category] == nil { order.append(item.category) }
            items[item.category, default: []].append(item)
        }
        return order.map { ($0, items[$0] ?? []) }
    }

    /// The time limit for erasure in words: "2 years from `collected_at`".
    static func words(_ retention: Retention) -> String {
        let period = retention.period
        let parts = [
            (period.years, "year"), (period.months, "month"), (period.weeks, "week"), (period.days, "day"),
            (period.hours, "hour"), (period.minutes, "minute"), (period.seconds, "second"),
        ]
        .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        let fields = retention.fromFields.map { "`\($0)`" }
        // A zero period (`P0D`) erases on the day the clock starts.
        var text =
            (parts.isEmpty ? "0 days" : parts.joined(separator: " "))
            + (fields.count == 1 ? " from \(fields[0])" : " from the latest of \(fields.joined(separator: ", "))")
        if retention.alignsToYearEnd { text += ", counted from the end of that year" }
        if retention.keepIfMissing { text += "; kept while \(fields.count == 1 ? fields[0] : "all of them") is empty" }
        return text
    }
}
