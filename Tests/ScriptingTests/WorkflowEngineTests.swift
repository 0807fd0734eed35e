// The workflow engine inside a command: rule order, the event table, rollback on errors and limits, load-time refusals, capabilities.
import Core
import Foundation
import Lua
import Packs
import Store
import Testing

@testable import Scripting

@Suite struct WorkflowEngineTests {
    @Test func rulesRunByOrderThenPackOrderThenRegistration() throws {
        let world = try WorkflowWorld()
        // The built-in pack comes first on the search path; its file is named to sort last, so
        // only the pack order can put its rules before the municipality pack's.
        try world.pack(
            "dk.test.base", layer: "builtin",
            files: [
                "z.lua": """
                local function mark(name)
                  return function(event, ctx) ctx.task { title = name, assignee = "tovholder" } end
                end
                workflow.on("case.opened", mark("base.first"), { name = "base.first" })
                workflow.on("case.opened", mark("base.second"), { name = "base.second" })
                workflow.on("case.opened", mark("base.early"), { name = "base.early", order = 50 })
                """
            ])
        try world.pack(
            "dk.test.local",
            files: [
                "a.lua": """
                local function mark(name)
                  return function(event, ctx) ctx.task { title = name, assignee = "tovholder" } end
                end
                workflow.on("case.opened", mark("local.late"), { name = "local.late", order = 200 })
                workflow.on("case.opened", mark("local.default"), { name = "local.default" })
                workflow.on("case.opened", mark("local.early"), { name = "local.early", order = 50 })
                workflow.on("case.opened", mark("local.first"), { name = "local.first", order = -5 })
                """
            ])
        _ = try world.openCase()
        let expected = [
            "local.first", "base.early", "local.early", "base.first", "base.second", "local.default", "local.late",
        ]
        #expect(try world.taskTitles() == expected)
        let listed = try world.dispatcher.loadedEngine().handlers.filter { $0.event == "case.opened" }
        #expect(listed.map(\.rule) == expected)
        #expect(listed.first?.file == "dk.test.local/workflows/a.lua")
        #expect(listed.first?.line == 7)
        #expect(listed.first?.order == -5)
    }

    @Test func aRuleGetsTheEventsKindIdTimeCaseAndPayload() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.events",
            files: [
                "show.lua": """
                workflow.on("case.opened", function(event, ctx)
                  local keys = {}
                  for key in pairs(event) do keys[#keys + 1] = key end
                  table.sort(keys)
                  local parts = {}
                  for _, key in ipairs(keys) do
                    local value = event[key]
                    parts[#parts + 1] = key .. "=" .. tostring(value) .. ":" .. (math.type(value) or type(value))
                  end
                  ctx.task { title = table.concat(parts, ";"), assignee = "tovholder" }
                end)
                """
            ])
        let caseID = try world.openCase("2026-10-01")
        let event = try #require(try world.events("case.opened").first)
        let fields = [
            "at=\(event.at):string", "basis=sel101:string", "case_id=\(caseID.rawValue):integer",
            "day=2026-10-01:string",
            "id=\(event.id.rawValue):integer", "kind=case.opened:string", "municipality=0101:string",
            "requested=2026-10-01:string", "status=requested:string",
        ]
        #expect(try world.taskTitles() == [fields.joined(separator: ";")])
        #expect(event.at.hasPrefix("2026-11-18T"))
    }

    @Test func aRuleErrorRollsBackTheWholeCommandAndNamesTheRule() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.fail", version: "1.4.2",
            files: [
                "x.lua": """
                workflow.on("case.started", function(event, ctx)
                  ctx.task { title = "made before the error", assignee = "tovholder" }
                  ctx.flag("seen", true)
                  if event.status == "in_treatment" then
                    error("the rule gives up")
                  end
                end, { name = "fail.on_start" })
                """
            ])
        let caseID = try world.openCase()
        let before = try world.rowCounts()
        let error = try #require(thrown(WorkflowError.self) { try world.start(caseID) })
        #expect(error.pack == "dk.test.fail")
        #expect(error.packVersion == "1.4.2")
        #expect(error.rule == "fail.on_start")
        #expect(error.event == "case.started")
        #expect(error.file == "dk.test.fail/workflows/x.lua")
        #expect(error.line == 5)
        #expect(error.message.contains("the rule gives up"))
        #expect(!error.isLimit)
        #expect(error.description.contains("dk.test.fail/workflows/x.lua:5"))
        // Nothing of the command is kept: not the start, not the task or flag, not the event or audit entries.
        #expect(try world.rowCounts() == before)
        #expect(try world.count("task") == 0)
        #expect(try world.events("case.started").isEmpty)
        #expect(try world.write { try $0.treatmentCase(caseID).status } == .requested)
        #expect(try world.auditProblems().isEmpty)
    }

    @Test func aHostFunctionErrorNamesTheCallingLine() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.field",
            files: [
                "x.lua": """
                workflow.on("case.opened", function(event, ctx)
                  ctx.task { title = "ok", assignee = "tovholder" }
                  ctx.task { titel = "misspelt", assignee = "tovholder" }
                end)
                """
            ])
        let error = try #require(thrown(WorkflowError.self) { _ = try world.openCase() })
        #expect(error.message.contains("unknown field 'titel'"), "\(error)")
        #expect(error.message.contains("title"))
        #expect(error.line == 3)
        #expect(error.rule == "x:1")
        #expect(try world.count("task") == 0)
        #expect(try world.count("treatment_case") == 0)
    }

    @Test(arguments: ["time", "memory"])
    func aLimitInARuleRollsBackAndPcallCannotSwallowIt(_ limit: String) throws {
        let limits =
            limit == "time"
            ? LuaLimits(memoryBytes: 64 << 20, timeMilliseconds: 200)
            : LuaLimits(memoryBytes: 16 << 20, timeMilliseconds: 20_000)
        let world = try WorkflowWorld(limits: limits)
        let body =
            limit == "time"
            ? "while true do end"
            : "local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 64) .. i end"
        try world.pack(
            "dk.test.limit",
            files: [
                "x.lua": """
                workflow.on("case.started", function(event, ctx)
                  ctx.task { title = "before", assignee = "tovholder" }
                  local ok, message = pcall(function() \(body) end)
                  ctx.task { title = "swallowed: " .. tostring(message), assignee = "tovholder" }
                end, { name = "limit.rule" })
                workflow.on("case.opened", function(event, ctx)
                  ctx.task { title = "opened", assignee = "tovholder" }
                end)
                """
            ])
        let caseID = try world.openCase()
        #expect(try world.taskTitles() == ["opened"])
        let before = try world.rowCounts()
        let error = try #require(thrown(WorkflowError.self) { try world.start(caseID) })
        #expect(error.isLimit, "\(error)")
        #expect(error.rule == "limit.rule")
        #expect(error.pack == "dk.test.limit")
        #expect(try world.rowCounts() == before)
        #expect(try world.taskTitles() == ["opened"])
        // The state stays usable: the next command's rules run.
        _ = try world.openCase()
        #expect(try world.taskTitles() == ["opened", "opened"])
    }

    @Test func anUnknownEventIsALoadErrorNamingIt() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.typo",
            files: ["x.lua": "\n\nworkflow.on(\"case.openned\", function(event, ctx) end)\n"])
        let error = try #require(thrown(LuaError.self) { _ = try world.engine() })
        #expect(error.message.contains("unknown event 'case.openned'"), "\(error)")
        #expect(error.message.contains("case.opened"))
        #expect(error.chunk == "dk.test.typo/workflows/x.lua")
        #expect(error.line == 3)
        // Through the dispatcher, the command that raised the first event fails and keeps nothing.
        #expect(thrown(LuaError.self) { _ = try world.openCase() } != nil)
        #expect(try world.count("treatment_case") == 0)
    }

    @Test func anUnknownOptionOfOnIsRefused() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.option",
            files: ["x.lua": "workflow.on('case.opened', function() end, { oder = 5 })"])
        let error = try #require(thrown(LuaError.self) { _ = try world.engine() })
        #expect(error.message.contains("unknown option 'oder'"), "\(error)")
    }

    @Test func aDuplicateRuleNameIsRefused() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.twice",
            files: [
                "x.lua": """
                workflow.on("case.opened", function() end, { name = "same.rule" })
                workflow.on("case.started", function() end, { name = "same.rule" })
                """
            ])
        let error = try #require(thrown(LuaError.self) { _ = try world.engine() })
        #expect(error.message.contains("'same.rule' is already used at dk.test.twice/workflows/x.lua:1"), "\(error)")
        #expect(error.line == 2)
    }

    @Test func theSameRuleNameInTwoPacksIsAllowed() throws {
        let world = try WorkflowWorld()
        for name in ["dk.test.one", "dk.test.two"] {
            try world.pack(
                name,
                files: [
                    "\(name.split(separator: ".").last!).lua":
                        "workflow.on('case.opened', function(e, ctx) ctx.task { title = '\(name)', assignee = 'tovholder' } end, { name = 'shared.rule' })"
                ])
        }
        _ = try world.openCase()
        #expect(try world.taskTitles() == ["dk.test.one", "dk.test.two"])
    }

    @Test func ctxCallsAtLoadTimeAreRefused() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.early",
            files: ["x.lua": "workflow.task { title = 'too early', assignee = 'tovholder' }"])
        let error = try #require(thrown(LuaError.self) { _ = try world.engine() })
        #expect(error.message.contains("can only be called inside a handler"), "\(error)")
        #expect(error.chunk == "dk.test.early/workflows/x.lua")
        #expect(error.line == 1)
    }

    @Test func workflowOnInsideARuleIsRefused() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.late",
            files: ["x.lua": "workflow.on('case.opened', function() workflow.on('case.started', function() end) end)"])
        let error = try #require(thrown(WorkflowError.self) { _ = try world.openCase() })
        #expect(error.message.contains("while a workflow file loads"), "\(error)")
        #expect(try world.dispatcher.loadedEngine().handlers.count == 1)
    }

    @Test func theWorkflowModuleIsRefusedInAFlowsState() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "pack/flows/sneaky.lua",
            """
            local ok, message = pcall(workflow.task, { title = "from a flow", assignee = "tovholder" })
            return screening.flow {
              id = "sneaky", version = "1.0.0", title = tostring(message),
              scores = { { id = "total", text = "I alt" } },
              items = { screening.integer { id = "n", text = "N?", min = 0, max = 9 } },
              score = function(a) return { total = screening.sum(a, { "n" }) } end,
            }
            """)
        let identity = PackIdentity(
            name: "dk.test.flows", version: SemanticVersion(1, 0, 0), root: folder.path + "/pack",
            capabilities: allWorkflowCapabilities)
        let flow = try LoadedFlow(file: FlowFile(path: path, pack: identity)!)
        #expect(
            flow.definition.title.danish.contains("only available in a pack's workflow files"),
            "\(flow.definition.title)")
    }

    @Test func withoutTasksWriteCtxTaskFailsNamingTheCapability() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.readonly", capabilities: ["events:subscribe", "cases:read"],
            files: [
                "x.lua": """
                workflow.on("case.opened", function(event, ctx)
                  local case = ctx.case()
                  ctx.task { title = "case " .. case.id, assignee = "tovholder" }
                end, { name = "readonly.task" })
                """
            ])
        let error = try #require(thrown(WorkflowError.self) { _ = try world.openCase() })
        #expect(error.message.contains("'tasks:write'"), "\(error)")
        #expect(error.message.contains("dk.test.readonly"))
        #expect(error.line == 3)
        #expect(try world.count("treatment_case") == 0)
    }

    @Test func withoutEventsSubscribeNoRuleLoads() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.deaf", capabilities: ["tasks:write"],
            files: ["x.lua": "workflow.on('case.opened', function() end)"])
        let error = try #require(thrown(LuaError.self) { _ = try world.engine() })
        #expect(error.message.contains("'events:subscribe'"), "\(error)")
    }
}
