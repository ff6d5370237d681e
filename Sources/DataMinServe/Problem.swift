#if Serve
    import DataMinCore
    import HTTPTypes
    import Hummingbird

    /// An error answered as an RFC 9457 problem document (`application/problem+json`) with a
    /// stable `code`: what went wrong in words that name positions, policies and purposes,
    /// never a value of the request.
    package struct Problem: Error, Sendable {
        package var status: HTTPResponse.Status
        /// Stable across versions, for programs: `unknown-policy`, `malformed-record`, …
        package var code: String
        package var detail: String
        /// Headers the answer carries besides its type (`Retry-After`, `Allow`).
        package var headers: HTTPFields = [:]

        package init(_ status: HTTPResponse.Status, _ code: String, _ detail: String, headers: HTTPFields = [:]) {
            self.status = status
            self.code = code
            self.detail = detail
            self.headers = headers
        }

        /// The problem as a response.
        package var response: Response {
            var text = "{\n  \"type\": \"urn:datamin:problem:\(code)\",\n  \"title\": "
            JSONText.append(status.reasonPhrase, to: &text)
            text += ",\n  \"status\": \(status.code),\n  \"code\": \"\(code)\",\n  \"detail\": "
            JSONText.append(detail, to: &text)
            text += "\n}\n"
            var fields = headers
            fields[.contentType] = "application/problem+json"
            return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
        }

        /// The problem for any error a request ended with: a ``Problem`` as it is, an error
        /// of the HTTP layer by its status, anything else a `500` that says nothing of it.
        package static func from(_ error: any Error) -> Problem {
            switch error {
            case let problem as Problem: return problem
            case let error as HTTPError:
                switch error.status {
                case .notFound: return Problem(.notFound, "not-found", "no such path; see /openapi.yaml")
                case .contentTooLarge: return Problem(.contentTooLarge, "body-too-large", "the request body is too large")
                default: return Problem(error.status, "http-\(error.status.code)", error.status.reasonPhrase)
                }
            default:
                return Problem(
                    .internalServerError, "internal", "the request could not be answered; the service log names the error's type")
            }
        }
    }
#endif
