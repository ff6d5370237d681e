import DataMinCore

/// `missing-purpose`, `unknown-purpose`, `missing-lawful-basis`, `lawful-basis-not-permitted`
/// and `missing-source` in SQL.
extension SQLCompiler {
    func purposeHits() -> [Hit] {
        var hits: [Hit?] = []
        let purposes = orderedPurposes
        hits.append(hit("pm", .missingPurpose, fieldNamed: plan.policy.recordFields.purpose, purpose: nil))
        hits.append(hit("pu", .unknownPurpose, fieldNamed: plan.policy.recordFields.purpose, purpose: nil))
        if let basisField = plan.basisField {
            let name = plan.fieldRules[basisField].name
            for (index, purpose) in purposes.enumerated() where purpose.purpose.lawfulBases.count > 1 {
                hits.append(hit("(in\(index) AND NOT nb)", .missingLawfulBasis, fieldNamed: name, purpose: purpose.name))
            }
            for (index, purpose) in purposes.enumerated() {
                let allowed = purpose.purpose.lawfulBases.map { "b_\($0.rawValue)" }.joined(separator: " OR ")
                hits.append(
                    hit("(in\(index) AND nb AND NOT (\(allowed)))", .lawfulBasisNotPermitted, fieldNamed: name, purpose: purpose.name))
            }
        }
        if let source = plan.sourceField {
            hits.append(hit("(v\(source) IS NULL)", .missingSource, fieldNamed: plan.fieldRules[source].name, purpose: nil))
        }
        return hits.compactMap { $0 }
    }
}
