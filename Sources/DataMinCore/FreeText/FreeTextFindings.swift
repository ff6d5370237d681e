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
                let kind = match.kind
                let category = kind.specialCategory
                let message = record.message(check, field: field, detail: Int(kind.rawValue)) {
                    category.map { "free-text field '\(name)' appears to mention \(kind.label) (\($0.article))" }
                        ?? "free-text field '\(name)' appears to contain \(kind.label)"
                }
                findings.append(Finding(check, message, declared: field, in: record, article: category?.article, value: shown))
            }
        }
    }
}
