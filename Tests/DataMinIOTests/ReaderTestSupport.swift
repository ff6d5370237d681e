import DataMinCore
import DataMinTestSupport
import Foundation

@testable import DataMinIO

/// Every record of a reader.
func readAll(_ reader: inout some RecordReader) throws -> [ReadRecord] {
    var records: [ReadRecord] = []
    while let record = try reader.next() { records.append(record) }
    return records
}

func csvRecords(_ text: String, delimiter: UInt8? = nil) throws -> (CSVReader, [ReadRecord]) {
    var reader = try CSVReader(source: ByteSource(path: temporaryFile("t.csv", text)), delimiter: delimiter)
    return (reader, try readAll(&reader))
}

extension ReadRecord {
    /// The record's string values in field order.
    var values: [String] { record.fields.map { $0.value.text ?? "?" } }
}
