#!/usr/bin/env python3
"""`datamin serve` through real HTTP, with Python's standard library only: the same findings
as `datamin validate --format json` for every shipped export (batches and single records),
body limits, the bearer token, problem documents that quote no value, metrics, reload on
SIGHUP (a bad policy keeps the old ones) and graceful shutdown on SIGTERM.

    python3 Scripts/serve/test_service.py --datamin .build/serve/debug/datamin
"""
import argparse
import collections
import glob
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
AS_OF = "2026-12-01"
# Each shipped export with its policy: the service must answer as `validate` does.
EXPORTS = [
    ("fixtures/hubspot-contacts.csv", "policies/hubspot-contacts.yaml", "text/csv"),
    ("fixtures/salesforce-leads.csv", "policies/salesforce-leads.yaml", "text/csv"),
    ("fixtures/call-notes.csv", "policies/call-log.yaml", "text/csv"),
    ("fixtures/leads-trade-show.csv", "policies/sales-contacts.yaml", "text/csv"),
    ("fixtures/freshsales-contacts.jsonl", "policies/freshsales-contacts.yaml", "application/x-ndjson"),
    ("fixtures/newsletter-signups.jsonl", "policies/newsletters.yaml", "application/x-ndjson"),
]
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL {what}")


class Server:
    """One `datamin serve` process on a free loopback port; its log lines are collected."""

    def __init__(self, datamin, args, env=None):
        self.log = []
        self.process = subprocess.Popen([datamin, "serve", "--listen", "127.0.0.1:0", *args], cwd=ROOT,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, **(env or {})})
        self.port = None
        ready = threading.Event()

        def read():
            for line in self.process.stderr:
                self.log.append(line.rstrip("\n"))
                match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
                if match:
                    self.port = int(match.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        ready.wait(60)
        if self.port is None:
            raise SystemExit(f"datamin serve did not start: {self.log}")

    def call(self, method, path, body=None, content_type=None, token=None):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(30)


def slow_upload(port, path, content_type, parts, pause, before_last=None):
    """POSTs `parts` as a chunked body, `pause` seconds apart, calling `before_last` before
    the last part; returns (status, headers, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.putrequest("POST", path)
    connection.putheader("Content-Type", content_type)
    connection.putheader("Transfer-Encoding", "chunked")
    connection.endheaders()
    for index, part in enumerate(parts):
        if index == len(parts) - 1 and before_last:
            before_last()
        try:
            connection.send(b"%x\r\n%s\r\n" % (len(part), part))
        except OSError:
            break
        time.sleep(pause)
    try:
        connection.send(b"0\r\n\r\n")
    except OSError:
        pass
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def cli_report(datamin, data, policy):
    result = subprocess.run([datamin, "validate", data, "--policy", policy, "--as-of", AS_OF, "--format", "json"],
                            cwd=ROOT, capture_output=True, text=True)
    return json.loads(result.stdout)


def findings(report):
    return collections.Counter((v["record"], v["line"], v["check"], v["field"], v["purpose"], v["message"])
                               for f in report["files"] for v in f["violations"])


def findings_metric(server):
    """The service's datamin_findings_total counters, by check."""
    text = server.call("GET", "/metrics")[2].decode()
    return collections.Counter({m.group(1): int(m.group(2))
                                for m in re.finditer(r'^datamin_findings_total\{check="([^"]+)"\} (\d+)$', text, re.M)})


def test_equivalence(datamin):
    policies = sorted({policy for _, policy, _ in EXPORTS})
    server = Server(datamin, [arg for p in policies for arg in ("--policy", p)] + ["--as-of", AS_OF])
    try:
        names = {p["name"]: p for p in json.loads(server.call("GET", "/v1/policies")[2])["policies"]}
        check(len(names) == len(policies), f"/v1/policies lists {len(names)} policies of {len(policies)}")
        compared = 0
        for data, policy, content_type in EXPORTS:
            name = re.search(r"^name:\s*(\S+)", open(os.path.join(ROOT, policy), encoding="utf-8").read(), re.M).group(1)
            expected = cli_report(datamin, data, policy)
            with open(os.path.join(ROOT, data), "rb") as source:
                body = source.read()
            counted = findings_metric(server)
            status, headers, answer = server.call("POST", f"/v1/validate?policy={name}", body, content_type)
            check(status == 200, f"{data}: batch answered {status}: {answer[:300]!r}")
            if status != 200:
                continue
            report = json.loads(answer)
            added = findings_metric(server) - counted
            listed = collections.Counter(v["check"] for f in report["files"] for v in f["violations"])
            check(added == listed, f"{data}: /metrics counted {dict(added)} for a batch that lists {dict(listed)}")
            check(findings(report) == findings(expected), f"{data}: batch findings differ from validate --format json")
            check(report["stats"] == expected["stats"], f"{data}: stats {report['stats']} != {expected['stats']}")
            compared += sum(findings(expected).values())
            if content_type != "application/x-ndjson":
                continue
            # One record at a time: the library's findings for that record, duplicate-subject
            # aside (it needs the other records of the file).
            by_record = collections.defaultdict(collections.Counter)
            for v in expected["files"][0]["violations"]:
                if v["check"] != "duplicate-subject":
                    by_record[v["line"]][(v["check"], v["field"], v["purpose"], v["message"])] += 1
            for number, line in enumerate(body.decode("utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                status, _, answer = server.call("POST", f"/v1/validate?policy={name}", line.encode(), "application/json")
                if status == 400:
                    check(any(v["line"] == number and v["check"] in ("malformed-record", "encoding-error")
                              for v in expected["files"][0]["violations"]), f"{data}:{number}: 400 for a record validate reads")
                    continue
                result = json.loads(answer)
                got = collections.Counter((v["check"], v["field"], v["purpose"], v["message"]) for v in result["findings"]
                                          if v["check"] != "duplicate-subject")
                check(got == by_record[number], f"{data}:{number}: single-record findings {sorted(got)} != {sorted(by_record[number])}")
                errors = any(v["severity"] == "error" for v in result["findings"])
                check(result["valid"] == (not errors) and (("minimised" in result) == result["valid"]),
                      f"{data}:{number}: valid/minimised disagree with the findings")
        print(f"equivalence: {compared} findings of {len(EXPORTS)} exports identical to validate --format json")

        # A batch in windows-1252 that says so is read as validate --encoding windows-1252 reads
        # it; one that does not is told which charset to send; a charset datamin lacks is 415.
        expected = cli_report(datamin, "fixtures/hubspot-contacts.csv", "policies/hubspot-contacts.yaml")
        with open(os.path.join(ROOT, "fixtures/hubspot-contacts.csv"), encoding="utf-8") as source:
            legacy = source.read().encode("cp1252")
        name = re.search(r"^name:\s*(\S+)", open(os.path.join(ROOT, "policies/hubspot-contacts.yaml"), encoding="utf-8").read(), re.M).group(1)
        status, _, answer = server.call("POST", f"/v1/validate?policy={name}", legacy, "text/csv; charset=windows-1252")
        check(status == 200 and findings(json.loads(answer)) == findings(expected), f"charset=windows-1252 batch: {status} {answer[:300]!r}")
        status, _, answer = server.call("POST", f"/v1/validate?policy={name}", legacy, "text/csv")
        advice = "send it as 'Content-Type: text/csv; charset="
        check(status == 200 and advice.encode() in answer and b"--encoding" not in answer, f"undeclared windows-1252 batch: {answer[:600]!r}")
        status, _, answer = server.call("POST", f"/v1/validate?policy={name}", legacy, 'text/csv; charset="KOI8-R"')
        check(status == 415 and json.loads(answer)["code"] == "unsupported-charset", f"charset=KOI8-R answered {status} {answer!r}")
        status, _, answer = server.call("POST", "/v1/validate?policy=newsletters", b"{}", "application/json; charset=windows-1252")
        check(status == 415 and json.loads(answer)["code"] == "unsupported-charset", f"a windows-1252 JSON record answered {status}")

        # A repeated key: only the first is validated, one record at a time as in a batch.
        line = b'{"id":"N-9","email":"n9@example.com","purpose":"newsletter-product-a","source":"web_form","language":"en","language":"xx"}'
        status, _, answer = server.call("POST", "/v1/validate?policy=newsletters", line, "application/json")
        single = collections.Counter((v["check"], v["field"]) for v in json.loads(answer)["findings"])
        status, _, answer = server.call("POST", "/v1/validate?policy=newsletters", line + b"\n", "application/x-ndjson")
        batched = collections.Counter((v["check"], v["field"]) for f in json.loads(answer)["files"] for v in f["violations"])
        check(single == batched and ("duplicate-field", "language") in single and ("invalid-value", "language") not in single,
              f"a repeated key: one record {sorted(single)}, a batch {sorted(batched)}")

        # Problems: stable codes, did-you-mean, no value quoted.
        status, headers, answer = server.call("POST", "/v1/validate?policy=newsleters", b"{}", "application/json")
        problem = json.loads(answer)
        check(status == 404 and problem["code"] == "unknown-policy" and "did you mean 'newsletters'" in problem["detail"],
              f"unknown policy: {status} {problem}")
        check(headers.get("Content-Type") == "application/problem+json", f"problem content type: {headers.get('Content-Type')}")
        status, _, answer = server.call("POST", "/v1/validate?policy=newsletters&purpose=newsletter-prodcut-a", b"{}", "application/json")
        check(status == 404 and "did you mean 'newsletter-product-a'" in json.loads(answer)["detail"], f"unknown purpose: {status} {answer!r}")
        secret = b'{"email": "very-secret@example.com", "name": '
        status, _, answer = server.call("POST", "/v1/validate?policy=newsletters", secret, "application/json")
        check(status == 400 and json.loads(answer)["code"] == "malformed-record" and b"very-secret" not in answer,
              f"malformed record: {status} {answer!r}")
        status, _, answer = server.call("POST", "/v1/validate?policy=newsletters", b"x", "application/xml")
        check(status == 415, f"unsupported media type answered {status}")
        status, _, _ = server.call("POST", "/v1/validate", b"{}", "application/json")
        check(status == 400, f"no policy named with several loaded answered {status}")
        status, _, answer = server.call("POST", "/v1/validate?policy=newsletters&policy=sales-contacts", b"{}", "application/json")
        check(status == 400 and json.loads(answer)["code"] == "repeated-parameter", f"a repeated policy answered {status} {answer!r}")
        status, headers, _ = server.call("GET", "/v1/validate")
        check(status == 405 and headers.get("Allow") == "POST", f"GET /v1/validate answered {status}")
        status, _, answer = server.call("GET", "/metrics")
        check(status == 200 and b"datamin_requests_total{route=\"/v1/validate\",status=\"200\"}" in answer
              and b"datamin_findings_total{check=" in answer and b"datamin_request_seconds_bucket" in answer, "metrics")
        status, _, answer = server.call("GET", "/openapi.yaml")
        check(status == 200 and answer.startswith(b"openapi: 3.1.0") and b"newsletters" in answer, "openapi.yaml")
        # HEAD answers as GET does, with its length and no body (RFC 9110 §9.3.2).
        status, headers, answer = server.call("HEAD", "/openapi.yaml")
        _, get_headers, document = server.call("GET", "/openapi.yaml")
        check(status == 200 and answer == b"" and headers.get("Content-Type") == "application/yaml"
              and headers.get("Content-Length") == str(len(document)) == get_headers.get("Content-Length"),
              f"HEAD /openapi.yaml answered {status} {headers}")
        status, headers, _ = server.call("HEAD", "/v1/validate")
        check(status == 405 and headers.get("Allow") == "POST", f"HEAD /v1/validate answered {status}")
        status, headers, _ = server.call("DELETE", "/healthz")
        check(status == 405 and headers.get("Allow") == "GET, HEAD", f"DELETE /healthz answered {status} {headers.get('Allow')}")
    finally:
        check(server.stop() == 0, "datamin serve did not exit 0 on SIGTERM")
    # No value of any export reached the log: its lines name methods, paths, statuses and sizes.
    values = set()
    for data, _, _ in EXPORTS:
        values |= set(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", open(os.path.join(ROOT, data), encoding="utf-8", errors="replace").read()))
    leaked = [line for line in server.log if any(value in line for value in values) or "very-secret" in line]
    check(not leaked, f"log lines with values: {leaked[:3]}")
    check(any(re.match(r"datamin serve: POST /v1/validate 200 \S+( B)? [\d.]+ ms$", line) for line in server.log), "access log line")


def test_limits_and_token(datamin, work):
    token = "t0ken-" + "x" * 24
    token_file = os.path.join(work, "token")
    with open(token_file, "w") as out:
        out.write(token + "\n")
    server = Server(datamin, ["--policy", "policies/newsletters.yaml", "--token-file", token_file,
                              "--max-record-bytes", "64", "--max-batch-bytes", "2000"])
    try:
        check(server.call("GET", "/healthz")[0] == 200, "/healthz needs no token")
        status, headers, _ = server.call("GET", "/v1/policies")
        check(status == 401 and "Bearer" in headers.get("WWW-Authenticate", ""), f"no token answered {status}")
        check(server.call("GET", "/v1/policies", token="wrong-" + "x" * 24)[0] == 401, "a wrong token is refused")
        check(server.call("GET", "/v1/policies", token=token)[0] == 200, "the token is accepted")
        record = json.dumps({"email": "a@example.com", "notes": "x" * 100}).encode()
        status, _, answer = server.call("POST", "/v1/validate", record, "application/json", token=token)
        check(status == 413 and json.loads(answer)["code"] == "body-too-large", f"record over the limit answered {status}")
        batch = b'{"email": "a@example.com"}\n' * 200
        status, _, _ = server.call("POST", "/v1/validate", batch, "application/x-ndjson", token=token)
        check(status == 413, f"batch over the limit answered {status}")
    finally:
        server.stop()
    # One request in flight at most: a second one is told to come back; a body that takes
    # longer than the time limit to arrive is answered 503 `timeout`; neither leaves a file.
    before = set(glob.glob(os.path.join(tempfile.gettempdir(), "datamin-serve-*")))
    server = Server(datamin, ["--policy", "policies/newsletters.yaml", "--max-concurrent", "1", "--request-timeout", "2"])
    try:
        line = b'{"email": "a@example.com"}\n'
        seen = {}

        def second():
            seen["answer"] = server.call("POST", "/v1/validate", line, "application/x-ndjson")
            seen["health"] = server.call("GET", "/healthz")[0]

        status, headers, answer = slow_upload(server.port, "/v1/validate", "application/x-ndjson", [line] * 3, 0.4,
                                              before_last=second)
        check(status == 200, f"the slow upload under the limit answered {status}")
        overloaded = seen.get("answer", (None, {}, b"{}"))
        check(overloaded[0] == 503 and overloaded[1].get("Retry-After") == "1"
              and json.loads(overloaded[2])["code"] == "overloaded", f"a request over --max-concurrent: {overloaded[0]}")
        check(seen.get("health") == 200, "/healthz answers while the service is full")
        status, _, answer = slow_upload(server.port, "/v1/validate", "application/x-ndjson", [line] * 8, 0.5)
        check(status == 503 and json.loads(answer)["code"] == "timeout", f"a body slower than --request-timeout: {status}")
        status, _, answer = server.call("POST", "/v1/validate", line * 3, "application/x-ndjson")
        check(status == 200, f"the service answers after a timeout: {status}")
    finally:
        server.stop()
    left = set(glob.glob(os.path.join(tempfile.gettempdir(), "datamin-serve-*"))) - before
    check(not left, f"temporary folders left behind: {sorted(left)}")

    refused = subprocess.run([datamin, "serve", "--policy", "policies/newsletters.yaml", "--listen", "0.0.0.0:0"],
                             cwd=ROOT, capture_output=True, text=True, timeout=30)
    check(refused.returncode == 2 and "only with a token" in refused.stderr, f"non-loopback without a token: {refused.stderr}")


def test_reload_and_shutdown(datamin, work):
    policy = os.path.join(work, "reloaded.yaml")
    shutil.copy(os.path.join(ROOT, "policies/newsletters.yaml"), policy)
    shutil.copy(os.path.join(ROOT, "policies/erased-subjects.txt"), os.path.join(work, "erased-subjects.txt"))
    server = Server(datamin, ["--policy", policy])
    try:
        before = json.loads(server.call("GET", "/v1/policies")[2])["policies"][0]["sha256"]
        with open(policy, "a", encoding="utf-8") as out:
            out.write("\n# edited\n")
        server.process.send_signal(signal.SIGHUP)
        time.sleep(1.5)
        after = json.loads(server.call("GET", "/v1/policies")[2])["policies"][0]["sha256"]
        check(after != before and any("policies reloaded" in line for line in server.log), "SIGHUP reloads the policy")
        with open(policy, "a", encoding="utf-8") as out:
            out.write("fields: [this is not a policy\n")
        server.process.send_signal(signal.SIGHUP)
        time.sleep(1.5)
        kept = json.loads(server.call("GET", "/v1/policies")[2])["policies"][0]["sha256"]
        check(kept == after and any("reload failed" in line for line in server.log), "a bad policy keeps the old one")

        # A batch still arriving when SIGTERM comes is received, checked and answered before
        # the process exits: SIGTERM is sent before the body's last part.
        part = open(os.path.join(ROOT, "fixtures/newsletter-signups.jsonl"), "rb").read()
        status, _, answer = slow_upload(server.port, "/v1/validate", "application/x-ndjson", [part] * 4, 0.3,
                                        before_last=lambda: server.process.send_signal(signal.SIGTERM))
        report = json.loads(answer) if status == 200 else {}
        check(status == 200 and report.get("stats", {}).get("files") == 1,
              f"the request in flight at SIGTERM was answered {status}; log: {server.log[-5:]}")
        check(server.process.wait(30) == 0, "datamin serve exits 0 after SIGTERM")
    finally:
        if server.process.poll() is None:
            server.process.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--datamin", required=True)
    args = parser.parse_args()
    datamin = os.path.abspath(args.datamin)
    work = tempfile.mkdtemp(prefix="datamin-serve-test-")
    try:
        test_equivalence(datamin)
        test_limits_and_token(datamin, work)
        test_reload_and_shutdown(datamin, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failures")
        sys.exit(1)
    print("datamin serve: every check passed")


if __name__ == "__main__":
    main()
