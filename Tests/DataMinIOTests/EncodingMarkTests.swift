import DataMinCore
import DataMinTestSupport
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
}
