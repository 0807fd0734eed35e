// Values converted between Swift and Lua, both ways: scalars, strings, nested tables, cycles, depth.
import Testing

@testable import Lua

@Suite struct ConversionTests {
    @Test func scalarsComeBackWithTheirLuaTypes() throws {
        let lua = try TestState()
        let values = try lua.state.run(
            "return nil, true, false, 7, 7.0, 0.5, -0.0, 'x', math.maxinteger", chunkName: "t")
        #expect(
            values == [
                .nil, .boolean(true), .boolean(false), .integer(7), .number(7.0), .number(0.5), .number(-0.0),
                .string("x"), .integer(Int64.max),
            ])
    }

    @Test func integersAndFloatsStayDistinctGoingIn() throws {
        let lua = try TestState()
        try lua.state.setGlobal("i", .integer(3))
        try lua.state.setGlobal("f", .number(3))
        #expect(try lua.eval("return math.type(i) .. ' ' .. math.type(f)") == "integer float")
        #expect(try lua.eval("return 1 // 0.0") == .number(.infinity))
    }

    @Test func utf8StringsSurviveBothWays() throws {
        let lua = try TestState()
        let text = "Ærø — ½ 🚀 \u{0}nul"
        try lua.state.setGlobal("s", .string(text))
        #expect(try lua.eval("return #s") == .integer(Int64(text.utf8.count)))
        #expect(try lua.eval("return utf8.len(s)") == .integer(Int64(text.unicodeScalars.count)))
        #expect(try lua.eval("return s") == .string(text))
        #expect(try lua.eval("return 'Sagsbehandler: Søren Ødegård'") == "Sagsbehandler: Søren Ødegård")
    }

    @Test func sequencesBecomeArraysAndOtherKeysFields() throws {
        let lua = try TestState()
        let value = try lua.eval("return { 10, 20, 30, name = 'x', [5] = 'gap', [true] = 1, [2.5] = 'f' }")
        let table = try #require(value.tableValue)
        #expect(table.array == [10, 20, 30])
        #expect(table.fields[.string("name")] == "x")
        #expect(table.fields[.integer(5)] == "gap")
        #expect(table.fields[.boolean(true)] == 1)
        #expect(table.fields[.number(2.5)] == "f")
        #expect(!table.isArray)
        #expect(try lua.eval("return {}").tableValue == LuaTable())
    }

    @Test func nestedTablesRoundTrip() throws {
        let lua = try TestState()
        let value: LuaValue = [
            "case": ["id": "S-1", "items": [1, 2.5, "tre", ["deep": [true, false]]]],
            "list": [[1], [2, [3]]],
        ]
        try lua.state.setGlobal("v", value)
        #expect(try lua.eval("return v") == value)
        #expect(try lua.eval("return v.case.items[4].deep[2]") == false)
        #expect(try lua.eval("return #v.list[2][2]") == 1)
    }

    @Test func aCyclicTableIsRefusedWithAMessage() throws {
        let lua = try TestState()
        let result = Result { try lua.eval("local t = {} t.self = t return t") }
        #expect(throws: LuaError.self) { try result.get() }
        if case .failure(let error as LuaError) = result {
            #expect(error.message.contains("contains itself"))
        }
        // The same table twice, but not inside itself, is fine.
        let shared = try lua.eval("local s = {1} return {a = s, b = s}")
        #expect(shared["a"] == [1] && shared["b"] == [1])
    }

    @Test func depthIsLimitedBothWays() throws {
        let lua = try TestState()
        #expect(throws: LuaError.self) {
            try lua.eval("local t = {} for i = 1, 200 do t = {t} end return t")
        }
        var deep: LuaValue = 1
        for _ in 0..<150 { deep = [deep] }
        #expect(throws: LuaError.self) { try lua.state.setGlobal("deep", deep) }
        var fine: LuaValue = 1
        for _ in 0..<50 { fine = [fine] }
        try lua.state.setGlobal("fine", fine)
        #expect(try lua.eval("local n, t = 0, fine while type(t) == 'table' do n = n + 1 t = t[1] end return n") == 50)
    }

    @Test func functionsComeBackAsCallableReferences() throws {
        let lua = try TestState()
        let value = try lua.eval("return function(a, b) return a * b, a + b end")
        guard case .function(let function) = value else {
            Issue.record("expected a function, got \(value)")
            return
        }
        #expect(try lua.state.call(function, [6, 7]) == [42, 13])
        try lua.state.setGlobal("f", value)
        #expect(try lua.eval("return f(2, 3)") == 6)
    }

    @Test func unconvertibleValuesAreNamed() throws {
        let lua = try TestState()
        let error = lua.failure("return coroutine.create(function() end)")
        #expect(error?.message == "cannot convert a thread value")
    }

    @Test func globalsCanBeReadAndWritten() throws {
        let lua = try TestState()
        try lua.state.setGlobal("answer", 42)
        #expect(try lua.state.global("answer") == 42)
        #expect(try lua.state.global("nothing") == .nil)
    }

    @Test func jsonFollowsTheArrayRule() throws {
        let lua = try TestState()
        let value = try lua.eval(
            "return { list = {1, 2.5, 'x'}, empty = {}, map = {b = 1, a = true}, mixed = {1, 2, k = 'v'}, s = 'æ\"\\n' }"
        )
        #expect(
            try value.jsonText()
                == #"{"empty":[],"list":[1,2.5,"x"],"map":{"a":true,"b":1},"mixed":{"1":1,"2":2,"k":"v"},"s":"æ\"\n"}"#)
        #expect(throws: LuaValue.JSONError.self) { try LuaValue.number(.nan).jsonText() }
        #expect(throws: LuaValue.JSONError.self) { try lua.eval("return {f = print}").jsonText() }
    }

    @Test func controlCharactersAreEscapedInJSONAndLuaText() throws {
        let value = LuaValue.string("a\u{1}b\u{7f}\"\\\n")
        #expect(try value.jsonText() == #""a\u0001b\u007f\"\\\n""#)
        #expect(value.literal(indent: "") == #""a\001b\127\"\\\n""#)
    }

    @Test func displayTextReadsAsLua() throws {
        let lua = try TestState()
        let value = try lua.eval("return { 1, 'to', sub = { ok = true }, ['not an id'] = 2.0 }")
        #expect(
            value.displayText == """
                {
                  1,
                  "to",
                  ["not an id"] = 2.0,
                  sub = {
                    ok = true,
                  },
                }
                """)
    }
}
