import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinIO

struct EncodingMarkTests {
    @Test(arguments: [([0xFF, 0xFE, 0x69, 0x00], "UTF-16"), ([0xFE, 0xFF, 0x00, 0x69], "UTF-16"), ([0xFF, 0xFE, 0x00, 0x00], "UTF-32")])
    func wideEncodingsAreRefusedWithAFix(bytes: [UInt8], encoding: String) throws {
        let path = try temporaryFile("export.csv", bytes + Array(repeating: 0x41, count: 10))
        #expect(
            throws: Diagnostic(
                .inputEncodingUnsupported, file: path,
                message: "input is \(encoding) (it starts with a \(encoding) byte-order mark); save or export it as UTF-8")
        ) {
            _ = try CSVReader(source: ByteSource(path: path))
        }
        var reader = JSONLinesReader(source: try ByteSource(path: path))
        #expect(throws: Diagnostic.self) { _ = try reader.next() }
    }

    /// Without a mark, UTF-16 shows as text whose every other byte is 0: it is refused as
    /// UTF-16, not read as a header that names no field.
    @Test(arguments: [
        Array("id,email\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
        Array("id".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
    ])
    func utf16WithoutAMarkIsRefusedWithAFix(bytes: [UInt8]) throws {
        let path = try temporaryFile("export.csv", bytes)
        let refusal = Diagnostic(
            .inputEncodingUnsupported, file: path,
            message: "input looks like UTF-16 without a byte-order mark (every other byte is 0); save or export it as UTF-8")
        #expect(throws: refusal) { _ = try CSVReader(source: ByteSource(path: path)) }
        var reader = JSONLinesReader(source: try ByteSource(path: path))
        #expect(throws: refusal) { _ = try reader.next() }
    }

    /// The mark overrides a legacy encoding also when a pipe hands out its first byte alone.
    @Test func aUTF8MarkArrivingInPiecesStillMeansUTF8() throws {
        let fifo = try scratchFolder([:]).appendingPathComponent("in.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data([0xEF]))
            Thread.sleep(forTimeInterval: 0.2)
            handle.write(Data([0xBB, 0xBF] + Array("id,name\n1,Renée\n".utf8)))
            try? handle.close()
        }
        writer.start()
        let source = try ByteSource(path: fifo, encoding: .windows1252)
        #expect(source.encoding == .utf8 && source.overriddenEncoding == .windows1252 && !source.suggestsEncodings)
        var reader = try CSVReader(source: source)
        #expect(reader.header == ["id", "name"])
        #expect(try reader.next()?.record.fields.last?.value == .string("Renée"))
    }
}
