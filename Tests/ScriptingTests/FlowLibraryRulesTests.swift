// The library's promises to flow authors: rules see the right arguments, and misuse is a clear error.
import Core
import Foundation
import Lua
import Testing

@testable import Scripting

/// A flow with a grid whose validation rule records the ids it was called with.
private let gridFlow = """
    local s = screening
    seen = {}
    return s.flow {
      id = "test", version = "1.0.0", title = "Test",
      scores = { { id = "total", text = "Total" } },
      items = {
        s.integer { id = "days", text = "Dage?", min = 0, max = 30 },
        s.grid {
          id = "use", text = "Brug",
          rows = { { id = "A", text = "Alkohol" }, { id = "B", text = "Hash" } },
          columns = { { suffix = "", text = "Dage", min = 0, max = 30 }, { suffix = "_years", text = "År", min = 0, max = 60 } },
          validate = function(v, a, ctx, id)
            seen[#seen + 1] = id
            if id:sub(-6) ~= "_years" and v > a.days then return { da = "flere end dage", en = "more than days" } end
            if id == "B_years" and v == 13 then return false end
          end,
        },
      },
      score = function(a) return { total = s.sum(a, { "days", "A", "B" }) } end,
    }
    """

@Suite struct FlowLibraryRulesTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func evaluate(_ source: String, _ values: [String: AnswerInput], settings: Bool = true) throws
        -> FlowEvaluation
    {
        let flow = try loadFlow(source, in: folder)
        let context = ScreeningContext(today: today, settings: settings ? flow.definition.settings : [:])
        return try flow.evaluate(try flow.check(values), context: context)
    }

    @Test func aGridRuleIsToldWhichCellItChecksAndRunsOncePerCell() throws {
        let flow = try loadFlow(gridFlow, in: folder)
        let context = ScreeningContext(today: today)
        let values: [String: AnswerInput] = [
            "days": .integer(5), "A": .integer(3), "A_years": .integer(2), "B": .integer(9), "B_years": .integer(1),
        ]
        let evaluation = try flow.evaluate(try flow.check(values), context: context)
        #expect(
            evaluation
                == .invalidAnswer(id: "B", message: FlowText(danish: "flere end dage", english: "more than days")))
        let seen = try flow.state.run("return table.concat(seen, ',')", chunkName: "probe").first
        #expect(seen == .string("A,A_years,B,B_years"), "each cell once, in order, with its own id")
    }

    @Test func aRuleReturningFalseRefusesWithTheHostsMessage() throws {
        let values: [String: AnswerInput] = [
            "days": .integer(5), "A": .integer(3), "A_years": .integer(2), "B": .integer(1), "B_years": .integer(13),
        ]
        guard case .invalidAnswer(let id, _) = try evaluate(gridFlow, values) else {
            Issue.record("expected a refusal of B_years")
            return
        }
        #expect(id == "B_years")
        // Asked one answer at a time (the interactive run), the rule refuses it the same way.
        let flow = try loadFlow(gridFlow, in: folder)
        let before = try flow.check(["days": .integer(5), "A": .integer(3), "A_years": .integer(2), "B": .integer(1)])
        let context = ScreeningContext(today: today)
        #expect(try flow.validate("B_years", .integer(13), answers: before, context: context) != nil)
        #expect(try flow.validate("B_years", .integer(12), answers: before, context: context) == nil)
    }

    @Test func valueOfATextAnswerIsAnErrorNamingTheItem() throws {
        let source = """
            local s = screening
            return s.flow {
              id = "test", version = "1.0.0", title = "Test",
              policies = { missing = "empty" },
              scores = { { id = "total", text = "Total" } },
              items = { s.text { id = "job", text = "Job?" } },
              score = function(a) return { total = s.value(a, "job") } end,
            }
            """
        let error = #expect(throws: LuaError.self) { try evaluate(source, ["job": .text("Tømrer")]) }
        #expect(error?.message.contains("the answer to 'job' is string \"Tømrer\", which counts for no points") == true)
        // Unanswered, it is simply nil: the score is left empty.
        guard case .scored(let result) = try evaluate(source, [:]) else {
            Issue.record("expected a score")
            return
        }
        #expect(result.scores.first?.value == nil)
    }

    @Test func anUndeclaredSettingIsAnErrorNotASilentDefault() throws {
        let source = """
            local s = screening
            return s.flow {
              id = "test", version = "1.0.0", title = "Test",
              scores = { { id = "total", text = "Total" } },
              settings = { cut_off = 8 },
              items = { s.integer { id = "n", text = "N?", min = 0, max = 10 } },
              score = function(a) return { total = s.value(a, "n") } end,
              interpret = function(scores, ctx)
                return { flags = (scores.total or 0) >= (s.setting(ctx, "cutoff") or 8) and { "high" } or {} }
              end,
            }
            """
        let error = #expect(throws: LuaError.self) { try evaluate(source, ["n": .integer(9)]) }
        #expect(error?.message.contains("the flow declares no setting 'cutoff'") == true)
        #expect(error?.line == 9, "the error points at the flow's line, not the library's")
    }
}
