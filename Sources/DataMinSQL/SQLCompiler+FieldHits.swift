import DataMinCore

/// `field-not-permitted`, `missing-required-field` and `invalid-value` in SQL.
extension SQLCompiler {
    func fieldHits() -> [Hit] {
        var hits: [Hit?] = []
        let purposes = orderedPurposes
        let resolved = "(NOT pm AND NOT pu)"
        for (index, rule) in plan.fieldRules.enumerated() {
            let permitting = purposes.indices.filter { purposes[$0].permitted[index] }.map { "in\($0)" }
            let permitted = permitting.isEmpty ? "FALSE" : "(" + permitting.joined(separator: " OR ") + ")"
            if var hit = hit(
                "(\(resolved) AND v\(index) IS NOT NULL AND NOT \(permitted))", .fieldNotPermitted, field: dialect.literal(rule.name),
                purpose: nil)
            {
                hit.purpose = "pn"  // the record's own purposes, as a file run names them
                hits.append(hit)
            }
        }
        for (index, purpose) in purposes.enumerated() {
            for field in purpose.required {
                hits.append(
                    hit(
                        "(in\(index) AND v\(field) IS NULL)", .missingRequiredField, fieldNamed: plan.fieldRules[field].name,
                        purpose: purpose.name))
            }
        }
        for (index, rule) in plan.fieldRules.enumerated() where rules[index].typeIsChecked || rule.maxLength != nil || rule.pattern != nil {
            hits.append(hit("(v\(index) IS NOT NULL AND NOT ok\(index))", .invalidValue, fieldNamed: rule.name, purpose: nil))
        }
        return hits.compactMap { $0 }
    }
}
