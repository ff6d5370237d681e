import DataMinCore

/// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
///
/// Every check is listed as a rule. Results carry the line but no `startColumn`: a CSV
/// "column" is a field number, not a character position, so it goes to `properties`.
/// Fingerprints hash the check, path, line and field, never values.
public struct SARIFReporter: Reporter {
    public init() {}

    public func render(_ report: ValidationReport) -> String {
        let checks = CheckInfo.all
        let rules: [JSONValue] = checks.map { check in
            let full = check.summary + (check.article.map { " (\($0))" } ?? "")
            return .object([
                ("id", .string(check.id.rawValue)),
                ("shortDescription", .object([("text", .string(check.summary))])),
                ("fullDescription", .object([("text", .string(full))])),
                ("help", .object([("text", .string("\(full) Run `datamin checks` for every check."))])),
                ("defaultConfiguration", .object([("level", .string(check.defaultSeverity.rawValue))])),
                ("properties", .object([("tags", .array([.string("gdpr"), .string("data-minimisation")]))])),
            ])
        }
        var results: [JSONValue] = []
        for file in report.files {
            for violation in file.violations {
                var properties: [(String, JSONValue)] = []
                if let article = violation.article { properties.append(("article", .string(article))) }
                if let field = violation.field { properties.append(("field", .string(field))) }
                if let column = violation.location.column { properties.append(("fieldNumber", .number(column))) }
                if let record = violation.location.record { properties.append(("record", .number(record))) }
                if let purpose = violation.purpose { properties.append(("purpose", .string(purpose))) }
                if let value = violation.value { properties.append(("value", .string(value))) }
                let fingerprint = Fingerprint.of([violation.check.rawValue, file.path, String(violation.location.line ?? 0), violation.field ?? ""])
                let region: [(String, JSONValue)] = [("startLine", .number(max(1, violation.location.line ?? 1)))]
                results.append(.object([
                    ("ruleId", .string(violation.check.rawValue)),
                    ("ruleIndex", .number(checks.firstIndex { $0.id == violation.check } ?? 0)),
                    ("level", .string(violation.severity.rawValue)),
                    ("message", .object([("text", .string(violation.message))])),
                    ("locations", .array([.object([("physicalLocation", .object([
                        ("artifactLocation", .object([("uri", .string(file.path))])),
                        ("region", .object(region)),
                    ]))])])),
                    ("partialFingerprints", .object([("datamin/v1", .string(fingerprint))])),
                    ("properties", .object(properties)),
                ]))
            }
        }
        let driver: JSONValue = .object([
            ("name", .string("datamin")), ("semanticVersion", .string(DataMinVersion.current)),
            ("informationUri", .string("https://github.com/datamin/datamin")), ("rules", .array(rules)),
        ])
        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")), ("version", .string("2.1.0")),
            ("runs", .array([.object([("tool", .object([("driver", driver)])), ("results", .array(results))])])),
        ]).rendered()
    }
}

/// A short stable hash (FNV-1a, 64 bits, hex) of identifying parts, never of values.
enum Fingerprint {
    static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xFF
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
