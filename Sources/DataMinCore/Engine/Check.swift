/// A kind of violation datamin can report, with the facts `datamin checks` lists and the
/// examples its test suite runs.
package protocol Check: Sendable {
    static var description: CheckDescription { get }
    /// This type as a record check, or nil: a witness rather than an `as?` cast, which
    /// searches the conformance tables at start-up (5M instructions for 26 checks).
    static var asRecordCheck: (any RecordCheck.Type)? { get }
}

extension Check {
    package static var id: CheckID { description.id }
    package static var asRecordCheck: (any RecordCheck.Type)? { nil }
}

extension RecordCheck {
    package static var asRecordCheck: (any RecordCheck.Type)? { Self.self }
}

/// What `datamin checks` and the reports say about a check, and the examples its tests run.
package struct CheckDescription: Sendable {
    package var id: CheckID
    /// The severity without a `checks:` setting in the policy.
    package var defaultSeverity: Severity
    /// The GDPR provision it enforces; nil for structural checks.
    package var article: String?
    /// One line for `datamin checks` and report rule descriptions.
    package var summary: String
    /// When exactly it fires, in full: docs/checks.md is generated from it.
    package var details: String
    /// What to do about a finding, for `explain` and the reports.
    package var remedy: String
    /// When the check is off unless something turns it on (`with --due-within`); nil when
    /// it runs by default.
    package var offUnless: String?
    /// Records that must and must not trigger the check under ``ExamplePolicy``.
    package var examples: [CheckExample]

    package init(
        _ id: CheckID, severity: Severity = .error, article: String?, summary: String, details: String, remedy: String,
        offUnless: String? = nil, examples: [CheckExample]
    ) {
        self.id = id
        self.defaultSeverity = severity
        self.article = article
        self.summary = summary
        self.details = details
        self.remedy = remedy
        self.offUnless = offUnless
        self.examples = examples
    }
}

/// A check that inspects one record at a time.
package protocol RecordCheck: Check {
    /// Appends what this check finds in `record`; never reads values into messages.
    static func check(_ record: RecordContext, into findings: inout [Finding])
    /// False when the check cannot find anything in a record whose one purpose is `purpose`:
    /// that purpose's ``CheckProgram`` leaves it out. True unless the check's own guards
    /// rule out every finding there (the purpose has no consent block, say).
    static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool
    /// True when the check reads only undeclared fields: a record whose fields are all
    /// declared skips it.
    static var readsOnlyUndeclaredFields: Bool { get }
}

extension RecordCheck {
    package static func mayFind(inRecordsFor purpose: Purpose, of policy: Policy) -> Bool { true }
    package static var readsOnlyUndeclaredFields: Bool { false }
}

/// A record check that decides from the name of an undeclared field alone, so a CSV header
/// is checked once, at its header cells, instead of on every row.
package protocol HeaderCheck: RecordCheck {}

extension HeaderCheck {
    package static var readsOnlyUndeclaredFields: Bool { true }
}

/// A check that needs the records before this one (state across the run), so the validator
/// runs it after the record checks, in input order, even when records are checked in parallel.
package protocol RunScopedCheck: Check {
    /// The finding for a record that completes the pattern the check looks for in the
    /// declared `field`; the plan makes it once per run.
    static func finding(field: String) -> Finding
}

/// A check the readers decide while they read (a row that cannot be read, bytes that are
/// not text, a repeated name): its examples live in the readers' tests, not here.
package protocol ReaderCheck: Check {}

/// A record (or sequence of records, for run-scoped checks) that shows a check's behaviour.
package struct CheckExample: Sendable {
    /// Validated in order with one subject tracker; the expectation is about the last.
    package var records: [Record]
    /// The purpose to validate with when the record names none.
    package var purpose: String?
    /// True when the last record must trigger the check, false when it must not.
    package var triggers: Bool
    /// The field the violation must name, when `triggers` is true.
    package var field: String?
    /// How the violation's message must end, when `triggers` is true.
    package var messageEnd: String?

    package static func passing(_ records: Record..., purpose: String? = nil) -> CheckExample {
        CheckExample(records: records, purpose: purpose, triggers: false)
    }

    package static func failing(_ records: Record..., purpose: String? = nil, field: String? = nil, messageEnd: String? = nil)
        -> CheckExample
    {
        CheckExample(records: records, purpose: purpose, triggers: true, field: field, messageEnd: messageEnd)
    }
}
