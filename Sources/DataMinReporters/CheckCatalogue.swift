import DataMinCore

/// Every check as `datamin checks` lists it, as text, JSON or the Markdown tables of
/// docs/checks.md and README (which are generated from it, and tested against it).
/// Stateless: it sees only ``CheckInfo``.
public enum CheckCatalogue {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public static func render(_ checks: [CheckInfo] = CheckInfo.all, as format: Format) -> String {
        switch format {
        case .text: text(checks)
        case .json: JSONValue.array(checks.map(json)).rendered()
        case .markdown: markdownTable(checks)
        }
    }

    /// One aligned line per check: id, default severity, article, summary.
    private static func text(_ checks: [CheckInfo]) -> String {
        let idWidth = checks.map(\.id.rawValue.count).max() ?? 0
        let articleWidth = checks.map { ($0.article ?? "-").count }.max() ?? 0
        func padded(_ text: String, to width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        return checks.map { check in
            let severity = padded(check.offUnless == nil ? check.defaultSeverity.rawValue : "off", to: 7)
            return
                "\(padded(check.id.rawValue, to: idWidth))  \(severity)  \(padded(check.article ?? "-", to: articleWidth))  \(check.summary)\n"
        }.joined()
    }

    private static func json(_ check: CheckInfo) -> JSONValue {
        .object([
            ("id", .string(check.id.rawValue)), ("defaultSeverity", .string(check.defaultSeverity.rawValue)),
            ("offUnless", .string(check.offUnless)), ("article", .string(check.article)), ("summary", .string(check.summary)),
            ("details", .string(check.details)), ("remedy", .string(check.remedy)),
        ])
    }

    /// The default as the tables show it: `error`, or `off; warning with --due-within`.
    private static func defaultText(_ check: CheckInfo) -> String {
        check.offUnless.map { "off; \(check.defaultSeverity.rawValue) \($0)" } ?? check.defaultSeverity.rawValue
    }

    /// docs/checks.md's table: when each check fires and what to do.
    static func markdownTable(_ checks: [CheckInfo]) -> String {
        var text = "| id | default | fires when | what to do | cites |\n|---|---|---|---|---|\n"
        for check in checks {
            text += "| `\(check.id.rawValue)` | \(defaultText(check)) | \(check.details) | \(check.remedy) | \(check.article ?? "—") |\n"
        }
        return text
    }

    /// README's short table: id, default, article.
    public static func markdownSummary(_ checks: [CheckInfo] = CheckInfo.all) -> String {
        var text = "| id | default | cites |\n|---|---|---|\n"
        for check in checks { text += "| `\(check.id.rawValue)` | \(defaultText(check)) | \(check.article ?? "—") |\n" }
        return text
    }
}
