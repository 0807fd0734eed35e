-- Aarhus's agreement: when employment is a goal of an active KIP, the job centre is invited to take part.

local function employment_goal(plan)
  for _, goal in ipairs(plan.goals) do
    if goal.area == "employment" and goal.status ~= "achieved" and goal.status ~= "dropped" then return goal end
  end
  return nil
end

local function job_centre_takes_part(ctx)
  for _, participant in ipairs(ctx.participants()) do
    if participant.active and participant.kind == "job_centre" then return true end
  end
  return false
end

local function invite(event, ctx)
  if event.plan_kind ~= "kip" then return end
  for _, plan in ipairs(ctx.plans()) do
    local wanted = plan.id == event.plan_id and plan.status == "active" and employment_goal(plan)
    if wanted and not job_centre_takes_part(ctx) then
      ctx.propose_participant {
        kind = "job_centre", reason = "beskæftigelse er et mål i KIP'en (Aarhus' samarbejdsaftale)",
        within = 14, key = "job_centre_" .. plan.id,
      }
    end
  end
end

workflow.on("plan.activated", invite, { name = "aarhus.job_centre.on_activation" })
workflow.on("plan.changed", invite, { name = "aarhus.job_centre.on_change" })
