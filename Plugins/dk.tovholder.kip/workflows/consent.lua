-- Consents about to expire are renewed; a revoked consent stops sharing at once.

workflow.on("consent.expiring", function(event, ctx)
  ctx.task {
    title = "Samtykke " .. event.consent_id .. " udløber " .. event.valid_until .. ": tal med borgeren om at forny det",
    assignee = "tovholder", due = event.valid_until, key = "renew_consent_" .. event.consent_id .. "_" .. event.valid_until,
  }
end, { name = "consent.renew" })

workflow.on("consent.revoked", function(event, ctx)
  ctx.task {
    title = "Samtykke " .. event.consent_id .. " er tilbagekaldt: stop deling og ret planer og udbakke til",
    assignee = "tovholder", within = 1, key = "consent_revoked_" .. event.consent_id,
  }
end, { name = "consent.revoked" })
