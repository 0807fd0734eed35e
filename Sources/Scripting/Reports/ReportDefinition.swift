// What a report file declares: its id, title, the parameters it takes and the formats it supports.
import Core
import Lua
import Reports

/// The table `report.define` returned, read.
public struct ReportDefinition: Sendable, Equatable {
    /// A parameter a report takes from the command line.
    public enum Parameter: String, Sendable, CaseIterable, Equatable {
        /// `--from D --to D`.
        case period
        /// `--case ID`.
        case `case`
        /// `--for ACTOR`: the recipient's version of a case document.
        case recipient = "for"
        /// `--municipality CODE`: only the cases the municipality holds (`data.cases`,
        /// `data.pseudonymised_cases` read no others).
        case municipality
    }

    public let id: String
    public let titleDanish: String
    public let titleEnglish: String?
    public let descriptionDanish: String?
    /// The parameters it takes; `case` and `period` given as `required` must be given.
    public let parameters: [Parameter: Bool]
    public let formats: [ReportFormat]

    init(_ value: LuaValue, file: String) throws {
        guard case .table(let table) = value else { throw FlowFileError(file: file, "the report is not a table") }
        guard case .string(let id) = table["id"] else {
            throw FlowFileError(file: file, field: "id", "expected a string")
        }
        self.id = id
        switch table["title"] {
        case .string(let title):
            titleDanish = title
            titleEnglish = nil
        case .table(let texts):
            guard let danish = texts["da"].stringValue else {
                throw FlowFileError(file: file, field: "title", "expected { da =, en = }")
            }
            titleDanish = danish
            titleEnglish = texts["en"].stringValue
        default:
            throw FlowFileError(file: file, field: "title", "expected a string or { da =, en = }")
        }
        descriptionDanish = table["description"].stringValue ?? table["description"]["da"].stringValue
        var parameters: [Parameter: Bool] = [:]
        if case .table(let declared) = table["parameters"] {
            for (key, value) in declared.fields {
                guard let parameter = Parameter(rawValue: key.text) else {
                    throw FlowFileError(
                        file: file, field: "parameters.\(key.text)",
                        "unknown parameter (known: \(Parameter.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                parameters[parameter] = value.stringValue == "required"
            }
        }
        self.parameters = parameters
        var formats: [ReportFormat] = []
        for value in table["formats"].tableValue?.array ?? [] {
            guard let format = value.stringValue.flatMap(ReportFormat.init(rawValue:)) else {
                throw FlowFileError(file: file, field: "formats", "unknown format (html, md, csv, json)")
            }
            formats.append(format)
        }
        self.formats = formats.isEmpty ? ReportFormat.allCases : formats
    }

    public func title(_ language: Language) -> String {
        language == .english ? (titleEnglish ?? titleDanish) : titleDanish
    }
}

/// What a report runs with, as the command line gave it.
public struct ReportParameters: Sendable, Equatable {
    public var from: Day?
    public var to: Day?
    public var caseID: CaseID?
    public var recipient: ActorID?
    /// Only the cases of this municipality (its code on the case now, after any transfer).
    public var municipality: MunicipalityCode?
    public var today: Day
    /// The site's secret for pseudonyms (`[extracts] pseudonym_key` in site.toml); never seen by Lua.
    public var pseudonymKey: [UInt8]?

    public init(
        from: Day? = nil, to: Day? = nil, caseID: CaseID? = nil, recipient: ActorID? = nil,
        municipality: MunicipalityCode? = nil, today: Day, pseudonymKey: [UInt8]? = nil
    ) {
        self.from = from
        self.to = to
        self.caseID = caseID
        self.recipient = recipient
        self.municipality = municipality
        self.today = today
        self.pseudonymKey = pseudonymKey
    }

    /// The table a report's `build` gets as its second argument.
    var luaValue: LuaValue {
        var table = LuaTable(fields: ["today": .string(today.description)])
        if let from { table.fields["from"] = .string(from.description) }
        if let to { table.fields["to"] = .string(to.description) }
        if let caseID { table.fields["case"] = .integer(caseID.rawValue) }
        if let recipient { table.fields["for"] = .integer(recipient.rawValue) }
        if let municipality { table.fields["municipality"] = .string(municipality.code) }
        return .table(table)
    }
}
