/// A number written with a fixed count of decimals, as `%.2f` writes it, for timings and
/// sizes in messages (no locale: the decimal mark is always `.`).
package enum DecimalText {
    /// `value` rounded to `decimals` places (0–9), e.g. `fixed(1.456, decimals: 2)` is `1.46`.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(scaled) }
        let fraction = String(scaled % scale)
        return sign + String(scaled / scale) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
