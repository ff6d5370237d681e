import DataMinCore

/// Each finding's fingerprint: a hash of its check, path, record (or line and column),
/// field and message, never of values. The same finding twice in one record (rare) gets a
/// second fingerprint from its count; only one record's findings are remembered at a time.
///
/// In two steps, so that the hash, which reads every byte of the message, can be made on
/// the rendering threads: ``base(of:path:)`` depends on the finding alone, ``next(base:for:file:)``
/// on the findings before it.
struct Fingerprints {
    /// Where a finding is, as the fingerprint names it: equal exactly when the names are.
    private enum Position: Equatable {
        case record(Int)
        case line(Int, column: Int)

        init(_ location: RecordLocation) {
            self = location.record.map(Position.record) ?? .line(location.line ?? 0, column: location.column ?? 0)
        }
    }

    private var record: (file: Int, position: Position)?
    /// How often each base fingerprint occurred in the current record.
    private var seen: [UInt64: Int] = [:]

    /// The hash of what identifies `violation` in the file at `path`.
    static func base(of violation: Violation, path: String) -> UInt64 {
        var fingerprint = Fingerprint()
        fingerprint.add(violation.check.rawValue)
        fingerprint.add(path)
        switch Position(violation.location) {
        case .record(let number): fingerprint.add("record \(number)")
        case .line(let line, let column): fingerprint.add("line \(line):\(column)")
        }
        fingerprint.add(violation.field ?? "")
        fingerprint.add(violation.message)
        return fingerprint.hash
    }

    /// The fingerprint of `violation`, whose ``base(of:path:)`` is `base`, in file `file`;
    /// call it for the findings in report order.
    mutating func next(base: UInt64, for violation: Violation, file: Int) -> String {
        let position = Position(violation.location)
        if record?.file != file || record?.position != position {
            seen.removeAll(keepingCapacity: true)
            record = (file, position)
        }
        let occurrence = seen[base, default: 0]
        seen[base] = occurrence + 1
        let hex = Fingerprint.hex(base)
        return occurrence == 0 ? hex : Fingerprint.of([hex, String(occurrence)])
    }

    /// ``next(base:for:file:)`` with the base made here.
    mutating func next(for violation: Violation, file: Int, path: String) -> String {
        next(base: Self.base(of: violation, path: path), for: violation, file: file)
    }
}

/// A short stable hash (FNV-1a, 64 bits, 16 hex digits) of identifying parts, never of
/// values; each part is followed by a 0xFF byte, which UTF-8 never holds.
struct Fingerprint {
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ part: String) {
        var part = part
        // A native string's bytes in place: iterating `utf8` one by one costs ten times more.
        part.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        hash = (hash ^ 0xFF) &* 0x100_0000_01b3
    }

    static func of(_ parts: [String]) -> String {
        var fingerprint = Fingerprint()
        for part in parts { fingerprint.add(part) }
        return hex(fingerprint.hash)
    }

    /// `hash` as 16 lower-case hex digits.
    static func hex(_ hash: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            let digits: StaticString = "0123456789abcdef"
            for index in 0..<16 { buffer[index] = digits.utf8Start[Int(hash >> (60 - 4 * UInt64(index)) & 0xF)] }
            return 16
        }
    }
}
