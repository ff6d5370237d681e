import Synchronization

/// What `/metrics` reports in Prometheus' text format: requests by route and status, findings
/// by check, and a latency histogram. Routes are the service's own paths, so no label ever
/// holds a value or a subject.
package final class ServiceMetrics: Sendable {
    private struct State {
        var requests: [String: Int] = [:]
        var findings: [String: Int] = [:]
        var bucketCounts = [Int](repeating: 0, count: ServiceMetrics.bounds.count)
        var count = 0
        var sum = 0.0
    }

    /// The histogram's upper bounds, in seconds.
    static let bounds = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
    private let state = Mutex(State())

    package init() {}

    /// Counts one answered request; `route` is one of the service's paths, or `other`.
    package func request(route: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests["route=\"\(route)\",status=\"\(status)\"", default: 0] += 1
            state.count += 1
            state.sum += seconds
            for (index, bound) in Self.bounds.enumerated() where seconds <= bound { state.bucketCounts[index] += 1 }
        }
    }

    /// Counts findings by their check id.
    package func findings(_ counts: [String: Int]) {
        state.withLock { state in
            for (check, count) in counts { state.findings[check, default: 0] += count }
        }
    }

    /// The metrics in Prometheus' text exposition format.
    package var rendered: String {
        state.withLock { state in
            var text = "# HELP datamin_requests_total Requests answered, by route and status.\n# TYPE datamin_requests_total counter\n"
            for key in state.requests.keys.sorted() { text += "datamin_requests_total{\(key)} \(state.requests[key]!)\n" }
            text += "# HELP datamin_findings_total Findings reported, by check.\n# TYPE datamin_findings_total counter\n"
            for key in state.findings.keys.sorted() { text += "datamin_findings_total{check=\"\(key)\"} \(state.findings[key]!)\n" }
            text += "# HELP datamin_request_seconds Time to answer a request.\n# TYPE datamin_request_seconds histogram\n"
            for (index, bound) in Self.bounds.enumerated() {
                text += "datamin_request_seconds_bucket{le=\"\(bound)\"} \(state.bucketCounts[index])\n"
            }
            text += "datamin_request_seconds_bucket{le=\"+Inf\"} \(state.count)\n"
            text += "datamin_request_seconds_sum \(state.sum)\ndatamin_request_seconds_count \(state.count)\n"
            return text
        }
    }
}
