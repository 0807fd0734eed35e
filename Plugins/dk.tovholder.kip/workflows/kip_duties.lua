-- The coordinator's duties for a coordinated plan (KIP): call the meeting, gather the plans, consent, write, send, acceptance.
local kip = require("kip")

-- A new KIP: the coordinating function's duties as tasks (DOMAIN.md, the KIP guidance).
workflow.on("plan.created", function(event, ctx)
  if event.plan_kind ~= "kip" then return end
  local plan = event.plan_id
  ctx.task {
    title = "Indkald til KIP-møde med borgeren og de relevante parter", assignee = "tovholder",
    within = kip.defaults.meeting_call_days, plan = plan, key = "kip_call_meeting_" .. plan,
  }
  ctx.task {
    title = "Afdæk eksisterende planer og indsatser før mødet", assignee = "tovholder",
    within = kip.defaults.meeting_call_days, plan = plan, key = "kip_survey_" .. plan,
  }
  if not kip.has_any_consent(ctx, "plan", event.day) then
    ctx.task {
      title = "Indhent borgerens samtykke til at dele planen med parterne", assignee = "tovholder",
      within = kip.defaults.meeting_call_days, plan = plan, key = "kip_consent_" .. plan,
    }
  end
  ctx.task {
    title = "Skriv den koordinerende indsatsplan", assignee = "tovholder",
    within = kip.defaults.plan_written_days, plan = plan, key = "kip_write_" .. plan,
  }
end, { name = "kip.duties" })

-- The KIP is active: it is written; send it to every active participant the citizen has
-- consented to share it with.
workflow.on("plan.activated", function(event, ctx)
  if event.plan_kind ~= "kip" then return end
  ctx.complete_task { key = "kip_write_" .. event.plan_id }
  for _, participant in ipairs(ctx.participants()) do
    if participant.active and participant.kind ~= "citizen" then
      kip.send_or_obtain_consent(ctx, {
        to = participant.actor,
        subject = "Koordinerende indsatsplan (version " .. event.version .. ")",
        body = "Hermed den koordinerende indsatsplan, som den blev aftalt. Kontakt tovholderen ved spørgsmål.",
        categories = { "plan" },
        document = "plan:" .. event.plan_id .. "@" .. event.version,
        key = "kip_send_" .. event.plan_id .. "_" .. event.version .. "_" .. participant.actor,
        consent_title = "KIP'en til " .. participant.name,
      })
    end
  end
end, { name = "kip.send_out" })

-- A meeting held: calling it and surveying the plans are done; without the citizen, the
-- citizen must accept the plan afterwards.
workflow.on("meeting.held", function(event, ctx)
  if event.plan_kind ~= "kip" then return end
  ctx.complete_task { key = "kip_call_meeting_" .. event.plan_id }
  ctx.complete_task { key = "kip_survey_" .. event.plan_id }
  if event.citizen_present then return end
  ctx.task {
    title = "Indhent borgerens accept af planen efter mødet " .. event.day, assignee = "tovholder",
    within = kip.defaults.acceptance_days, plan = event.plan_id,
    key = "kip_acceptance_" .. event.plan_id .. "_" .. event.meeting_id,
  }
end, { name = "kip.acceptance" })

-- The citizen accepted the plan: the acceptance tasks of the meetings no longer waiting are done.
workflow.on("plan.changed", function(event, ctx)
  if event.plan_kind ~= "kip" or event.change ~= "record_citizen_acceptance" then return end
  local plan = kip.plan(ctx, event.plan_id)
  for _, meeting in ipairs(plan and plan.meetings or {}) do
    if not meeting.awaiting_acceptance then
      ctx.complete_task { key = "kip_acceptance_" .. event.plan_id .. "_" .. meeting.id }
    end
  end
end, { name = "kip.accepted" })

-- A consent covering plans: the task to obtain one for the case's KIPs is done.
workflow.on("consent.granted", function(event, ctx)
  if event.purpose ~= "treatment" or not kip.contains(event.categories, "plan") then return end
  for _, plan in ipairs(ctx.plans()) do
    if plan.kind == "kip" then ctx.complete_task { key = "kip_consent_" .. plan.id } end
  end
end, { name = "kip.consent_given" })
