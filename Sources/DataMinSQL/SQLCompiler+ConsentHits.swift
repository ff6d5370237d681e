import DataMinCore

/// `missing-consent-evidence`, `consent-scope-mismatch`, `consent-withdrawn`,
/// `objection-ignored` and `below-minimum-age` in SQL.
extension SQLCompiler {
    func consentFamilyHits() -> [Hit] {
        var hits: [Hit?] = []
        let purposes = orderedPurposes
        for (index, purpose) in purposes.enumerated() {
            hits += consentHits(purpose, index)
        }
        for (index, purpose) in purposes.enumerated() {
            guard let field = purpose.objectionField, !isZoned(field) else { continue }
            hits.append(
                hit(
                    "(in\(index) AND \(trueish(field)))", .objectionIgnored, fieldNamed: plan.fieldRules[field].name, purpose: purpose.name,
                    article: purpose.purpose.directMarketing ? "Art. 21(3)" : "Art. 21(1)"))
        }
        if let birth = plan.birthDateField {
            for (index, purpose) in purposes.enumerated() {
                guard let minimum = purpose.purpose.minAge else { continue }
                let bornAfter = (SQLCompiler.latestBirthDate(forAge: minimum, on: plan.asOf).dayNumber + 1) * 86_400
                hits.append(
                    hit(
                        "(in\(index) AND t\(birth) IS NOT NULL AND t\(birth) >= \(bornAfter))", .belowMinimumAge,
                        fieldNamed: plan.fieldRules[birth].name, purpose: purpose.name))
            }
        }
        return hits.compactMap { $0 }
    }

    /// `missing-consent-evidence`, `consent-scope-mismatch` and `consent-withdrawn` for one purpose.
    private func consentHits(_ purpose: PurposePlan, _ index: Int) -> [Hit] {
        guard let consent = purpose.purpose.consent, let at = purpose.consentAt,
            ![at, purpose.consentWithdrawnAt, purpose.consentConfirmedAt].contains(where: isZoned)
        else { return [] }
        let relies: String
        if purpose.needsExplicitConsent {
            relies = "in\(index)"
        } else if purpose.purpose.lawfulBases == [.consent] {
            relies = "(in\(index) AND (NOT nb OR b_consent))"
        } else {
            relies = "(in\(index) AND nb AND b_consent)"
        }
        func name(_ field: Int) -> String { dialect.literal(plan.fieldRules[field].name) }
        var hits: [Hit?] = [
            hit(
                "(\(relies) AND (v\(at) IS NULL OR t\(at) IS NULL OR t\(at) >= \(asOfNext)))", .missingConsentEvidence, field: name(at),
                purpose: purpose.name)
        ]
        if let confirmed = purpose.consentConfirmedAt {
            hits.append(
                hit(
                    "(\(relies) AND NOT (t\(confirmed) IS NOT NULL AND t\(confirmed) < \(asOfNext) AND (t\(at) IS NULL OR NOT \(later(at, than: confirmed)))))",
                    .missingConsentEvidence, field: name(confirmed), purpose: purpose.name))
        }
        if let notice = purpose.consentNotice {
            hits.append(hit("(\(relies) AND v\(notice) IS NULL)", .missingConsentEvidence, field: name(notice), purpose: purpose.name))
        }
        if let scopeField = purpose.consentScopeField, let scope = consent.scope {
            let given = dialect.contains("';' || v\(scopeField) || ';'", dialect.literal(";\(scope);"))
            hits.append(
                hit(
                    "(\(relies) AND NOT (v\(scopeField) IS NOT NULL AND \(given)))", .consentScopeMismatch, field: name(scopeField),
                    purpose: purpose.name))
        }
        if let withdrawn = purpose.consentWithdrawnAt {
            hits.append(
                hit(
                    "(\(relies) AND t\(withdrawn) IS NOT NULL AND t\(withdrawn) < \(asOfNext) AND NOT (t\(at) IS NOT NULL AND \(later(at, than: withdrawn))))",
                    .consentWithdrawn, field: name(withdrawn), purpose: purpose.name))
        }
        return hits.compactMap { $0 }
    }

    /// SQL that is true when field `a`'s value is later than field `b`'s, as
    /// ``RecordContext/isLater(_:of:than:of:)`` decides: by UTC calendar day when either field
    /// is a date. A date's instant is its midnight, so a datetime is on a later day than a date
    /// when it is at least a day past that midnight, and a date is on a later day than a
    /// datetime when its midnight is past it.
    private func later(_ a: Int, than b: Int) -> String {
        if plan.fieldRules[a].type == .datetime, plan.fieldRules[b].type == .date { return "t\(a) >= t\(b) + 86400" }
        return "t\(a) > t\(b)"
    }

    /// The latest birth date on which someone is `age` years old on `day`; anyone born
    /// later is younger.
    static func latestBirthDate(forAge age: Int, on day: CalendarDate) -> CalendarDate {
        // Age only falls as the birth date moves later: search the days around the estimate.
        var candidate = day.dayNumber - age * 366 - 2
        while BelowMinimumAgeCheck.age(born: CalendarDate(dayNumber: candidate + 1), on: day) >= age { candidate += 1 }
        return CalendarDate(dayNumber: candidate)
    }
}
