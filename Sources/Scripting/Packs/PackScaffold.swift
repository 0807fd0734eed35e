// `tovholder pack new NAME`: the files of a new pack, ready to test, lint and lock.
import Foundation
import Packs

/// The starting point of a pack: a manifest, an example flow with a shared module, an example
/// workflow rule, an example report, specs that pass, and the editor and linter configuration. The type stubs and the luacheck standard are
/// generated into it by the caller from the host API registry, so they match the host that made it.
public struct PackScaffold {
    public let name: String
    /// The host API version the pack starts from (`1.0.0`): its `host_api` accepts it up to the next major.
    public let hostAPI: String

    public init(name: String, hostAPI: String) {
        self.name = name
        self.hostAPI = hostAPI
    }

    /// The folder (inside the pack) the generated LuaLS stubs go to.
    public static let stubsFolder = ".tovholder/stubs"
    /// The generated luacheck standard (`stds.tovholder = require("tovholder_std")`).
    public static let luacheckStdFile = "tovholder_std.lua"

    /// Path inside the pack → text.
    public var files: [String: String] {
        let major = hostAPI.split(separator: ".").first.flatMap { Int($0) } ?? 1
        return [
            "pack.toml": """
            # \(name): a Tovholder pack. The manifest is read, never run; `tovholder pack validate .` checks it.
            name = "\(name)"
            version = "0.1.0"
            host_api = ">=\(hostAPI), <\(major + 1).0"
            title = "\(name)"
            description = "Hvad pakken indeholder, på dansk."
            authors = ["Navn <mail@example.dk>"]
            license = "Proprietary"
            flows = "flows"
            workflows = "workflows"
            reports = "reports"
            modules = "lib"
            # What the pack may do; `tovholder pack info` shows it to the municipality before installing.
            capabilities = ["events:subscribe", "tasks:write", "cases:read", "reports:export"]

            # Other packs this one builds on, with the versions it works with:
            # [dependencies]
            # "dk.tovholder.screening" = "^1.0"

            # Shipped flows, workflows or reports this pack replaces, by pack and id:
            # [overrides]
            # flows = ["dk.tovholder.screening:basisscreening"]

            """,
            "flows/example.lua": """
            -- An example screening flow: three questions, a total and a band. See Docs/Screening.md.
            local s = screening
            local answers = require("answers")

            local ITEMS = s.ids("q", 1, 3)

            return s.flow {
              id = "example",
              version = "0.1.0",
              title = { da = "Eksempel", en = "Example" },
              policies = { missing = "error", hidden = "absent" },
              scores = { { id = "total", text = { da = "Samlet score", en = "Total score" }, min = 0, max = 6 } },
              labels = {
                low = { da = "Lav", en = "Low" },
                high = { da = "Høj", en = "High" },
              },
              settings = { high_from = 4 },
              items = {
                s.section { id = "intro", text = { da = "Inden for den sidste måned ...", en = "In the past month ..." } },
                s.choice { id = "q1", text = { da = "Første spørgsmål?", en = "First question?" }, options = answers.frequency },
                s.choice { id = "q2", text = { da = "Andet spørgsmål?", en = "Second question?" }, options = answers.frequency },
                s.choice { id = "q3", text = { da = "Tredje spørgsmål?", en = "Third question?" }, options = answers.frequency },
              },
              score = function(a) return { total = s.sum(a, ITEMS) } end,
              interpret = function(scores, ctx)
                return { bands = { total = s.band(scores.total, { { 0, "low" }, { s.setting(ctx, "high_from"), "high" } }) } }
              end,
            }

            """,
            "workflows/example.lua": """
            -- An example workflow rule: a high example score gives the coordinator a task. See Docs/Workflows.md.
            workflow.on("screening.completed", function(event, ctx)
              if event.flow ~= "example" or event.bands.total ~= "high" then return end
              ctx.task {
                title = "Tal med borgeren om den høje eksempel-score",
                assignee = "tovholder",
                within = 7,
                -- One task per response, however often the event is handled.
                key = "example_high_" .. event.response_id,
              }
            end, { name = "example.high_score" })
            """,
            "reports/example_report.lua": """
            -- An example report: the period's requests per legal basis, as a table and a chart. See Docs/Reports.md.
            return report.define {
              id = "example_report",
              title = { da = "Eksempel: anmodninger", en = "Example: requests" },
              parameters = { period = "required" },
              build = function(doc, params)
                local t = function(da, en) return doc:text({ da = da, en = en }) end
                doc:parameter(t("Periode", "Period"), params.from .. " – " .. params.to)
                local counts, bases = {}, {}
                for _, c in ipairs(data.cases { from = params.from, to = params.to }) do
                  if counts[c.basis] == nil then bases[#bases + 1] = c.basis end
                  counts[c.basis] = (counts[c.basis] or 0) + 1
                end
                table.sort(bases)
                local rows, values = {}, {}
                for index, basis in ipairs(bases) do
                  rows[index] = { basis, counts[basis] }
                  values[index] = counts[basis]
                end
                doc:table {
                  id = "pr_lovgrundlag",
                  columns = { t("Lovgrundlag", "Legal basis"), { title = t("Anmodninger", "Requests"), kind = "integer" } },
                  rows = rows,
                }
                doc:bar_chart {
                  title = t("Anmodninger", "Requests"), categories = bases,
                  series = { { name = t("Anmodninger", "Requests"), values = values } },
                }
              end,
            }

            """,
            "spec/example_report_spec.lua": """
            -- Specs for the example report: cases seeded in the spec's database, the report built over them.
            describe("example report", function()
              it("counts the period's requests per legal basis", function()
                fixture.case { basis = "sel101", requested = "2026-01-05" }
                fixture.case { basis = "sel101", requested = "2026-01-20", started = "2026-01-25" }
                fixture.case { basis = "sul141", requested = "2026-01-10" }
                fixture.case { basis = "sul141", requested = "2026-02-10" }
                local doc = reports.run("example_report", { from = "2026-01-01", to = "2026-01-31", today = "2026-02-28" })
                expect(doc.tables.pr_lovgrundlag.rows).to_equal({ { "sel101", 2 }, { "sul141", 1 } })
              end)
            end)

            """,
            "lib/answers.lua": """
            -- Option lists the pack's flows share: `require("answers")`.
            return {
              frequency = {
                { 0, { da = "Aldrig", en = "Never" } },
                { 1, { da = "Nogle gange", en = "Sometimes" } },
                { 2, { da = "Ofte", en = "Often" } },
              },
            }

            """,
            "spec/example_spec.lua": """
            -- Specs for the example flow: `tovholder pack test .` runs every spec/*_spec.lua.
            describe("example", function()
              it("scores the lowest answers as 0, low", function()
                local r = flows.evaluate("example", { q1 = 0, q2 = 0, q3 = 0 })
                expect(r.scores.total).to_be(0)
                expect(r.bands.total).to_be("low")
              end)

              it("is high from the setting on", function()
                expect(flows.evaluate("example", { q1 = 2, q2 = 2, q3 = 0 }).bands.total).to_be("high")
                expect(flows.evaluate("example", { q1 = 2, q2 = 2, q3 = 0 }, { settings = { high_from = 5 } }).bands.total)
                  .to_be("low")
              end)

              it("refuses to score with an answer missing", function()
                expect(flows.evaluate("example", { q1 = 1, q2 = 1 }).missing).to_equal({ "q3" })
              end)

              it("refuses an answer that is not an option", function()
                expect(function() flows.evaluate("example", { q1 = 7, q2 = 0, q3 = 0 }) end).to_fail("q1")
              end)
            end)

            """,
            "spec/example_workflow_spec.lua": """
            -- Specs for the example workflow rule: an event raised on a fixture case runs the rules.
            describe("example workflow", function()
              it("gives the coordinator a task after a high score, once", function()
                local case = fixture.case {}
                local event = { flow = "example", response_id = 1, bands = { total = "high" } }
                expect(#workflows.raise("screening.completed", case, event)).to_be(1)
                expect(#workflows.raise("screening.completed", case, event)).to_be(0)
                local tasks = workflows.tasks(case)
                expect(#tasks).to_be(1)
                expect(tasks[1].assignee).to_be("tovholder")
              end)
              it("leaves a low score alone", function()
                local case = fixture.case {}
                workflows.raise("screening.completed", case, { flow = "example", response_id = 2, bands = { total = "low" } })
                expect(#workflows.tasks(case)).to_be(0)
              end)
            end)
            """,
            ".luarc.json": """
            {
              "$schema": "https://raw.githubusercontent.com/LuaLS/vscode-lua/master/setting/schema.json",
              "runtime.version": "Lua 5.4",
              "runtime.path": ["lib/?.lua", "lib/?/init.lua"],
              "workspace.library": ["\(Self.stubsFolder)"],
              "workspace.checkThirdParty": false,
              "diagnostics.disable": ["lowercase-global"],
              "diagnostics.globals": ["describe", "it", "expect", "flows", "fixture", "workflows", "reports"]
            }

            """,
            ".luacheckrc": """
            -- luacheck for this pack: the sandbox's globals and the host API's, from the generated standard
            -- (`tovholder pack luacheck-std --out \(Self.luacheckStdFile)` rewrites it for a newer host).
            stds.tovholder = require("tovholder_std")
            std = "lua54+tovholder"
            not_globals = { "io", "package", "debug", "dofile", "loadfile", "warn" }
            read_globals = { os = { fields = { "time", "date", "clock", "difftime" } } }
            files["spec/"] = { read_globals = { "describe", "it", "expect", "flows", "fixture", "workflows", "reports" } }
            exclude_files = { ".tovholder/**/*.lua" }
            max_line_length = 140

            """,
            ".gitignore": "pack.lock.tmp\n",
            "README.md": """
            # \(name)

            A Tovholder pack. The steps, from here to a signed pack (see Docs/Packs.md in Tovholder):

            ```
            tovholder pack test .          # run spec/*_spec.lua in the sandbox
            luacheck .                     # lint with the host API's globals
            tovholder pack validate .      # manifest, every file compiles, every flow has the right shape
            tovholder pack lock .          # pack.lock: the SHA-256 of every file
            tovholder pack sign . --key KEYFILE
            ```

            """,
        ]
    }

    /// Writes the files into `folder`, which must not exist yet.
    public func write(into folder: String) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: folder) else {
            throw PackError(.io, file: folder, "already exists; pack new makes a new folder")
        }
        for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
            let path = (folder as NSString).appendingPathComponent(relative)
            try manager.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
