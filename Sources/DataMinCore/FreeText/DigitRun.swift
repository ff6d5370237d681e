/// A number as a person types it into a note: groups of digits joined by one separator
/// each (a space of any width, `-`, `.`, `/`, ` - `, ` / `, or parentheses as in `(0)6`,
/// `-(0)6-` and `(555) 010-0123`), optionally after `+`.
package struct DigitRun {
    /// Byte offsets in the note: from the `+` or first digit to after the last digit.
    package var start: Int
    package var end: Int
    /// Digit values; a Corsican NIR department's letter is kept as its ASCII code.
    package var digits: [UInt8] = []
    /// How many characters each group holds.
    package var groups: [Int] = []
    /// The separator before each group after the first: ` `, `-`, `.`, `/`, or `(` when
    /// parentheses were involved.
    package var separators: [UInt8] = []
    package var plus = false
    /// More than ``maxDigits`` digits: not an identifier.
    package var tooLong = false

    package static let maxDigits = 24

    package init() {
        start = 0
        end = 0
    }

    /// Reads the run that starts at `start` (a digit, or `+` or `(` before one) into this
    /// value, reusing its storage.
    package mutating func read(at start: Int, in text: UTF8Bytes) {
        // Read into locals moved out of this value: appends to a local array the compiler
        // knows is unique skip the uniqueness check each append to a stored one makes.
        var digits: [UInt8] = []
        var groups: [Int] = []
        var separators: [UInt8] = []
        swap(&digits, &self.digits)
        swap(&groups, &self.groups)
        swap(&separators, &self.separators)
        defer {
            swap(&digits, &self.digits)
            swap(&groups, &self.groups)
            swap(&separators, &self.separators)
        }
        self.start = start
        if digits.capacity < Self.maxDigits {
            // Once per pooled scanner storage: appends then never grow the arrays.
            digits.reserveCapacity(Self.maxDigits)
            groups.reserveCapacity(12)
            separators.reserveCapacity(12)
        }
        digits.removeAll(keepingCapacity: true)
        groups.removeAll(keepingCapacity: true)
        separators.removeAll(keepingCapacity: true)
        plus = false
        tooLong = false
        var index = start
        if text[index] == UInt8(ascii: "+") {
            plus = true
            index += 1
        }
        if text[index] == UInt8(ascii: "(") { index += 1 }
        while true {
            let groupStart = digits.count
            while index < text.count {
                if Self.isDigit(text[index]) {
                    if digits.count == Self.maxDigits { tooLong = true } else { digits.append(text[index] - UInt8(ascii: "0")) }
                    index += 1
                } else if digits.count == 6, text[index] == UInt8(ascii: "A") || text[index] == UInt8(ascii: "B"),
                    index + 1 < text.count, Self.isDigit(text[index + 1]) || Self.spaceWidth(at: index + 1, in: text) != nil
                {
                    // The Corsican departments 2A and 2B inside a NIR.
                    digits.append(text[index])
                    index += 1
                } else {
                    break
                }
            }
            groups.append(digits.count - groupStart)
            end = index
            // A date ends its number: what follows it (`01.03.2026 17:07`) is a time or another
            // number, never more digits of the same one.
            if Self.endsADate(digits: digits, groups: groups, separators: separators) { break }
            guard let (separator, next) = Self.separator(at: index, in: text) else { break }
            separators.append(separator)
            index = next
        }
    }

    /// The separator at `index` and where the next group starts, when a group follows.
    private static func separator(at start: Int, in text: UTF8Bytes) -> (UInt8, Int)? {
        var index = start
        var kind: UInt8 = 0
        var parenthesis = false
        if index < text.count, text[index] == UInt8(ascii: ")") {
            parenthesis = true
            index += 1
        }
        if let width = spaceWidth(at: index, in: text) {
            kind = UInt8(ascii: " ")
            index += width
        }
        let dash = dashWidth(at: index, in: text)
        if dash != nil || index < text.count && (text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: "/")) {
            // A full stop then a space ends a sentence, not a group.
            if text[index] == UInt8(ascii: "."), kind == 0, index + 1 < text.count, spaceWidth(at: index + 1, in: text) != nil {
                return nil
            }
            // ` - ` and ` / ` join groups; ` .` does not.
            if kind == UInt8(ascii: " "), text[index] == UInt8(ascii: ".") { return nil }
            kind = dash != nil ? UInt8(ascii: "-") : text[index]
            index += dash ?? 1
            if kind != UInt8(ascii: "."), let width = spaceWidth(at: index, in: text) { index += width }
        }
        if index < text.count, text[index] == UInt8(ascii: "(") {
            parenthesis = true
            index += 1
        }
        guard index > start, index - start <= 5, index < text.count, isDigit(text[index]) else { return nil }
        return (parenthesis ? UInt8(ascii: "(") : kind == 0 ? UInt8(ascii: " ") : kind, index)
    }

    /// The width in bytes of a dash at `index`: `-`, or the hyphens, dashes and minus sign
    /// that word processors and phones put between digits (U+2010 to U+2014, U+2212); nil
    /// for anything else.
    package static func dashWidth(at index: Int, in text: UTF8Bytes) -> Int? {
        guard index < text.count else { return nil }
        if text[index] == UInt8(ascii: "-") { return 1 }
        guard text[index] == 0xE2, index + 2 < text.count else { return nil }
        let second = text[index + 1]
        let third = text[index + 2]
        return (second == 0x80 && (0x90...0x94).contains(third)) || (second == 0x88 && third == 0x92) ? 3 : nil
    }

    /// The width in bytes of a space at `index`: ASCII, no-break (U+00A0), figure, thin or
    /// narrow no-break space; nil for anything else.
    package static func spaceWidth(at index: Int, in text: UTF8Bytes) -> Int? {
        guard index < text.count else { return nil }
        if text[index] == UInt8(ascii: " ") { return 1 }
        if text[index] == 0xC2, index + 1 < text.count, text[index + 1] == 0xA0 { return 2 }
        if text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x80,
            text[index + 2] == 0x87 || text[index + 2] == 0x89 || text[index + 2] == 0xAF
        {
            return 3
        }
        return nil
    }

    /// True when the three groups read so far are a date written with one separator
    /// (`12.03.1985`, `03/12/1985`, `2026-03-12`), with a four-digit year.
    private static func endsADate(digits: [UInt8], groups: [Int], separators: [UInt8]) -> Bool {
        guard groups.count == 3, separators.count == 2, separators[0] == separators[1],
            separators[0] == UInt8(ascii: ".") || separators[0] == UInt8(ascii: "/") || separators[0] == UInt8(ascii: "-"),
            digits.allSatisfy({ $0 < 10 })
        else { return false }
        func value(_ from: Int, _ count: Int) -> Int { digits[from..<from + count].reduce(0) { $0 * 10 + Int($1) } }
        let (a, b, c) = (groups[0], groups[1], groups[2])
        if a == 4, b <= 2, c <= 2 {
            return (1900...2099).contains(value(0, 4)) && (1...12).contains(value(4, b)) && (1...31).contains(value(4 + b, c))
        }
        guard a <= 2, b <= 2, c == 4, (1900...2099).contains(value(a + b, 4)) else { return false }
        let (first, second) = (value(0, a), value(a, b))
        return (1...31).contains(first) && (1...12).contains(second) || (1...12).contains(first) && (1...31).contains(second)
    }

    /// True when the groups have exactly these lengths (`hasGroups(4, 6, 5)`); lengths are
    /// never 0, so a 0 ends the list. Compares without building an array to compare with.
    package func hasGroups(_ a: Int, _ b: Int = 0, _ c: Int = 0, _ d: Int = 0, _ e: Int = 0) -> Bool {
        let count = b == 0 ? 1 : c == 0 ? 2 : d == 0 ? 3 : e == 0 ? 4 : 5
        guard groups.count == count, groups[0] == a else { return false }
        return (count < 2 || groups[1] == b) && (count < 3 || groups[2] == c) && (count < 4 || groups[3] == d)
            && (count < 5 || groups[4] == e)
    }

    /// True when every separator is the same.
    package var hasOneSeparator: Bool { separators.allSatisfy { $0 == separators.first } }
    package var count: Int { digits.count }
    package var isAllDigits: Bool { digits.allSatisfy { $0 < 10 } }

    package static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}
