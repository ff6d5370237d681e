import ArgumentParser
import DataMinCore
import DataMinRun

/// `datamin explain CHECK-ID`: what a check means, the article it enforces, what to do about
/// a finding, and one record that passes and one that fails it.
struct Explain: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a check: when it fires, the article it enforces, what to do, and an example of each outcome.")

    @Argument(help: "A check id, as reports name it (e.g. field-not-permitted).")
    var check: String

    func execute() throws -> ExitStatus {
        guard let id = CheckID(rawValue: check) else {
            let guess = Suggestion.closest(to: check, among: CheckID.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" }
            throw UsageFailure(message: "unknown check '\(check)'\(guess ?? "; 'datamin checks' lists them")")
        }
        let description = id.checkType.description
        var lines = [
            "\(id.rawValue): \(description.summary)",
            "",
            "Severity: \(description.offUnless.map { "off; \(description.defaultSeverity.rawValue) \($0)" } ?? description.defaultSeverity.rawValue) (a policy's 'checks:' or --severity changes it)",
            "Enforces: \(description.article ?? "nothing in the GDPR itself: a record that cannot be read cannot be checked")",
            "Fires when: \(description.details)",
            "What to do: \(description.remedy)",
        ]
        // The check's own examples, which CheckExampleTests runs against the example policy.
        if let failing = description.examples.first(where: \.triggers), let record = failing.records.last {
            lines += ["", "Fails:", "  " + Self.json(record)]
        }
        if let passing = description.examples.first(where: { !$0.triggers }), let record = passing.records.last {
            lines += ["", "Passes:", "  " + Self.json(record)]
        }
        Console.write(lines.joined(separator: "\n") + "\n")
        try Console.checkOutput()
        return .clean
    }

    /// A record of the examples as one line of JSON (invented data, never a real person's).
    static func json(_ record: Record) -> String {
        "{" + record.fields.map { field in "\(JSONText.quoted(field.name)): \(value(field.value))" }.joined(separator: ", ") + "}"
    }

    private static func value(_ value: FieldValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .object(let inner): json(inner)
        default: value.text.map(JSONText.quoted) ?? "null"
        }
    }
}
