#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A string compared and hashed by its UTF-8 bytes.
///
/// `String`'s `==` and hashing follow canonical equivalence, so `café` spelt with `é` and
/// spelt with `e` and a combining accent are one key; a table of rendered pieces keyed so
/// would give a name read from the data the other spelling. Keyed by bytes, each keeps its own.
package struct ExactText: Hashable, Sendable {
    package let text: String

    package init(_ text: String) {
        self.text = text
    }

    package static func == (left: ExactText, right: ExactText) -> Bool {
        var first = left.text
        var second = right.text
        return first.withUTF8 { one in
            second.withUTF8 { other in
                // The same storage (a message from FindingTexts) is equal without reading it.
                guard one.count == other.count, one.baseAddress != other.baseAddress, !one.isEmpty else { return one.count == other.count }
                return memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0
            }
        }
    }

    package func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
    }
}
