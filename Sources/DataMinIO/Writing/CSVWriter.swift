import DataMinCore

/// Writes CSV rows, quoting a cell only when it holds the delimiter, a quote or a line
/// break. Rows end with LF.
package struct CSVWriter {
    private let output: OutputFile
    private let delimiter: UInt8

    /// Starts the file with `header`.
    package init(output: OutputFile, delimiter: UInt8, header: [String]) {
        self.output = output
        self.delimiter = delimiter
        write(header)
    }

    package func write(_ cells: [String]) {
        write(cells: cells.map(\.utf8))
    }

    /// Writes one row from cells' UTF-8 bytes.
    package func write<Cell: Collection<UInt8>>(cells: [Cell]) {
        var line: [UInt8] = []
        for (index, bytes) in cells.enumerated() {
            if index > 0 { line.append(delimiter) }
            if bytes.contains(where: { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            ) {
                line.append(UInt8(ascii: "\""))
                for byte in bytes {
                    line.append(byte)
                    if byte == UInt8(ascii: "\"") { line.append(byte) }
                }
                line.append(UInt8(ascii: "\""))
            } else {
                line.append(contentsOf: bytes)
            }
        }
        line.append(UInt8(ascii: "\n"))
        output.write(line)
    }

    /// Writes a line as it was read (a row that could not be parsed, passed to rejects).
    package func write(rawLine: [UInt8]) {
        output.write(rawLine + [UInt8(ascii: "\n")])
    }
}
