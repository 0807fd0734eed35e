-- An overdue task of the coordinator goes to the team lead once.

workflow.on("task.overdue", function(event, ctx)
  if event.case_id == nil or event.assignee.role ~= "tovholder" then return end
  ctx.task {
    title = "Overskredet opgave hos tovholderen: " .. event.title, note = "Frist " .. event.due,
    assignee = "teamleder", within = 3, key = "escalate_" .. event.task_id,
  }
end, { name = "tasks.escalate" })
