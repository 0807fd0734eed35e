// Spec files testing report formats: build a report over the spec's database and read its parameters, values and tables.
import Core
import Foundation
import Lua
import Reports
import Store

extension SpecModules {
    /// `reports.run(id, parameters)`: the report built as `tovholder report run` builds it, in one
    /// command on the spec's database, returned as data a spec can check.
    func runReport(_ arguments: LuaArguments) throws -> LuaValue {
        let id = try arguments.string(1)
        let options = try arguments.optionalTable(2) ?? LuaTable()
        let language: Language = options["lang"].stringValue == "en" ? .english : .danish
        let caseID: CaseID? = options["case"].integerValue.map { CaseID($0) }
        let recipient: ActorID? = options["for"].integerValue.map { ActorID($0) }
        let municipality: MunicipalityCode? = try options["municipality"].stringValue.map { try MunicipalityCode($0) }
        let parameters = ReportParameters(
            from: try day(options["from"], field: "from"), to: try day(options["to"], field: "to"), caseID: caseID,
            recipient: recipient, municipality: municipality,
            today: try day(options["today"], field: "today") ?? fixture.today)
        let report = try ReportCatalog(searchPath: catalog.searchPath).report(id)
        let document = try fixture.write { try report.build(parameters, language: language, in: $0) }
        return Self.specValue(document)
    }

    /// The document as a spec reads it.
    static func specValue(_ document: ReportDocument) -> LuaValue {
        func cell(_ cell: ReportCell) -> LuaValue {
            switch cell {
            case .text(let text): return .string(text)
            case .integer(let value): return .integer(value)
            case .number(let value): return .number(value)
            case .empty: return .nil
            case .suppressed: return "<5"
            }
        }
        func pairs(_ pairs: [ReportPair]) -> [LuaKey: LuaValue] {
            Dictionary(pairs.map { (LuaKey.string($0.label), cell($0.value)) }) { first, _ in first }
        }
        var values: [LuaKey: LuaValue] = [:]
        var tables: [LuaKey: LuaValue] = [:]
        for block in document.blocks {
            switch block {
            case .keyValues(_, let blockPairs): values.merge(pairs(blockPairs)) { first, _ in first }
            case .table(let table):
                tables[.string(table.id)] = .table(
                    LuaTable(fields: [
                        "columns": .table(LuaTable(array: table.columns.map { .string($0.title) })),
                        "rows": .table(LuaTable(array: table.rows.map { .table(LuaTable(array: $0.map(cell))) })),
                    ]))
            default: break
            }
        }
        let markdown = MarkdownRenderer().render(document).text
        return .table(
            LuaTable(fields: [
                "title": .string(document.title), "parameters": .table(LuaTable(fields: pairs(document.parameters))),
                "notices": .table(LuaTable(array: document.notices.map { .string($0) })),
                "values": .table(LuaTable(fields: values)), "tables": .table(LuaTable(fields: tables)),
                "markdown": .string(markdown),
            ]))
    }
}
