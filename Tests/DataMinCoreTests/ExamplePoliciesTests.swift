import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

/// The repository's root folder, for the shipped policies and fixtures.

struct ExamplePoliciesTests {
    @Test(arguments: [
        "sales-contacts.yaml", "newsletters.yaml", "call-log.yaml", "hubspot-contacts.yaml", "salesforce-leads.yaml",
        "freshsales-contacts.yaml", "pipedrive-persons.yaml",
    ])
    func shippedPolicyLoadsClean(name: String) throws {
        let policy = try Policy(contentsOf: repositoryRoot.appendingPathComponent("policies/\(name)"))
        #expect(!policy.purposes.isEmpty)
    }

    @Test func salesPolicyRoundTripsItsValues() throws {
        let policy = try Policy(contentsOf: repositoryRoot.appendingPathComponent("policies/sales-contacts.yaml"))
        #expect(policy.name == "sales-contacts")
        #expect(policy.controller == "Example Trading B.V.")
        #expect(policy.subject == "email")
        #expect(policy.recordFields.purpose == "purpose")
        let sales = try #require(policy.purpose(named: "sales"))
        #expect(sales.lawfulBases == [.contract, .legitimateInterests])
        #expect(sales.retention.period.description == "P2Y")
        #expect(sales.retention.period.years == 2)
        #expect(sales.retention.fromFields == ["last_contact_at", "collected_at"])
        #expect(sales.record.legitimateInterest?.assessment == "LIA-2026-03")
        #expect(sales.record.transfers == [Transfer(country: "US", safeguard: "EU-US Data Privacy Framework")])
        #expect(policy.controllerParty == Party(name: "Example Trading B.V.", contact: "privacy@example.com"))
        #expect(policy.purpose(named: "customer-records")?.retention.keepIfMissing == true)
        #expect(policy.purpose(named: "invoicing")?.retention.alignsToYearEnd == true)
        #expect(Set(sales.namedFields).isSuperset(of: ["id", "email", "last_name", "company", "phone"]))
        #expect(!sales.namedFields.contains("date_of_birth"))
        #expect(policy.purpose(named: "support")?.lawfulBases == [.contract])
        #expect(policy.lawfulBasis(for: "performance of a CONTRACT") == .contract)
        #expect(policy.field(named: "source")?.values == ["web_form", "trade_show", "referral", "import"])
        #expect(policy.field(named: "company")?.personal == false)
        #expect(policy.checkSettings[.duplicateSubject] == .warning)
    }

    @Test func newsletterConsentScopesDiffer() throws {
        let policy = try Policy(contentsOf: repositoryRoot.appendingPathComponent("policies/newsletters.yaml"))
        #expect(policy.purpose(named: "newsletter-product-a")?.consent?.scope == "product-a")
        #expect(policy.purpose(named: "newsletter-product-b")?.consent?.scope == "product-b")
    }

    @Test func callRecordingNeedsConsentAndKeepsThirtyDays() throws {
        let policy = try Policy(contentsOf: repositoryRoot.appendingPathComponent("policies/call-log.yaml"))
        let recording = try #require(policy.purpose(named: "call-recording"))
        #expect(recording.lawfulBases == [.consent])
        #expect(recording.consent?.at == "recording_consent_at")
        #expect(recording.retention.period.days == 30)
        #expect(policy.purpose(named: "call-log")?.namedFields.contains("recording_url") == false)
    }
}
