import DataMinTestSupport
import Foundation
import Testing

/// SPEC §8.4–§8.5 through the real executable: what the free-text checks report, `allow:`,
/// `--show-values` and `--redact-free-text`.
@Suite struct FreeTextTests {
    static let policy = """
        version: 1
        name: notes
        fields:
          id: { type: string, personal: false }
          at: { type: date }
          notes: { type: text }
          memo: { type: text, allow: [email, phone] }
          health_notes: { type: text, special_category: health }
        purposes:
          support:
            lawful_basis: [contract]
            article9_condition: health_or_social_care
            retention: { period: P10Y, from: at, if_missing: keep }
            required: [id]
            optional: [notes, memo, health_notes]

        """

    static let csv = """
        id,notes,memo,health_notes
        1,"Refund to NL91 ABNA 0417 1643 00, klant heeft diabetes.",Call +31 6 12345678 or anna@example.org,Asthma
        2,"Met at the fair, wants a quote",,
        3,BSN 111222333; mail anna.private@example.org,"Geboren 12-03-1985, BSN 111222333",

        """

    @Test func reportsEachKindOncePerFieldNamingTheKindNeverTheValue() throws {
        let folder = try scratchFolder(["policy.yaml": Self.policy, "notes.csv": Self.csv])
        let result = try datamin(["validate", "notes.csv", "--policy", "policy.yaml", "--purpose", "support"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.stdoutLines == [
                "notes.csv:2:2: warning: free-text field 'notes' appears to contain an IBAN [pii-in-free-text]",
                "notes.csv:2:2: warning: free-text field 'notes' appears to mention health data (Art. 9(1)) [special-category-in-free-text]",
                "notes.csv:4:2: warning: free-text field 'notes' appears to contain a Dutch BSN [pii-in-free-text]",
                "notes.csv:4:2: warning: free-text field 'notes' appears to contain an email address [pii-in-free-text]",
                "notes.csv:4:3: warning: free-text field 'memo' appears to contain a date of birth [pii-in-free-text]",
                "notes.csv:4:3: warning: free-text field 'memo' appears to contain a Dutch BSN [pii-in-free-text]",
            ])
        for secret in ["NL91", "0417", "111222333", "anna", "1985", "diabetes"] { #expect(!result.stdout.contains(secret)) }
    }

    @Test func showValuesShowsOnlyTheMatchedSpan() throws {
        let folder = try scratchFolder(["policy.yaml": Self.policy, "notes.csv": Self.csv])
        let result = try datamin(
            ["validate", "notes.csv", "--policy", "policy.yaml", "--purpose", "support", "--show-values", "--format", "json"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let values = (files[0]["violations"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(values == ["NL91 ABNA 0417 1643 00", "diabetes", "111222333", "anna.private@example.org", "12-03-1985", "111222333"])
    }

    @Test func redactionReplacesEachFindingAndKeepsEveryOtherByte() throws {
        let folder = try scratchFolder(["policy.yaml": Self.policy, "notes.csv": Self.csv])
        let result = try datamin(
            [
                "validate", "notes.csv", "--policy", "policy.yaml", "--purpose", "support",
                "--strip-out", "min.csv", "--redact-free-text",
            ], in: folder)
        #expect(result.status == 0)
        let minimised = try String(contentsOf: folder.appendingPathComponent("min.csv"), encoding: .utf8)
        #expect(
            minimised == """
                id,notes,memo,health_notes
                1,"Refund to [iban], [redacted].",Call +31 6 12345678 or anna@example.org,Asthma
                2,"Met at the fair, wants a quote",,
                3,BSN [bsn]; mail [email],"Geboren [birth_date], BSN [bsn]",

                """)
    }

    @Test func redactionWorksOnJSONLinesAndLeavesOtherFieldsAlone() throws {
        let jsonl = """
            {"id":"1","notes":"Zij is zwanger; IBAN de89-3704-0044-0532-0130-00","memo":"ok"}
            {"id":"2","notes":"Nothing personal \\"here\\" at all"}

            """
        let folder = try scratchFolder(["policy.yaml": Self.policy, "notes.jsonl": jsonl])
        let result = try datamin(
            [
                "validate", "notes.jsonl", "--policy", "policy.yaml", "--purpose", "support",
                "--strip-out", "min.jsonl", "--redact-free-text",
            ], in: folder)
        #expect(result.status == 0)
        let minimised = try String(contentsOf: folder.appendingPathComponent("min.jsonl"), encoding: .utf8)
        #expect(
            minimised == """
                {"id":"1","notes":"[redacted]; IBAN [iban]","memo":"ok"}
                {"id":"2","notes":"Nothing personal \\"here\\" at all"}

                """)
    }

    @Test func redactionNeedsAMinimisedCopy() throws {
        let folder = try scratchFolder(["policy.yaml": Self.policy, "notes.csv": Self.csv])
        let result = try datamin(["validate", "notes.csv", "--policy", "policy.yaml", "--redact-free-text"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--redact-free-text changes the minimised copy; add --strip-out FILE"))
    }

    @Test func aCheckTurnedOffIsNotRedactedEither() throws {
        let policy = Self.policy + "checks:\n  special-category-in-free-text: \"off\"\n"
        let folder = try scratchFolder(["policy.yaml": policy, "notes.csv": Self.csv])
        let result = try datamin(
            [
                "validate", "notes.csv", "--policy", "policy.yaml", "--purpose", "support",
                "--strip-out", "min.csv", "--redact-free-text",
            ], in: folder)
        #expect(!result.stdout.contains("special-category-in-free-text"))
        let minimised = try String(contentsOf: folder.appendingPathComponent("min.csv"), encoding: .utf8)
        #expect(minimised.contains("klant heeft diabetes."))
        #expect(minimised.contains("Refund to [iban]"))
    }

    @Test func allowNamesUnknownKindsWithTheirPlace() throws {
        let policy = Self.policy.replacingOccurrences(of: "allow: [email, phone]", with: "allow: [email, phones]")
            .replacingOccurrences(of: "at: { type: date }", with: "at: { type: date, allow: [email] }")
        let folder = try scratchFolder(["policy.yaml": policy])
        let result = try datamin(["lint", "policy.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(
            (result.stdout + result.stderr).contains("policy.yaml:5:28: error: 'allow' only applies to 'type: text'; field 'at' is 'date'"))
        #expect(
            (result.stdout + result.stderr).contains(
                "policy.yaml:7:38: error: unknown free-text kind 'phones' in 'allow' of field 'memo'; did you mean 'phone'?"))
    }

    /// A sector's own words (`extra_terms:`): found beside the lexicon's, redacted like them,
    /// and refused with their place when they are not a category or not one word.
    static let sectorPolicy = policy.replacingOccurrences(
        of: "purposes:", with: "extra_terms:\n  health: [hemodialyse, logopedi*]\n  criminal: [werkstraf]\npurposes:")

    @Test func extraTermsAreFoundAndRedactedBesideTheLexicon() throws {
        let csv = """
            id,notes
            1,Klant komt na de hemodialyse langs
            2,"Logopediste tot april, daarna belt hij"
            3,Heeft een werkstraf gehad
            4,Hemodialyseapparaat besteld voor de kliniek

            """
        let folder = try scratchFolder(["policy.yaml": Self.sectorPolicy, "notes.csv": csv])
        let result = try datamin(
            ["validate", "notes.csv", "--policy", "policy.yaml", "--purpose", "support", "--strip-out", "min.csv", "--redact-free-text"],
            in: folder)
        #expect(
            result.stdoutLines == [
                "notes.csv:2:2: warning: free-text field 'notes' appears to mention health data (Art. 9(1)) [special-category-in-free-text]",
                "notes.csv:3:2: warning: free-text field 'notes' appears to mention health data (Art. 9(1)) [special-category-in-free-text]",
                "notes.csv:4:2: warning: free-text field 'notes' appears to mention criminal convictions and offences data (Art. 10) [special-category-in-free-text]",
            ])
        let minimised = try String(contentsOf: folder.appendingPathComponent("min.csv"), encoding: .utf8)
        // The clause that names the category goes; the note's other clauses stay.
        #expect(minimised.contains("1,[redacted]\n"))
        #expect(minimised.contains("3,[redacted]\n"))
        #expect(minimised.contains("\"[redacted], daarna belt hij\""))
        #expect(minimised.contains("Hemodialyseapparaat besteld"))
    }

    @Test func anExtraTermsKeyThatIsNoCategoryIsRefusedWithASuggestion() throws {
        let policy = Self.sectorPolicy.replacingOccurrences(of: "  criminal: [werkstraf]", with: "  crimnal: [werkstraf]")
        let folder = try scratchFolder(["policy.yaml": policy])
        let result = try datamin(["lint", "policy.yaml"], in: folder)
        let output = result.stdout + result.stderr
        #expect(result.status == 2)
        #expect(output.contains("policy.yaml:11:3: error: unknown special category 'crimnal' in 'extra_terms'; did you mean 'criminal'?"))
    }

    @Test func extraTermsMustBeOneWordOrALongEnoughStem() throws {
        let policy = Self.sectorPolicy.replacingOccurrences(
            of: "  criminal: [werkstraf]", with: "  criminal: [werkstraf, two words, ch*, больница]")
        let folder = try scratchFolder(["policy.yaml": policy])
        let result = try datamin(["lint", "policy.yaml"], in: folder)
        let output = result.stdout + result.stderr
        #expect(result.status == 2)
        #expect(
            output.contains(
                "policy.yaml:11:25: error: 'two words' in 'extra_terms' is not one word of Latin letters; write each word on its own (a stem ends in '*': 'chemokuur*')"
            ))
        #expect(
            output.contains("policy.yaml:11:36: error: the stem 'ch*' in 'extra_terms' is shorter than four letters; write the whole word"))
        #expect(output.contains("policy.yaml:11:41: error: 'больница' in 'extra_terms' is not one word of Latin letters"))
    }
}
