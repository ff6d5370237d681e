@_spi(Readers) import DataMinCore

/// Where a JSON reader puts the records it reads: whole ``ReadRecord``s (``RecordCollector``)
/// or the nodes of a ``JSONBatch``.
package protocol JSONRecordSink {
    /// Adds the record whose JSON text is `text`; false when it is not a JSON object.
    ///
    /// - Parameters:
    ///   - line: the 1-based line the text starts on.
    ///   - column: the 1-based column (in bytes) the text starts at on that line.
    ///   - encoding: the file's encoding, for the wording of an `encoding-error`.
    mutating func add(json text: UTF8Bytes, number: Int, line: Int, column: Int, encoding: InputEncoding) -> Bool
    /// Adds a record that could not be read, with what is wrong and, when it has some, its
    /// text as read (for the rejects file).
    mutating func add(_ problem: ReadProblem, number: Int, line: Int, rawText: String?)
    /// Removes the record added last (a lone object with text after it).
    mutating func dropLast()
}

/// The problems of one JSON record, worded the same whichever sink reads it.
enum JSONRecordBuilder {
    /// The problem of a record starting at 1-based `line` and `column` that is not JSON.
    static func notJSON(_ failure: JSONFailure, line: Int, column: Int) -> ReadProblem {
        ReadProblem(check: .malformedRecord, message: "record is not valid JSON: \(failure.message(startingOn: line, column: column))")
    }

    static func notAnObject(_ kind: RecordContext.ValueKind) -> ReadProblem {
        ReadProblem(check: .malformedRecord, message: "record is \(kind.name), not a JSON object")
    }

    static func problems(duplicateKeys: [String], invalidUTF8: InputEncoding?, encoding: InputEncoding) -> [ReadProblem] {
        var problems: [ReadProblem] = duplicateKeys.map {
            ReadProblem(
                check: .duplicateField,
                message: "\(FieldNameText.described($0)) occurs twice in the object; only the first is validated",
                field: FieldNameText.showable($0))
        }
        if let guess = invalidUTF8 {
            problems.append(
                ReadProblem(
                    check: .encodingError, message: "record \(encoding.badRecordPhrase)",
                    encodingGuess: encoding == .utf8 ? guess : nil))
        }
        return problems
    }
}

/// Collects whole ``ReadRecord``s, for callers that want each record's fields.
struct RecordCollector: JSONRecordSink {
    var records: [ReadRecord] = []

    mutating func add(json text: UTF8Bytes, number: Int, line: Int, column: Int, encoding: InputEncoding) -> Bool {
        var builder = RecordBuilder()
        let rawText = { String(decoding: text, as: UTF8.self) }
        switch JSONParser.parse(text, into: &builder) {
        case .failure(let failure):
            records.append(
                ReadRecord(
                    number: number, line: line, record: Record(),
                    problems: [JSONRecordBuilder.notJSON(failure, line: line, column: column)],
                    rawText: rawText())
            )
            return false
        case .success(let parsed):
            guard case .object(let record) = parsed.value else {
                records.append(
                    ReadRecord(
                        number: number, line: line, record: Record(), problems: [JSONRecordBuilder.notAnObject(parsed.value.kind)],
                        rawText: rawText()))
                return false
            }
            let problems = JSONRecordBuilder.problems(
                duplicateKeys: parsed.duplicateKeys, invalidUTF8: parsed.invalidUTF8, encoding: encoding)
            // A record with a repeated key is rejected as it came: its fields hold only the first of each.
            records.append(
                ReadRecord(
                    number: number, line: line, record: record, problems: problems,
                    rawText: parsed.duplicateKeys.isEmpty ? nil : rawText()))
            return true
        }
    }

    mutating func add(_ problem: ReadProblem, number: Int, line: Int, rawText: String?) {
        records.append(ReadRecord(number: number, line: line, record: Record(), problems: [problem], rawText: rawText))
    }

    mutating func dropLast() {
        records.removeLast()
    }
}
