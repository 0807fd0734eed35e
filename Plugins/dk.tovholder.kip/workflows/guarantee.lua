-- The treatment guarantee: a warning on day 10 and a breach after day 14 become tasks for the team lead.

workflow.on("guarantee.warning", function(event, ctx)
  ctx.task {
    title = "Behandlingsgaranti: behandlingen skal starte senest " .. event.deadline
      .. " (" .. event.days_left .. " dage tilbage)",
    assignee = "teamleder", due = event.deadline, key = "guarantee_warning",
  }
end, { name = "guarantee.warning" })

workflow.on("guarantee.breached", function(event, ctx)
  ctx.task {
    title = "Behandlingsgarantien er overskredet (frist " .. event.deadline .. "): find årsagen og tilbyd start nu",
    assignee = "teamleder", within = 1, key = "guarantee_breached",
  }
  ctx.flag("guarantee_breached", true)
end, { name = "guarantee.breached" })

-- Treatment started: the warning task has done its job.
workflow.on("case.started", function(_, ctx)
  ctx.complete_task { key = "guarantee_warning" }
end, { name = "guarantee.started" })
