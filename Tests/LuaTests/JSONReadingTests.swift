// Reading JSON text into LuaValue: every kind of value, escapes, numbers, and the errors.
import Testing

@testable import Lua

@Suite struct JSONReadingTests {
    @Test func objectsArraysAndScalars() throws {
        let value = try LuaValue(
            jsonText: #"{"a": 1, "b": [true, false, null, 2.5], "c": {"d": "x"}, "e": null, "f": -3, "g": 1e3}"#)
        let table = try #require(value.tableValue)
        #expect(table["a"] == .integer(1))
        #expect(table["b"] == .table(LuaTable(array: [.boolean(true), .boolean(false), .nil, .number(2.5)])))
        #expect(table["c"] == ["d": "x"])
        #expect(table["e"].isNil)
        #expect(table.fields[.string("e")] == nil)
        #expect(table["f"] == .integer(-3))
        #expect(table["g"] == .number(1000))
        #expect(try LuaValue(jsonText: " [] ") == .table(LuaTable()))
        #expect(try LuaValue(jsonText: "{}") == .table(LuaTable()))
    }

    @Test func stringsWithEscapesAndUnicode() throws {
        #expect(try LuaValue(jsonText: #""plain""#) == "plain")
        #expect(try LuaValue(jsonText: #""a\"b\\c\/d\ne\tf""#) == "a\"b\\c/d\ne\tf")
        #expect(try LuaValue(jsonText: #""æøå \u00e6\u00F8""#) == "æøå æø")
        #expect(try LuaValue(jsonText: #""\ud83d\ude00""#) == "😀")
    }

    @Test func whatTheWriterWritesReadsBackEqual() throws {
        let value: LuaValue = ["name": "Jens \"J\" Hansen", "scores": [1, 2.5, -7], "ok": true, "nested": ["x": "ø"]]
        #expect(try LuaValue(jsonText: try value.jsonText()) == value)
    }

    @Test(arguments: [#"{"a" 1}"#, "[1, 2", #""open"#, "tru", #"{"a": 1} x"#, #""\x""#, #""\ud83d""#, ""])
    func notJSONIsAnErrorNamingWhere(text: String) {
        #expect(throws: LuaHostError.self) { try LuaValue(jsonText: text) }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: LuaHostError.self) { try LuaValue(jsonText: text) }
    }

    /// JSON pushed straight onto the stack, by a host function's `.pushing` result, is the value
    /// LuaValue(jsonText:) reads.
    @Test(arguments: [
        #"{"a": 1, "b": [true, false, 2.5], "c": {"d": "x\n\u00e6"}, "e": null, "f": -3, "g": 1e3}"#,
        #"["x", {"scores": {"alcohol": 0.72, "drug": 0}}, [], {}]"#, #""plain""#, "12", "null",
    ])
    func pushedJSONIsWhatTheReaderReads(text: String) throws {
        let lua = try Self.stateWithPush()
        let pushed = try lua.state.run("return json.push([==[\(text)]==])", chunkName: "t").first ?? .nil
        #expect(pushed == (try LuaValue(jsonText: text)))
        #expect(lua.state.stackDepth == 0)
    }

    /// A `null` in a list leaves a hole; bad JSON is the script's error, and the stack is as it was.
    @Test func holesAndBadJSON() throws {
        let lua = try Self.stateWithPush()
        #expect(try lua.eval("local t = json.push('[1, null, 3]') return t[1] + t[3] + (t[2] or 100)") == 104)
        #expect(
            try lua.eval(#"local ok, e = pcall(json.push, '{"a": [1, 2') return not ok and e:find("JSON") ~= nil"#)
                == true)
        #expect(lua.state.stackDepth == 0)
    }

    private static func stateWithPush() throws -> TestState {
        let lua = try TestState()
        try lua.state.register(
            LuaModule(
                "json",
                functions: [LuaHostFunction("push", since: "1.0") { args in .pushing(LuaJSONText(try args.string(1))) }]
            ))
        return lua
    }
}
