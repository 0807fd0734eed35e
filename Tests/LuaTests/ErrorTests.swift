// Errors carry kind, chunk, line, message and traceback; host errors cross the trampoline safely.
import Testing

@testable import Lua

@Suite struct ErrorTests {
    @Test func runtimeErrorsNameFileAndLine() throws {
        let lua = try TestState()
        let error = try #require(
            lua.failure(
                """
                local function inner(t)
                  return t.missing.field
                end
                inner({})
                """, chunk: "scripts/flow.lua"))
        #expect(error.kind == .runtime)
        #expect(error.chunk == "scripts/flow.lua")
        #expect(error.line == 2)
        #expect(error.message == "attempt to index a nil value (field 'missing')")
        #expect(error.description == "scripts/flow.lua:2: attempt to index a nil value (field 'missing')")
        let traceback = try #require(error.traceback)
        #expect(traceback.contains("scripts/flow.lua:2: in local 'inner'"))
        #expect(traceback.contains("scripts/flow.lua:4: in main chunk"))
    }

    @Test func errorWithLevelTwoBlamesTheCaller() throws {
        let lua = try TestState()
        let error = try #require(
            lua.failure(
                """
                local function check(x)
                  if type(x) ~= 'number' then error('expected a number', 2) end
                end
                check('x')
                """))
        #expect(error.line == 4)
        #expect(error.message == "expected a number")
    }

    @Test func nonStringErrorObjectsAreDescribed() throws {
        let lua = try TestState()
        let error = try #require(lua.failure("error({code = 7})"))
        #expect(error.kind == .runtime)
        #expect(error.message == "(error object is a table value)")
        let custom = try #require(lua.failure("error(setmetatable({}, {__tostring = function() return 'custom' end}))"))
        #expect(custom.message == "custom")
    }

    @Test func longChunkNamesKeepTheirFullPath() throws {
        let lua = try TestState()
        let path = "/very/long/path/to/a/municipality/pack/with/many/folders/flows/screening_flow.lua"
        let error = try #require(lua.failure("\n\nerror('boom')", chunk: path))
        #expect(error.chunk == path)
        #expect(error.line == 3)
        #expect(error.message == "boom")
    }

    @Test func syntaxErrorsNameFileAndLine() throws {
        let lua = try TestState()
        let error = try #require(lua.failure("local a = 1\nlocal b = = 2", chunk: "bad.lua"))
        #expect(error.kind == .syntax)
        #expect(error.chunk == "bad.lua")
        #expect(error.line == 2)
        #expect(error.message == "unexpected symbol near '='")
    }

    @Test func errorsInRequiredModulesNameTheModuleFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("lib/util.lua", "local M = {}\nfunction M.fail()\n  error('inside util')\nend\nreturn M")
        let lua = try TestState(modules: FolderModuleResolver(root: folder.path))
        let error = try #require(lua.failure("local u = require('lib.util')\nu.fail()", chunk: "main.lua"))
        #expect(error.chunk == folder.path + "/lib/util.lua")
        #expect(error.line == 3)
        #expect(error.message == "inside util")
    }

    @Test func theStateIsUsableAfterAnError() throws {
        let lua = try TestState()
        _ = lua.failure("error('first')")
        #expect(try lua.eval("return 1 + 1") == 2)
    }
}
