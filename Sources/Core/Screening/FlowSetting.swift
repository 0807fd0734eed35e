// A value of a flow a municipality may change without a new flow version: a cut-off, by sex or not.

/// A setting's value: one number, or one per sex with a default for a citizen whose sex is unknown.
public enum FlowSetting: Hashable, Sendable {
    case number(Double)
    case bySex(male: Double?, female: Double?, default: Double?)

    /// How people read it: `8`, or `mand 8, kvinde 6, ellers 8`.
    public func display(_ language: Language) -> String {
        func number(_ value: Double) -> String {
            value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        switch self {
        case .number(let value): return number(value)
        case .bySex(let male, let female, let other):
            var parts: [String] = []
            if let male { parts.append("\(Sex.male.displayName(language)) \(number(male))") }
            if let female { parts.append("\(Sex.female.displayName(language)) \(number(female))") }
            if let other { parts.append("\(language == .danish ? "ellers" : "otherwise") \(number(other))") }
            return parts.joined(separator: ", ")
        }
    }
}

extension FlowSetting: Codable {
    private struct BySex: Codable {
        var male: Double?
        var female: Double?
        var `default`: Double?
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            let value = try container.decode(BySex.self)
            self = .bySex(male: value.male, female: value.female, default: value.default)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .bySex(let male, let female, let other):
            try container.encode(BySex(male: male, female: female, default: other))
        }
    }
}
