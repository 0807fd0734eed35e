-- The KIP's next meeting within 6 months of the last one, and the coordinator told when it is due.
local kip = require("kip")
local rules = kip.next_meeting_rules { months = kip.defaults.next_meeting_months }

workflow.on("meeting.held", rules.schedule, { name = "next_meeting.after_meeting" })
workflow.on("plan.activated", rules.schedule, { name = "next_meeting.after_activation", order = 110 })
workflow.on("meeting.held", rules.held, { name = "next_meeting.held", order = 90 })
workflow.on("followup.due", rules.due, { name = "next_meeting.due" })
workflow.on("followup.overdue", rules.overdue, { name = "next_meeting.overdue" })
