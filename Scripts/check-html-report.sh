#!/usr/bin/env bash
# Renders the HTML report in headless Chromium and checks what the page shows after its
# script ran: the totals, one table row per finding, the filter's count, the chart's bars.
# Keeps a screenshot in docs/html-report.png. Then prints the report and the Art. 30 register
# of every shipped policy to PDF (A4, as a DPO files them) and checks their page counts, and
# keeps a screenshot of the register in docs/ropa.png. Installs Chromium (Debian `chromium`)
# when it is missing.
#
#   Scripts/check-html-report.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
    browser=$(command -v chromium)
fi

swift build --product datamin >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The HubSpot export has findings of several checks; the report must not show its values.
set +e
# A fixed run time (SOURCE_DATE_EPOCH), so that the screenshot changes only when the page does.
SOURCE_DATE_EPOCH=1795910400 .build/debug/datamin validate fixtures/hubspot-contacts.csv --policy policies/hubspot-contacts.yaml --as-of 2026-11-29 \
    --report "html:$work/report.html" --report "json:$work/report.json" >/dev/null 2>&1
status=$?
set -e
[ "$status" = 1 ] || { echo "datamin exited $status, expected 1" >&2; exit 1; }

run_browser() {
    "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars "$@" 2>/dev/null
}
run_browser --dump-dom "file://$work/report.html" > "$work/dom.html"
run_browser --window-size=1280,1600 --screenshot="$root/docs/html-report.png" "file://$work/report.html" >/dev/null

python3 - "$work/dom.html" "$work/report.json" <<'PYTHON'
import json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
report = json.load(open(sys.argv[2], encoding="utf-8"))
stats = report["stats"]
violations = [v for f in report["files"] for v in f["violations"]]
failures = []
def expect(condition, what):
    if not condition:
        failures.append(what)
totals = re.search(r'id="totals"([^>]*)>', dom)
expect(totals is not None, "the totals are on the page")
if totals:
    attributes = dict(re.findall(r'data-(\w+)="(\d+)"', totals.group(1)))
    for key in ("records", "rejected", "errors", "warnings"):
        expect(int(attributes.get(key, -1)) == stats[key], f"totals show {key} = {stats[key]} (page: {attributes.get(key)})")
rows = re.findall(r'<tr data-check="([^"]+)" data-severity="(\w+)"', dom)
expect(len(rows) == len(violations), f"one row per finding ({len(violations)}; page: {len(rows)})")
expect([r[0] for r in rows] == [v["check"] for v in violations], "rows in report order")
shown = re.search(r'id="shown">(\d+) of (\d+) shown<', dom)
expect(shown is not None and shown.group(1) == shown.group(2) == str(len(violations)), "the filter's script ran and counts every row")
bars = dict(re.findall(r'class="bar" data-check="([^"]+)" data-count="(\d+)"', dom))
counts = {}
for v in violations:
    counts[v["check"]] = counts.get(v["check"], 0) + 1
expect({k: int(c) for k, c in bars.items()} == counts, f"one bar per check with its count ({counts}; page: {bars})")
expect("@" not in re.sub(r"<(script|style)>.*?</(script|style)>", "", dom, flags=re.S), "no e-mail address (a value) on the page")
if failures:
    print("HTML report check failed:\n- " + "\n- ".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"HTML report: {len(rows)} findings, {len(bars)} checks in the chart, rendered by Chromium; screenshot in docs/html-report.png")
PYTHON

# Printed as a DPO files them: the report's few findings fit on 2 A4 pages (the table starts on
# a page of its own); the register has one section per policy, each starting a new page.
run_browser --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$work/report.html" >/dev/null
SOURCE_DATE_EPOCH=1795910400 .build/debug/datamin ropa policies/*.yaml --format html > "$work/ropa.html"
run_browser --no-pdf-header-footer --print-to-pdf="$work/ropa.pdf" "file://$work/ropa.html" >/dev/null
run_browser --window-size=1280,1600 --screenshot="$root/docs/ropa.png" "file://$work/ropa.html" >/dev/null
python3 - "$work/report.pdf" "$work/ropa.pdf" "$(ls policies/*.yaml | wc -l)" <<'PYTHON'
import re, sys
def pages(path):
    return len(re.findall(rb"/Type\s*/Page[^s]", open(path, "rb").read()))
report, register, policies = pages(sys.argv[1]), pages(sys.argv[2]), int(sys.argv[3])
failures = []
if not 1 <= report <= 2:
    failures.append(f"the printed report has {report} pages; its findings fit on 2")
if not policies + 1 <= register <= 2 * policies + 2:
    failures.append(f"the printed register has {register} pages for {policies} policies (contents, then one or two pages each)")
if failures:
    print("PDF check failed:\n- " + "\n- ".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"printed to PDF: the report on {report} A4 pages, the register of {policies} policies on {register}; screenshot in docs/ropa.png")
PYTHON
