import DataMinCore
import DataMinTestSupport
import Foundation
import Testing

@testable import DataMinIO

struct WriterTests {
    @Test func csvWriterQuotesOnlyWhenNeededAndRoundTrips() throws {
        let path = try temporaryFile("seed", "") + ".out.csv"
        let output = try OutputFile(path: path)
        let writer = CSVWriter(output: output, delimiter: UInt8(ascii: ","), header: ["a", "b"])
        writer.write(["plain", "has, comma"])
        writer.write(["quote \"x\"", "line\nbreak"])
        try output.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\nplain,\"has, comma\"\n\"quote \"\"x\"\"\",\"line\nbreak\"\n")
        var reader = try CSVReader(source: ByteSource(path: path))
        #expect(try readAll(&reader).map(\.values) == [["plain", "has, comma"], ["quote \"x\"", "line\nbreak"]])
    }

    @Test func jsonWriterWritesLinesOrAnArray() throws {
        for (format, expected) in [
            (InputFormat.jsonl, "{\"a\":\"x\\n\",\"n\":1.50}\n{\"a\":null}\n"),
            (.json, "[\n  {\"a\":\"x\\n\",\"n\":1.50},\n  {\"a\":null}\n]\n"),
        ] {
            let path = try temporaryFile("seed", "") + ".out"
            let output = try OutputFile(path: path)
            var writer = JSONWriter(output: output, format: format)
            writer.write(["a": "x\n", "n": .number("1.50")])
            writer.write(["a": .null])
            writer.finish()
            try output.commit()
            #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        }
    }

    @Test func discardedOutputLeavesNoFile() throws {
        let path = try temporaryFile("seed", "") + ".discarded"
        let output = try OutputFile(path: path)
        output.write("partial")
        output.discard()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["seed"])
    }

    @Test func outputMayNotNameAnInput() throws {
        let input = try temporaryFile("in.csv", "a\n1\n")
        #expect(throws: Diagnostic.self) { try OutputFile(path: input, protecting: [input]) }
    }
}
