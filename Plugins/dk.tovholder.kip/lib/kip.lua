-- Shared helpers of the KIP pack's rules: the intervals and the small questions several rules ask.
local kip = {}

--- The default intervals, in one place; a municipality pack passes its own to the rule builders.
kip.defaults = {
  next_meeting_months = 6,   -- the KIP's next meeting within 6 months (the KIP guidance)
  acceptance_days = 14,      -- the citizen's acceptance after a meeting held without them
  meeting_call_days = 14,    -- call the first plan meeting within two weeks
  plan_written_days = 30,
  aftercare_days = 90,       -- the aftercare follow-up after discharge
}

--- Whether the case has an active plan of `kind`.
function kip.active_plan(ctx, kind)
  for _, plan in ipairs(ctx.plans()) do
    if plan.kind == kind and plan.status == "active" then return plan end
  end
  return nil
end

--- The plan with `id` among the case's plans.
function kip.plan(ctx, id)
  for _, plan in ipairs(ctx.plans()) do
    if plan.id == id then return plan end
  end
  return nil
end

--- Whether the plan has a planned follow-up due after `day` and no later than `last`.
function kip.has_planned_followup_between(plan, day, last)
  for _, followup in ipairs(plan.followups) do
    if followup.status == "planned" and followup.due > day and followup.due <= last then return true end
  end
  return false
end

--- Whether a consent of the case lets `category` go to someone for treatment on `day`.
function kip.has_any_consent(ctx, category, day)
  for _, consent in ipairs(ctx.consents()) do
    if not consent.revoked and consent.purpose == "treatment" and consent.valid_from <= day
      and (consent.valid_until == nil or consent.valid_until >= day) then
      for _, covered in ipairs(consent.categories) do
        if covered == category then return true end
      end
    end
  end
  return false
end

--- Whether `list` contains `value`.
function kip.contains(list, value)
  for _, item in ipairs(list or {}) do
    if item == value then return true end
  end
  return false
end

--- A message to `to` that needs consent for `categories`; without it, a task to obtain the consent.
--- Returns the message's id, or nil when a task was made instead.
function kip.send_or_obtain_consent(ctx, spec)
  local id, refusal = ctx.outbox {
    to = spec.to, subject = spec.subject, body = spec.body, categories = spec.categories,
    document = spec.document, key = spec.key,
  }
  if id then return id end
  if refusal.reason == "consent" then
    ctx.task {
      title = "Indhent samtykke: " .. spec.consent_title,
      note = refusal.text,
      assignee = "tovholder",
      within = 7,
      key = "consent_" .. spec.key,
    }
  end
  return nil
end

--- The rule that schedules the KIP's next meeting, with the interval given: used by this pack's
--- `next_meeting` workflow and by municipality packs that override it with another interval.
function kip.next_meeting_rules(options)
  local months = options.months or kip.defaults.next_meeting_months
  local rules = {}

  --- After a meeting (or the activation) of a KIP: the next meeting within `months`.
  function rules.schedule(event, ctx)
    if event.plan_kind ~= "kip" then return end
    local plan = kip.plan(ctx, event.plan_id)
    if plan == nil or plan.status ~= "active" then return end
    local due = ctx.add_months(event.day, months)
    if kip.has_planned_followup_between(plan, event.day, due) then return end
    ctx.followup {
      -- The same purpose whatever the interval: a dry run of another interval shows the follow-up as moved.
      plan = plan.id, due = due, purpose = "Næste KIP-møde",
      key = "next_meeting_" .. plan.id .. "_" .. event.day,
    }
  end

  --- A follow-up of a KIP has come due: the coordinator calls the meeting.
  function rules.due(event, ctx)
    if event.plan_kind ~= "kip" then return end
    ctx.task {
      title = "Indkald til opfølgningsmøde om KIP'en", note = event.purpose, assignee = "tovholder",
      due = event.due, plan = event.plan_id,
      key = "followup_due_" .. event.plan_id .. "_" .. (event.followup_id or "next") .. "_" .. event.due,
    }
  end

  --- A meeting held: the coordinator's tasks to call the follow-up meetings of the plan are done.
  function rules.held(event, ctx)
    if event.plan_kind ~= "kip" then return end
    local plan = kip.plan(ctx, event.plan_id)
    for _, followup in ipairs(plan and plan.followups or {}) do
      if followup.due <= event.day or followup.status ~= "planned" then
        ctx.complete_task { key = "followup_due_" .. event.plan_id .. "_" .. followup.id .. "_" .. followup.due }
      end
    end
  end

  --- Its day passed: the team lead is told.
  function rules.overdue(event, ctx)
    if event.plan_kind ~= "kip" then return end
    ctx.task {
      title = "KIP-opfølgning er overskredet (frist " .. event.due .. ")", note = event.purpose,
      assignee = "teamleder", within = 7, plan = event.plan_id,
      key = "followup_overdue_" .. event.plan_id .. "_" .. (event.followup_id or "next") .. "_" .. event.due,
    }
  end

  return rules
end

return kip
