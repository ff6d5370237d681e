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

    /// `text` in UTF-16 or UTF-32, little- or big-endian, without a byte-order mark.
    static func wide(_ text: String, bytesPerUnit: Int, bigEndian: Bool) -> [UInt8] {
        let units: [UInt32] = bytesPerUnit == 2 ? text.utf16.map(UInt32.init) : text.unicodeScalars.map(\.value)
        return units.flatMap { unit -> [UInt8] in
            let little = (0..<bytesPerUnit).map { UInt8(truncatingIfNeeded: unit >> (8 * $0)) }
            return bigEndian ? little.reversed() : little
        }
    }

    /// Without a mark, UTF-16 and UTF-32 show as text with 0 bytes, which UTF-8 text never
    /// holds: they are refused as such, not read as a header that names no field.
    @Test(arguments: [
        (wide("id,email\n", bytesPerUnit: 2, bigEndian: false), "UTF-16"),
        (wide("id", bytesPerUnit: 2, bigEndian: true), "UTF-16"),
        (wide("i", bytesPerUnit: 2, bigEndian: false), "UTF-16"),
        (wide("id,email\n", bytesPerUnit: 4, bigEndian: false), "UTF-32"),
        (wide("id", bytesPerUnit: 4, bigEndian: true), "UTF-32"),
    ])
    func wideTextWithoutAMarkIsRefusedWithAFix(bytes: [UInt8], encoding: String) throws {
        let path = try temporaryFile("export.csv", bytes)
        let refusal = Diagnostic(
            .inputEncodingUnsupported, file: path,
            message:
                "input looks like \(encoding) without a byte-order mark (it holds 0 bytes, which UTF-8 text never does); save or export it as UTF-8"
        )
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
