// `tovholder pack test`: spec files run in the sandbox against a fresh database, with file and line on failure.
import Foundation
import Testing

@Suite struct PackTestCommandTests {
    /// A pack with one flow (two yes/no items, score = the number of yes) and the given spec files.
    static func pack(in folder: TemporaryFolder, capabilities: [String] = [], specs: [String: String]) throws -> String
    {
        let caps = capabilities.map { "\"\($0)\"" }.joined(separator: ", ")
        _ = try folder.write(
            "p/pack.toml",
            """
            name = "dk.test.specs"
            version = "1.0.0"
            host_api = ">=1.0, <2.0"
            title = "Spec-test"
            flows = "flows"
            modules = "lib"
            capabilities = [\(caps)]
            """)
        _ = try folder.write("p/lib/words.lua", #"return { yes = "Ja" }"#)
        _ = try folder.write(
            "p/flows/two.lua",
            """
            local s = screening
            local words = require("words")
            return s.flow {
              id = "two", version = "1.0.0", title = "To spørgsmål",
              scores = { { id = "yes", text = "Antal " .. words.yes } },
              items = { s.yesno { id = "a", text = "A?" }, s.yesno { id = "b", text = "B?" } },
              score = function(a) return { yes = s.sum(a, { "a", "b" }) } end,
            }
            """)
        for (name, text) in specs { _ = try folder.write("p/spec/\(name)", text) }
        return folder.path + "/p"
    }

    @Test func passingAndFailingSpecsAreCountedWithFileAndLine() throws {
        let folder = try TemporaryFolder()
        let pack = try Self.pack(
            in: folder,
            specs: [
                "two_spec.lua": """
                describe("two", function()
                  it("counts the yes answers", function()
                    expect(flows.evaluate("two", { a = 1, b = 1 }).scores.yes).to_be(2)
                  end)
                  it("is wrong on purpose", function()
                    expect(flows.evaluate("two", { a = 1, b = 0 }).scores.yes).to_be(2)
                  end)
                  it("refuses a missing answer", function()
                    expect(flows.evaluate("two", { a = 1 }).missing).to_equal({ "b" })
                  end)
                end)
                """,
                "broken_spec.lua":
                    "describe(\"broken\", function()\n  it(\"crashes\", function() local t = nil; return t.x end)\nend)\n",
            ])
        let result = try CLI.run(["pack", "test", pack])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "2 passed, 2 failed", "\(result.stdout)")
        #expect(lines.contains("ok    two counts the yes answers"))
        #expect(lines.contains("FAIL  two is wrong on purpose"))
        #expect(lines.contains("      \(pack)/spec/two_spec.lua:6: expected: 1 to be 2"), "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("      \(pack)/spec/broken_spec.lua:2: attempt to index a nil value") })
    }

    @Test func eachSpecFileHasItsOwnDatabaseAndState() throws {
        let folder = try TemporaryFolder()
        let spec = """
            describe("isolation", function()
              it("starts from an empty database and clean globals", function()
                expect(leftover).to_be_nil()
                leftover = true
                expect(fixture.case { sex = "female", age = 30 }).to_be(1)
              end)
            end)
            """
        let pack = try Self.pack(in: folder, specs: ["a_spec.lua": spec, "b_spec.lua": spec])
        let result = try CLI.run(["pack", "test", pack])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test func specsRunInTheSandboxUnderThePacksCapabilities() throws {
        let folder = try TemporaryFolder()
        let pack = try Self.pack(
            in: folder, capabilities: ["screenings:read"],
            specs: [
                "sandbox_spec.lua": """
                describe("sandbox", function()
                  it("has no files, processes or debug library", function()
                    expect(io).to_be_nil()
                    expect(os.execute).to_be_nil()
                    expect(debug).to_be_nil()
                    expect(function() require("..secret") end).to_fail("invalid module name")
                  end)
                  it("sees the pack's own modules", function()
                    expect(require("words").yes).to_be("Ja")
                  end)
                  it("knows its capabilities", function()
                    expect(tovholder.has_capability("screenings:read")).to_be(true)
                    expect(tovholder.has_capability("cases:read")).to_be(false)
                  end)
                end)
                """
            ])
        let result = try CLI.run(["pack", "test", pack])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("3 passed, 0 failed\n"))
    }

    /// Every shipped pack's own specs: the screening flows, the KIP workflows and the reports.
    @Test(arguments: ["dk.tovholder.screening", "dk.tovholder.kip", "dk.tovholder.reports"])
    func theShippedPacksPassTheirOwnSpecs(pack: String) throws {
        let folder = (ScreeningPacks.shipped as NSString).deletingLastPathComponent + "/" + pack
        let result = try CLI.run(["pack", "test", folder, "--date", "2026-11-30"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix(" passed, 0 failed\n"))
        #expect(!result.stdout.contains("FAIL"))
    }

    @Test func aFolderThatIsNotAPackIsBadInput() throws {
        let folder = try TemporaryFolder()
        let missing = try CLI.run(["pack", "test", folder.path + "/nowhere"])
        #expect(missing.status == 2)
        #expect(missing.firstErrorLine.contains("nowhere"))
    }
}
