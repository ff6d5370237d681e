import DataMinCore

/// The OpenAPI 3.1 description of `datamin serve`, served at `/openapi.yaml`. The served copy
/// lists the loaded policies and their purposes as the values `policy` and `purpose` take;
/// `docs/openapi.yaml` is this document for no policy in particular (a test keeps them equal).
package enum OpenAPIDocument {
    package static func yaml(policies: [PolicyRegistry.Entry]) -> String {
        yaml(names: policies.map(\.name), purposes: Array(Set(policies.flatMap(\.purposes))).sorted())
    }

    package static func yaml(names: [String], purposes: [String]) -> String {
        func values(_ list: [String]) -> String {
            list.isEmpty ? "" : "\n            enum: [\(list.map(JSONText.quoted).joined(separator: ", "))]"
        }
        return """
            openapi: 3.1.0
            info:
              title: datamin serve
              version: "1"
              description: >-
                GDPR data-minimisation checks before insert: one JSON record, or a JSON Lines or
                CSV batch, checked against a loaded policy. Errors are RFC 9457 problem documents;
                no response or log line repeats a value unless it is a finding's own field.
            components:
              securitySchemes:
                bearer:
                  type: http
                  scheme: bearer
                  description: Required when the service was started with --token-file.
              responses:
                Problem:
                  description: An RFC 9457 problem document with a stable code.
                  content:
                    application/problem+json:
                      schema: { $ref: "#/components/schemas/Problem" }
              schemas:
                Problem:
                  type: object
                  required: [type, title, status, code, detail]
                  properties:
                    type: { type: string }
                    title: { type: string }
                    status: { type: integer }
                    code: { type: string }
                    detail: { type: string }
                Finding:
                  type: object
                  required: [check, severity, article, message, record, key, line, column, field, purpose]
                  properties:
                    check: { type: string }
                    severity: { type: string, enum: [error, warning] }
                    article: { type: [string, "null"] }
                    message: { type: string }
                    record: { type: [integer, "null"] }
                    key: { type: [string, "null"] }
                    line: { type: [integer, "null"] }
                    column: { type: [integer, "null"] }
                    field: { type: [string, "null"] }
                    purpose: { type: [string, "null"] }
                RecordResult:
                  type: object
                  required: [valid, findings]
                  properties:
                    valid: { type: boolean }
                    findings: { type: array, items: { $ref: "#/components/schemas/Finding" } }
                    minimised:
                      type: object
                      description: The record as admit() returns it; absent when the record is rejected.
                Report:
                  type: object
                  description: The JSON report of `datamin validate --format json` (docs/report-formats.md).
                  required: [version, valid, asOf, stats, files, failures]
            security:
              - {}
              - bearer: []
            paths:
              /v1/validate:
                post:
                  summary: Check one record (application/json) or a batch (application/x-ndjson, text/csv).
                  description: >-
                    A batch may name its encoding in the Content-Type, as in `text/csv; charset=windows-1252`:
                    utf-8 (the default), windows-1252, iso-8859-1 or iso-8859-15. Another charset is 415.
                  parameters:
                    - name: policy
                      in: query
                      required: \(names.count > 1)
                      description: The policy's name; optional when the service has one.
                      schema:
                        type: string\(values(names))
                    - name: purpose
                      in: query
                      required: false
                      description: The purpose of records that name none.
                      schema:
                        type: string\(values(purposes))
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: { type: object }
                      # Any bytes: a batch's broken rows are findings of its report, not errors.
                      application/x-ndjson: {}
                      text/csv: {}
                  responses:
                    "200":
                      description: The record's findings and minimised form, or the batch's report.
                      content:
                        application/json:
                          schema:
                            oneOf:
                              - $ref: "#/components/schemas/RecordResult"
                              - $ref: "#/components/schemas/Report"
                    "400": { $ref: "#/components/responses/Problem" }
                    "401": { $ref: "#/components/responses/Problem" }
                    "404": { $ref: "#/components/responses/Problem" }
                    "413": { $ref: "#/components/responses/Problem" }
                    "415": { $ref: "#/components/responses/Problem" }
                    "422": { $ref: "#/components/responses/Problem" }
                    "503": { $ref: "#/components/responses/Problem" }
              /v1/policies:
                get:
                  summary: The policies this service answers for.
                  responses:
                    "200":
                      description: Each policy's name, purposes and SHA-256.
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [policies]
                            properties:
                              policies:
                                type: array
                                items:
                                  type: object
                                  required: [name, sha256, purposes]
                                  properties:
                                    name: { type: string }
                                    sha256: { type: string }
                                    purposes: { type: array, items: { type: string } }
                    "401": { $ref: "#/components/responses/Problem" }
                    "503": { $ref: "#/components/responses/Problem" }
              /healthz:
                get:
                  summary: Whether the service answers; needs no token.
                  security: []
                  responses:
                    "200":
                      description: ok
                      content:
                        text/plain:
                          schema: { type: string }
                    "503": { $ref: "#/components/responses/Problem" }
              /metrics:
                get:
                  summary: Requests, findings per check and latency, in Prometheus' text format.
                  responses:
                    "200":
                      description: Prometheus text exposition format.
                      content:
                        text/plain:
                          schema: { type: string }
                    "401": { $ref: "#/components/responses/Problem" }
                    "503": { $ref: "#/components/responses/Problem" }
              /openapi.yaml:
                get:
                  summary: This document.
                  responses:
                    "200":
                      description: OpenAPI 3.1.
                      content:
                        application/yaml:
                          schema: { type: string }
                    "401": { $ref: "#/components/responses/Problem" }
                    "503": { $ref: "#/components/responses/Problem" }

            """
    }
}
