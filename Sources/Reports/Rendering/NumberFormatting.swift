// Numbers, percentages and cells as people read them: Danish with decimal comma and thousands dots, or English.
import Core
import Foundation

/// Formats cell values for a language without Foundation's locale tables (the same output on
/// every machine): Danish `1.234,5` and `12,3 %`, English `1,234.5` and `12.3%`.
public struct NumberFormatting: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    var decimalSeparator: String { language == .danish ? "," : "." }
    var groupSeparator: String { language == .danish ? "." : "," }

    /// A whole number with thousands grouped.
    public func integer(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += groupSeparator }
            grouped.append(character)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A number rounded to `decimals` places, thousands grouped.
    public func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let scale = pow10(decimals)
        let rounded = Self.halfUp(value * scale) / scale
        let whole = Int64(rounded.magnitude.rounded(.down))
        var text = integer(whole)
        if rounded < 0, rounded.magnitude > 0 { text = "-" + text }
        guard decimals > 0 else { return text }
        let fraction = Int64(((rounded.magnitude - Double(whole)) * scale).rounded())
        let fractionText = String(fraction)
        return text + decimalSeparator + String(repeating: "0", count: max(0, decimals - fractionText.count))
            + fractionText
    }

    /// A share (0.123) as a percentage (`12,3 %`).
    public func percent(_ share: Double, decimals: Int) -> String {
        number(share * 100, decimals: decimals) + (language == .danish ? " %" : "%")
    }

    /// A cell as shown in a column of `column`'s kind.
    public func cell(_ cell: ReportCell, in column: ReportColumn) -> String {
        switch cell {
        case .text(let text): return text
        case .empty: return ""
        case .suppressed: return "<5"
        case .integer(let value):
            if column.kind == .percent { return percent(Double(value), decimals: column.decimals) }
            if column.kind == .number { return number(Double(value), decimals: column.decimals) }
            return integer(value)
        case .number(let value):
            switch column.kind {
            case .percent: return percent(value, decimals: column.decimals)
            case .integer: return integer(Int64(value.rounded()))
            default: return number(value, decimals: column.kind == .number ? column.decimals : 2)
            }
        }
    }

    /// A value outside a table (a key-value block): text as it is, numbers grouped.
    public func value(_ cell: ReportCell) -> String {
        switch cell {
        case .number(let value): return number(value, decimals: value == value.rounded() ? 0 : 1)
        default: return self.cell(cell, in: ReportColumn(""))
        }
    }

    /// `value` rounded half away from zero as people round it: 87.65 rounds up although its
    /// binary double is 87.6499…, because the value is first rounded to 9 significant places.
    static func halfUp(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let magnitude = value.magnitude
        let digits = 9 - Int(log10(magnitude).rounded(.down)) - 1
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        let cleaned = digits > 0 ? (magnitude * scale).rounded() / scale : magnitude
        return (value < 0 ? -1 : 1) * cleaned.rounded(.toNearestOrAwayFromZero)
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }
}
