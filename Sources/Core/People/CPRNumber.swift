// The Danish personal identification number (CPR): parsing, date of birth, sex, and masking.
import Foundation

/// A Danish CPR number, `DDMMYY-SSSS`. Parsing checks the format and that the date of birth exists;
/// the century comes from the seventh digit together with the year. The modulus-11 check is not
/// applied: numbers issued since 2007 need not pass it.
///
/// CPR numbers are sensitive. `description`, `debugDescription`, string interpolation, `print`,
/// `dump` and the debugger all show the masked form `010190-xxxx`; the full digits are only
/// available through ``digitsForStorage``. Encoding (`Codable`) writes the ten digits, because
/// storage must keep them: never encode a CPR number into a log, an export or a report.
public struct CPRNumber: Hashable, Sendable {
    /// The ten digits, no dash.
    private let digits: String

    /// The date of birth the number encodes.
    public let birthDate: Day

    /// Parses `DDMMYY-SSSS` or `DDMMYYSSSS`, ignoring surrounding white space.
    /// - Throws: `DomainError(field: "cpr", CPRProblem...)` for a wrong format or a date that does not exist.
    public init(_ text: String) throws {
        var characters = Array(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if characters.count == 11, characters[6] == "-" { characters.remove(at: 6) }
        let values = characters.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard characters.count == 10, values.count == 10 else {
            throw DomainError(field: "cpr", CPRProblem.wrongFormat)
        }
        let yy = values[4] * 10 + values[5]
        let year = CPRNumber.century(seventhDigit: values[6], yy: yy) + yy
        guard let birthDate = Day(year: year, month: values[2] * 10 + values[3], day: values[0] * 10 + values[1])
        else { throw DomainError(field: "cpr", CPRProblem.impossibleDate) }
        self.digits = String(characters)
        self.birthDate = birthDate
    }

    /// The citizen's sex: an odd last digit is a man, an even one a woman.
    public var sex: Sex { (digits.last?.wholeNumberValue ?? 0) % 2 == 1 ? .male : .female }

    /// The form that may be shown: `010190-xxxx`.
    public var masked: String { "\(digits.prefix(6))-xxxx" }

    /// The ten digits, without a dash, for storage only. Never show, log or export them.
    public var digitsForStorage: String { digits }

    /// The century of the year of birth, from the seventh digit and the two-digit year (the CPR
    /// office's table): 0–3 the 1900s; 4 and 9 the 2000s up to year 36, else the 1900s; 5–8 the
    /// 2000s up to year 57, else the 1800s.
    static func century(seventhDigit: Int, yy: Int) -> Int {
        switch seventhDigit {
        case 0...3: return 1900
        case 4, 9: return yy <= 36 ? 2000 : 1900
        default: return yy <= 57 ? 2000 : 1800
        }
    }
}

extension CPRNumber: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The masked form, so interpolation and `print` never show the digits.
    public var description: String { masked }

    public var debugDescription: String { "CPRNumber(\(masked))" }

    /// Keeps the digits out of `dump` and the debugger.
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked], displayStyle: .struct) }
}

extension CPRNumber: Codable {
    /// Reads the ten digits that ``encode(to:)`` writes (a dash is tolerated). A bad value fails
    /// without quoting it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(try container.decode(String.self))
        } catch let error as DomainError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes the ten digits: storage needs them. Do not encode a CPR number for anything else.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
