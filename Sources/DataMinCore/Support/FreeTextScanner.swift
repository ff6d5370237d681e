/// Finds identifiers inside free text in one pass over its UTF-8 bytes: email addresses,
/// international phone numbers, IBANs (mod-97 checked) and payment card numbers (Luhn
/// checked). Digits and IBAN characters may be written in groups (`NL91 ABNA 0417 …`,
/// `4111-1111-…`, `+44 20 7946 …`).
package enum FreeTextScanner {
    /// Words for the first identifier found ("an email address"), or nil.
    package static func firstIdentifier(in bytes: UTF8Bytes) -> String? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "@"), isEmail(around: index, in: bytes) { return "an email address" }
            let startsWord = index == 0 || !isAlphanumeric(bytes[index - 1])
            if startsWord, isUpper(byte), let kind = ibanStarting(at: index, in: bytes) { return kind }
            if startsWord, isDigit(byte) || (byte == UInt8(ascii: "+") && index + 1 < bytes.count && isDigit(bytes[index + 1])) {
                let (digits, end) = digitGroup(from: byte == UInt8(ascii: "+") ? index + 1 : index, in: bytes)
                if byte == UInt8(ascii: "+"), (7...15).contains(digits.count), digits.first != 0 { return "a phone number" }
                if (13...19).contains(digits.count), passesLuhn(digits) { return "a payment card number" }
                index = max(end, index + 1)
                continue
            }
            index += 1
        }
        return nil
    }

    /// True when the `@` at `at` sits inside a well-formed address.
    private static func isEmail(around at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = at
        while start > 0, isLocalPartByte(bytes[start - 1]) { start -= 1 }
        var end = at + 1
        while end < bytes.count, isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".") { end += 1 }
        while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }  // a sentence's full stop
        guard start < at, end > at + 1 else { return false }
        return ValueSyntax.isEmail(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Digits from `start`, allowing one space or hyphen between groups; the digits and
    /// the index after the last one.
    private static func digitGroup(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Int) {
        var digits: [UInt8] = []
        var index = start
        while index < bytes.count, digits.count <= 19 {
            let byte = bytes[index]
            if isDigit(byte) {
                digits.append(byte - UInt8(ascii: "0"))
                index += 1
            } else if (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return (digits, index)
    }

    /// "an IBAN" when a valid IBAN starts at `start` (two letters, two digits, then letters
    /// and digits, possibly in space-separated groups).
    private static func ibanStarting(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard start + 3 < bytes.count, isUpper(bytes[start + 1]), isDigit(bytes[start + 2]), isDigit(bytes[start + 3]) else { return nil }
        var compact: [UInt8] = []
        var index = start
        while index < bytes.count, compact.count < 34 {
            let byte = bytes[index]
            if isDigit(byte) || isUpper(byte) {
                compact.append(byte)
                index += 1
            } else if byte == UInt8(ascii: " "), index + 1 < bytes.count, isDigit(bytes[index + 1]) || isUpper(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        guard compact.count >= 15 else { return nil }
        for length in stride(from: compact.count, through: 15, by: -1) where isIBAN(compact[0..<length]) {
            return "an IBAN"
        }
        return nil
    }

    /// ISO 13616 check: the rearranged digits (letters as 10–35) mod 97 is 1.
    static func isIBAN<Bytes: Collection<UInt8>>(_ characters: Bytes) -> Bool where Bytes.Index == Int {
        guard (15...34).contains(characters.count) else { return false }
        let start = characters.startIndex
        guard isUpper(characters[start]), isUpper(characters[start + 1]), isDigit(characters[start + 2]), isDigit(characters[start + 3]) else { return false }
        var remainder = 0
        let rotated = Array(characters.dropFirst(4)) + Array(characters.prefix(4))
        for byte in rotated {
            if isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - UInt8(ascii: "0"))) % 97
            } else if isUpper(byte) {
                remainder = (remainder * 100 + Int(byte - UInt8(ascii: "A")) + 10) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    static func isIBAN(_ text: String) -> Bool { isIBAN(Array(text.utf8)) }

    /// The Luhn check over digit values (0–9).
    static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let value = offset % 2 == 1 ? Int(digit) * 2 : Int(digit)
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    private static func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "'")
    }
}
