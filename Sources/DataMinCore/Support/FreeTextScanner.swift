/// Finds identifiers inside free text: email addresses, phone numbers, IBANs (mod-97
/// checked) and payment card numbers (Luhn checked).
package enum FreeTextScanner {
    /// Words for the first identifier found ("an email address"), or nil.
    package static func firstIdentifier(in text: String) -> String? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" })
        for (index, raw) in tokens.enumerated() {
            let token = raw.trimmingTrailing(".:!?")
            if token.contains("@"), ValueSyntax.isEmail(String(token)) { return "an email address" }
            // Identifiers are often written in groups: NL91 ABNA 0417 …, 4111 1111 …, +44 20 7946 …
            var joined = String(token)
            for next in tokens.dropFirst(index + 1).prefix(8) {
                let group = next.trimmingTrailing(".:!?")
                guard group.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { break }
                joined += group
            }
            var compact = ""
            for character in joined where character != "-" {
                compact.append(character)
                if isIBAN(compact) { return "an IBAN" }
                if compact.count >= 13, isCardNumber(compact) { return "a payment card number" }
            }
            if token.first == "+" {
                let digits = joined.dropFirst().prefix { $0.isASCII && ($0.isNumber || $0 == "-") }.filter(\.isNumber)
                if (7...15).contains(digits.count), digits.first != "0" { return "a phone number" }
            }
        }
        return nil
    }

    static func isIBAN(_ text: String) -> Bool {
        let characters = Array(text.uppercased().utf8)
        guard (15...34).contains(characters.count),
              characters[0...1].allSatisfy({ $0 &- UInt8(ascii: "A") < 26 }),
              characters[2...3].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return false }
        var remainder = 0
        for byte in characters[4...] + characters[0..<4] {
            if byte &- UInt8(ascii: "0") < 10 {
                remainder = (remainder * 10 + Int(byte - UInt8(ascii: "0"))) % 97
            } else if byte &- UInt8(ascii: "A") < 26 {
                remainder = (remainder * 100 + Int(byte - UInt8(ascii: "A")) + 10) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    static func isCardNumber(_ text: String) -> Bool {
        let digits = text.utf8.map { Int($0) - 48 }
        guard (13...19).contains(digits.count), digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let value = offset % 2 == 1 ? digit * 2 : digit
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }
}

extension Substring {
    fileprivate func trimmingTrailing(_ characters: String) -> Substring {
        var result = self
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
