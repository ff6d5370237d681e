import ArgumentParser
import DataMinCore
import Foundation

/// `datamin checks`: every check id with its default severity, article and summary.
struct Checks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every check with its default severity, GDPR article and summary.")

    func run() throws {
        let checks = CheckInfo.all
        let idWidth = checks.map(\.id.rawValue.count).max() ?? 0
        let articleWidth = checks.map { ($0.article ?? "-").count }.max() ?? 0
        for check in checks {
            let id = check.id.rawValue.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let severity = check.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            let article = (check.article ?? "-").padding(toLength: articleWidth, withPad: " ", startingAt: 0)
            try Console.out("\(id)  \(severity)  \(article)  \(check.summary)")
        }
        Console.flush()
        try Console.checkOutput()
    }
}
