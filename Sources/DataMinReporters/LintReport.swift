import DataMinCore

/// `datamin lint --format json`: each policy's problems for other tools, in one document.
///
///     {"version": 1, "valid": false, "policies": [
///       {"path": "policies/crm.yaml", "name": "crm", "sha256": "…", "valid": false,
///        "errors": 1, "warnings": 0, "diagnostics": [
///          {"severity": "error", "code": "policy-invalid", "file": "policies/crm.yaml",
///           "line": 12, "column": 5, "message": "…"}]}]}
///
/// `name` and `sha256` are null for a policy that does not load. Messages are those of the
/// text output; like them they quote no data value.
package enum LintReport {
    /// One policy as lint saw it: the loaded policy (nil when it has errors) and its
    /// diagnostics, errors and warnings in file order.
    package struct Entry {
        package var path: String
        package var policy: Policy?
        package var diagnostics: [Diagnostic]

        package init(path: String, policy: Policy?, diagnostics: [Diagnostic]) {
            self.path = path
            self.policy = policy
            self.diagnostics = diagnostics
        }
    }

    package static func json(_ entries: [Entry]) -> String {
        let policies: [JSONValue] = entries.map { entry in
            let errors = entry.diagnostics.filter { !$0.isWarning }.count
            return .object([
                ("path", .string(entry.path)),
                ("name", .string(entry.policy?.name)),
                ("sha256", .string(entry.policy?.sha256)),
                ("valid", .bool(errors == 0)),
                ("errors", .number(errors)),
                ("warnings", .number(entry.diagnostics.count - errors)),
                (
                    "diagnostics",
                    .array(
                        entry.diagnostics.map { diagnostic in
                            .object([
                                ("severity", .string(diagnostic.isWarning ? "warning" : "error")),
                                ("code", .string(diagnostic.code.rawValue)),
                                ("file", .string(diagnostic.file)),
                                ("line", diagnostic.line.map { .number($0) } ?? .null),
                                ("column", diagnostic.column.map { .number($0) } ?? .null),
                                ("message", .string(diagnostic.message)),
                            ])
                        })
                ),
            ])
        }
        let valid = entries.allSatisfy { $0.diagnostics.allSatisfy(\.isWarning) }
        return JSONValue.object([("version", .number(1)), ("valid", .bool(valid)), ("policies", .array(policies))]).rendered(indent: "")
            + "\n"
    }
}
