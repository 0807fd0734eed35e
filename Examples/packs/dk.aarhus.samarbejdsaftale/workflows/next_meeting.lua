-- Aarhus's agreement: the KIP's next meeting within 3 months, not 6 (overrides dk.tovholder.kip's next_meeting).
local kip = require("dk.tovholder.kip.kip")
local rules = kip.next_meeting_rules { months = 3 }

workflow.on("meeting.held", rules.schedule, { name = "aarhus.next_meeting.after_meeting" })
workflow.on("plan.activated", rules.schedule, { name = "aarhus.next_meeting.after_activation", order = 110 })
workflow.on("meeting.held", rules.held, { name = "aarhus.next_meeting.held", order = 90 })
workflow.on("followup.due", rules.due, { name = "aarhus.next_meeting.due" })
workflow.on("followup.overdue", rules.overdue, { name = "aarhus.next_meeting.overdue" })
