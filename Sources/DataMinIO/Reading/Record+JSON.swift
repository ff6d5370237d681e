@_spi(Readers) import DataMinCore
import FoundationEssentials

/// Why bytes or a value could not become a record: where the JSON broke, never its text.
public struct RecordDecodingError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension Record {
    /// The record of one JSON object, read by the parser and limits that read JSON files:
    /// keys in document order, numbers as written, nested objects as `.object` (addressed by
    /// dotted paths, as in files). A key repeated in one object is kept each time, so that
    /// `validate` reports `duplicate-field` and `admit` refuses it, as for a file.
    ///
    /// - Throws: ``RecordDecodingError`` for bytes that are not one JSON object, or that
    ///   pass ``Limits/maxRecordBytes``.
    public init(json bytes: some Collection<UInt8>) throws(RecordDecodingError) {
        guard bytes.count <= Limits.maxRecordBytes else {
            throw RecordDecodingError(message: "the record has more than \(Limits.maxRecordBytes) bytes")
        }
        var builder = RecordBuilder()
        builder.keepsRepeats = true
        let result = Array(bytes).withUTF8Bytes { JSONParser.parse($0, into: &builder) }
        switch result {
        case .failure(let failure):
            throw RecordDecodingError(message: "not valid JSON: \(failure.message)")
        case .success(let parsed):
            // A file run reports such a record as `encoding-error`; here there is no record to report it on.
            guard parsed.invalidUTF8 == nil else { throw RecordDecodingError(message: "the JSON is not valid UTF-8") }
            guard case .object(let record) = parsed.value else {
                throw RecordDecodingError(message: "the JSON value is not an object")
            }
            self = record
        }
    }

    /// The record of an `Encodable` value, encoded as JSON (`JSONEncoder` with its default
    /// strategies: dates as seconds since 2001, so give dates as strings in the policy's
    /// format, or set `encoder.dateEncodingStrategy = .iso8601` and declare ISO 8601).
    public init(encoding value: some Encodable, encoder: JSONEncoder = JSONEncoder()) throws(RecordDecodingError) {
        let data: Data
        do { data = try encoder.encode(value) } catch { throw RecordDecodingError(message: "cannot encode the value as JSON") }
        try self.init(json: data)
    }

    /// The record decoded as `type` (the minimised record back into the app's own type).
    public func decode<T: Decodable>(as type: T.Type, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        try decoder.decode(type, from: try JSONEncoder().encode(self))
    }
}
