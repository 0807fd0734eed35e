-- A positive basic psychiatric screening: the psychologist, a summary to the GP (with consent), urgent signs, dual diagnosis.
local kip = require("kip")

local function has_recommendation(event, code)
  for _, recommendation in ipairs(event.recommendations or {}) do
    if recommendation.code == code then return recommendation end
  end
  return nil
end

workflow.on("screening.completed", function(event, ctx)
  if event.flow ~= "basisscreening" then return end
  local referral = has_recommendation(event, "refer_psychologist")
  if referral then
    ctx.task {
      title = "Psykologvurdering efter positiv basisscreening", note = referral.text_da,
      assignee = "psykolog", within = 14, key = "psychologist_" .. event.response_id,
    }
    kip.send_or_obtain_consent(ctx, {
      to = "gp",
      subject = "Resumé af basisscreening " .. event.day,
      body = referral.text_da,
      categories = { "screening" },
      document = "screening_response:" .. event.response_id,
      key = "gp_summary_" .. event.response_id,
      consent_title = "resumé af basisscreeningen til egen læge",
    })
  end
  if has_recommendation(event, "urgent_assessment") then
    ctx.task {
      title = "Akut: tegn på selvmordsrisiko, en læge skal vurdere borgeren i dag",
      assignee = "tovholder", within = 0, key = "urgent_" .. event.response_id,
    }
  end
end, { name = "screening.basis_positive" })

-- Both a mental illness and substance abuse: refer to the region's integrated treatment (§ 82 c) within 14 days.
workflow.on("screening.completed", function(event, ctx)
  if event.flow ~= "basisscreening" then return end
  local flags = ctx.flags()
  local signs = kip.contains(event.flags, "psychosis_signs")
  local in_psychiatry = false
  for _, participant in ipairs(ctx.participants()) do
    if participant.active and participant.kind == "outpatient_psychiatry" then in_psychiatry = true end
  end
  if has_recommendation(event, "refer_psychologist") and (signs or in_psychiatry or flags.mental_illness) then
    ctx.flag("dual_diagnosis", true)
    ctx.task {
      title = "Henvis til regionens integrerede behandling for psykisk lidelse og misbrug",
      assignee = "tovholder", within = 14, key = "integrated_treatment",
    }
  end
end, { name = "screening.dual_diagnosis", order = 110 })
