#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Subjects who were erased (Art. 17) and must not come back: the suppression list file of
/// SPEC §8.2, held as salted SHA-256 hashes. No key is ever kept or written in clear.
///
///     # datamin suppression v1 salt=5f1c…
///     9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca7
public struct SuppressionList: Sendable {
    /// The salt's bytes, from the file's first line.
    public let salt: [UInt8]
    /// Every entry's digest, sorted, for binary search.
    private let digests: [Digest]

    /// The first 128 bits of an entry's SHA-256, compared in order: 16 bytes an entry. Two
    /// different subjects share them with odds of about one in 2^128 per pair, and a million
    /// entries then load in about 16 MB.
    private struct Digest: Comparable, Sendable {
        var words: (UInt64, UInt64)

        init(_ bytes: [UInt8]) {
            func word(_ offset: Int) -> UInt64 { bytes[offset..<(offset + 8)].reduce(0) { $0 << 8 | UInt64($1) } }
            words = (word(0), word(8))
        }

        /// From 64 lowercase hex digits (all checked, the first 32 kept); nil for anything else.
        init?(hex: UTF8Bytes) {
            var values: (UInt64, UInt64) = (0, 0)
            for index in 0..<64 {
                let character = hex[index]
                let nibble: UInt8
                switch character {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character &- UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character &- UInt8(ascii: "a") &+ 10
                default: return nil
                }
                if index < 16 { values.0 = values.0 << 4 | UInt64(nibble) } else if index < 32 { values.1 = values.1 << 4 | UInt64(nibble) }
            }
            words = values
        }

        static func == (lhs: Digest, rhs: Digest) -> Bool { lhs.words == rhs.words }
        static func < (lhs: Digest, rhs: Digest) -> Bool { lhs.words < rhs.words }
    }

    /// A list in memory holding `keys` under `salt`, for tests and for callers that keep
    /// the list elsewhere.
    public init(salt: [UInt8], keys: [String]) {
        self.salt = salt
        digests = keys.map { Digest(SHA256.hash(salt + Array(SubjectTracker.normalise($0).utf8))) }.sorted()
    }

    /// How many subjects are listed.
    public var count: Int { digests.count }

    /// The first line of every suppression file.
    package static let headerPrefix = "# datamin suppression v1 salt="
    /// The second line of a list datamin writes: a check of the salt, so an edited salt
    /// (which would make every entry unmatchable and quietly turn the list off) is refused.
    /// A `#` line, which SPEC §8.2 readers skip; lists without it are read as before.
    package static let checkPrefix = "# salt check: "

    /// The first two lines of a list salted with `salt`, each ending with a line break.
    package static func header(salt: [UInt8]) -> String {
        headerPrefix + hex(salt) + "\n" + checkPrefix + saltCheck(salt) + "\n"
    }

    /// 16 hex digits of the SHA-256 of the salt, as the check line records them. It catches
    /// an edited salt, not a forged one: whoever can write the list can remove entries too.
    static func saltCheck(_ salt: [UInt8]) -> String {
        String(hex(SHA256.hash(Array("datamin suppression salt ".utf8) + salt)).prefix(16))
    }

    /// Reads the list at `path`: a million entries in well under a second (one pass over
    /// the bytes, 16 bytes an entry, sorted in place).
    ///
    /// - Throws: ``Diagnostic`` naming the line of a malformed entry or header.
    public init(contentsOf path: String) throws(Diagnostic) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw Diagnostic(
                .fileUnreadable, file: path,
                message: "cannot read the suppression list: \(String(cString: strerror(errno))); create it with 'datamin suppress add'")
        }
        defer { close(descriptor) }
        var info = stat()
        fstat(descriptor, &info)
        var salt: [UInt8]?
        var digests: [Digest] = []
        digests.reserveCapacity(Int(info.st_size) / 65 + 1)
        var lineNumber = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var filled = 0
        func take(_ line: UTF8Bytes) throws(Diagnostic) {
            lineNumber += 1
            var count = line.count
            while count > 0, line[count - 1] == UInt8(ascii: "\r") || line[count - 1] == UInt8(ascii: " ") { count -= 1 }
            let line = line.view(0..<count)
            if lineNumber == 1 {
                let text = String(decoding: line, as: UTF8.self)
                guard text.hasPrefix(Self.headerPrefix), let bytes = Self.hexBytes(text.dropFirst(Self.headerPrefix.count).utf8),
                    bytes.count >= 16
                else {
                    throw Diagnostic(
                        .suppressionListInvalid, file: path, line: 1,
                        message: "not a datamin suppression list: the first line must be '\(Self.headerPrefix)<32 or more hex digits>'")
                }
                salt = bytes
                return
            }
            if count == 0 || line[0] == UInt8(ascii: "#") {
                let text = String(decoding: line, as: UTF8.self)
                if text.hasPrefix(Self.checkPrefix), let salt, text.dropFirst(Self.checkPrefix.count) != Self.saltCheck(salt) {
                    throw Diagnostic(
                        .suppressionListInvalid, file: path, line: 1,
                        message:
                            "the salt on line 1 does not match its check on line \(lineNumber): the salt was changed, so no erased subject would be recognised; restore the list from a backup"
                    )
                }
                return
            }
            guard count == 64, let digest = Digest(hex: line) else {
                throw Diagnostic(
                    .suppressionListInvalid, file: path, line: lineNumber,
                    message: "a suppression entry must be 64 lowercase hex digits (a salted SHA-256)")
            }
            digests.append(digest)
        }
        while true {
            if filled == buffer.count {
                // An entry is 64 hex digits and the header under 200 bytes: a megabyte without a line break is no list.
                throw Diagnostic(
                    .suppressionListInvalid, file: path, line: lineNumber + 1,
                    message: "a line of the suppression list is longer than 1 MiB; this is not a suppression list")
            }
            let count = SystemIO.read(descriptor, into: &buffer, at: filled)
            if count < 0 {
                throw Diagnostic(
                    .fileUnreadable, file: path, message: "cannot read the suppression list: \(String(cString: strerror(errno)))")
            }
            let atEnd = count == 0
            filled += count
            let consumed = try buffer.withUTF8Bytes { (bytes) throws(Diagnostic) -> Int in
                let bytes = bytes.view(0..<filled)
                var start = 0
                while let end = bytes.firstIndex(of: 0x0A, from: start) {
                    try take(bytes.view(start..<end))
                    start = end + 1
                }
                if atEnd, start < filled {
                    try take(bytes.view(start..<filled))
                    start = filled
                }
                return start
            }
            if consumed > 0, consumed < filled {
                buffer.replaceSubrange(0..<(filled - consumed), with: buffer[consumed..<filled])
            }
            filled -= consumed
            if atEnd { break }
        }
        guard let salt else {
            throw Diagnostic(
                .suppressionListInvalid, file: path, line: 1,
                message: "the suppression list is empty; create it with 'datamin suppress add'")
        }
        self.salt = salt
        digests.sort()
        self.digests = digests
    }

    /// True when the subject whose key is `key` was erased. The key is normalised as
    /// `duplicate-subject` normalises it (trimmed, case-folded).
    public func contains(key: String) -> Bool {
        contains(entry: entry(forKey: key))
    }

    /// True when the list holds `entry`, a salted SHA-256 as ``entry(forKey:)`` makes it.
    public func contains(entry: [UInt8]) -> Bool {
        let digest = Digest(entry)
        var low = 0
        var high = digests.count
        while low < high {
            let middle = (low + high) / 2
            if digests[middle] < digest { low = middle + 1 } else { high = middle }
        }
        return low < digests.count && digests[low] == digest
    }

    /// The entries as the list holds them: the first 32 hex digits of each, in order; what
    /// a database compares when it checks subjects against the list.
    package var entryPrefixes: [String] {
        digests.map { hex($0.words.0) + hex($0.words.1) }
    }

    /// `value` as 16 lowercase hex digits.
    private func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The salted SHA-256 of a normalised key: one entry of the file.
    public func entry(forKey key: String) -> [UInt8] {
        SHA256.hash(salt + Array(SubjectTracker.normalise(key).utf8))
    }

    /// The entry as the file writes it: 64 lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    static func hexBytes(_ text: some Collection<UInt8>) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        var result: [UInt8] = []
        var high: UInt8?
        for character in text {
            let value: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
            default: return nil
            }
            if let first = high {
                result.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return result
    }
}
