@_spi(Readers) import DataMinCore
import Testing

@testable import DataMinIO

/// The one-pass layout of flat objects against ``JSONParser``'s, which is the oracle: for
/// every object the one pass accepts, both lay out the same members.
struct FlatJSONObjectTests {
    /// The members a layout gives, each as its key, kind, value and how far its subtree reaches.
    private typealias Member = (key: String, kind: RecordContext.ValueKind, value: String, end: Int)

    private static func described(_ nodes: [JSONNode], _ bytes: [UInt8]) -> [String] {
        nodes.enumerated().map { index, node in
            let member: Member = (
                String(decoding: bytes[node.key], as: UTF8.self), node.kind, String(decoding: bytes[node.value], as: UTF8.self),
                node.end - index
            )
            return "\(member.key)|\(member.kind)|\(member.value)|\(member.end)"
        }
    }

    /// The parser's layout, or nil when it does not read `text` as one object free of
    /// repeated keys and invalid UTF-8.
    private static func parsed(_ text: [UInt8]) -> [String]? {
        text.withUTF8Bytes { text in
            var builder = NodeBuilder()
            builder.copySource(text)
            guard case .success(let parsed) = JSONParser.parse(text, into: &builder), parsed.value.kind == .object,
                parsed.duplicateKeys.isEmpty, parsed.invalidUTF8 == nil
            else { return nil }
            return described(builder.nodes, builder.bytes)
        }
    }

    /// The one pass's layout, or nil when it leaves `text` to the parser (and then, as it
    /// promises, nothing is left behind but the copy).
    private static func flat(_ text: [UInt8]) -> [String]? {
        text.withUTF8Bytes { text in
            var builder = NodeBuilder()
            builder.copySource(text)
            guard builder.layOutFlatObject(text) else {
                #expect(builder.nodes.isEmpty && builder.bytes == Array(text))
                return nil
            }
            return described(builder.nodes, builder.bytes)
        }
    }

    @Test(arguments: [
        #"{"id":"C-1","email":"a@example.com","notes":""}"#,
        "  {\t\"a\" : 1 ,\r\n \"b\":-0.5e+3, \"c\":true,\"d\":false,\"e\":null}  \n",
        #"{}"#, #"{ }"#, #"{"":""}"#,
        #"{"notes":"said \"call me\"\nthen left","x":"\u00e9\ud83d\ude00\/\\\b\f\r\t"}"#,
        #"{"lone":"\ud800 and \udc00","pair":"\ud83d\u0041"}"#,
        #"{"name":"Zoë Öztürk","n":0,"m":10,"f":1.25E-2}"#,
        #"{"a":"1","A":"2","ab":"3","ba":"4","aa":"5","bb":"6"}"#,
    ])
    func aFlatObjectIsLaidOutAsTheParserLaysItOut(_ text: String) throws {
        let flat = try #require(Self.flat(Array(text.utf8)))
        #expect(flat == Self.parsed(Array(text.utf8)))
    }

    @Test(arguments: [
        #"{"a":{"b":"c"}}"#, #"{"a":[1,2]}"#, #"{"a":"1","a":"2"}"#, #"{"k\"ey":"1"}"#, #"["a"]"#, #""a""#,
        #"{"a":01}"#, #"{"a":1.}"#, #"{"a":1e}"#, #"{"a":-}"#, #"{"a":tru}"#, #"{"a":nul}"#, #"{"a":"1",}"#,
        #"{"a":"1"} x"#, #"{"a":"1""#, #"{"a" "1"}"#, #"{a:"1"}"#, "{\"a\":\"line\nbreak\"}", #"{"a":"\x"}"#,
        #"{"a":"\u12"}"#, #"{"a":"unclosed\"}"#, "",
    ])
    func anythingElseIsLeftToTheParser(_ text: String) {
        #expect(Self.flat(Array(text.utf8)) == nil)
    }

    @Test func invalidUTF8IsLeftToTheParser() {
        #expect(Self.flat(Array(#"{"a":""#.utf8) + [0xE9] + Array(#""}"#.utf8)) == nil)
    }

    @Test func aKeyTooLongOrOverTheKeyLimitIsLeftToTheParser() {
        let long = "{\"" + String(repeating: "k", count: Limits.maxFieldNameBytes + 1) + "\":1}"
        #expect(Self.flat(Array(long.utf8)) == nil)
        let over = "{" + (0...Limits.maxFieldsPerRecord).map { "\"k\($0)\":1" }.joined(separator: ",") + "}"
        #expect(Self.flat(Array(over.utf8)) == nil)
    }

    /// Wide exports are laid out in one pass too, numbered column names (which share their
    /// length and first and last bytes) included: past 16 keys the keys move to a table.
    @Test(arguments: [17, 60, 600, Limits.maxFieldsPerRecord])
    func wideObjectsAreLaidOutInOnePass(_ count: Int) {
        let object = Array(("{" + (0..<count).map { "\"column_\($0)\":\"v\"" }.joined(separator: ",") + "}").utf8)
        let flat = Self.flat(object)
        #expect(flat?.count == count)
        #expect(flat == Self.parsed(object))
    }

    /// One builder lays out record after record, as a batch does: its table of keys starts
    /// afresh for each record (a key of the record before is no repeat), and a repeat far
    /// into a wide record is still found.
    @Test func theTableOfKeysStartsAfreshForEachRecord() {
        func object(_ keys: [String]) -> [UInt8] { Array(("{" + keys.map { "\"\($0)\":1" }.joined(separator: ",") + "}").utf8) }
        let wide = (0..<40).map { "column_\($0)" }
        var builder = NodeBuilder()
        var accepted: [Bool] = []
        for keys in [wide, wide, wide + ["column_33"], Array(wide.reversed()), wide] {
            object(keys).withUTF8Bytes { text in
                builder.copySource(text)
                accepted.append(builder.layOutFlatObject(text))
            }
        }
        #expect(accepted == [true, true, false, true, true])
        #expect(builder.nodes.count == 4 * 40)
    }

    /// Keys that differ only in their middle (a survey's `question_17_response_text`) are
    /// told apart by a hash of all their bytes, and laid out in one pass.
    @Test func keysDifferingOnlyInTheirMiddleAreLaidOutInOnePass() {
        let keys = (0..<2_000).map { "\"AAAAAAAA\($0)ZZZZZZZZ\":\"v\"" }
        let object = Array(("{" + keys.joined(separator: ",") + "}").utf8)
        let flat = Self.flat(object)
        #expect(flat?.count == 2_000)
        #expect(flat == Self.parsed(object))
    }

    @Test func aRepeatedKeyFarIntoAWideObjectIsLeftToTheParser() {
        let keys = (0..<300).map { "\"column_\($0)\":1" } + ["\"column_17\":2"]
        #expect(Self.flat(Array(("{" + keys.joined(separator: ",") + "}").utf8)) == nil)
    }

    @Test func aHighSurrogateBeforeAnotherEscapeKeepsIt() throws {
        let text = Array(#"{"a":"\ud800\u0041\ud83d\ud83d\ude00"}"#.utf8)
        #expect(try #require(Self.flat(text)) == ["a|string|\u{FFFD}A\u{FFFD}\u{1F600}|1"])
        #expect(Self.parsed(text) == Self.flat(text))
    }

    /// Objects put together from pieces that are valid, invalid and on the edge, by a seeded
    /// generator: the one pass lays out every valid one that is flat, with plain keys, as the
    /// parser does, and gives up on every other.
    @Test func generatedObjectsAgreeWithTheParser() {
        let plainKeys =
            [#""id""#, #""email""#, #""a""#, #""b""#, #""ID""#, #""""#, #""é""#, #""x y""#] + (0..<40).map { "\"column_\($0)\"" }
        let flatValues = [
            #""plain""#, #""""#, #""with \"quotes\" and \\ \/""#, #""line\nbreak\ttab""#, #""\u00fc\uD83D\uDE00""#, #""\ud800""#,
            "0", "-1", "3.25", "1e5", "-0.0E-1", "true", "false", "null",
        ]
        let nestedValues = ["{}", "[]", #"{"n":1}"#, "[1,{}]"]
        let brokenValues = ["01", "1.", "-", "tru", #""bad \q""#, "\"ctl\u{01}\"", #""open"#, #""\u12""#]
        let spaces = ["", " ", "\t", "\n", "\r\n "]
        var generator = SplitMix(seed: 20_261_207)
        var laidOut = 0
        for _ in 0..<4_000 {
            var text = generator.pick(spaces) + "{"
            var isFlat = true
            let count = Int(generator.next() % 8 == 0 ? 17 + generator.next() % 30 : generator.next() % 6)
            for member in 0..<count {
                if member > 0 { text += generator.pick(spaces) + "," }
                let escapedKey = generator.next() % 40 == 0
                text += generator.pick(spaces) + (escapedKey ? #""k\"ey""# : generator.pick(plainKeys)) + generator.pick(spaces) + ":"
                isFlat = isFlat && !escapedKey
                switch generator.next() % 20 {
                case 0:
                    text += generator.pick(spaces) + generator.pick(nestedValues)
                    isFlat = false
                case 1: text += generator.pick(spaces) + generator.pick(brokenValues)
                default: text += generator.pick(spaces) + generator.pick(flatValues)
                }
            }
            text += generator.pick(spaces) + (generator.next() % 20 == 0 ? "" : "}") + generator.pick(spaces)
            let bytes = Array(text.utf8)
            let parsed = Self.parsed(bytes)
            let flat = Self.flat(bytes)
            #expect(flat == (isFlat ? parsed : nil), "\(text)")
            if flat != nil { laidOut += 1 }
        }
        #expect(laidOut > 1_000)
    }
}

/// A small seeded generator, so a failure names an input that can be rerun.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}
