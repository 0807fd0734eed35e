// `tovholder script run` as a caseworker's or developer's shell sees it: output, errors, exit status, limits.
import Foundation
import Testing

@Suite struct ScriptRunTests {
    @Test func versionNamesTheProductAndHostAPI() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("tovholder 0."))
        #expect(result.stdout.contains("host API 1."))
    }

    @Test func printsWhatTheScriptReturns() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "score.lua",
            """
            local answers = { 3, 2, 4 }
            local total = 0
            for _, a in ipairs(answers) do total = total + a end
            return { total = total, band = total >= 8 and 'høj' or 'lav' }, 'færdig'
            """)
        let result = try CLI.run(["script", "run", "score.lua"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.stdout == "{\n  band = \"høj\",\n  total = 9,\n}\nfærdig\n")
        #expect(result.stderr == "")
    }

    @Test func jsonOutputFollowsTheArrayRule() throws {
        let folder = try TemporaryFolder()
        try folder.write("j.lua", "return { scores = { 1, 2.5 }, flags = {}, map = { b = 1, a = 'æ' } }")
        let result = try CLI.run(["script", "run", "j.lua", "--json"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.stdout == #"{"flags":[],"map":{"a":"æ","b":1},"scores":[1,2.5]}"# + "\n")
        try folder.write("many.lua", "return 1, 'two'")
        #expect(try CLI.run(["script", "run", "many.lua", "--json"], in: folder.path).stdout == "[1,\"two\"]\n")
        try folder.write("none.lua", "local x = 1")
        #expect(try CLI.run(["script", "run", "none.lua", "--json"], in: folder.path).stdout == "null\n")
    }

    @Test func aResultWithoutJSONFormFailsClearly() throws {
        let folder = try TemporaryFolder()
        try folder.write("f.lua", "return { f = function() end }")
        let result = try CLI.run(["script", "run", "f.lua", "--json", "--lang", "en"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine == "The script's result cannot be written as JSON: a function has no JSON form")
    }

    @Test func aScriptErrorGivesFileLineAndTraceback() throws {
        let folder = try TemporaryFolder()
        try folder.write("flows/bad.lua", "local function f(t)\n  return t.x.y\nend\nlocal r = f({})\nreturn r")
        let result = try CLI.run(["script", "run", "flows/bad.lua"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine == "flows/bad.lua:2: attempt to index a nil value (field 'x')")
        #expect(result.stderr.contains("stack traceback:"))
        #expect(result.stderr.contains("flows/bad.lua:4: in main chunk"))
        #expect(result.stdout == "")
    }

    @Test func aSyntaxErrorGivesFileAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.lua", "local a = 1\n\nlocal = 3")
        let result = try CLI.run(["script", "run", "s.lua"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine == "s.lua:3: <name> expected near '='")
    }

    @Test func theTimeLimitStopsTheScript() throws {
        let folder = try TemporaryFolder()
        try folder.write("loop.lua", "while true do pcall(function() while true do end end) end")
        let result = try CLI.run(["script", "run", "loop.lua", "--timeout-ms", "300"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine == "loop.lua:1: time limit of 300 ms exceeded")
        #expect(result.elapsed < .milliseconds(1500))
    }

    @Test func theMemoryLimitStopsTheScript() throws {
        let folder = try TemporaryFolder()
        try folder.write("mem.lua", "local t = {}\nfor i = 1, 1e9 do t[i] = { i } end")
        let result = try CLI.run(["script", "run", "mem.lua", "--memory-mb", "16"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine.hasPrefix("mem.lua"))
        #expect(result.firstErrorLine.hasSuffix("memory limit of 16 MiB exceeded"))
    }

    @Test func aScriptStuckInsideOneLibraryCallIsStoppedAnyway() throws {
        let folder = try TemporaryFolder()
        // A pattern whose matching takes hours inside one C call, where no hook can run.
        try folder.write("pattern.lua", "return string.rep('a', 200000):find('.-.-.-.-b')")
        let result = try CLI.run(
            ["script", "run", "pattern.lua", "--timeout-ms", "200", "--lang", "en"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.firstErrorLine.hasPrefix("pattern.lua: time limit of 200 ms exceeded"))
        #expect(result.elapsed < .seconds(5))
    }

    @Test func theSandboxHoldsInTheRealBinary() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "escape.lua",
            """
            return io == nil and package == nil and debug == nil and os.execute == nil
              and getmetatable('') == 'locked' and select(2, load(string.char(27) .. 'Lua')) ~= nil
            """)
        let result = try CLI.run(["script", "run", "escape.lua"], in: folder.path)
        #expect(result.stdout == "true\n")
    }

    @Test func printGoesToStandardErrorWithTheChunkName() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.lua", "print('hej', 1)\nreturn 'ok'")
        let result = try CLI.run(["script", "run", "p.lua"], in: folder.path)
        #expect(result.stdout == "ok\n")
        #expect(result.stderr == "[p.lua:1] hej\t1\n")
    }

    @Test func requireFindsModulesNextToTheScript() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "scripts/lib/bands.lua", "return { band = function(x) return x >= 8 and 'risiko' or 'lav' end }")
        try folder.write("scripts/main.lua", "return require('lib.bands').band(9)")
        let result = try CLI.run(["script", "run", "scripts/main.lua"], in: folder.path)
        #expect(result.stdout == "risiko\n")
    }

    @Test func argumentsClockAndSeedComeFromTheCommandLine() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "a.lua",
            "local a, b = ... return a .. '+' .. b .. ' ' .. os.date('!%Y-%m-%d', os.time()) .. ' ' .. math.random(1, 1000000)"
        )
        let first = try CLI.run(
            ["script", "run", "a.lua", "--now", "2026-03-01", "--seed", "7", "--", "x", "y"], in: folder.path)
        let second = try CLI.run(
            ["script", "run", "a.lua", "--now", "2026-03-01T00:00:00Z", "--seed", "7", "--", "x", "y"], in: folder.path)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("x+y 2026-03-01 "))
        #expect(first.stdout == second.stdout)
    }

    @Test func badInputIsOneClearMessageInDanishByDefault() throws {
        let folder = try TemporaryFolder()
        let missing = try CLI.run(["script", "run", "nope.lua"], in: folder.path)
        #expect(missing.status == 2)
        #expect(missing.stderr == "Filen 'nope.lua' findes ikke.\n")
        let english = try CLI.run(
            ["script", "run", "nope.lua"], in: folder.path, environment: ["TOVHOLDER_LANG": "en"])
        #expect(english.stderr == "The file 'nope.lua' does not exist.\n")
        try folder.write("ok.lua", "return 1")
        let timeout = try CLI.run(["script", "run", "ok.lua", "--timeout-ms", "0"], in: folder.path)
        #expect(timeout.status == 2)
        #expect(timeout.stderr == "--timeout-ms skal være et positivt heltal, ikke 0.\n")
        let now = try CLI.run(["script", "run", "ok.lua", "--now", "i morgen", "--lang", "en"], in: folder.path)
        #expect(now.status == 2)
        #expect(now.stderr.hasPrefix("--now must be a time"))
        let language = try CLI.run(["script", "run", "ok.lua", "--lang", "sv"], in: folder.path)
        #expect(language.status == 2)
        #expect(language.stderr == "Ukendt sprog 'sv': brug 'da' (dansk) eller 'en' (engelsk).\n")
    }
}
