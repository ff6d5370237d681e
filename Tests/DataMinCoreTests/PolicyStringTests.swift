import DataMinCore
import Testing

/// Strings of a policy never carry a control character or a word separator into a
/// terminal, a register or a generated query (SPEC §11.4): `lint` refuses them with
/// file:line:column, wherever they stand.
struct PolicyStringTests {
    /// A policy with one string in every position a hostile one could take.
    static func policy(
        name: String = "t", field: String = "code", purpose: String = "sales", value: String = "web",
        word: String = "Contract signed", scope: String = "product-a", missing: String = "n/a", description: String = "Sales."
    ) -> String {
        """
        version: 1
        name: "\(name)"
        missing_values: ["", "\(missing)"]
        record: { purpose: purpose, lawful_basis: basis }
        vocabulary:
          lawful_basis: { "\(word)": contract }
        fields:
          id: { type: string, personal: false }
          at: { type: date }
          purpose: { type: string, personal: false }
          basis: { type: string, personal: false }
          scope: { type: string, personal: false }
          "\(field)": { type: enum, values: ["\(value)", shop] }
        purposes:
          "\(purpose)":
            description: "\(description)"
            lawful_basis: [contract, consent]
            consent: { at: at, scope_field: scope, scope: "\(scope)" }
            required: [id]
            retention: { period: P1Y, from: at }
        """
    }

    static func errors(_ yaml: String) -> [String] {
        do {
            _ = try Policy(yaml: yaml, file: "p.yaml")
            return []
        } catch {
            return error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
        }
    }

    @Test func theCleanPolicyLoads() {
        #expect(Self.errors(Self.policy()) == [])
    }

    /// CR, NUL, ESC, DEL, a C1 control, a line separator and a bidirectional override, each
    /// written as a YAML escape, in every position.
    @Test(arguments: ["\\r", "\\0", "\\e", "\\x7F", "\\x85", "\\u2028", "\\u202E", "\\n", "\\t"])
    func aControlCharacterIsRefusedInEveryNameWordAndValue(_ escape: String) {
        let hostile = "a\(escape)b"
        let cases: [(String, String)] = [
            (Self.policy(name: hostile), "2:7"), (Self.policy(field: hostile), "13:3"), (Self.policy(purpose: hostile), "15:3"),
            (Self.policy(value: hostile), "13:34"), (Self.policy(word: hostile), "6:19"), (Self.policy(scope: hostile), "18:51"),
            (Self.policy(missing: hostile), "3:22"),
        ]
        for (yaml, position) in cases {
            let errors = Self.errors(yaml)
            #expect(errors.first?.hasPrefix(position + ": ") == true, "\(escape) at \(position): \(errors)")
            #expect(errors.first?.contains("control character U+") == true, "\(escape): \(errors)")
        }
    }

    /// Prose for the Art. 30 record may span lines; nothing else may, and no control
    /// character is allowed even there.
    @Test func aDescriptionMaySpanLinesButHoldsNoOtherControlCharacter() {
        #expect(Self.errors(Self.policy(description: "Line one.\\n\\tLine two.")) == [])
        #expect(
            Self.errors(Self.policy(description: "a\\rb")) == [
                "16:18: a value holds the control character U+000D; names, words and values must be printable text: remove it (a copy from another program can carry invisible characters)"
            ])
    }

    /// `;` separates purposes, bases and scopes in a record's value: a word holding it could
    /// never match in a file run, but would in SQL.
    @Test func aSemicolonIsRefusedInPurposeNamesVocabularyWordsAndScopes() {
        #expect(
            Self.errors(Self.policy(purpose: "sales;x")) == [
                "15:3: a purpose name cannot hold ';', which separates several words in a record's value; choose a name without it"
            ])
        #expect(
            Self.errors(Self.policy(word: "a;b")) == [
                "6:19: a vocabulary word cannot hold ';', which separates several words in a record's value; choose a name without it"
            ])
        #expect(
            Self.errors(Self.policy(scope: "a;b")) == [
                "18:51: 'consent.scope' of purpose 'sales' cannot hold ';', which separates several words in a record's value; choose a name without it"
            ])
    }
}
