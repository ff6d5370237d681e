/// Text built by appending its pieces' UTF-8 to one byte buffer: a report's finding is
/// twenty pieces or so, and `String`'s `+=` costs a few hundred instructions a piece where
/// copying the piece's bytes costs tens.
struct TextBuilder {
    private var bytes: [UInt8] = []

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text built so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func += (builder: inout TextBuilder, piece: String) {
        // A native string lends its bytes in one piece, copied at once.
        let copied: Void? = piece.utf8.withContiguousStorageIfAvailable { builder.bytes.append(contentsOf: $0) }
        if copied == nil { builder.bytes.append(contentsOf: piece.utf8) }
    }

    /// Appends `number` in decimal, as `String(number)` writes it.
    static func += (builder: inout TextBuilder, number: Int) {
        // Up to eight digits are made in a register, the most significant in the lowest byte.
        guard number >= 0, number < 100_000_000 else {
            builder += String(number)
            return
        }
        var rest = number
        var digits: UInt64 = 0
        var count = 0
        repeat {
            digits = digits << 8 | UInt64(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0
        for _ in 0..<count {
            builder.bytes.append(UInt8(truncatingIfNeeded: digits))
            digits >>= 8
        }
    }
}
