// The sandbox: what a script can reach, and every route to files, processes and bytecode it cannot.
import Foundation
import Testing

@testable import Lua

@Suite struct SandboxTests {
    @Test func theGlobalsAreExactlyTheAllowList() throws {
        let lua = try TestState()
        let names = try lua.eval("local n = {} for k in pairs(_G) do n[#n + 1] = k end table.sort(n) return n")
        #expect(names == .table(LuaTable(array: LuaSandbox.globals.sorted().map { .string($0) })))
    }

    @Test(arguments: [
        "io", "package", "debug", "dofile", "loadfile", "string.dump", "os.execute", "os.getenv",
        "os.remove", "os.rename", "os.tmpname", "os.exit", "os.setlocale", "warn",
    ])
    func removedNamesAreAbsent(name: String) throws {
        let lua = try TestState()
        #expect(try lua.eval("return \(name) == nil") == true)
    }

    @Test func osKeepsOnlyTheClockFunctions() throws {
        let lua = try TestState()
        #expect(
            try lua.eval(
                "local n = {} for k in pairs(os) do n[#n + 1] = k end table.sort(n) return table.concat(n, ',')")
                == "clock,date,difftime,time")
    }

    /// Walks every table reachable from the globals, through fields and metatables (of tables,
    /// strings and host modules), and reports any name that would reach files or processes.
    @Test func nothingReachableLeadsToFilesProcessesOrTheRegistry() throws {
        let lua = try TestState()
        try lua.state.register(LuaModule("host", functions: [LuaHostFunction("f", since: "1.0") { _ in .none }]))
        let found = try lua.eval(
            """
            local forbidden = { loadlib = true, open = true, popen = true, execute = true, getregistry = true,
              dump = true, lines = true, searchers = true, loaded = true, preload = true, cpath = true,
              getenv = true, rename = true, exit = true, tmpfile = true, output = true,
              input = true, sethook = true, getupvalue = true, setupvalue = true, upvalueid = true }
            local seen, hits = {}, {}
            local function walk(value, path)
              local t = type(value)
              if t == 'string' then
                if not seen['<string>'] then
                  seen['<string>'] = true
                  walk(getmetatable(value), path .. '<string mt>')
                end
                return
              end
              if (t ~= 'table' and t ~= 'userdata') or seen[value] then return end
              seen[value] = true
              walk(getmetatable(value), path .. '<mt>')
              if t == 'userdata' then
                for k, v in pairs(value) do walk(v, path .. '.' .. tostring(k)) end
                return
              end
              for k, v in next, value do
                if forbidden[k] then hits[#hits + 1] = path .. '.' .. tostring(k) end
                walk(k, path .. '[key]')
                walk(v, path .. '.' .. tostring(k))
              end
            end
            walk(_G, '_G')
            walk('', 'string')
            table.sort(hits)
            return table.concat(hits, ' ')
            """)
        #expect(found == "")
    }

    @Test func theStringMetatableIsLockedButStringMethodsWork() throws {
        let lua = try TestState()
        #expect(try lua.eval("return getmetatable('')") == "locked")
        #expect(try lua.eval("return ('abc'):upper() .. ('%d'):format(7)") == "ABC7")
        #expect(try lua.eval("return ('').dump == nil") == true)
    }

    @Test func loadAcceptsTextOnly() throws {
        let lua = try TestState()
        let binary = try lua.state.run(
            "return load(string.char(27) .. 'LuaT\\0\\25\\147\\r\\n\\26\\n')", chunkName: "t")
        #expect(binary.first == .nil)
        #expect(binary.dropFirst().first?.stringValue?.contains("binary chunk") == true)
        #expect(lua.failure("load('return 1', 'x', 'b')")?.message == "load: only text chunks can be loaded (mode 't')")
        #expect(lua.failure("load('return 1', 'x', 'bt')") != nil)
        #expect(try lua.eval("return load('return 1 + 1')()") == 2)
        #expect(try lua.eval("return load('return x', 'c', 't', { x = 5 })()") == 5)
        #expect(try lua.eval("y = 9 return load('return y')()") == 9)
        #expect(try lua.eval("return load('return print', 'c', 't', {})()") == .nil)
        // A reader function is fine, but its text is still checked for bytecode.
        #expect(
            try lua.eval(
                """
                local parts = { string.char(27), 'Lua' }
                local i = 0
                local f, message = load(function() i = i + 1 return parts[i] end)
                return f == nil and message:find('binary') ~= nil
                """) == true)
    }

    @Test func collectGarbageAnswersOnlyCount() throws {
        let lua = try TestState()
        #expect(try lua.eval("return math.type(collectgarbage('count'))") == "float")
        #expect(lua.failure("collectgarbage()")?.message == "collectgarbage: only 'count' is available in the sandbox")
        #expect(lua.failure("collectgarbage('collect')") != nil)
        #expect(lua.failure("collectgarbage('stop')") != nil)
    }

    @Test func finalizersAreRefused() throws {
        let lua = try TestState()
        #expect(
            lua.failure("setmetatable({}, { __gc = function() end })")?.message
                == "__gc metamethods are not allowed in the sandbox")
        #expect(try lua.eval("return getmetatable(setmetatable({}, { __index = { a = 1 } })).__index.a") == 1)
    }

    @Test func printGoesToTheHostWithChunkAndLine() throws {
        let lua = try TestState()
        try lua.eval("\nprint('hej', 1, nil, 2.5, true)", chunk: "flows/a.lua")
        #expect(lua.printed == [LuaPrintedLine(chunk: "flows/a.lua", line: 2, text: "hej\t1\tnil\t2.5\ttrue")])
    }

    @Test func theClockAndRandomnessComeFromTheHost() throws {
        let lua = try TestState()
        #expect(try lua.eval("return os.time()") == 1_795_000_000)
        #expect(try lua.eval("return os.date('!%Y-%m-%d %H:%M')") == "2026-11-18 11:06")
        #expect(try lua.eval("return os.date('!*t').year") == 2026)
        #expect(try lua.eval("return os.time({ year = 2026, month = 1, day = 1, hour = 12 }) > 0") == true)
        let sequence = "local r = {} for i = 1, 5 do r[i] = math.random(1, 1000) end return table.concat(r, ',')"
        let first = try lua.eval(sequence)
        let other = try TestState()
        #expect(try other.eval(sequence) == first)
    }

    @Test func statesDoNotShareGlobalsOrLibraries() throws {
        let a = try TestState()
        let b = try TestState()
        try a.eval("shared = 1; string.upper = nil; math.pi = 3")
        #expect(try b.eval("return shared") == .nil)
        #expect(try b.eval("return ('x'):upper()") == "X")
        #expect(try b.eval("return math.pi > 3.14") == true)
    }

    @Test func requireLoadsModulesFromTheFolderOnly() throws {
        let folder = try TemporaryFolder()
        try folder.write("scoring.lua", "return { double = function(x) return 2 * x end, loads = (loads or 0) + 1 }")
        try folder.write("lib/bands/init.lua", "return { name = 'bands' }")
        try folder.write("binary.lua", "\u{1B}Lua")
        let outside = try TemporaryFolder()
        try outside.write("secret.lua", "return 'secret'")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/escape.lua", withDestinationPath: outside.path + "/secret.lua")
        let lua = try TestState(modules: FolderModuleResolver(root: folder.path))
        #expect(try lua.eval("return require('scoring').double(21)") == 42)
        #expect(try lua.eval("return require('scoring') == require('scoring')") == true)
        #expect(try lua.eval("return require('lib.bands').name") == "bands")
        #expect(lua.failure("require('missing')")?.message.hasPrefix("module 'missing' not found") == true)
        #expect(lua.failure("require('../secret')")?.message.hasPrefix("invalid module name") == true)
        #expect(lua.failure("require('/etc/passwd')")?.message.hasPrefix("invalid module name") == true)
        #expect(lua.failure("require('escape')")?.message == "module 'escape' resolves outside the script's folder")
        #expect(lua.failure("require('binary')")?.message.contains("binary chunk") == true)
        #expect(lua.failure("require(42)")?.message == "bad argument #1 to 'require' (string expected, got number)")
    }

    @Test func requireWithoutAModuleFolderFindsNothing() throws {
        let lua = try TestState()
        #expect(lua.failure("require('x')")?.message == "module 'x' not found (this script has no module folder)")
    }
}
