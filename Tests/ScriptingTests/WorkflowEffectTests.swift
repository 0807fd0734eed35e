// What rules do through ctx, in a real database: keyed tasks made once, outbox messages only with consent, follow-ups, the cascade limit.
import Core
import Foundation
import Lua
import Packs
import Store
import Testing

@testable import Scripting

@Suite struct WorkflowEffectTests {
    @Test func theSameKeyOnTheSameCaseMakesOneTask() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.keys",
            files: [
                "a.lua": """
                workflow.on("case.opened", function(event, ctx)
                  local first, made = ctx.task { title = "Ring til borgeren", assignee = "tovholder", key = "call" }
                  local again, made_again = ctx.task { title = "Ring igen", assignee = "tovholder", key = "call" }
                  ctx.task {
                    title = string.format("first %d %s, again %d %s", first, tostring(made), again, tostring(made_again)),
                    assignee = "tovholder", key = "report_" .. event.id,
                  }
                end)
                -- Another rule, on another event of the same case, asking for the same thing.
                workflow.on("case.started", function(event, ctx)
                  local id, made = ctx.task { title = "Ring til borgeren", assignee = "tovholder", key = "call" }
                  ctx.task { title = "started: " .. id .. " " .. tostring(made), assignee = "tovholder" }
                end)
                """
            ])
        let first = try world.openCase()
        #expect(try world.taskTitles() == ["Ring til borgeren", "first 1 true, again 1 false"])
        try world.start(first)
        #expect(try world.taskTitles().last == "started: 1 false")
        // Another case gets its own.
        _ = try world.openCase()
        #expect(try world.count("task", where: "json_extract(data, '$.title') = 'Ring til borgeren'") == 2)
        #expect(try world.count("task") == 5)
        #expect(try world.count("workflow_effect") == 5)
    }

    @Test func dispatchingTheSameEventTwiceMakesNothingTwice() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.again",
            files: [
                "a.lua": """
                workflow.on("case.opened", function(event, ctx)
                  ctx.task { title = "keyed", assignee = "tovholder", key = "keyed" }
                  ctx.task { title = "unkeyed", assignee = "tovholder", within = 3 }
                  ctx.flag("seen", event.id)
                end)
                """
            ])
        _ = try world.openCase()
        let counts = try world.rowCounts()
        #expect(counts["task"] == 2)
        #expect(counts["workflow_effect"] == 3)
        let event = try #require(try world.events("case.opened").first)
        let engine = try world.dispatcher.loadedEngine()
        try world.write { tx in try engine.dispatch([event, event], in: tx) }
        var after = try world.rowCounts()
        #expect(after["task"] == 2)
        #expect(after["workflow_effect"] == 3)
        // Only the command's own audit entries are new.
        after["audit_entry"] = counts["audit_entry"]
        #expect(after == counts)
    }

    @Test func outboxWithoutConsentQueuesNothingAndSaysWhy() throws {
        let world = try WorkflowWorld()
        try world.pack("dk.test.outbox", files: ["send.lua": Self.sendRule(to: world.actor)])
        let caseID = try world.openCase()
        try world.start(caseID)
        #expect(try world.count("outbox_message") == 0)
        #expect(try world.taskTitles() == ["refused: consent \(world.actor.rawValue) true"])
        #expect(try world.count("workflow_effect", where: "kind = 'outbox_refused'") == 1)
        #expect(try world.count("workflow_effect", where: "kind = 'outbox'") == 0)
    }

    @Test func outboxWithConsentQueuesOneMessageCitingTheConsent() throws {
        let world = try WorkflowWorld()
        try world.pack("dk.test.outbox", files: ["send.lua": Self.sendRule(to: world.actor)])
        let caseID = try world.openCase()
        let consent = try world.write { tx in
            try tx.grantConsent(
                case: caseID, to: .actor(world.actor), purpose: .treatment, categories: [.plan, .health],
                from: Day("2026-01-01")!, until: nil
            ).id!
        }
        try world.start(caseID)
        let messages = try world.write { try $0.outboxMessages(case: caseID) }
        #expect(messages.count == 1)
        #expect(messages.first?.consents == [consent])
        #expect(messages.first?.recipient == world.actor)
        #expect(messages.first?.subject == "Status")
        #expect(try world.taskTitles() == ["queued \(messages.first!.id!.rawValue) true"])
        // The same event again (a retry) queues nothing more.
        let event = try #require(try world.events("case.started").first)
        try world.write { tx in try world.dispatcher.loadedEngine().dispatch([event], in: tx) }
        #expect(try world.count("outbox_message") == 1)
        #expect(try world.count("task") == 1)
    }

    /// A rule on case.started sending a plan to `actor`, recording what happened as a task.
    static func sendRule(to actor: ActorID) -> String {
        """
        workflow.on("case.started", function(event, ctx)
          local id, result = ctx.outbox {
            to = \(actor.rawValue), subject = "Status", body = "Borgeren er startet.", categories = { "plan" },
            key = "status_" .. event.id,
          }
          if id == nil then
            ctx.task {
              title = "refused: " .. result.reason .. " " .. tostring(result.recipient) .. " " .. tostring(result.text ~= nil),
              assignee = "tovholder",
            }
          else
            ctx.task { title = "queued " .. id .. " " .. tostring(result), assignee = "tovholder" }
          end
        end)
        """
    }

    @Test func followupWithoutAnActivePlanReturnsNilAndAReason() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.followup",
            files: [
                "f.lua": """
                workflow.on("case.started", function(event, ctx)
                  local plan, second, third = ctx.followup { purpose = "Opfølgning", within = 30, key = "f" }
                  ctx.task { title = table.concat({ tostring(plan), tostring(second), tostring(third) }, " "), assignee = "tovholder" }
                end)
                """
            ])
        let caseID = try world.openCase()
        try world.start(caseID)
        #expect(try world.taskTitles() == ["nil no_active_plan nil"])
        #expect(try world.count("workflow_effect", where: "kind = 'followup'") == 0)
        // With an active plan, the follow-up lands on it.
        let other = try world.openCase()
        let plan = try world.write { tx in
            let plan = try tx.createPlan(case: other, kind: .behandlingsplan).plan.id
            try tx.changePlan(plan, .addGoal(goal: GoalDraft(area: .substanceUse, description: "Ophør")))
            try tx.changePlan(plan, .addFollowUp(due: Day("2026-12-01")!, purpose: "status"))
            try tx.changePlan(plan, .activate(on: Day("2026-10-02")!))
            return plan
        }
        try world.start(other, on: "2026-10-05")
        let followUps = try world.write { try $0.plan(plan).plan.followUps }
        #expect(followUps.map(\.purpose) == ["status", "Opfølgning"])
        #expect(followUps.last?.due == Day("2026-11-04"))
        #expect(try world.taskTitles().last == "\(plan.rawValue) \(followUps.last!.id.rawValue) true")
    }

    @Test func aRuleFeedingOnItsOwnEffectHitsTheCascadeLimitAndRollsBack() throws {
        let world = try WorkflowWorld()
        try world.pack(
            "dk.test.loop",
            files: [
                "loop.lua": """
                workflow.on("plan.changed", function(event, ctx)
                  ctx.followup { plan = event.plan_id, purpose = "igen", within = 7, key = "again_" .. event.version }
                end, { name = "loop.again" })
                """
            ])
        let caseID = try world.openCase()
        let plan = try world.write { try $0.createPlan(case: caseID, kind: .behandlingsplan).plan.id }
        let before = try world.rowCounts()
        let error = try #require(
            thrown(EventCascadeError.self) {
                try world.write { tx in
                    _ = try tx.changePlan(plan, .addGoal(goal: GoalDraft(area: .housing, description: "Bolig")))
                }
            })
        #expect(error.lastKinds == ["plan.changed"])
        #expect(error.rounds == 16)
        #expect(try world.rowCounts() == before)
        let stored = try world.write { try $0.plan(plan) }
        #expect(stored.number == 1)
        #expect(stored.plan.goals.isEmpty)
        #expect(stored.plan.followUps.isEmpty)
        #expect(try world.auditProblems().isEmpty)
    }
}
