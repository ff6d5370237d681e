import DataMinCore
import Foundation
import Testing

/// Loads `yaml` and returns the rendered error, or nil when it loads.
func loadError(_ yaml: String) -> String? {
    do {
        _ = try Policy(yaml: yaml, file: "p.yaml")
        return nil
    } catch {
        return error.description
    }
}

let minimal = """
    version: 1
    name: t
    fields:
      id: { type: string }
      at: { type: date }
    purposes:
      sales:
        lawful_basis: [contract]
        required: [id]
        retention: { period: P1Y, from: at }

    """

struct PolicyLoadingTests {
    @Test func minimalPolicyLoads() throws {
        let policy = try Policy(yaml: minimal)
        #expect(policy.name == "t")
        #expect(policy.fields.map(\.name) == ["id", "at"])
        #expect(policy.purposes.first?.retention.period.years == 1)
    }

    @Test func unknownKeyInPurposeSuggestsTheKnownOne() {
        let yaml = minimal + "    optinal: [id]\n"
        #expect(
            loadError(yaml) == """
                p.yaml:11:5: error: unknown key 'optinal' in purpose 'sales'; did you mean 'optional'?
                    optinal: [id]
                    ^
                """)
    }

    @Test func everyErrorIsReportedInOneRun() {
        let yaml = """
            version: 1
            name: t
            fields:
              email: { type: emial }
              at: { type: date, max_lenght: 3 }
            purposes:
              sales:
                lawful_basis: [contrac]
                required: [phone]
                retention: { period: P2Yr, from: at }

            """
        #expect(
            loadError(yaml) == """
                p.yaml:4:18: error: unknown type 'emial' in field 'email'; did you mean 'email'?
                  email: { type: emial }
                                 ^
                p.yaml:5:21: error: unknown key 'max_lenght' in field 'at'; did you mean 'max_length'?
                  at: { type: date, max_lenght: 3 }
                                    ^
                p.yaml:8:20: error: unknown lawful basis 'contrac' in purpose 'sales'; did you mean 'contract'?
                    lawful_basis: [contrac]
                                   ^
                p.yaml:9:16: error: 'required' of purpose 'sales' names undeclared field 'phone'; declare it under 'fields:' first
                    required: [phone]
                               ^
                p.yaml:10:26: error: 'P2Yr' is not an ISO 8601 duration; write it like P2Y, P6M, P30D, P2W, P1Y6M or PT72H
                    retention: { period: P2Yr, from: at }
                                         ^
                """)
    }

    @Test(arguments: [
        (
            "lawful_basis: [consent]\n    retention: { period: P1Y, from: at }",
            "p.yaml:9:19: error: purpose 'sales' allows the 'consent' basis but has no 'consent:' block; add 'consent: { at: <datetime field> }' so consent can be demonstrated (Art. 7(1))"
        ),
        (
            "lawful_basis: [contract]\n    retention: { period: P1Y, from: id }",
            "p.yaml:10:37: error: 'retention.from' of purpose 'sales' names 'id', a string field; it must name a date or datetime field"
        ),
        (
            "lawful_basis: [contract]\n    consent: { at: id }\n    retention: { period: P1Y, from: at }",
            "p.yaml:10:20: error: 'consent.at' of purpose 'sales' names 'id', a string field; it must name a date or datetime field"
        ),
        (
            "lawful_basis: [contract]\n    optional: [notes]\n    retention: { period: P1Y, from: at }",
            "p.yaml:8:3: error: purpose 'sales' permits special-category field 'notes' (health, Art. 9(1)) but states no 'article9_condition'; add one such as 'article9_condition: explicit_consent'"
        ),
        (
            "lawful_basis: [contract]\n    article9_condition: because\n    retention: { period: P1Y, from: at }",
            "p.yaml:10:25: error: unknown Art. 9(2) condition 'because' in purpose 'sales'; expected one of: explicit_consent, employment_social_security, vital_interests, not_for_profit_body, manifestly_made_public, legal_claims, substantial_public_interest, health_or_social_care, public_health, archiving_research_statistics"
        ),
    ])
    func purposeRulesAreEnforced(purposeLines: String, expected: String) {
        let yaml = """
            version: 1
            name: t
            fields:
              id: { type: string }
              at: { type: date }
              notes: { type: text, special_category: health }
            purposes:
              sales:
                \(purposeLines)

            """
        #expect(loadError(yaml)?.split(separator: "\n").first.map(String.init) == expected)
    }

    @Test func purposeWithoutRetentionIsRefused() {
        let yaml = "version: 1\nname: t\nfields:\n  id: { type: string }\npurposes:\n  sales:\n    lawful_basis: contract\n"
        #expect(loadError(yaml)?.hasPrefix("p.yaml:7:5: error: purpose 'sales' is missing 'retention'") == true)
    }

    @Test(arguments: [
        ("name: t\nfields: {}\npurposes: {}\n", "p.yaml:1:1: error: the policy is missing 'version'"),
        (
            "version: 2\nname: t\nfields: {}\npurposes: {}\n",
            "p.yaml:1:10: error: unsupported policy version '2'; this datamin reads 'version: 1'"
        ),
    ])
    func versionMustBeOne(yaml: String, expected: String) {
        #expect(loadError(yaml)?.split(separator: "\n").first.map(String.init) == expected)
    }

    @Test func fieldConstraintsAreChecked() {
        let yaml = """
            version: 1
            name: t
            fields:
              kind: { type: enum }
              code: { type: string, pattern: "[a-" }
              size: { type: string, min: 1 }
              age: { type: integer, max_length: many }
            purposes: {}

            """
        let lines = loadError(yaml)?.split(separator: "\n").filter { $0.hasPrefix("p.yaml") }.map(String.init)
        #expect(lines?.count == 5)
        #expect(lines?[0] == "p.yaml:4:17: error: field 'kind' has 'type: enum' but no values; add 'values: [a, b]'")
        #expect(lines?[1] == "p.yaml:5:34: error: 'pattern' of field 'code', at character 1: '[' is never closed; add ']'")
        #expect(lines?[2] == "p.yaml:6:30: error: 'min' only applies to integer and number fields; field 'size' is 'string'")
        #expect(lines?[3] == "p.yaml:7:37: error: 'max_length' of field 'age' must be a whole number above 0")
        #expect(lines?[4] == "p.yaml:8:11: error: 'purposes' is empty; declare at least one purpose")
    }

    @Test func unknownCheckAndSettingInChecksAreRefused() {
        let yaml = minimal + "checks:\n  duplicate-subjects: warning\n  invalid-value: no\n"
        let lines = loadError(yaml)?.split(separator: "\n").filter { $0.hasPrefix("p.yaml") }.map(String.init)
        #expect(
            lines == [
                "p.yaml:12:3: error: unknown check 'duplicate-subjects' in 'checks'; did you mean 'duplicate-subject'?",
                "p.yaml:13:18: error: check 'invalid-value' is set to 'no'; use error, warning or off",
            ])
    }

    /// A key with nothing after it is an empty list; `""` is the empty text, which a list
    /// option would otherwise drop without a word.
    @Test func aQuotedEmptyTextIsNotAnEmptyList() throws {
        #expect(try Policy(yaml: minimal + "missing_values:\n").missingValues.isEmpty)
        #expect(
            loadError(minimal + "missing_values: \"\"\n")?.split(separator: "\n").first
                == "p.yaml:11:17: error: 'missing_values' must be a list such as [a, b], not a scalar; a list of the empty text is [\"\"]")
        #expect(try Policy(yaml: minimal + "missing_values: [\"\", n/a]\n").missingValues == ["", "n/a"])
    }

    @Test func offIsAWordNotABoolean() throws {
        let policy = try Policy(yaml: minimal + "checks:\n  missing-source: off\n")
        #expect(policy.checkSettings[.missingSource] == .off)
    }

    @Test func vocabularyTargetsMustBeLawfulBases() {
        let yaml = minimal + "vocabulary:\n  lawful_basis:\n    \"Opt-in\": consnt\n"
        #expect(
            loadError(yaml)?.split(separator: "\n").first
                == "p.yaml:13:15: error: unknown lawful basis 'consnt' in vocabulary entry 'Opt-in'; did you mean 'consent'?")
    }

    /// Harmless but suspect: a field named twice in a purpose, a length limit on a date.
    @Test func aFieldNamedTwiceOrALengthOnADateIsAWarning() throws {
        let yaml = minimal.replacingOccurrences(of: "required: [id]", with: "required: [id, at]\n    optional: [id]")
            .replacingOccurrences(of: "at: { type: date }", with: "at: { type: date, max_length: 3 }")
        let policy = try Policy(yaml: yaml, file: "p.yaml")
        #expect(
            policy.warnings.map { $0.description.split(separator: "\n").first.map(String.init) } == [
                "p.yaml:5:33: warning: 'max_length' of field 'at' limits the text of a 'date', which its type already bounds; remove it",
                "p.yaml:10:16: warning: field 'id' is named again in purpose 'sales' (first on line 9); name each field once, in 'required' or in 'optional'",
            ])
    }

    /// A merge key gives a purpose the settings of a shared mapping; its own keys win.
    @Test func purposesShareSettingsThroughAMergeKey() throws {
        let yaml =
            minimal.replacingOccurrences(of: "  sales:", with: "  sales: &defaults")
            + "  service:\n    <<: *defaults\n    retention: { period: P2Y, from: at }\n"
        let policy = try Policy(yaml: yaml)
        #expect(policy.purpose(named: "service")?.lawfulBases == [.contract])
        #expect(policy.purpose(named: "service")?.required == ["id"])
        #expect(policy.purpose(named: "service")?.retention.period.description == "P2Y")
        #expect(policy.purpose(named: "sales")?.retention.period.description == "P1Y")
        // Only a plain `<<` merges: quoted, it is an ordinary key, such as a column's name.
        let quoted = try Policy(
            yaml: minimal.replacingOccurrences(of: "  at: { type: date }", with: "  at: { type: date }\n  \"<<\": { type: string }"))
        #expect(quoted.field(named: "<<")?.type == .string)
        #expect(
            loadError(minimal + "checks:\n  <<: 1\n")?.split(separator: "\n").first
                == "p.yaml:12:7: error: the merge key '<<' takes a mapping or a list of mappings, such as *defaults or [*a, *b], not a scalar"
        )
    }

    /// Editors on Windows start a UTF-8 file with a byte-order mark; it is no character of
    /// line 1, so positions on that line count from the text after it.
    @Test func aPolicyThatStartsWithAByteOrderMarkLoads() throws {
        #expect(try Policy(yaml: "\u{FEFF}" + minimal).name == "t")
        #expect(loadError("\u{FEFF}version: 2\n")?.contains("\np.yaml:1:10: error: unsupported policy version '2'") == true)
    }

    /// Vocabulary words match case-insensitively, so two spellings of one word are one entry:
    /// with different bases, a record's basis would depend on the entries' order.
    @Test func twoSpellingsOfOneVocabularyWordWithDifferentBasesAreRefused() throws {
        let clash = minimal + "vocabulary:\n  lawful_basis:\n    \"Contract signed\": contract\n    \"CONTRACT SIGNED\": consent\n"
        #expect(
            loadError(clash)?.split(separator: "\n").first
                == "p.yaml:14:5: error: vocabulary entry 'CONTRACT SIGNED' is the word of entry 'Contract signed' (line 13), as vocabulary words match case-insensitively, but maps it to another basis; keep one of them"
        )
        let basisItself = minimal + "vocabulary:\n  lawful_basis:\n    Consent: contract\n"
        #expect(
            loadError(basisItself)?.split(separator: "\n").first
                == "p.yaml:13:5: error: vocabulary entry 'Consent' is the lawful basis 'consent' itself, which always means consent; remove the entry or map another word"
        )
        let same = try Policy(yaml: minimal + "vocabulary:\n  lawful_basis:\n    Signed: contract\n    SIGNED: contract\n")
        #expect(same.lawfulBasis(for: "signed") == .contract)
    }

    @Test func eachArticle9ConditionNamesItsPointOfArticle9Paragraph2() {
        #expect(Article9Condition.explicitConsent.article == "Art. 9(2)(a)")
        #expect(Article9Condition.legalClaims.article == "Art. 9(2)(f)")
        #expect(Article9Condition.archivingResearchStatistics.article == "Art. 9(2)(j)")
    }
}
