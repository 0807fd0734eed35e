// Calls whose arguments are pushed and whose results are read straight on the Lua stack.
import Testing

@testable import Lua

@Suite struct StackAccessTests {
    @Test func pushedArgumentsKeepTheirLuaTypes() throws {
        let lua = try TestState()
        let describe = try #require(
            try lua.eval(
                """
                return function(...)
                  local out = {}
                  for i = 1, select('#', ...) do
                    local v = select(i, ...)
                    out[#out + 1] = math.type(v) or type(v)
                  end
                  return table.concat(out, ' ')
                end
                """
            ).functionValue)
        let described = try lua.state.call(
            describe,
            arguments: { arguments in
                try arguments.push(Int64(3))
                try arguments.push(3.0)
                try arguments.push("Ærø")
                try arguments.push(true)
                try arguments.pushNil()
                try arguments.push(LuaValue.table(LuaTable(array: [1, 2])))
            },
            results: { try $0.first.value() })
        #expect(described == "integer float string boolean nil table")
        #expect(lua.state.stackDepth == 0)
    }

    @Test func tablesAreFilledWithRawSets() throws {
        let lua = try TestState()
        let check = try #require(
            try lua.eval(
                """
                return function(t)
                  return t.name, t.count, t.share, #t.list, t.list[2], t.nested.inner[1], getmetatable(t) == nil
                end
                """
            ).functionValue)
        let values = try lua.state.call(
            check,
            arguments: { arguments in
                try arguments.pushTable(fieldCount: 5) { table in
                    try table.set("name", "Søren")
                    try table.set("count", Int64(7))
                    try table.set("share", 0.5)
                    try table.set("list") { list in
                        try list.pushTable(arrayCount: 3) { items in
                            for item in ["a", "b", "c"] { try items.append(item) }
                        }
                    }
                    try table.set("nested", ["inner": [Int64(42)]])
                }
            },
            results: { results in try (0..<results.count).map { try results[$0].value() } })
        #expect(values == ["Søren", 7, 0.5, 3, "b", 42, true])
    }

    @Test func aValueThatPushesTwoValuesIsRefusedAndTheStackRestored() throws {
        let lua = try TestState()
        let noop = try #require(try lua.eval("return function() end").functionValue)
        #expect(throws: LuaError.self) {
            try lua.state.call(
                noop,
                arguments: { arguments in
                    try arguments.pushTable { table in
                        try table.set("x") { value in
                            try value.push(Int64(1))
                            try value.push(Int64(2))
                        }
                    }
                }, results: { _ in })
        }
        #expect(lua.state.stackDepth == 0)
        #expect(try lua.eval("return 1 + 1") == 2)
    }

    @Test func tablesNestedTooDeepAreRefused() throws {
        let lua = try TestState()
        let noop = try #require(try lua.eval("return function() end").functionValue)
        func nest(_ writer: inout LuaStackWriter, _ levels: Int) throws {
            try writer.pushTable { table in
                if levels > 0 { try table.set("next") { try nest(&$0, levels - 1) } }
            }
        }
        try lua.state.call(noop, arguments: { try nest(&$0, LuaState.maximumDepth - 1) }, results: { _ in })
        let error = #expect(throws: LuaError.self) {
            try lua.state.call(noop, arguments: { try nest(&$0, LuaState.maximumDepth) }, results: { _ in })
        }
        #expect(error?.message.contains("nested deeper") == true)
        #expect(lua.state.stackDepth == 0)
    }

    @Test func resultsAreReadInPlace() throws {
        let lua = try TestState()
        let make = try #require(
            try lua.eval(
                """
                return function()
                  return { scores = { a = 1, b = 2.5 }, list = { 'x', 'y' }, flag = false, [1] = 'first' }, 'two'
                end
                """
            ).functionValue)
        try lua.state.call(
            make, arguments: { _ in },
            results: { results in
                #expect(results.count == 2)
                let result = results.first
                #expect(result.isTable && !result.isNil && result.isTruthy)
                #expect(try result.field("scores") { try $0.field("a", \.integerValue) } == 1)
                #expect(try result.field("scores") { try $0.field("b", \.doubleValue) } == 2.5)
                #expect(try result.field("scores") { try $0.pairCount() } == 2)
                #expect(try result.field("list") { try $0.listCount() } == 2)
                #expect(try result.field("list") { try $0.element(2, \.stringValue) } == "y")
                #expect(try result.field("list") { $0.rawLength } == 2)
                #expect(try result.field("flag") { $0.boolValue == false && !$0.isTruthy && !$0.isNil })
                #expect(try result.field("missing") { $0.isNil && $0.typeName == "nil" })
                #expect(try result.element(1, \.stringValue) == "first")
                // The result is not a list: it has other keys besides [1].
                #expect(try result.listCount() == nil)
                var keys: [String] = []
                try result.forEachPair { key, _ in keys.append(try key.value().displayText) }
                #expect(keys.sorted() == ["1", "flag", "list", "scores"])
                #expect(results[1].stringValue == "two")
                // A result that was not returned reads as nil; a string is not a table.
                #expect(results[2].isNil && results[2].typeName == "nil")
                #expect(try results[1].field("x", \.isNil))
                #expect(try results[1].value() == "two")
            })
        #expect(lua.state.stackDepth == 0)
    }

    @Test func fieldNamesReadTheSameFields() throws {
        let lua = try TestState()
        let make = try #require(try lua.eval("return function() return { code = 'c1', n = 3 } end").functionValue)
        let code = try lua.state.fieldName("code")
        let n = try lua.state.fieldName("n")
        let read = try lua.state.call(
            make, arguments: { _ in },
            results: { results in
                (try results.first.field(code, \.stringValue), try results.first.field(n, \.integerValue))
            })
        #expect(read.0 == "c1" && read.1 == 3)
        #expect(code.name == "code")
    }

    @Test func errorsAndLimitsComeBackAsLuaErrors() throws {
        let lua = try TestState(limits: LuaLimits(memoryBytes: 16 << 20, timeMilliseconds: 200))
        let failing = try #require(try lua.eval("return function(t) error('no ' .. t.what) end").functionValue)
        let error = #expect(throws: LuaError.self) {
            try lua.state.call(
                failing, arguments: { try $0.pushTable { try $0.set("what", "luck") } }, results: { _ in })
        }
        #expect(error?.kind == .runtime)
        #expect(error?.message == "no luck")
        #expect(lua.state.stackDepth == 0)
        // The time limit is armed for a call made this way too.
        let looping = try #require(try lua.eval("return function() while true do end end").functionValue)
        let limit = #expect(throws: LuaError.self) {
            try lua.state.call(looping, arguments: { _ in }, results: { _ in })
        }
        #expect(limit?.kind == .timeLimit)
        #expect(lua.state.stackDepth == 0)
        #expect(try lua.eval("return 'healthy'") == "healthy")
    }

    @Test func aNestedCallWhileReadingLeavesTheOuterResultsReadable() throws {
        let lua = try TestState()
        let make = try #require(try lua.eval("return function() return { 1, 2, 3 } end").functionValue)
        let double = try #require(try lua.eval("return function(n) return n * 2 end").functionValue)
        let doubled = try lua.state.call(
            make, arguments: { _ in },
            results: { results in
                try (1...3).map { position in
                    let value = try results.first.element(position, \.integerValue) ?? 0
                    let twice = try lua.state.call(
                        double, arguments: { try $0.push(value) }, results: { $0.first.integerValue })
                    // The outer table is still where it was.
                    #expect(try results.first.element(position, \.integerValue) == value)
                    return twice ?? 0
                }
            })
        #expect(doubled == [2, 4, 6])
        #expect(lua.state.stackDepth == 0)
    }

    @Test func aFunctionOfAnotherStateIsRefused() throws {
        let one = try TestState()
        let other = try TestState()
        let function = try #require(try one.eval("return function() end").functionValue)
        #expect(throws: LuaError.self) {
            try other.state.call(function, arguments: { _ in }, results: { _ in })
        }
    }
}

extension LuaValue {
    fileprivate var functionValue: LuaFunction? {
        if case .function(let function) = self { return function }
        return nil
    }
}
