import ArgumentParser
import DataMinCore

/// `datamin checks`: every check id with its default severity, article and summary.
struct Checks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every check with its default severity, GDPR article and summary.")

    func run() throws {
        let checks = CheckInfo.all
        let idWidth = checks.map(\.id.rawValue.count).max() ?? 0
        let articleWidth = checks.map { ($0.article ?? "-").count }.max() ?? 0
        func padded(_ text: String, to width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        for check in checks {
            let id = padded(check.id.rawValue, to: idWidth)
            let severity = padded(check.defaultSeverity.rawValue, to: 7)
            let article = padded(check.article ?? "-", to: articleWidth)
            try Console.out("\(id)  \(severity)  \(article)  \(check.summary)")
        }
        Console.flush()
        try Console.checkOutput()
    }
}
