import DataMinCore

/// One self-contained HTML page (no external assets): the verdict and totals, inputs that
/// could not be read, counts per file, a bar chart of findings per check, and a table of
/// findings that can be filtered by text, check and severity. Values appear only with
/// `--show-values`.
public struct HTMLReporter: Reporter {
    /// Findings listed in the table; the counts above it are always complete.
    public static let maxRows = 10_000

    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        let verdict =
            report.isValid ? "No errors" : report.failures.isEmpty ? "\(report.errors) errors" : "Not every input could be validated"
        output(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>datamin report</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>datamin report</h1>
            <p id="verdict" class="\(report.isValid ? "ok" : "fail")">\(MarkupText.escaped(verdict))</p>
            <p id="totals" data-files="\(report.files.count)" data-records="\(report.records)" data-rejected="\(report.rejected)" \
            data-errors="\(report.errors)" data-warnings="\(report.warnings)">As of \(report.asOf): \(report.files.count) files, \
            \(report.records) records, \(report.rejected) rejected, \(report.errors) errors, \(report.warnings) warnings.</p>

            """)
        if report.truncated {
            output("<p class=\"note\">\(report.omitted) findings are counted but not listed (<code>--max-violations</code>).</p>\n")
        }
        if !report.failures.isEmpty {
            output("<section id=\"failures\"><h2>Not validated</h2><ul>\n")
            for failure in report.failures {
                output("<li><code>\(MarkupText.escaped(failure.path))</code>: \(MarkupText.escaped(failure.message))</li>\n")
            }
            output("</ul></section>\n")
        }
        output(
            "<section><h2>Files</h2><table id=\"files\"><thead><tr><th>file</th><th>records</th><th>rejected</th><th>errors</th><th>warnings</th></tr></thead><tbody>\n"
        )
        for file in report.files {
            output(
                "<tr><td><code>\(MarkupText.escaped(file.path))</code></td><td>\(file.records)</td><td>\(file.rejected)</td><td>\(file.errors)</td><td>\(file.warnings)</td></tr>\n"
            )
        }
        output("</tbody></table></section>\n")
        output(Self.chart(report))
        let valueColumn = context.showsValues ? "<th>value</th>" : ""
        output(
            """
            <section><h2>Findings</h2>
            <div class="filters"><input id="filter" type="search" placeholder="Filter by text" aria-label="Filter by text">
            <select id="check" aria-label="Check"><option value="">every check</option>\
            \(report.countsByCheck.keys.sorted().map { "<option>\($0.rawValue)</option>" }.joined())</select>
            <select id="severity" aria-label="Severity"><option value="">every severity</option><option>error</option><option>warning</option></select>
            <span id="shown"></span></div>
            <table id="findings"><thead><tr><th>file</th><th>line</th><th>column</th><th>severity</th><th>check</th><th>field</th>\
            <th>message</th><th>article</th>\(valueColumn)</tr></thead><tbody>

            """)
        var rows = 0
        for item in violations {
            guard rows < Self.maxRows else { break }
            let violation = item.violation
            var row = "<tr data-check=\"\(violation.check.rawValue)\" data-severity=\"\(violation.severity.rawValue)\">"
            row +=
                "<td><code>\(MarkupText.escaped(report.files[item.file].path))</code></td><td>\(violation.location.line.map(String.init) ?? "")</td>"
            row +=
                "<td>\(violation.location.column.map(String.init) ?? "")</td><td class=\"\(violation.severity.rawValue)\">\(violation.severity.rawValue)</td>"
            row +=
                "<td>\(violation.check.rawValue)</td><td>\(MarkupText.escaped(violation.field ?? ""))</td><td>\(MarkupText.escaped(violation.message))</td>"
            row += "<td>\(MarkupText.escaped(violation.article ?? ""))</td>"
            if context.showsValues { row += "<td>\(MarkupText.escaped(violation.value ?? ""))</td>" }
            output(row + "</tr>\n")
            rows += 1
        }
        output("</tbody></table>\n")
        let unlisted = report.violationCount - rows
        if unlisted > 0 {
            output("<p class=\"note\" id=\"unlisted\">\(unlisted) more findings are counted above but not listed here.</p>\n")
        }
        output("</section>\n<script>\(Self.script)</script>\n</body>\n</html>\n")
    }

    /// Horizontal bars, one per check, as inline SVG.
    private static func chart(_ report: ValidationReport) -> String {
        let rows = report.countsByCheck.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let largest = rows.first?.value else { return "<section><h2>Findings per check</h2><p>None.</p></section>\n" }
        let barHeight = 22
        let labelWidth = 260
        let barWidth = 420
        var svg = "<section><h2>Findings per check</h2><svg id=\"chart\" role=\"img\" aria-label=\"Findings per check\" "
        svg +=
            "width=\"\(labelWidth + barWidth + 80)\" height=\(rows.count * barHeight + 4) viewBox=\"0 0 \(labelWidth + barWidth + 80) \(rows.count * barHeight + 4)\">\n"
        for (index, (check, count)) in rows.enumerated() {
            let y = index * barHeight + 2
            let width = max(2, count * barWidth / largest)
            svg +=
                "<g class=\"bar\" data-check=\"\(check.rawValue)\" data-count=\"\(count)\"><text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(check.rawValue)</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(barHeight - 6)\"></rect>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(count)</text></g>\n"
        }
        return svg + "</svg></section>\n"
    }

    private static let style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d2125;background:#fff}
        h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .6rem}
        #verdict{display:inline-block;padding:.2rem .7rem;border-radius:1rem;font-weight:600}
        #verdict.ok{background:#dff5e3;color:#14632b}#verdict.fail{background:#fde2e1;color:#8c1d18}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e6e8;vertical-align:top}
        th{background:#f5f7f8;position:sticky;top:0}td.error{color:#b42318;font-weight:600}td.warning{color:#9a6700;font-weight:600}
        .filters{display:flex;gap:.5rem;margin:.5rem 0;align-items:center}.filters input{flex:1;padding:.35rem}
        #chart rect{fill:#3e6fb0}#chart .bar{cursor:pointer}svg text{font-size:12px;fill:#1d2125}.note{color:#5b6166}
        code{font-size:.95em}
        """

    private static let script = """
        const rows=[...document.querySelectorAll('#findings tbody tr')];
        const text=document.getElementById('filter'),check=document.getElementById('check'),severity=document.getElementById('severity');
        function apply(){const t=text.value.toLowerCase();let n=0;for(const r of rows){const ok=(!check.value||r.dataset.check===check.value)
        &&(!severity.value||r.dataset.severity===severity.value)&&(!t||r.textContent.toLowerCase().includes(t));r.hidden=!ok;if(ok)n++}
        document.getElementById('shown').textContent=n+' of '+rows.length+' shown'}
        for(const e of [text,check,severity])e.addEventListener('input',apply);
        for(const g of document.querySelectorAll('#chart .bar'))g.addEventListener('click',()=>{check.value=g.dataset.check;apply()});
        apply();
        """
}
