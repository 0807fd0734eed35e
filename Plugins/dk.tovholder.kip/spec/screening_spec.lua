-- Specs for the rules on a positive basic psychiatric screening: the psychologist, the GP (with consent), dual diagnosis.

local REFERRAL = { code = "refer_psychologist", text_da = "Positiv screening for depression. Henvis borgeren." }

local function positive(day)
  return {
    day = day, flow = "basisscreening", flow_version = "1.0.0", response_id = 7,
    flags = { "depression_positive" }, recommendations = { REFERRAL },
  }
end

describe("a positive basic psychiatric screening", function()
  it("gives the psychologist a task and the GP a summary when the citizen consented", function()
    local case = fixture.case {}
    local gp = fixture.actor { kind = "gp", name = "Lægehuset" }
    fixture.participant(case, gp)
    fixture.consent(case, { to = "gp", categories = { "screening" } })
    workflows.raise("screening.completed", case, positive("2026-02-01"))
    local tasks = workflows.tasks(case)
    expect(#tasks).to_be(1)
    expect(tasks[1].assignee).to_be("psykolog")
    local messages = workflows.outbox(case)
    expect(#messages).to_be(1)
    expect(messages[1].to).to_be(gp)
    expect(messages[1].categories).to_equal({ "screening" })
  end)

  it("asks for consent instead of sending without it", function()
    local case = fixture.case {}
    fixture.participant(case, fixture.actor { kind = "gp" })
    workflows.raise("screening.completed", case, positive("2026-02-01"))
    expect(#workflows.outbox(case)).to_be(0)
    local tasks = workflows.tasks(case)
    expect(#tasks).to_be(2)
    -- By due day: the consent within 7 days, the psychologist within 14.
    expect(tasks[1].title).to_contain("Indhent samtykke")
    expect(tasks[2].assignee).to_be("psykolog")
  end)

  it("refers a citizen treated in psychiatry to integrated treatment", function()
    local case = fixture.case {}
    fixture.participant(case, fixture.actor { kind = "outpatient_psychiatry" })
    workflows.raise("screening.completed", case, positive("2026-02-01"))
    expect(workflows.flags(case).dual_diagnosis).to_be(true)
    local found = false
    for _, task in ipairs(workflows.tasks(case)) do
      if task.title:find("integrerede behandling", 1, true) then found = true end
    end
    expect(found).to_be(true)
  end)

  it("does nothing for another flow", function()
    local case = fixture.case {}
    local other = positive("2026-02-01")
    other.flow = "audit"
    expect(#workflows.raise("screening.completed", case, other)).to_be(0)
  end)
end)
