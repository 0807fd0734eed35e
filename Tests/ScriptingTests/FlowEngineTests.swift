// The engine on small flows: policies, visibility, validation, scoring forms and scenarios.
import Core
import Foundation
import Lua
import Testing

@testable import Scripting

/// A three-item flow whose policies the tests vary.
private func threeItems(missing: String = "error", hidden: String = "absent") -> String {
    """
    local s = screening
    local options = { { 0, "Nej" }, { 1, "Lidt" }, { 2, "Meget" } }
    return s.flow {
      id = "test", version = "1.0.0", title = "Test",
      policies = { missing = "\(missing)", hidden = "\(hidden)" },
      scores = { { id = "total", text = "Total" }, { id = "first", text = "Første" } },
      labels = { high = { da = "Høj", en = "High" } },
      settings = { high = { male = 3, female = 2, default = 3 } },
      items = {
        s.choice { id = "a", text = "A?", options = options },
        s.choice { id = "b", text = "B?", options = options, visible = function(a) return a.a ~= 0 end },
        s.choice { id = "c", text = "C?", options = options },
      },
      score = function(a) return { total = s.sum(a, { "a", "b", "c" }), first = s.value(a, "a") } end,
      interpret = function(scores, ctx)
        local flags = {}
        if scores.total and scores.total >= s.setting(ctx, "high") then flags[#flags + 1] = "high" end
        return { bands = { total = s.band(scores.total, { { 0, "low" }, { 3, "high" } }) }, flags = flags }
      end,
    }
    """
}

@Suite struct FlowEngineTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func result(_ flow: LoadedFlow, _ values: [String: AnswerInput], sex: Sex? = nil) throws -> FlowEvaluation {
        let context = ScreeningContext(sex: sex, today: today, settings: flow.definition.settings)
        return try flow.evaluate(try flow.check(values), context: context)
    }

    @Test func readsTheDefinition() throws {
        let flow = try loadFlow(threeItems(), in: folder)
        #expect(flow.definition.id == "test")
        #expect(flow.definition.items.map(\.id) == ["a", "b", "c"])
        #expect(flow.definition.items[1].hasVisibilityRule)
        #expect(flow.definition.scores.map(\.id) == ["total", "first"])
        #expect(flow.definition.label("high", .english) == "High")
        #expect(
            flow.reference
                == FlowReference(
                    id: "test", version: SemanticVersion(1, 0, 0), pack: "test.pack",
                    packVersion: SemanticVersion(2, 1, 0)))
    }

    @Test func missingAnswersUnderEachPolicy() throws {
        let answers: [String: AnswerInput] = ["a": .integer(1), "b": .integer(2)]
        #expect(try result(loadFlow(threeItems(missing: "error"), in: folder), answers) == .missingAnswers(["c"]))
        guard case .scored(let zero) = try result(loadFlow(threeItems(missing: "zero"), in: folder), answers),
            case .scored(let empty) = try result(loadFlow(threeItems(missing: "empty"), in: folder), answers)
        else { Issue.record("expected scores"); return }
        #expect(zero.score("total") == 3)
        #expect(empty.score("total") == nil)
        #expect(empty.score("first") == 1)
        #expect(empty.missing == ["c"])
    }

    @Test func hiddenAnswersDoNotCount() throws {
        // b is hidden when a is 0; the 2 given for it must not count under either policy.
        let answers: [String: AnswerInput] = ["a": .integer(0), "b": .integer(2), "c": .integer(1)]
        for policy in ["absent", "zero"] {
            guard case .scored(let result) = try result(loadFlow(threeItems(hidden: policy), in: folder), answers)
            else {
                Issue.record("expected scores under \(policy)")
                continue
            }
            #expect(result.score("total") == 1, "hidden = \(policy)")
            #expect(result.hidden == ["b"])
        }
    }

    @Test func sexSpecificCutOffs() throws {
        let flow = try loadFlow(threeItems(), in: folder)
        let answers: [String: AnswerInput] = ["a": .integer(1), "b": .integer(0), "c": .integer(1)]
        guard case .scored(let female) = try result(flow, answers, sex: .female),
            case .scored(let male) = try result(flow, answers, sex: .male)
        else { Issue.record("expected scores"); return }
        #expect(female.flags == ["high"])
        #expect(male.flags == [])
        #expect(female.bands == ["total": "low"])
    }

    @Test func changingAnAnswerChangesTheScore() throws {
        let flow = try loadFlow(threeItems(), in: folder)
        var answers: [String: AnswerInput] = ["a": .integer(2), "b": .integer(2), "c": .integer(2)]
        #expect(try result(flow, answers).result().score("total") == 6)
        answers["a"] = .integer(0)  // hides b
        #expect(try result(flow, answers).result().score("total") == 2)
        answers["c"] = .integer(0)
        #expect(try result(flow, answers).result().score("total") == 0)
    }

    @Test func answersAreCheckedInSwiftAndNameTheItem() throws {
        let flow = try loadFlow(threeItems(), in: folder)
        #expect(throws: DomainError(field: "a", ScreeningProblem.notAnOption("7", options: ["0", "1", "2"]))) {
            try flow.check(["a": .integer(7)])
        }
        #expect(throws: DomainError(field: "zz", ScreeningProblem.unknownItem(flow: "test"))) {
            try flow.check(["zz": .integer(1)])
        }
        #expect(throws: DomainError(field: "b", ScreeningProblem.wrongType(expected: .choice, got: "true"))) {
            try flow.check(["b": .boolean(true)])
        }
        #expect(try flow.check(["a": .null, "b": .number(1.0)]) == ["b": .integer(1)])
    }

    @Test func everyKindChecksItsAnswers() throws {
        let flow = try loadFlow(
            """
            local s = screening
            return {
              id = "test", version = "1.0.0", title = "Kinds", scores = { { id = "n", text = "N" } },
              items = {
                s.section { id = "intro", text = "Om dig", help = "Hjælp" },
                s.yesno { id = "yn", text = "Ja?" },
                s.integer { id = "days", text = "Dage", min = 0, max = 30 },
                s.number { id = "kr", text = "Kroner", min = 0, decimals = 2 },
                s.date { id = "when", text = "Hvornår", min = "2020-01-01" },
                s.text { id = "note", text = "Note", max_length = 5, optional = true },
                s.multi { id = "which", text = "Hvilke", options = { { "a", "A" }, { "b", "B", points = 3 } }, max = 2 },
                s.grid { id = "grid", text = "Stoffer", rows = { { id = "D1", text = "Alkohol" } },
                  columns = { { suffix = "", text = "Dage", min = 0, max = 30 }, { suffix = "_years", text = "År", min = 0, max = 99 } } },
              },
              score = function(a) return { n = s.value(a, "which") } end,
            }
            """, in: folder)
        #expect(try flow.check(["yn": .boolean(true)]) == ["yn": .integer(1)])
        #expect(throws: DomainError.self) { try flow.check(["yn": .integer(2)]) }
        #expect(throws: DomainError(field: "days", ScreeningProblem.aboveMaximum("30"))) {
            try flow.check(["days": .integer(31)])
        }
        #expect(throws: DomainError(field: "days", ScreeningProblem.wrongType(expected: .integer, got: "2.5"))) {
            try flow.check(["days": .number(2.5)])
        }
        #expect(throws: DomainError(field: "kr", ScreeningProblem.tooManyDecimals(2))) {
            try flow.check(["kr": .number(1.125)])
        }
        #expect(try flow.check(["kr": .number(12.5)]) == ["kr": .number(12.5)])
        #expect(throws: DomainError(field: "when", ScreeningProblem.notADate("2026-02-30"))) {
            try flow.check(["when": .text("2026-02-30")])
        }
        #expect(throws: DomainError(field: "when", ScreeningProblem.dateBefore(Day("2020-01-01")!))) {
            try flow.check(["when": .text("2019-12-31")])
        }
        #expect(throws: DomainError(field: "note", ScreeningProblem.textTooLong(5))) {
            try flow.check(["note": .text("for lang")])
        }
        #expect(throws: DomainError(field: "which", ScreeningProblem.duplicateSelection("a"))) {
            try flow.check(["which": .list([.text("a"), .text("a")])])
        }
        #expect(throws: DomainError(field: "intro", ScreeningProblem.sectionTakesNoAnswer)) {
            try flow.check(["intro": .integer(1)])
        }
        #expect(throws: DomainError(field: "D1", ScreeningProblem.aboveMaximum("30"))) {
            try flow.check(["D1": .integer(40)])
        }
        #expect(try flow.check(["D1_years": .integer(40)]) == ["D1_years": .integer(40)])
        let checked = try flow.check([
            "yn": .integer(0), "days": .integer(3), "kr": .integer(0), "when": .text("2026-01-01"),
            "which": .list([.text("a"), .text("b")]), "D1": .integer(1), "D1_years": .integer(2),
        ])
        #expect(try flow.evaluate(checked, context: ScreeningContext(today: today)).result().score("n") == 3)
    }

    @Test func sectionsHideTheirItemsAndRulesSeeAnswersSoFar() throws {
        let flow = try loadFlow(
            """
            local s = screening
            return {
              id = "test", version = "1.0.0", title = "Sektioner", policies = { missing = "error" },
              scores = { { id = "n", text = "N" } },
              items = {
                s.yesno { id = "drinks", text = "Drikker du?" },
                s.section { id = "alcohol", text = "Alkohol", visible = function(a) return a.drinks == 1 end },
                s.integer { id = "days", text = "Dage", min = 0, max = 30 },
                s.integer { id = "units", text = "Genstande", min = 0,
                  validate = function(v, a) if a.days == 0 and v > 0 then return { da = "ingen dage", en = "no days" } end end },
                s.section { id = "other", text = "Andet" },
                s.yesno { id = "smokes", text = "Ryger du?", visible = function(a, ctx) return ctx.age == nil or ctx.age >= 18 end },
              },
              score = { n = function(a) return s.sum(a, { "days", "units" }) end },
            }
            """, in: folder)
        let context = ScreeningContext(age: 16, today: today)
        #expect(try flow.visibleItems(try flow.check(["drinks": .integer(0)]), context: context) == [0, 4])
        #expect(try flow.visibleItems(try flow.check(["drinks": .integer(1)]), context: context) == [0, 1, 2, 3, 4])
        // Hidden items add nothing to a sum; the hidden smoking item is not missing either.
        let sober = try flow.evaluate(try flow.check(["drinks": .integer(0)]), context: context).result()
        #expect(sober.score("n") == 0)
        #expect(sober.hidden == ["days", "units", "smokes"])
        #expect(
            try flow.evaluate(try flow.check(["drinks": .integer(1)]), context: context)
                == .missingAnswers(["days", "units"]))
        let invalid = try flow.check(["drinks": .integer(1), "days": .integer(0), "units": .integer(4)])
        #expect(
            try flow.evaluate(invalid, context: context)
                == .invalidAnswer(id: "units", message: FlowText(danish: "ingen dage", english: "no days")))
        #expect(
            try flow.validate("units", .integer(4), answers: invalid, context: context)
                == FlowText(danish: "ingen dage", english: "no days"))
        #expect(try flow.validate("units", .integer(0), answers: invalid, context: context) == nil)
        let valid = try flow.check(["drinks": .integer(1), "days": .integer(2), "units": .integer(4)])
        #expect(try flow.evaluate(valid, context: context).result().score("n") == 6)
    }

    @Test(arguments: [
        ("return 1", "the file must return the flow's table, got number"),
        (
            "return { id = 'test', version = '1.0', title = 'T', scores = {{ id = 'n', text = 'N' }}, items = {{ kind = 'yesno', id = 'a', text = 'A' }}, score = function() end }",
            "version: expected a semantic version such as \"1.0.0\""
        ),
        (
            "return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }}, items = {{ kind = 'yesno', id = 'a', text = 'A' }}, score = function() end, colour = 1 }",
            "colour: unknown field"
        ),
        (
            "return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }}, items = {{ kind = 'slider', id = 'a', text = 'A' }}, score = function() end }",
            "items[1].kind: expected one of"
        ),
        (
            "return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }}, items = {{ kind = 'choice', id = 'a', text = 'A', options = {{ 0.5, 'x' }} }}, score = function() end }",
            "items[1] (a).options[1].code: the code must be an integer or a string"
        ),
        (
            "return { id = 'test', version = '1.0.0', title = { en = 'T' }, scores = {{ id = 'n', text = 'N' }}, items = {{ kind = 'yesno', id = 'a', text = 'A' }}, score = function() end }",
            "title: a text needs its Danish form"
        ),
        (
            "return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }}, items = {{ kind = 'yesno', id = 'a', text = 'A' }, { kind = 'yesno', id = 'a', text = 'B' }}, score = function() end }",
            "items[2].id: 'a' is already used by items[1]"
        ),
        (
            "return { id = 'other', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }}, items = {{ kind = 'yesno', id = 'a', text = 'A' }}, score = function() end }",
            "id: the flow's id 'other' must match its file name ('test')"
        ),
    ])
    func definitionProblemsNameTheField(source: String, message: String) throws {
        do {
            _ = try loadFlow(source, in: folder)
            Issue.record("expected an error containing \(message)")
        } catch let error as FlowFileError {
            #expect(error.description.contains(message), "\(error.description)")
            #expect(error.file.hasSuffix("flows/test.lua"))
        }
    }

    @Test func resultProblemsNameTheFlow() throws {
        let flow = try loadFlow(
            """
            return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }},
              items = {{ kind = 'yesno', id = 'a', text = 'A' }}, score = function() return { m = 1 } end }
            """, in: folder)
        #expect(throws: FlowFileError.self) {
            try flow.evaluate(["a": .integer(1)], context: ScreeningContext(today: today))
        }
    }

    @Test func flowsRunInTheSandboxUnderTheLimits() throws {
        let escape = try loadFlow(
            """
            return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }},
              items = {{ kind = 'yesno', id = 'a', text = 'A' }}, score = function() return { n = io.open('/etc/passwd') } end }
            """, in: folder)
        #expect(throws: LuaError.self) {
            try escape.evaluate(["a": .integer(1)], context: ScreeningContext(today: today))
        }
        try """
        return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }},
          items = {{ kind = 'yesno', id = 'a', text = 'A' }}, score = function() while true do end end }
        """.write(toFile: escape.file.path, atomically: true, encoding: .utf8)
        let looping = try LoadedFlow(file: escape.file, limits: LuaLimits(timeMilliseconds: 50))
        do {
            _ = try looping.evaluate(["a": .integer(1)], context: ScreeningContext(today: today))
            Issue.record("expected the time limit")
        } catch let error as LuaError {
            #expect(error.kind == .timeLimit)
        }
    }

    @Test func requireFindsThePacksOwnModules() throws {
        try FileManager.default.createDirectory(atPath: folder.path + "/pack/lib", withIntermediateDirectories: true)
        try "return { { 0, 'Nej' }, { 5, 'Ja' } }".write(
            toFile: folder.path + "/pack/lib/opts.lua", atomically: true, encoding: .utf8)
        let flow = try loadFlow(
            """
            local opts = require("lib.opts")
            return { id = 'test', version = '1.0.0', title = 'T', scores = {{ id = 'n', text = 'N' }},
              items = {{ kind = 'choice', id = 'a', text = 'A', options = opts }}, score = function(a) return { n = screening.value(a, 'a') } end }
            """, in: folder)
        #expect(flow.definition.items[0].options.map(\.code) == [.integer(0), .integer(5)])
        #expect(try flow.evaluate(["a": .integer(5)], context: ScreeningContext(today: today)).result().score("n") == 5)
    }
}
