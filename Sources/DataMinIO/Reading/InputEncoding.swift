@_spi(Readers) import DataMinCore

/// The character encoding of an input file (`--encoding`, or `encoding:` on an input of
/// `.datamin.yml`). Legacy files are decoded to UTF-8 as they stream in, so every reader,
/// check and output sees UTF-8; the minimised copy and the rejects are written in UTF-8.
public enum InputEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    /// Excel's "ANSI" on Western European Windows: Latin-1 plus `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ` in 0x80–0x9F.
    case windows1252 = "windows-1252"
    case iso88591 = "iso-8859-1"
    /// Latin-9: Latin-1 with `€ Š š Ž ž Œ œ Ÿ` in eight places.
    case iso885915 = "iso-8859-15"

    /// The end of an `encoding-error` message about a cell or field: what is wrong with its
    /// bytes in this encoding (a legacy encoding's undefined bytes reach the reader as
    /// invalid UTF-8, see ``Transcoder``).
    var badCellPhrase: String {
        self == .utf8 ? "is not valid UTF-8" : "holds a byte that \(rawValue) does not define"
    }

    /// The same about a whole JSON record.
    var badRecordPhrase: String {
        self == .utf8 ? "holds bytes that are not valid UTF-8" : "holds a byte that \(rawValue) does not define"
    }

    /// The encoding a run of non-UTF-8 bytes fits, for the hint on a file's first
    /// `encoding-error`: windows-1252 unless one of its five undefined bytes occurs.
    static func legacyGuess(for bytes: some Sequence<UInt8>) -> InputEncoding {
        bytes.contains { Transcoder.windows1252Undefined.contains($0) } ? .iso88591 : .windows1252
    }
}

/// Turns bytes of a single-byte legacy encoding into UTF-8.
///
/// A byte the encoding leaves undefined becomes `0xFF`, which is never valid UTF-8: the
/// reader then reports an `encoding-error` at the exact cell or record, as it would for a
/// UTF-8 file with a bad byte.
struct Transcoder {
    /// The UTF-8 form of each byte 0x80–0xFF, up to three bytes, in the low bits; the count
    /// in the top byte.
    private let table: [UInt32]

    /// windows-1252's bytes with no character.
    static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    init?(_ encoding: InputEncoding) {
        var scalars = (0x80...0xFF).map { UInt32($0) }  // ISO-8859-1: the byte is the code point
        switch encoding {
        case .utf8:
            return nil
        case .iso88591:
            break
        case .windows1252:
            let high: [UInt32] = [
                0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
            ]
            for (offset, scalar) in high.enumerated() { scalars[offset] = scalar }
        case .iso885915:
            for (byte, scalar) in [
                (0xA4, 0x20AC), (0xA6, 0x0160), (0xA8, 0x0161), (0xB4, 0x017D), (0xB8, 0x017E), (0xBC, 0x0152),
                (0xBD, 0x0153), (0xBE, 0x0178),
            ] as [(Int, UInt32)] {
                scalars[byte - 0x80] = scalar
            }
        }
        table = scalars.map { scalar in
            guard scalar != 0, let unicode = Unicode.Scalar(scalar) else { return 1 << 24 | 0xFF }
            let utf8 = Array(String(unicode).utf8)
            return UInt32(utf8.count) << 24 | utf8.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * $1.offset) }
        }
    }

    /// Appends the UTF-8 form of `bytes` to `output`.
    func decode(_ bytes: UTF8Bytes, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count + bytes.count / 8)
        var start = 0
        for index in 0..<bytes.count where bytes[index] >= 0x80 {
            // Runs of ASCII are copied in one go: most of a Western file is ASCII.
            if index > start { output.append(contentsOf: bytes.view(start..<index)) }
            let entry = table[Int(bytes[index]) - 0x80]
            for offset in 0..<Int(entry >> 24) { output.append(UInt8(truncatingIfNeeded: entry >> (8 * offset))) }
            start = index + 1
        }
        if start < bytes.count { output.append(contentsOf: bytes.view(start..<bytes.count)) }
    }
}
