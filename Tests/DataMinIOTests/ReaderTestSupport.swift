import DataMinCore
import Foundation

@testable import DataMinIO

/// Writes `bytes` to a fresh temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("datamin-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

func temporaryFile(_ name: String, _ text: String) throws -> String {
    try temporaryFile(name, Array(text.utf8))
}

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
