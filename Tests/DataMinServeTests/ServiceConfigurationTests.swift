import DataMinRun
import Foundation
import Testing

@testable import DataMinServe

/// What `datamin serve` refuses before it listens, and the document it describes itself with.
/// The HTTP behaviour is tested against a running service by Scripts/check-serve.sh.
struct ServiceConfigurationTests {
    @Test(arguments: [
        ("127.0.0.1:8080", "127.0.0.1", 8080), ("[::1]:9000", "::1", 9000), ("localhost:0", "localhost", 0),
        ("10.0.0.5:443", "10.0.0.5", 443),
    ])
    func listenReadsHostAndPort(_ text: String, _ host: String, _ port: Int) throws {
        var configuration = ServiceConfiguration(policyPaths: ["p.yaml"], workingDirectory: "/")
        try configuration.listen(text)
        #expect(configuration.host == host && configuration.port == port)
    }

    @Test(arguments: ["8080", "host:", ":8080", "h:99999", "h:x"])
    func listenRefusesWhatIsNotHostAndPort(_ text: String) {
        var configuration = ServiceConfiguration(policyPaths: ["p.yaml"], workingDirectory: "/")
        #expect(throws: UsageFailure.self) { try configuration.listen(text) }
    }

    @Test func anAddressBeyondLoopbackNeedsAToken() throws {
        var configuration = ServiceConfiguration(policyPaths: ["p.yaml"], workingDirectory: "/")
        try configuration.listen("0.0.0.0:8080")
        #expect(
            throws: UsageFailure(
                message: "datamin serve listens on '0.0.0.0' only with a token: pass --token-file FILE, or listen on 127.0.0.1")
        ) {
            try configuration.check()
        }
        configuration.token = Array("a-token-of-enough-length".utf8)
        try configuration.check()
    }

    @Test func theDocumentInTheRepositoryIsTheOneTheServiceDescribes() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/openapi.yaml")
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(committed == OpenAPIDocument.yaml(names: [], purposes: []))
    }

    @Test func theServedDocumentListsTheLoadedPoliciesAndPurposes() {
        let document = OpenAPIDocument.yaml(names: ["newsletters"], purposes: ["marketing", "newsletter"])
        #expect(document.contains("enum: [\"newsletters\"]"))
        #expect(document.contains("enum: [\"marketing\", \"newsletter\"]"))
    }

    @Test func metricsNameRoutesStatusesAndChecksButNoValue() {
        let metrics = ServiceMetrics()
        metrics.request(route: "/v1/validate", status: 200, seconds: 0.002)
        metrics.findings(["invalid-value": 2])
        let text = metrics.rendered
        #expect(text.contains("datamin_requests_total{route=\"/v1/validate\",status=\"200\"} 1"))
        #expect(text.contains("datamin_findings_total{check=\"invalid-value\"} 2"))
        #expect(text.contains("datamin_request_seconds_bucket{le=\"0.0025\"} 1"))
        #expect(text.contains("datamin_request_seconds_bucket{le=\"0.001\"} 0"))
        #expect(text.contains("datamin_request_seconds_count 1"))
    }
}
