import DataMinCore

/// Turns the bytes of one JSON value into a ``ReadRecord`` with its structural problems.
enum JSONRecordBuilder {
    /// - Parameter encoding: the file's encoding, for the wording of an `encoding-error`.
    static func record(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, line: Int, encoding: InputEncoding) -> ReadRecord {
        switch JSONParser.parse(bytes) {
        case .failure(let failure):
            return malformed("record is not valid JSON: \(failure.message)", bytes, number: number, line: line)
        case .success(let parsed):
            guard case .object(let record) = parsed.value else {
                return malformed("record is \(parsed.value.kindName), not a JSON object", bytes, number: number, line: line)
            }
            var problems: [ReadProblem] = parsed.duplicateKeys.map {
                ReadProblem(
                    check: .duplicateField,
                    message: "\(FieldNameText.described($0)) occurs twice in the object; only the first is validated",
                    field: FieldNameText.showable($0))
            }
            if let guess = parsed.invalidUTF8 {
                problems.append(
                    ReadProblem(
                        check: .encodingError, message: "record \(encoding.badRecordPhrase)",
                        encodingGuess: encoding == .utf8 ? guess : nil))
            }
            return ReadRecord(number: number, line: line, record: record, problems: problems)
        }
    }

    static func malformed(_ message: String, _ bytes: UnsafeBufferPointer<UInt8>, number: Int, line: Int) -> ReadRecord {
        ReadRecord(
            number: number, line: line, record: Record(), problems: [ReadProblem(check: .malformedRecord, message: message)],
            rawText: String(decoding: bytes, as: UTF8.self))
    }
}
