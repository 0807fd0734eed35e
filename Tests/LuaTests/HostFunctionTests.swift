// Swift functions registered as locked Lua modules: arguments, results, errors through the trampoline.
import Foundation
import Testing

@testable import Lua

private struct CaseNotFound: Error, CustomStringConvertible {
    let id: String
    var description: String { "no case with id \(id)" }
}

private struct Person: Codable, Equatable {
    var name: String
    var age: Int
    var tags: [String]
}

@Suite struct HostFunctionTests {
    private func caseModule(log: @escaping (String) -> Void = { _ in }) -> LuaModule {
        LuaModule(
            "case",
            functions: [
                LuaHostFunction("get", since: "1.0") { args in
                    let id = try args.string(1)
                    log(id)
                    guard id == "S-1" else { throw CaseNotFound(id: id) }
                    return .value(["id": .string(id), "status": "requested"])
                },
                LuaHostFunction("add", since: "1.0") { args in
                    .value(.integer(try args.integer(1) + (try args.optionalInteger(2) ?? 0)))
                },
                LuaHostFunction("pair", since: "1.0") { _ in .values([.nil, "not found"]) },
                LuaHostFunction("nothing", since: "1.0") { _ in .none },
                LuaHostFunction("person", since: "1.0") { args in
                    let person = try args.decode(Person.self, 1)
                    return .value(try LuaEncoder().encode(person))
                },
                LuaHostFunction("each", since: "1.0") { args in
                    let callback = try args.function(2)
                    var results: [LuaValue] = []
                    for element in try args.table(1).array {
                        results.append(try args.state.call(callback, [element]).first ?? .nil)
                    }
                    return .value(.table(LuaTable(array: results)))
                },
            ], constants: ["kinds": ["sel101", "sul141"]])
    }

    @Test func hostFunctionsAreCalledWithTheirArguments() throws {
        let lua = try TestState()
        var seen: [String] = []
        try lua.state.register(caseModule { seen.append($0) })
        #expect(try lua.eval("return case.get('S-1').status") == "requested")
        #expect(seen == ["S-1"])
        #expect(try lua.eval("return case.add(2, 3)") == 5)
        #expect(try lua.eval("return case.add(2.0)") == 2)
        #expect(try lua.eval("return select('#', case.nothing())") == 0)
        #expect(try lua.state.run("return case.pair()", chunkName: "t") == [.nil, "not found"])
        #expect(try lua.eval("return case.kinds[2]") == "sul141")
    }

    @Test func badArgumentsNameTheFunctionAndArgument() throws {
        let lua = try TestState()
        try lua.state.register(caseModule())
        let missing = try #require(lua.failure("local c = case.get()", chunk: "flow.lua"))
        #expect(missing.description == "flow.lua:1: bad argument #1 to 'case.get' (string expected, got no value)")
        let wrong = try #require(lua.failure("\ncase.get(nil)", chunk: "flow.lua"))
        #expect(wrong.description == "flow.lua:2: bad argument #1 to 'case.get' (string expected, got nil)")
        let fraction = try #require(lua.failure("case.add(1, 2.5)"))
        #expect(fraction.message == "bad argument #2 to 'case.add' (number has no integer representation)")
        let decoded = try #require(lua.failure("case.person({name = 'A', age = 'old', tags = {}})"))
        #expect(decoded.message.hasPrefix("bad argument #1 to 'case.person' ("))
        #expect(decoded.message.contains("age"))
    }

    @Test func swiftErrorsBecomeCatchableLuaErrors() throws {
        let lua = try TestState()
        try lua.state.register(caseModule())
        #expect(
            try lua.eval(
                """
                local ok, message = pcall(case.get, 'S-404')
                return tostring(ok) .. ' ' .. message
                """) == "false no case with id S-404")
        let error = try #require(lua.failure("\n\ncase.get('S-9')", chunk: "w.lua"))
        #expect(error.kind == .host)
        #expect(error.line == 3)
        #expect(error.message == "no case with id S-9")
        #expect((error.underlying as? CaseNotFound)?.id == "S-9")
    }

    @Test func codableValuesCrossTheBridge() throws {
        let lua = try TestState()
        try lua.state.register(caseModule())
        let value = try lua.eval("return case.person({name = 'Åse', age = 40, tags = {'a', 'b'}})")
        #expect(try LuaDecoder().decode(Person.self, from: value) == Person(name: "Åse", age: 40, tags: ["a", "b"]))
    }

    @Test func hostFunctionsCanCallBackIntoLua() throws {
        let lua = try TestState()
        try lua.state.register(caseModule())
        #expect(try lua.eval("return case.each({1, 2, 3}, function(x) return x * 10 end)") == [10, 20, 30])
        let error = try #require(lua.failure("case.each({1}, function(x) error('cb failed') end)"))
        #expect(error.message.contains("cb failed"))
    }

    @Test func hostFunctionsWorkInsideCoroutines() throws {
        let lua = try TestState()
        try lua.state.register(caseModule())
        #expect(
            try lua.eval(
                """
                local co = coroutine.wrap(function(a)
                  local b = coroutine.yield(case.add(a, 1))
                  return case.each({b}, function(x) return x + 100 end)[1]
                end)
                local first = co(1)
                return first * 1000 + co(5)
                """) == 2105)
    }

    @Test func modulesAreLocked() throws {
        let lua = try TestState()
        try lua.state.register(caseModule())
        let write = try #require(lua.failure("case.get = function() return 'evil' end"))
        #expect(write.message == "attempt to modify the read-only table 'case'")
        #expect(lua.failure("case.kinds[1] = 'x'")?.message == "attempt to modify the read-only table 'case.kinds'")
        #expect(try lua.eval("return getmetatable(case)") == "locked")
        #expect(lua.failure("setmetatable(case, {})") != nil)
        #expect(lua.failure("rawset(case, 'get', 1)") != nil)
        #expect(try lua.eval("local n = 0 for k, v in pairs(case) do n = n + 1 end return n") == 7)
        #expect(try lua.eval("return type(case.get) .. ' ' .. tostring(case.unknown)") == "function nil")
        // pairs hands out only the functions, never the hidden table.
        #expect(
            try lua.eval(
                """
                local seen = {}
                for k, v in pairs(case) do seen[#seen + 1] = type(v) end
                table.sort(seen)
                return table.concat(seen, ',')
                """) == "function,function,function,function,function,function,userdata")
    }
}
