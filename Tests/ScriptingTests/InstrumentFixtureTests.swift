// Every shipped instrument against its hand-computed fixtures, through the real engine and its checks.
import Core
import Foundation
import Lua
import Testing

@testable import Scripting

@Suite struct InstrumentFixtureTests {
    static let flows = ["audit", "dudit", "phq9", "gad7", "asi", "basisscreening"]

    @Test(arguments: flows)
    func fixturesScoreAsComputedByHand(_ id: String) throws {
        let flow = try shippedCatalog.flow(id)
        let fixtures = try LuaState().runFile(Paths.fixtures + "/\(id).lua").first ?? .nil
        let cases = try #require(fixtures.tableValue?.array, "\(id).lua must return a list of cases")
        #expect(cases.count >= 8, "\(id) needs at least 8 fixture cases")
        for fixture in cases {
            let name = fixture["name"].stringValue ?? "?"
            let expect = fixture["expect"]
            var inputs: [String: AnswerInput] = [:]
            for (key, value) in fixture["answers"].tableValue?.fields ?? [:] {
                inputs[key.text] = try #require(AnswerInput(luaValue: value), "\(name): answer \(key.text)")
            }
            let checked = try flow.check(inputs)
            let evaluation = try flow.evaluate(checked, luaContext: context(fixture["context"], flow: flow))
            if expect["refused"].isTruthy {
                guard case .scored(let result) = evaluation else { continue }
                Issue.record("\(id) / \(name): expected a refusal, got \(result.scores)")
                continue
            }
            guard case .scored(let result) = evaluation else {
                Issue.record("\(id) / \(name): refused: \(evaluation)")
                continue
            }
            for (key, want) in expect["scores"].tableValue?.fields ?? [:] {
                let got = result.score(key.text)
                if want.stringValue == "nil" {
                    #expect(got == nil, "\(id) / \(name): \(key.text)")
                } else {
                    let wanted = try #require(want.doubleValue)
                    #expect(
                        got.map { abs($0 - wanted) < 1e-9 } == true,
                        "\(id) / \(name): \(key.text) = \(String(describing: got)), want \(wanted)")
                }
            }
            for empty in expect["empty"].tableValue?.array ?? [] {
                #expect(
                    result.score(empty.stringValue ?? "") == nil,
                    "\(id) / \(name): \(empty.displayText) should be empty")
            }
            if case .table(let bands) = expect["bands"] {
                let wanted = Dictionary(
                    uniqueKeysWithValues: bands.fields.map { ($0.key.text, $0.value.stringValue ?? "") })
                #expect(result.bands == wanted, "\(id) / \(name): bands")
            }
            if case .table(let flags) = expect["flags"] {
                #expect(result.flags.sorted() == codes(flags), "\(id) / \(name): flags")
            }
            if case .table(let recommendations) = expect["recommendations"] {
                #expect(
                    result.recommendations.map(\.code).sorted() == codes(recommendations),
                    "\(id) / \(name): recommendations")
            }
        }
    }

    /// The fixture's context with the flow's settings filled in where the fixture sets none.
    private func context(_ value: LuaValue, flow: LoadedFlow) -> LuaValue {
        var table = value.tableValue ?? LuaTable()
        var settings = table["settings"].tableValue ?? LuaTable()
        for (name, setting) in flow.definition.settings where settings[name].isNil {
            settings.fields[.string(name)] = setting.luaValue
        }
        table.fields[.string("settings")] = .table(settings)
        if table["today"].isNil { table.fields[.string("today")] = .string("2026-11-23") }
        if table["language"].isNil { table.fields[.string("language")] = .string("da") }
        if table["earlier"].isNil { table.fields[.string("earlier")] = .table(LuaTable()) }
        return .table(table)
    }

    private func codes(_ table: LuaTable) -> [String] {
        table.array.compactMap { $0.stringValue ?? $0["code"].stringValue }.sorted()
    }
}
