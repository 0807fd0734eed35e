-- At treatment start: survey what other actors already give (guideline 4.2.8) and an early social barrier assessment (3.2.2).

workflow.on("case.started", function(_, ctx)
  ctx.task {
    title = "Afdæk hvilke indsatser andre aktører allerede giver borgeren (retningslinje 4.2.8)",
    assignee = "tovholder", within = 14, key = "start_survey",
  }
  ctx.task {
    title = "Tidlig vurdering af sociale barrierer: bolig, økonomi, beskæftigelse, netværk (retningslinje 3.2.2)",
    assignee = "tovholder", within = 30, key = "start_barriers",
  }
end, { name = "start.survey_and_barriers" })
