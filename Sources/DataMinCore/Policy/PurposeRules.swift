/// The GDPR and cross-field rules a purpose must meet once its shape and types are read
/// (SPEC §2, §8.2): each broken rule is an error at the key that breaks it.
///
/// The decoder reads keys and values; these rules relate them to each other and to the
/// law: consent that can be demonstrated, a birth date for a minimum age, and the Art. 9(2)
/// and Art. 10 grounds for special categories.
struct PurposeRules {
    /// The fields the policy declares, by name.
    let declared: [String: FieldPolicy]
    /// The policy's `record:` fields.
    let recordFields: RecordFields

    /// A purpose that may rely on consent has a `consent:` block (Art. 7(1)), and so does one
    /// that relies on explicit consent for special categories (Art. 9(2)(a)).
    func checkConsent(
        bases: [LawfulBasis], condition: Article9Condition?, _ map: [String: YAMLPair], context: String,
        into yaml: inout YAMLDecoder
    ) {
        guard map["consent"] == nil else { return }
        if bases.contains(.consent), let node = map["lawful_basis"]?.value {
            yaml.error(
                "\(context) allows the 'consent' basis but has no 'consent:' block; add 'consent: { at: <datetime field> }' so consent can be demonstrated (Art. 7(1))",
                at: node.mark)
        }
        if condition == .explicitConsent, let node = map["article9_condition"]?.value {
            yaml.error(
                "\(context) relies on explicit consent (Art. 9(2)(a)) but has no 'consent:' block; add 'consent: { at: <datetime field> }'",
                at: node.mark)
        }
    }

    /// A minimum age needs the policy's birth date (Art. 8(1)); every special category a
    /// purpose permits needs its Art. 9(2) condition, and criminal-offence data its Art. 10
    /// authorisation, which no Art. 9(2) ground stands in for.
    func check(_ purpose: Purpose, _ pair: YAMLPair, _ map: [String: YAMLPair], context: String, into yaml: inout YAMLDecoder) {
        if purpose.minAge != nil, recordFields.birthDate == nil, let node = map["min_age"]?.value {
            yaml.error(
                "\(context) sets 'min_age' but the policy names no birth date; add 'birth_date: <date field>' under 'record:'",
                at: node.mark)
        }
        var needsArticle9 = map["article9_condition"] == nil
        var needsArticle10 = purpose.record.article10Authorisation == nil
        for name in purpose.namedFields + recordFields.all {
            guard let category = declared[name]?.specialCategory else { continue }
            if category == .criminal {
                guard needsArticle10 else { continue }
                yaml.error(
                    "\(context) permits criminal-offence field '\(name)' (Art. 10) but states no 'article10_authorisation'; name the law or official authority that allows it (an Art. 9(2) ground does not)",
                    at: pair.keyMark)
                needsArticle10 = false
            } else if needsArticle9 {
                yaml.error(
                    "\(context) permits special-category field '\(name)' (\(category.label), \(category.article)) but states no 'article9_condition'; add one such as 'article9_condition: explicit_consent'",
                    at: pair.keyMark)
                needsArticle9 = false
            }
        }
    }
}

/// Advice about a purpose that does not make the policy invalid (`lint` warnings): a DPIA
/// that is likely required, a legitimate interest without its assessment, profiling
/// without an Art. 22(2) ground.
struct PurposeAdvice {
    let declared: [String: FieldPolicy]
    let recordFields: RecordFields

    func warn(about purpose: Purpose, _ pair: YAMLPair, _ map: [String: YAMLPair], context: String, into yaml: inout YAMLDecoder) {
        if let name = (purpose.namedFields + recordFields.all).first(where: { declared[$0]?.specialCategory != nil }),
            let category = declared[name]?.specialCategory
        {
            yaml.warn(
                "\(context) processes special-category data ('\(name)', \(category.label)): a DPIA is likely required (Art. 35(3)(b))",
                at: pair.keyMark)
        }
        if purpose.lawfulBases.contains(.legitimateInterests), purpose.record.legitimateInterest?.assessment == nil,
            let node = (map["legitimate_interest"] ?? map["lawful_basis"])?.value
        {
            yaml.warn(
                "\(context) relies on legitimate interests but names no assessment; add 'legitimate_interest: { interest: …, assessment: <reference> }' (Art. 6(1)(f))",
                at: node.mark)
        }
        if purpose.record.profiling == true, purpose.record.article22Ground == nil, let node = map["profiling"]?.value {
            yaml.warn(
                "\(context) profiles subjects but states no Art. 22(2) ground; add 'article22_ground: contract', 'law' or 'explicit_consent' if decisions are solely automated",
                at: node.mark)
        }
    }
}
