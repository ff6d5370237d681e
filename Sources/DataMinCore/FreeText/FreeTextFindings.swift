/// Turns what ``FreeTextScanner`` finds in a record's text fields into findings: one per
/// kind and field, naming the kind, never the value.
enum FreeTextFindings {
    static func append(_ check: CheckID, in record: RecordContext, to findings: inout [Finding]) {
        guard !record.freeTextMatches.isEmpty else { return }
        let checked = check == .piiInFreeText ? FreeTextKinds.identifiers : FreeTextKinds.specialCategories
        for (field, kinds) in record.plan.freeTextFields {
            let wanted = kinds.intersection(checked)
            guard !wanted.isEmpty, let text = record.text(of: field) else { continue }
            var reported = FreeTextKinds()
            for match in record.freeTextMatches
            where match.field == field && wanted.contains(match.kind) && !reported.contains(match.kind) {
                reported.insert(match.kind)
                let name = record.name(of: field)
                let shown = record.plan.showsValues ? UTF8Bytes(rebasing: text[match.range]).string : nil
                if let category = match.kind.specialCategory {
                    findings.append(
                        Finding(
                            check, "free-text field '\(name)' appears to mention \(match.kind.label) (\(category.article))",
                            field: name, article: category.article, value: shown))
                } else {
                    findings.append(
                        Finding(check, "free-text field '\(name)' appears to contain \(match.kind.label)", field: name, value: shown))
                }
            }
        }
    }
}
