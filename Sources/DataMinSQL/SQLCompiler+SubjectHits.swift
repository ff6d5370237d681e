import DataMinCore

/// `duplicate-subject` and `erased-subject` in SQL.
extension SQLCompiler {
    func subjectHits() -> [Hit] {
        guard let subject = plan.subjectField else { return [] }
        let name = plan.fieldRules[subject].name
        var hits = [hit("(v\(subject) IS NOT NULL AND dup > 1)", .duplicateSubject, fieldNamed: name, purpose: nil)]
        if plan.suppression != nil, target.suppressionTable != nil {
            hits.append(hit("(v\(subject) IS NOT NULL AND erased)", .erasedSubject, fieldNamed: name, purpose: nil))
        }
        return hits.compactMap { $0 }
    }
}
