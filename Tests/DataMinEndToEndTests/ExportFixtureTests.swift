import DataMinTestSupport
import Foundation
import Testing

/// Exports shaped like HubSpot, Salesforce, Freshsales and Pipedrive write them, validated
/// as they are with the shipped policies.
@Suite(.serialized) struct ExportFixtureTests {
    private let asOf = ["--as-of", "2026-11-29"]

    @Test func shippedExportPoliciesLintClean() throws {
        let names = ["hubspot-contacts", "salesforce-leads", "freshsales-contacts", "pipedrive-persons"]
        let result = try datamin(["lint"] + names.map { "policies/\($0).yaml" })
        #expect(result.status == 0)
        #expect(result.stderr == names.map { "policies/\($0).yaml: ok\n" }.joined())
    }

    @Test func hubSpotLocalTimesPhonesAndBasisLabelsValidateAsExported() throws {
        let result = try datamin(["validate", "fixtures/hubspot-contacts.csv", "--policy", "policies/hubspot-contacts.yaml"] + asOf)
        #expect(result.status == 1)
        #expect(
            result.stdoutLines == [
                "fixtures/hubspot-contacts.csv:4:11: error: record is past its retention for purpose 'sales': 'Create Date' + P2Y ended before 2026-11-29 [retention-exceeded]",
                "fixtures/hubspot-contacts.csv:5:6: error: field 'Mobile Phone Number' is not a phone number in international format or written as a national number of GB [invalid-value]",
                "fixtures/hubspot-contacts.csv:5:13: error: the record's purpose is not defined in policy 'hubspot-contacts' (defined: sales); did you mean 'sales'? [unknown-purpose]",
                "fixtures/hubspot-contacts.csv:6:5: error: field 'Phone Number' is not a phone number in international format ('+' or '00', the country code, then the number) [invalid-value]",
                "fixtures/hubspot-contacts.csv:6:14: error: field 'Legal basis for processing contact's data' is not a lawful basis the policy knows (an Art. 6(1) key or a vocabulary entry); did you mean 'freely given consent from contact'? [invalid-value]",
                "fixtures/hubspot-contacts.csv:6:14: error: the record's lawful basis in 'Legal basis for processing contact's data' is not one purpose 'sales' allows (legitimate_interests, contract) [lawful-basis-not-permitted]",
            ])
        // The record's own words ('sals', 'opt-in') are data: only the policy's words are shown.
        #expect(!result.stdout.contains("sals") && !result.stdout.contains("opt-in"))
    }

    @Test func salesforceDataLoaderTimestampsInBothOffsetStyles() throws {
        let result = try datamin(["validate", "fixtures/salesforce-leads.csv", "--policy", "policies/salesforce-leads.yaml"] + asOf)
        #expect(
            result.stdoutLines == [
                "fixtures/salesforce-leads.csv:3:13: error: record is past its retention for purpose 'sales': 'CreatedDate' + P18M ended before 2026-11-29 [retention-exceeded]",
                "fixtures/salesforce-leads.csv:4:4: error: field 'Email' is not a valid email address [invalid-value]",
                "fixtures/salesforce-leads.csv:4:16: error: field 'Lawful_Basis__c' is not a lawful basis the policy knows (an Art. 6(1) key or a vocabulary entry); did you mean 'legitimate interest'? [invalid-value]",
                "fixtures/salesforce-leads.csv:4:16: error: the record's lawful basis in 'Lawful_Basis__c' is not one purpose 'sales' allows (legitimate_interests, contract) [lawful-basis-not-permitted]",
            ])
    }

    @Test func freshsalesJSONLinesWithOffsetsAndNationalFrenchNumbers() throws {
        let result = try datamin(
            ["validate", "fixtures/freshsales-contacts.jsonl", "--policy", "policies/freshsales-contacts.yaml"] + asOf)
        #expect(
            result.stdoutLines == [
                "fixtures/freshsales-contacts.jsonl:2: error: field 'mobile_number' is not a phone number in international format ('+' or '00', the country code, then the number) [invalid-value]",
                "fixtures/freshsales-contacts.jsonl:2: error: record is past its retention for purpose 'support': 'updated_at' + P1Y ended before 2026-11-29 [retention-exceeded]",
                "fixtures/freshsales-contacts.jsonl:3: error: field 'job_title' is not permitted for purpose 'support' [field-not-permitted]",
            ])
    }

    @Test func pipedriveWindows1252ExportGetsOneHintThenValidatesWithTheEncoding() throws {
        let plain = try datamin(["validate", "fixtures/pipedrive-persons.csv", "--policy", "policies/pipedrive-persons.yaml"] + asOf)
        let encodingErrors = plain.stdoutLines.filter { $0.hasSuffix("[encoding-error]") }
        #expect(
            encodingErrors == [
                "fixtures/pipedrive-persons.csv:2:2: error: field 'Person - Name' is not valid UTF-8; the file looks like windows-1252: pass --encoding windows-1252 (or 'encoding: windows-1252' on its input in .datamin.yml) [encoding-error]",
                "fixtures/pipedrive-persons.csv:3:2: error: field 'Person - Name' is not valid UTF-8 [encoding-error]",
                "fixtures/pipedrive-persons.csv:4:2: error: field 'Person - Name' is not valid UTF-8 [encoding-error]",
            ])
        let folder = try scratchFolder([:])
        let decoded = try datamin(
            [
                "validate", "fixtures/pipedrive-persons.csv", "--policy", "policies/pipedrive-persons.yaml", "--encoding", "windows-1252",
                "--strip-out", folder.appendingPathComponent("out.csv").path,
            ] + asOf)
        #expect(
            decoded.stdoutLines == [
                "fixtures/pipedrive-persons.csv:3:8: error: record is past its retention for purpose 'sales': 'Person - Person created' + P2Y ended before 2026-11-29 [retention-exceeded]",
                "fixtures/pipedrive-persons.csv:4:4: error: field 'Person - Phone' is not a phone number in international format or written as a national number of NL [invalid-value]",
            ])
        // The minimised copy is UTF-8, its delimiter kept.
        let copy = try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(copy.contains("1;Anna Müller;anna@example.com;06-12345678;"))
    }

    @Test func anEncodingInTheConfigAppliesToItsInputs() throws {
        let folder = try scratchFolder([
            ".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: \"legacy/*.csv\"\n    encoding: windows-1252\n    purpose: sales\n",
            "policy.yaml": testPolicy,
        ])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("legacy"), withIntermediateDirectories: true)
        let latin1: [UInt8] = Array("id,email,name,collected_at\n1,a@example.com,Ren".utf8) + [0xE9] + Array("e,2026-01-01\n".utf8)
        try Data(latin1).write(to: folder.appendingPathComponent("legacy/a.csv"))
        let result = try datamin(["validate"] + asOf, in: folder)
        #expect(result.status == 0, "\(result.stdout)")
        let typo = try scratchFolder([
            ".datamin.yml": "policy: policy.yaml\ninputs:\n  - files: \"*.csv\"\n    encoding: windows1252\n",
            "policy.yaml": testPolicy, "a.csv": "id\n1\n",
        ])
        let refused = try datamin(["validate"], in: typo)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.hasPrefix(".datamin.yml:4:15: error: unknown encoding 'windows1252' in an input; did you mean 'windows-1252'?"))
    }

    @Test func aByteTheEncodingLeavesUndefinedIsAnEncodingErrorThatSaysSo() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        try Data(Array("id,email,name,purpose,collected_at\n1,a@example.com,x".utf8) + [0x81] + Array("y,sales,2026-01-01\n".utf8))
            .write(to: folder.appendingPathComponent("in.csv"))
        try Data(
            Array("{\"id\":\"1\",\"email\":\"a@example.com\",\"name\":\"x".utf8) + [0x81]
                + Array("y\",\"purpose\":\"sales\",\"collected_at\":\"2026-01-01\"}\n".utf8)
        )
        .write(to: folder.appendingPathComponent("in.jsonl"))
        let csv = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--encoding", "windows-1252"] + asOf, in: folder)
        #expect(csv.stdoutLines == ["in.csv:2:3: error: field 'name' holds a byte that windows-1252 does not define [encoding-error]"])
        let json = try datamin(["validate", "in.jsonl", "--policy", "policy.yaml", "--encoding", "windows-1252"] + asOf, in: folder)
        #expect(json.stdoutLines == ["in.jsonl:1: error: record holds a byte that windows-1252 does not define [encoding-error]"])
    }

    @Test func aUTF8ByteOrderMarkOverridesALegacyEncodingWithAHint() throws {
        let folder = try scratchFolder(["policy.yaml": testPolicy])
        try Data([0xEF, 0xBB, 0xBF] + Array("id,email,name,purpose,collected_at\n1,a@example.com,Renée,sales,2026-01-01\n".utf8))
            .write(to: folder.appendingPathComponent("in.csv"))
        let result = try datamin(
            ["validate", "in.csv", "--policy", "policy.yaml", "--encoding", "windows-1252", "--strip-out", "out.csv"] + asOf, in: folder)
        #expect(result.status == 0)
        #expect(result.stdoutLines == [])
        #expect(
            result.stderr.contains("datamin: hint: in.csv: starts with a UTF-8 byte-order mark, so it is read as UTF-8, not windows-1252"))
        // Read as UTF-8: the header names its first column 'id', and the accent is one letter.
        let copy = try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(copy.hasPrefix("id,email,name,purpose,collected_at\n1,a@example.com,Renée,"))
        // A bad byte after the mark is an encoding error that suggests no encoding: the one
        // asked for was set aside.
        let bad = [0xEF, 0xBB, 0xBF] + Array("id,email,name,purpose,collected_at\n1,a@example.com,Z".utf8) + [0xFC]
        try Data(bad + Array("rich,sales,2026-01-01\n".utf8)).write(to: folder.appendingPathComponent("bad.csv"))
        let badRun = try datamin(["validate", "bad.csv", "--policy", "policy.yaml", "--encoding", "windows-1252"] + asOf, in: folder)
        #expect(badRun.stdoutLines == ["bad.csv:2:3: error: field 'name' is not valid UTF-8 [encoding-error]"])
    }

    @Test func aFileWhoseRecordsAllLackAPurposeGetsOneHint() throws {
        let folder = try scratchFolder([
            "policy.yaml": testPolicy, "in.csv": "id,email,collected_at\n1,a@example.com,2026-01-01\n2,b@example.com,2026-01-01\n",
        ])
        let result = try datamin(["validate", "in.csv", "--policy", "policy.yaml"] + asOf, in: folder)
        #expect(result.stdoutLines.count == 2)
        #expect(result.stderr.components(separatedBy: "hint:").count == 2)
        #expect(
            result.stderr.contains(
                "datamin: hint: in.csv: no record names a purpose; add a 'purpose' column or key, pass --purpose NAME, or set 'purpose:' on this input in .datamin.yml\n"
            ))
        let some = try datamin(["validate", "in.csv", "--policy", "policy.yaml", "--purpose", "sales"] + asOf, in: folder)
        #expect(!some.stderr.contains("hint:"))
    }
}
