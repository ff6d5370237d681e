/// Turns what ``FreeTextScanner`` finds in a record's text fields into findings: one per
/// kind and field, naming the kind, never the value.
enum FreeTextFindings {
    static func append(_ check: CheckID, in record: RecordContext, to findings: inout [Finding]) {
        for entry in record.entries {
            guard let index = entry.field, entry.kind == .string || entry.kind == .number else { continue }
            let rule = record.plan.fieldRules[index]
            let wanted = check == .piiInFreeText ? rule.identifiersInText : rule.categoriesInText
            guard !wanted.isEmpty else { continue }
            var reported = FreeTextKinds()
            for match in FreeTextScanner.matches(in: entry.value, kinds: wanted) where !reported.contains(match.kind) {
                reported.insert(match.kind)
                let path = record.path(of: entry)
                let shown = record.plan.showsValues ? UTF8Bytes(rebasing: entry.value[match.range]).string : nil
                if let category = match.kind.specialCategory {
                    findings.append(Finding(check, "free-text field '\(path)' appears to mention \(match.kind.label) (\(category.article))",
                                            field: path, article: category.article, value: shown))
                } else {
                    findings.append(Finding(check, "free-text field '\(path)' appears to contain \(match.kind.label)", field: path, value: shown))
                }
            }
        }
    }
}
