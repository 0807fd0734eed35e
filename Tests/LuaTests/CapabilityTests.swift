// Capabilities at call time: a host function requiring one the state lacks is refused before its body runs.
import Foundation
import Testing

@testable import Lua

@Suite struct CapabilityTests {
    /// Counts the calls that reached a body.
    private final class Calls {
        var count = 0
    }

    private func casesModule(_ calls: Calls) -> LuaModule {
        LuaModule(
            "cases",
            functions: [
                LuaHostFunction("get", since: "1.0.0", capability: "cases:read") { args in
                    calls.count += 1
                    return .value(.string(try args.string(1)))
                },
                LuaHostFunction("open", since: "1.0.0", capability: "cases:write") { _ in
                    calls.count += 1
                    return .value(true)
                },
                LuaHostFunction("count", since: "1.0.0") { _ in
                    calls.count += 1
                    return .value(.integer(3))
                },
            ])
    }

    /// A state with `grants` and the `cases` module registered.
    private func state(_ grants: LuaGrants?, _ calls: Calls) throws -> LuaState {
        let state = try LuaState(sandbox: LuaSandbox(randomSeed: 1, grants: grants))
        try state.register(casesModule(calls))
        return state
    }

    private let reader = LuaGrants(owner: "dk.kommune.flows", capabilities: ["cases:read"])

    private func failure(_ state: LuaState, _ source: String, chunk: String = "flows/x.lua") -> LuaError? {
        do {
            try state.run(source, chunkName: chunk)
            Issue.record("expected the script to fail")
            return nil
        } catch let error as LuaError {
            return error
        } catch {
            Issue.record("expected a LuaError, got \(error)")
            return nil
        }
    }

    @Test func aMissingCapabilityIsRefusedNamingItTheFunctionTheOwnerAndTheLine() throws {
        let calls = Calls()
        let lua = try state(reader, calls)
        let error = try #require(failure(lua, "local id = 'S-1'\n\nlocal ok = cases.open(id)\nreturn ok"))
        #expect(
            error.description
                == "flows/x.lua:3: cases.open needs the capability 'cases:write', which 'dk.kommune.flows' was not granted"
        )
        #expect(error.chunk == "flows/x.lua")
        #expect(error.line == 3)
        #expect(error.kind == .host)
        #expect(
            error.underlying as? LuaCapabilityError
                == LuaCapabilityError(
                    function: "cases.open", capability: "cases:write", owner: "dk.kommune.flows",
                    message: "cases.open needs the capability 'cases:write', which 'dk.kommune.flows' was not granted"))
        #expect(calls.count == 0)
    }

    @Test func theOwnersWordsAreUsedForTheRefusal() throws {
        let calls = Calls()
        let grants = LuaGrants(owner: "dk.kommune.flows", capabilities: []) { function, capability, owner in
            "\(function) needs the capability '\(capability)', which pack '\(owner)' does not declare"
        }
        let lua = try state(grants, calls)
        let error = try #require(failure(lua, "local c = cases.get('S-1')"))
        #expect(
            error.description == "flows/x.lua:1: cases.get needs the capability 'cases:read', which pack "
                + "'dk.kommune.flows' does not declare")
    }

    @Test func aGrantedCapabilityRunsTheFunction() throws {
        let calls = Calls()
        let lua = try state(reader, calls)
        #expect(try lua.run("return cases.get('S-1')", chunkName: "flows/x.lua") == ["S-1"])
        #expect(try lua.run("return cases.count()", chunkName: "flows/x.lua") == [3])
        #expect(calls.count == 2)
    }

    @Test func anUnrestrictedStateRunsEverything() throws {
        let calls = Calls()
        let lua = try state(nil, calls)
        #expect(
            try lua.run("return cases.get('S-1'), cases.open(), cases.count()", chunkName: "t") == ["S-1", true, 3])
        #expect(calls.count == 3)
        #expect(lua.sandbox.allows("anything:at-all"))
    }

    @Test func noGrantsRefuseEveryCapabilityButNotPlainFunctions() throws {
        let calls = Calls()
        let lua = try state(LuaGrants(owner: "p", capabilities: []), calls)
        #expect(try lua.run("return cases.count()", chunkName: "t") == [3])
        #expect(failure(lua, "local c = cases.get('x')")?.message.contains("'cases:read'") == true)
        #expect(failure(lua, "local c = cases.open()")?.message.contains("'cases:write'") == true)
        #expect(calls.count == 1)
        #expect(!lua.sandbox.allows("cases:read"))
    }

    @Test func pcallCatchesTheRefusalAsAnOrdinaryErrorButTheBodyNeverRuns() throws {
        let calls = Calls()
        let lua = try state(reader, calls)
        let results = try lua.run(
            """
            local ok1, e1 = pcall(cases.open, 'S-1')
            local ok2, e2 = pcall(function() return cases.open('S-1') end)
            local ok3, e3 = xpcall(cases.open, function(m) return 'handled: ' .. m end)
            return ok1, e1, ok2, e2, ok3, e3
            """, chunkName: "flows/x.lua")
        #expect(results[0] == false)
        #expect(results[1].stringValue?.contains("cases.open needs the capability 'cases:write'") == true)
        #expect(results[2] == false)
        #expect(results[3].stringValue?.hasPrefix("flows/x.lua:2: cases.open needs") == true)
        #expect(results[4] == false)
        #expect(results[5].stringValue?.hasPrefix("handled: ") == true)
        #expect(calls.count == 0)
        // The refusal leaves nothing behind: the next call of a granted function runs.
        #expect(try lua.run("return cases.get('S-2')", chunkName: "t") == ["S-2"])
    }

    @Test func coroutinesAreRefusedToo() throws {
        let calls = Calls()
        let lua = try state(reader, calls)
        let results = try lua.run(
            """
            local co = coroutine.create(function() return cases.open('S-1') end)
            local ok, message = coroutine.resume(co)
            local wrapped = coroutine.wrap(function() coroutine.yield(1); return cases.open('S-1') end)
            wrapped()
            local ok2, message2 = pcall(wrapped)
            return ok, message, ok2, message2
            """, chunkName: "flows/x.lua")
        #expect(results[0] == false)
        #expect(results[1].stringValue?.contains("needs the capability 'cases:write'") == true)
        #expect(results[2] == false)
        #expect(results[3].stringValue?.contains("needs the capability 'cases:write'") == true)
        #expect(calls.count == 0)
    }

    @Test func theLockedModuleOffersNoWayAround() throws {
        let calls = Calls()
        let lua = try state(reader, calls)
        let results = try lua.run(
            """
            local attempts = {}
            attempts[1] = select(2, pcall(rawget, cases, 'open'))
            attempts[2] = select(2, pcall(function() cases.open = function() return 'forged' end end))
            attempts[3] = select(2, pcall(rawset, cases, 'open', print))
            attempts[4] = select(2, pcall(setmetatable, cases, {}))
            attempts[5] = getmetatable(cases)
            -- The function itself, however it is reached, is the refusing one.
            local open
            for name, f in pairs(cases) do if name == 'open' then open = f end end
            attempts[6] = select(2, pcall(open, 'S-1'))
            attempts[7] = select(2, pcall(load('return cases.open(...)', 'chunk', 't', { cases = cases }), 'S-1'))
            return attempts
            """, chunkName: "flows/x.lua")
        let attempts = try #require(results.first?.tableValue).array.map { $0.stringValue ?? "" }
        #expect(attempts[0].contains("bad argument #1 to 'rawget' (table expected"))
        #expect(attempts[1].contains("attempt to modify the read-only table 'cases'"))
        #expect(attempts[2].contains("bad argument #1 to 'rawset' (table expected"))
        #expect(attempts[3].contains("(table expected, got userdata)"))
        #expect(attempts[4] == "locked")
        #expect(attempts[5].contains("cases.open needs the capability 'cases:write'"))
        #expect(attempts[6].contains("cases.open needs the capability 'cases:write'"))
        #expect(calls.count == 0)
        #expect(try lua.run("return cases.open", chunkName: "t").first?.typeName == "function")
    }

    @Test func theSignatureAndCapabilityAreKeptForTheGenerators() {
        let function = LuaHostFunction(
            "get", since: "1.0.0", summary: "A case.", capability: "cases:read",
            signature: LuaSignature(
                [.init("id", "string", doc: "the case"), .init("full", "boolean", optional: true)],
                returns: [.init("table?", doc: "the case, or nil")])
        ) { _ in .none }
        #expect(function.capability == "cases:read")
        #expect(function.signature.parameterList == "id, full")
        #expect(function.signature.parameters[1].isOptional)
        #expect(function.signature.returns == [LuaSignature.Return("table?", doc: "the case, or nil")])
        #expect(LuaHostFunction("x", since: "1.0.0") { _ in .none }.capability == nil)
    }
}
