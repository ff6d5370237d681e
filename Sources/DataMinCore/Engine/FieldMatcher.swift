/// Matches one record's field names to the policy's fields, for every builder of the record
/// view (a ``Record``, a JSON object's nodes).
///
/// Records usually list fields in policy order, so the field after the last match is tried
/// first and the name is hashed only when that guess fails.
struct FieldMatcher {
    let plan: PolicyPlan
    /// The field index to try next.
    private var guess = 0

    init(plan: PolicyPlan) { self.plan = plan }

    /// The declared field named `name`, or nil.
    @inline(__always)
    mutating func field(named name: String) -> Int? {
        let index = guess < plan.fieldRules.count && plan.fieldRules[guess].name == name ? guess : plan.fieldIndex[name]
        if let index { guess = index + 1 }
        return index
    }

    /// The declared field whose name is the bytes `key`, or nil.
    @inline(__always)
    mutating func field(key: UTF8Bytes) -> Int? {
        let index = guess < plan.fieldRules.count && key.equals(plan.fieldRules[guess].nameBytes) ? guess : plan.field(named: key)
        if let index { guess = index + 1 }
        return index
    }

    /// True when the undeclared object at `path` is looked into: the policy declares fields
    /// under it by dotted path.
    func descends(into path: String) -> Bool { plan.nestedPrefixes.contains(path) }
}
