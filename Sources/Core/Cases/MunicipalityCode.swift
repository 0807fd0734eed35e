// The four-digit code of a Danish municipality, such as 0101 for København.
import Foundation

/// A municipality's code in the national registers: exactly four digits, leading zeros kept
/// (`0101` København, `0751` Aarhus). Encoded as the four-character text.
public struct MunicipalityCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The four digits.
    public let code: String

    /// Parses four digits, ignoring surrounding white space.
    /// - Parameter field: the option the text came from, named in the error (`municipality`, `to`).
    /// - Throws: `DomainError(field:, CaseProblem.invalidMunicipalityCode)` for anything else.
    public init(_ text: String, field: String = "municipality") throws {
        let code = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard code.count == 4, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw DomainError(field: field, CaseProblem.invalidMunicipalityCode(code))
        }
        self.code = code
    }

    public var description: String { code }

    public static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.code < rhs.code }
}

extension MunicipalityCode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch let error as DomainError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
