@testable import DataMinCore

/// The example policy every check's examples are written for, loaded the way tests need it:
/// a fixture that cannot load fails the test that asked for it, with the policy's error,
/// instead of crashing the whole test run.
extension ExamplePolicy {
    /// The example policy.
    package static func policy() throws -> Policy { try Policy(yaml: yaml) }

    /// A validator of the example policy on the examples' as-of date, with their
    /// `--due-within` window and suppression list.
    package static func validator() throws -> Validator {
        Validator(policy: try policy(), asOf: asOf, dueWithin: dueWithin, suppression: suppression)
    }
}
