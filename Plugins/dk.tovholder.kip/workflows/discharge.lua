-- At discharge: advice on where to find support later (unless recorded), and an aftercare follow-up.
local kip = require("kip")

workflow.on("case.discharged", function(_, ctx)
  -- The advice may have been recorded with the discharge (`case discharge --advice`); if not, it is a task.
  if not ctx.case().aftercare_advice_given then
    ctx.task {
      title = "Giv borgeren råd om, hvor der er støtte efter forløbet (anonym rådgivning, selvhjælp, pårørende)",
      assignee = "tovholder", within = 0, key = "discharge_advice",
    }
  end
  local plan = ctx.followup {
    purpose = "Efterværn: opfølgning efter udskrivning", within = kip.defaults.aftercare_days, key = "aftercare",
  }
  if plan == nil then
    ctx.task {
      title = "Efterværn: opfølgning efter udskrivning", assignee = "tovholder",
      within = kip.defaults.aftercare_days, key = "aftercare_task",
    }
  end
end, { name = "discharge.advice_and_aftercare" })
