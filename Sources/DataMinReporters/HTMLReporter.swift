import DataMinCore

/// One self-contained HTML page (no external assets) a DPO can file as evidence: the
/// verdict, what was checked against what and when (datamin's version, the policies with
/// their SHA-256, the as-of date, the start time, each input's size), inputs that could not
/// be read, counts per file, each check found with its plain summary and what to do, a bar
/// chart on a log scale, and a table of findings that can be filtered and sorted. Printed,
/// the controls disappear and the page fits A4. Values appear only with `--show-values`.
public struct HTMLReporter: Reporter {
    /// Findings listed in the table, every error before any warning; the counts above it
    /// are always complete.
    public static let maxRows = 10_000

    public init() {}

    public func write<Violations: Sequence<ReportedViolation>>(
        _ report: ValidationReport, violations: Violations, context: ReportContext,
        to output: (String) -> Void
    ) {
        let verdict =
            !report.failures.isEmpty
            ? "Not every input could be validated"
            : report.isValid ? "No errors" : Counting.count(report.errors, "error")
        let policies = report.provenance.policies.map(\.name)
        let title = "datamin: \(policies.isEmpty ? "report" : policies.joined(separator: ", ")) \u{2013} \(verdict)"
        output(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(MarkupText.escaped(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>datamin report</h1>
            <p id="verdict" class="\(report.isValid ? "ok" : "fail")">\(MarkupText.escaped(verdict))</p>
            <p id="totals" data-files="\(report.files.count)" data-records="\(report.records)" data-rejected="\(report.rejected)" \
            data-errors="\(report.errors)" data-warnings="\(report.warnings)">As of \(report.asOf): \(Counting.count(report.files.count, "file")), \
            \(Counting.count(report.records, "record")), \(Counting.grouped(report.rejected)) rejected, \(Counting.count(report.errors, "error")), \
            \(Counting.count(report.warnings, "warning")).</p>
            \(Self.provenance(report))
            </header>

            """)
        if report.truncated {
            output(
                "<p class=\"note\">\(Counting.count(report.omitted, "finding")) counted but not listed (<code>--max-violations</code>)\(Counting.omittedPerCheck(report.omittedByCheck)).</p>\n"
            )
        }
        if let baseline = report.baseline {
            output(
                "<p class=\"note\" id=\"baseline\">\(Counting.count(baseline.matched, "finding")) held back by the baseline <code>\(MarkupText.escaped(baseline.path))</code>; \(Counting.count(baseline.stale, "entry", "entries")) no longer found.</p>\n"
            )
        }
        if !report.failures.isEmpty {
            output("<section id=\"failures\"><h2>Not validated</h2><ul>\n")
            for failure in report.failures {
                output("<li><code>\(MarkupText.escaped(failure.path))</code>: \(MarkupText.escaped(failure.message))</li>\n")
            }
            output("</ul></section>\n")
        }
        output(
            "<section class=\"file-counts\"><h2>Files</h2><table id=\"files\"><thead><tr><th>file</th><th>bytes</th><th>records</th><th>rejected</th><th>errors</th><th>warnings</th></tr></thead><tbody>\n"
        )
        for file in report.files {
            let hash = file.sha256.map { "<br><span class=\"hash\">SHA-256 \($0)</span>" } ?? ""
            output(
                "<tr><td><code>\(MarkupText.escaped(file.path))</code>\(hash)</td><td class=\"n\">\(file.bytes.map(Counting.grouped) ?? "")</td><td class=\"n\">\(Counting.grouped(file.records))</td><td class=\"n\">\(Counting.grouped(file.rejected))</td><td class=\"n\">\(Counting.grouped(file.errors))</td><td class=\"n\">\(Counting.grouped(file.warnings))</td></tr>\n"
            )
        }
        output("</tbody></table></section>\n")
        output(Self.checksFound(report))
        output(Self.chart(report))
        let valueColumn = context.showsValues ? "<th>value</th>" : ""
        output(
            """
            <section class="findings"><h2>Findings</h2>
            <div class="filters"><input id="filter" type="search" placeholder="Filter by text" aria-label="Filter by text">
            <select id="check" aria-label="Check"><option value="">every check</option>\
            \(report.countsByCheck.keys.sorted().map { "<option>\($0.rawValue)</option>" }.joined())</select>
            <select id="severity" aria-label="Severity"><option value="">every severity</option><option>error</option><option>warning</option></select>
            <span id="shown"></span></div>
            <table id="findings"><thead><tr><th>file</th><th>line</th><th>column</th><th>record</th><th>severity</th><th>check</th><th>field</th>\
            <th>message</th><th>article</th>\(valueColumn)</tr></thead><tbody>

            """)
        var capped = CappedList(cap: Self.maxRows, report: report)
        for item in violations {
            let violation = item.violation
            guard capped.admits(violation) else { continue }
            var row = "<tr data-check=\"\(violation.check.rawValue)\" data-severity=\"\(violation.severity.rawValue)\">"
            row +=
                "<td><code>\(MarkupText.escaped(report.files[item.file].path))</code></td><td class=\"n\">\(violation.location.line.map(String.init) ?? "")</td>"
            row += "<td class=\"n\">\(violation.location.column.map(String.init) ?? "")</td>"
            row += "<td>\(MarkupText.escaped(violation.key ?? violation.location.record.map { "#\($0)" } ?? ""))</td>"
            row += "<td class=\"\(violation.severity.rawValue)\">\(violation.severity.rawValue)</td>"
            row +=
                "<td>\(violation.check.rawValue)</td><td>\(MarkupText.escaped(violation.field ?? ""))</td><td>\(MarkupText.escaped(violation.message))</td>"
            row += "<td>\(MarkupText.escaped(violation.article ?? ""))</td>"
            if context.showsValues { row += "<td>\(MarkupText.escaped(violation.value ?? ""))</td>" }
            output(row + "</tr>\n")
        }
        output("</tbody></table>\n")
        if capped.leftOutCount > 0 {
            output(
                "<p class=\"note\" id=\"unlisted\">\(Counting.count(capped.leftOutCount, "more finding")) counted above but not listed here, every error before any warning (\(capped.leftOutText)); the JSON report lists them all.</p>\n"
            )
        }
        output("</section>\n<script>\(Self.script)</script>\n</body>\n</html>\n")
    }

    /// What was checked against what, and when (SPEC §11.3).
    private static func provenance(_ report: ValidationReport) -> String {
        var items = ["<dt>datamin</dt><dd>\(MarkupText.escaped(report.provenance.version))</dd>"]
        for policy in report.provenance.policies {
            items.append(
                "<dt>policy</dt><dd><strong>\(MarkupText.escaped(policy.name))</strong> <code>\(MarkupText.escaped(policy.path))</code> "
                    + "<span class=\"hash\">SHA-256 \(MarkupText.escaped(policy.sha256))</span></dd>")
        }
        items.append("<dt>as of</dt><dd>\(report.asOf)</dd>")
        if let started = report.provenance.startedAtText {
            items.append("<dt>run</dt><dd>\(started), \(DecimalText.fixed(report.seconds, decimals: 2)) s</dd>")
        }
        return "<dl id=\"provenance\">" + items.joined() + "</dl>"
    }

    /// Each check the run found, most findings first: its plain summary, the article and
    /// what to do, from the check's own description.
    private static func checksFound(_ report: ValidationReport) -> String {
        let found = report.countsByCheck.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard !found.isEmpty else { return "" }
        let info = Dictionary(uniqueKeysWithValues: CheckInfo.all.map { ($0.id, $0) })
        var html = "<section id=\"checks-found\"><h2>What was found</h2>\n"
        for (check, count) in found {
            guard let check = info[check] else { continue }
            html += "<div class=\"check\" data-check=\"\(check.id.rawValue)\"><h3>\(MarkupText.escaped(check.summary)) "
            html += "<span class=\"count\">\(Counting.count(count, "finding"))</span></h3>"
            html += "<p><code>\(check.id.rawValue)</code>\(check.article.map { " \u{2013} GDPR \(MarkupText.escaped($0))" } ?? "")</p>"
            html += "<p><strong>What to do:</strong> \(MarkupText.escaped(check.remedy))</p></div>\n"
        }
        return html + "</section>\n"
    }

    /// Horizontal bars, one per check, as inline SVG, on a log scale: one large check must
    /// not turn the others into slivers.
    private static func chart(_ report: ValidationReport) -> String {
        let rows = report.countsByCheck.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let largest = rows.first?.value else { return "<section><h2>Findings per check</h2><p>None.</p></section>\n" }
        let barHeight = 22
        let labelWidth = 260
        let barWidth = 420
        var svg = "<section class=\"chart\"><h2>Findings per check <span class=\"note\">(log scale)</span></h2>"
        svg += "<svg id=\"chart\" role=\"img\" aria-label=\"Findings per check, log scale\" "
        svg +=
            "width=\"\(labelWidth + barWidth + 80)\" height=\(rows.count * barHeight + 4) viewBox=\"0 0 \(labelWidth + barWidth + 80) \(rows.count * barHeight + 4)\">\n"
        let scale = Self.log2(Double(largest) + 1)
        for (index, (check, count)) in rows.enumerated() {
            let y = index * barHeight + 2
            let width = max(2, Int((Self.log2(Double(count) + 1) / scale * Double(barWidth)).rounded()))
            svg +=
                "<g class=\"bar\" data-check=\"\(check.rawValue)\" data-count=\"\(count)\"><text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(check.rawValue)</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(barHeight - 6)\"></rect>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(Counting.grouped(count))</text></g>\n"
        }
        return svg + "</svg></section>\n"
    }

    /// log₂ of `value` (at least 1), to within 1% of a bar: the exponent plus a quadratic fit
    /// of the significand's log, which keeps this module free of the C math library.
    static func log2(_ value: Double) -> Double {
        let fraction = value.significand - 1
        return Double(value.exponent) + fraction * (1.3465 - 0.3465 * fraction)
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
        code{font-size:.95em}td.n{text-align:right;font-variant-numeric:tabular-nums}
        #provenance{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.8rem 0;color:#3a4045}
        #provenance dt{font-weight:600}#provenance dd{margin:0}.hash{color:#5b6166;font-size:.85em;word-break:break-all}
        .check{border-left:3px solid #3e6fb0;padding:.1rem .8rem;margin:.6rem 0}.check h3{font-size:1rem;margin:.2rem 0}
        .check p{margin:.2rem 0}.count{font-weight:400;color:#5b6166}
        th.sortable{cursor:pointer}th.sortable:after{content:" \\2195";color:#9aa1a7}
        @page{size:A4;margin:14mm}
        @media print{body{margin:0;font-size:10pt}.filters,#shown,th.sortable:after{display:none}th{position:static}
        tr,.check{break-inside:avoid}section.findings{break-before:page}#chart .bar{cursor:auto}}
        """

    private static let script = """
        const rows=[...document.querySelectorAll('#findings tbody tr')];
        const text=document.getElementById('filter'),check=document.getElementById('check'),severity=document.getElementById('severity');
        function apply(){const t=text.value.toLowerCase();let n=0;for(const r of rows){const ok=(!check.value||r.dataset.check===check.value)
        &&(!severity.value||r.dataset.severity===severity.value)&&(!t||r.textContent.toLowerCase().includes(t));r.hidden=!ok;if(ok)n++}
        document.getElementById('shown').textContent=n+' of '+rows.length+' shown'}
        for(const e of [text,check,severity])e.addEventListener('input',apply);
        for(const g of document.querySelectorAll('#chart .bar'))g.addEventListener('click',()=>{check.value=g.dataset.check;apply()});
        const body=document.querySelector('#findings tbody');
        document.querySelectorAll('#findings th').forEach((th,i)=>{th.classList.add('sortable');let up=true;th.addEventListener('click',()=>{
        const key=r=>r.children[i].textContent,num=rows.every(r=>key(r)===''||!isNaN(key(r)));
        rows.sort((a,b)=>{const x=key(a),y=key(b);const c=num?(Number(x)-Number(y)):x.localeCompare(y);return up?c:-c});up=!up;
        for(const r of rows)body.appendChild(r)})});
        apply();
        """
}
