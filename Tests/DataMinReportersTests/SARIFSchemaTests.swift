import DataMinCore
import DataMinReporters
import DataMinTestSupport
import Foundation
import Testing

/// Checks datamin's SARIF against the SARIF 2.1.0 schema, object by object: the schema
/// forbids properties it does not name (`additionalProperties: false`), so each object may
/// only hold the properties listed here, copied from the schema's definitions, and must
/// hold those it requires; `level` and `version` take only the schema's values; URIs are
/// RFC 3986 references; `startLine` is at least 1.
///
/// No package from the registries ships the schema itself (sarif-tools, pysarif and
/// sarif-pydantic were checked), and CI should not download it, so the rules of the
/// definitions datamin writes are spelled out here instead.
@Suite struct SARIFSchemaTests {
    enum Kind {
        case log, run, tool, component, rule, message, configuration, result, location, physical, artifact, region, invocation,
            notification, bag, baseIds
    }

    static let allowed: [Kind: (properties: Set<String>, required: Set<String>)] = [
        .log: (["$schema", "version", "runs", "inlineExternalProperties", "properties"], ["version", "runs"]),
        .run: (
            [
                "tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts",
                "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
                "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
                "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
                "specialLocations", "properties",
            ], ["tool"]
        ),
        .tool: (["driver", "extensions", "properties"], ["driver"]),
        .component: (
            [
                "guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version",
                "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings",
                "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
                "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies",
                "properties",
            ], ["name"]
        ),
        .rule: (
            [
                "id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription",
                "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties",
            ], ["id"]
        ),
        .message: (["text", "markdown", "id", "arguments", "properties"], ["text"]),
        .configuration: (["enabled", "level", "rank", "parameters", "properties"], []),
        .result: (
            [
                "ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid",
                "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
                "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
                "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties",
            ], ["message"]
        ),
        .location: (["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"], []),
        .physical: (["address", "artifactLocation", "region", "contextRegion", "properties"], []),
        .artifact: (["uri", "uriBaseId", "index", "description", "properties"], []),
        .region: (
            [
                "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet",
                "message", "sourceLanguage", "properties",
            ], []
        ),
        .invocation: (
            [
                "commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode", "ruleConfigurationOverrides",
                "notificationConfigurationOverrides", "toolExecutionNotifications", "toolConfigurationNotifications",
                "exitCodeDescription", "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful",
                "machine", "account", "processId", "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout",
                "stderr", "stdoutStderr", "properties",
            ], ["executionSuccessful"]
        ),
        .notification: (
            ["locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor", "associatedRule", "properties"],
            ["message"]
        ),
    ]

    /// Problems with `value` as the schema's `kind`, at `path`.
    static func problems(_ value: Any, as kind: Kind, at path: String) -> [String] {
        if kind == .bag { return value is [String: Any] ? [] : ["\(path) is not an object"] }
        guard let object = value as? [String: Any] else { return ["\(path) is not an object"] }
        if kind == .baseIds { return object.flatMap { problems($0.value, as: .artifact, at: "\(path).\($0.key)") } }
        let rules = allowed[kind]!
        var found = Set(object.keys).subtracting(rules.properties).map { "\(path) has '\($0)', which the schema does not allow" }
        found += rules.required.subtracting(object.keys).map { "\(path) lacks required '\($0)'" }
        func each(_ key: String, _ child: Kind) {
            guard let items = object[key] else { return }
            guard let list = items as? [Any] else { return found.append("\(path).\(key) is not an array") }
            for (index, item) in list.enumerated() { found += problems(item, as: child, at: "\(path).\(key)[\(index)]") }
        }
        func one(_ key: String, _ child: Kind) {
            if let item = object[key] { found += problems(item, as: child, at: "\(path).\(key)") }
        }
        if let level = object["level"] as? String, !["none", "note", "warning", "error"].contains(level) {
            found.append("\(path).level '\(level)'")
        }
        switch kind {
        case .log:
            if object["version"] as? String != "2.1.0" { found.append("\(path).version is not 2.1.0") }
            each("runs", .run)
        case .run:
            one("tool", .tool)
            each("results", .result)
            each("invocations", .invocation)
            one("originalUriBaseIds", .baseIds)
            one("properties", .bag)
        case .tool: one("driver", .component)
        case .component:
            each("rules", .rule)
            one("shortDescription", .message)
            one("fullDescription", .message)
            if let uri = object["informationUri"] as? String, !isURIReference(uri) { found.append("\(path).informationUri") }
        case .rule:
            one("shortDescription", .message)
            one("fullDescription", .message)
            one("help", .message)
            one("defaultConfiguration", .configuration)
            one("properties", .bag)
        case .result:
            one("message", .message)
            each("locations", .location)
            one("properties", .bag)
            if let fingerprints = object["partialFingerprints"] as? [String: Any], !fingerprints.values.allSatisfy({ $0 is String }) {
                found.append("\(path).partialFingerprints holds a non-string")
            }
        case .location: one("physicalLocation", .physical)
        case .physical:
            one("artifactLocation", .artifact)
            one("region", .region)
        case .artifact:
            if let uri = object["uri"] as? String, !isURIReference(uri) { found.append("\(path).uri '\(uri)' is not a URI reference") }
        case .region:
            if let line = object["startLine"] as? Int, line < 1 { found.append("\(path).startLine < 1") }
        case .invocation:
            if !(object["executionSuccessful"] is Bool) { found.append("\(path).executionSuccessful is not a boolean") }
            each("toolExecutionNotifications", .notification)
        case .notification:
            one("message", .message)
            each("locations", .location)
        case .message, .configuration, .bag, .baseIds: break
        }
        return found
    }

    /// RFC 3986 URI reference: only unreserved, reserved and well-formed `%XX` escapes.
    static func isURIReference(_ text: String) -> Bool {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=")
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            if characters[index] == "%" {
                guard index + 2 < characters.count, characters[index + 1].isHexDigit, characters[index + 2].isHexDigit else { return false }
                index += 3
                continue
            }
            guard allowed.contains(characters[index]) else { return false }
            index += 1
        }
        characters.removeAll()
        return true
    }

    @Test func aRunWithOddPathsCutsAndFailuresFollowsTheSchema() throws {
        var report = ValidationReport(asOf: CalendarDate(year: 2026, month: 11, day: 29)!)
        var file = FileReport(path: "data/naïve 50%#1.csv", format: "csv")
        file.errors = 3
        file.shown = 2
        file.shownErrors = 2
        file.violations = (1...2).map {
            Violation(
                check: .invalidValue, severity: .error, article: "Art. 5(1)(d)", message: "bad",
                field: "email", location: RecordLocation(record: $0, line: $0 + 1, column: 2))
        }
        report.files = [file]
        report.truncated = true
        report.omitted = 1
        report.failures = [RunFailure(path: "/elsewhere/missing file.csv", code: .fileUnreadable, message: "cannot read input")]
        let text = SARIFReporter().render(report, context: ReportContext(repositoryRoot: "/work/repo/", workingDirectory: "/work/repo"))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect(Self.problems(object, as: .log, at: "sarif") == [])
        #expect(text.contains("\"uri\": \"data/na%C3%AFve%2050%25%231.csv\""))
        #expect(text.contains("\"uri\": \"file:///elsewhere/missing%20file.csv\""))
    }

    @Test func theCheckerCatchesWhatTheSchemaForbids() throws {
        let bad: [String: Any] = [
            "version": "2.1.0",
            "runs": [
                [
                    "tool": ["driver": ["name": "x"]],
                    "results": [
                        [
                            "message": ["text": "m"], "level": "fatal", "extra": 1,
                            "locations": [["physicalLocation": ["artifactLocation": ["uri": "a b.csv"], "region": ["startLine": 0]]]],
                        ]
                    ],
                ]
            ],
        ]
        #expect(
            Set(Self.problems(bad, as: .log, at: "s")) == [
                "s.runs[0].results[0] has 'extra', which the schema does not allow", "s.runs[0].results[0].level 'fatal'",
                "s.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri 'a b.csv' is not a URI reference",
                "s.runs[0].results[0].locations[0].physicalLocation.region.startLine < 1",
            ])
    }
}
