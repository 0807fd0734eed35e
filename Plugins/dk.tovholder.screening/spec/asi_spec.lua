-- Specs for the ASI flow against the spec's own database: a follow-up ASI compared with the intake.
local function interview(overrides)
  -- Every item at its lowest answer (the items that hides are left out), then the overrides.
  local a = {
    G14 = 0, G14_months = 0, G15 = 0, G19 = 1,
    M1 = 0, M3 = 0, M4 = 0, M5 = 0, M6 = 0, M7 = 0, M8 = 0, M9 = 0, M10 = 0, M11 = 0,
    E1 = 0, E2 = 0, E3 = 0, E4 = 0, E5 = 0, E6 = 0, E6_months = 0, E8 = 0, E10 = 1, E11 = 0,
    E12 = 0, E13 = 0, E14 = 0, E15 = 0, E16 = 0, E17 = 0, E18 = 0, E19 = 0, E20 = 0, E21 = 0, E22 = 0,
    E23 = 0, E24 = 0,
    D14 = 0, D17 = 0, D18 = 0, D19 = 0, D20 = 0, D23 = 0, D24 = 0, D25 = 0, D26 = 0, D27 = 0, D28 = 0,
    D29 = 0, D30 = 0, D31 = 0, D32 = 0, D33 = 0, D34 = 0, D35 = 0,
    L1 = 0, L2 = 0, L18 = 0, L19 = 0, L20 = 0, L21 = 0, L24 = 0, L26 = 0, L27 = 0, L28 = 0, L29 = 0,
    L30 = 0, L31 = 0, L32 = 0,
    F1 = 1, F2 = 0, F2_months = 0, F3 = 2, F4 = 1, F5 = 0, F5_months = 0, F6 = 0, F7 = 0, F8 = 0, F9 = 1,
    F10 = 0, F11 = 0, F30 = 0, F31 = 0, F32 = 0, F33 = 0, F34 = 0, F35 = 0, F36 = 0, F37 = 0, F38 = 0,
    P1 = 0, P2 = 0, P11 = 0, P12 = 0, P13 = 0, P22 = 0, P23 = 0, P24 = 0,
  }
  for n = 1, 13 do a["D" .. n], a["D" .. n .. "_years"] = 0, 0 end
  for n = 3, 16 do a["L" .. n] = 0 end
  for n = 18, 29 do a["F" .. n], a["F" .. n .. "_life"] = 0, 0 end
  for n = 3, 10 do a["P" .. n], a["P" .. n .. "_life"] = 0, 0 end
  for n = 14, 19 do a["P" .. n] = 0 end
  for k, v in pairs(overrides or {}) do a[k] = v end
  return a
end

describe("ASI", function()
  it("gives every composite at the lowest answers, to 4 decimals", function()
    local r = flows.evaluate("asi", interview())
    expect(r.scores.medical).to_be(0)
    expect(r.scores.employment).to_be(1)
    expect(r.scores.alcohol).to_be(0)
    expect(r.scores.family).to_be(0)
  end)

  it("leaves only the alcohol composite empty when an alcohol item is missing", function()
    local a = interview()
    a.D26 = nil
    local r = flows.evaluate("asi", a)
    expect(r.scores.alcohol).to_be_nil()
    expect(r.scores.drug).to_be(0)
  end)

  it("flags an area that has worsened since the intake ASI of the same citizen", function()
    local case = fixture.case { sex = "male", age = 40, requested = "2026-01-05" }
    flows.complete("asi", case, interview(), { day = "2026-01-10" })
    local follow_up = interview({ D1 = 20, D2 = 10 })
    local r = flows.evaluate("asi", follow_up, { case = case, today = "2026-04-10" })
    expect(r.scores.alcohol).to_be_near(20 / 180 + 10 / 180, 1e-4)
    expect(r.flags).to_contain("alcohol_worse")
    -- Without the intake on record there is nothing to compare with.
    expect(flows.evaluate("asi", follow_up).flags).never.to_contain("alcohol_worse")
  end)

  it("recommends an urgent assessment on serious suicidal thoughts", function()
    local r = flows.evaluate("asi", interview({ P8 = 1, P8_life = 1 }))
    local codes = {}
    for _, recommendation in ipairs(r.recommendations) do codes[#codes + 1] = recommendation.code end
    expect(codes).to_contain("urgent_assessment")
  end)
end)
