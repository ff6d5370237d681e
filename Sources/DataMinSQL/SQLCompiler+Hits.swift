import DataMinCore

/// The findings a row can produce, assembled from one function per check family (fields,
/// purposes and bases, consent, retention, subjects), each in its own file beside this one.
extension SQLCompiler {
    /// Every row-level finding the policy's checks can produce, in check order.
    func rowHits() -> [Hit] {
        let hits = fieldHits() + purposeHits() + consentFamilyHits() + retentionFamilyHits() + subjectHits()
        // Keep the registry's order, as a file run's reports do.
        let order = Dictionary(uniqueKeysWithValues: CheckID.allCases.enumerated().map { ($0.element, $0.offset) })
        return hits.enumerated().sorted { (order[$0.element.check!] ?? 0, $0.offset) < (order[$1.element.check!] ?? 0, $1.offset) }.map(
            \.element)
    }

    /// A finding the policy's checks report, or nil when the check is off.
    /// `field` is SQL (a literal or an expression); `purpose` a purpose's name.
    func hit(_ condition: String, _ check: CheckID, field: String, purpose: String?, article: String? = nil) -> Hit? {
        guard plan.severities[check] != nil else { return nil }
        return Hit(
            condition: condition, check: check, field: field, purpose: dialect.optionalLiteral(purpose),
            article: article ?? CheckRegistry.check(check).description.article)
    }

    /// ``hit(_:_:field:purpose:article:)`` with the field given by name.
    func hit(_ condition: String, _ check: CheckID, fieldNamed name: String?, purpose: String?, article: String? = nil) -> Hit? {
        hit(condition, check, field: dialect.optionalLiteral(name), purpose: purpose, article: article)
    }

    /// The record's purposes as the findings name them: its purpose text without empty parts.
    var purposeNames: String {
        dialect.trim(dialect.replaceAll("pv", ";+", with: ";"), characters: "';'")
    }
}
