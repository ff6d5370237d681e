import Testing

@testable import DataMinCore

/// The table of finding messages (#32): one rendering per code, a code per check, field and
/// detail, and no more than its capacity kept.
struct FindingTextsTests {
    @Test func aCodeIsRenderedOnceAndSharedAfter() {
        let texts = FindingTexts()
        var renders = 0
        for _ in 0..<3 {
            let text = texts.text(.missingSource, field: 2, detail: 0) {
                renders += 1
                return "record has no source"
            }
            #expect(text == "record has no source")
        }
        #expect(renders == 1)
    }

    @Test(arguments: [
        (CheckID.invalidValue, 3 as Int?, 1),
        (.missingSource, 3, 0),
        (.invalidValue, nil, 0),
        (.invalidValue, 4, 0),
        (.invalidValue, 3, 1 << 15),
    ])
    func codesThatDifferInCheckFieldOrDetailKeepTheirOwnText(check: CheckID, field: Int?, detail: Int) {
        let texts = FindingTexts()
        _ = texts.text(.invalidValue, field: 3, detail: 0) { "first" }
        #expect(texts.text(check, field: field, detail: detail) { "second" } == "second")
        #expect(texts.text(.invalidValue, field: 3, detail: 0) { "made again" } == "first")
    }

    /// The key holds the field plus one, so that no field (nil) and the first field (0) differ.
    @Test func noFieldAndTheFirstFieldAreTwoCodes() {
        let texts = FindingTexts()
        _ = texts.text(.missingPurpose, field: nil, detail: 0) { "names no field" }
        #expect(texts.text(.missingPurpose, field: 0, detail: 0) { "names field 0" } == "names field 0")
    }

    @Test func pastItsCapacityATextIsMadeAnewEachTime() {
        let texts = FindingTexts()
        for field in 0..<FindingTexts.capacity { _ = texts.text(.invalidValue, field: field, detail: 0) { "kept" } }
        var renders = 0
        for _ in 0..<2 {
            _ = texts.text(.invalidValue, field: FindingTexts.capacity, detail: 0) {
                renders += 1
                return "not kept"
            }
        }
        #expect(renders == 2)
        #expect(texts.text(.invalidValue, field: 0, detail: 0) { "made again" } == "kept")
    }
}
