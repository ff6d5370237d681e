import DataMinCore

/// Records read together and checked together: the unit a run hands between threads.
package protocol RecordBatch: Sendable {
    var count: Int { get }
    /// The 1-based record number of record `index`.
    func number(_ index: Int) -> Int
    /// The 1-based line record `index` starts on.
    func line(_ index: Int) -> Int
    /// The structural problems the reader found in record `index`.
    func problems(_ index: Int) -> [ReadProblem]
}

/// A reader that hands out records in batches.
package protocol BatchReader: SendableMetatype {
    /// What the reading thread hands on: records (a ``RecordBatch``), or text still to be
    /// parsed on the worker threads.
    associatedtype Batch: Sendable
    /// Up to `maxRecords` records, ending early once about `maxBytes` of input were read;
    /// nil at the end of the input.
    mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws(Diagnostic) -> Batch?
    /// How many bytes have been read, for progress.
    var bytesRead: Int { get }
    /// How many bytes the records handed out so far span.
    var bytesConsumed: Int { get }
}

extension CSVBatch: RecordBatch {
    package var count: Int { rows.count }
    package func number(_ index: Int) -> Int { rows[index].number }
    package func line(_ index: Int) -> Int { rows[index].line }
    package func problems(_ index: Int) -> [ReadProblem] { problems(ofRow: index) }
}

extension CSVReader: BatchReader {}

/// JSON records come one ``ReadRecord`` each.
extension [ReadRecord]: RecordBatch {
    package func number(_ index: Int) -> Int { self[index].number }
    package func line(_ index: Int) -> Int { self[index].line }
    package func problems(_ index: Int) -> [ReadProblem] { self[index].problems }
}

extension BatchReader where Self: RecordReader, Batch == [ReadRecord] {
    package mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws(Diagnostic) -> [ReadRecord]? {
        var batch: [ReadRecord] = []
        let start = bytesConsumed
        while batch.count < maxRecords, bytesConsumed - start < maxBytes, let read = try next() { batch.append(read) }
        return batch.isEmpty ? nil : batch
    }
}

extension JSONLinesReader: BatchReader {}
extension JSONArrayReader: BatchReader {}

extension JSONBatch: RecordBatch {
    package var count: Int { items.count }
    package func number(_ index: Int) -> Int { items[index].number }
    package func line(_ index: Int) -> Int { items[index].line }
    package func problems(_ index: Int) -> [ReadProblem] { items[index].problems }
}

/// A JSON reader that can put its records into any ``JSONRecordSink``.
package protocol JSONRecordReader: RecordReader, BatchReader where Batch == [ReadRecord] {
    /// Reads the next record into `sink`; false at the end of the input.
    mutating func read(into sink: inout some JSONRecordSink) throws(Diagnostic) -> Bool
}

extension JSONLinesReader: JSONRecordReader {}
extension JSONArrayReader: JSONRecordReader {}

/// Hands out a JSON reader's records as ``JSONBatch``es: their members laid out as nodes,
/// with no ``Record`` built (for runs that write no copy of the records).
package struct JSONNodeReader<Reader: JSONRecordReader>: BatchReader {
    package private(set) var reader: Reader

    package init(_ reader: Reader) {
        self.reader = reader
    }

    package mutating func nextBatch(maxRecords: Int, maxBytes: Int) throws(Diagnostic) -> JSONBatch? {
        var batch = JSONBatch()
        while batch.items.count < maxRecords, batch.byteCount < maxBytes, try reader.read(into: &batch) {}
        return batch.items.isEmpty ? nil : batch
    }

    package var bytesRead: Int { reader.bytesRead }
    package var bytesConsumed: Int { reader.bytesConsumed }
}
