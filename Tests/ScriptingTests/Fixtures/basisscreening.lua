-- Fixtures for the basisscreening flow; every expected score computed by hand from each instrument's published rules.
-- Positive at: PHQ-9 >= 10, GAD-7 >= 10, ASRS Part A >= 4 items shaded (items 1-3 from 2, items 4-6 from 3),
-- Mini-SPIN >= 6, psychosis >= 1 yes, suicide risk >= 1 yes. PHQ-9 item 9 >= 1 flags suicidal_thoughts.

-- Every item answered 0 / no, then the overrides; "missing" removes an answer.
local function answers(overrides)
  local a = {}
  for n = 1, 9 do a["dep" .. n] = 0 end
  for n = 1, 7 do a["anx" .. n] = 0 end
  for n = 1, 6 do a["adhd" .. n] = 0 end
  for n = 1, 3 do a["spin" .. n] = 0 end
  for n = 1, 4 do a["psy" .. n] = 0; a["sui" .. n] = 0 end
  for id, v in pairs(overrides or {}) do
    if v == "missing" then a[id] = nil else a[id] = v end
  end
  return a
end

local function scores(dep, anx, adhd, spin, psy, sui)
  return { depression = dep, anxiety = anx, adhd = adhd, social_phobia = spin, psychosis = psy, suicide_risk = sui }
end

local REFER = { "refer_psychologist", "summary_to_gp" }

return {
  { name = "all minimum", answers = answers(), context = { sex = "female", age = 28 },
    expect = { scores = scores(0, 0, 0, 0, 0, 0), bands = { depression = "minimal", anxiety = "minimal" },
               flags = {}, recommendations = {} } },

  { name = "all maximum",
    answers = answers {
      dep1 = 3, dep2 = 3, dep3 = 3, dep4 = 3, dep5 = 3, dep6 = 3, dep7 = 3, dep8 = 3, dep9 = 3,
      anx1 = 3, anx2 = 3, anx3 = 3, anx4 = 3, anx5 = 3, anx6 = 3, anx7 = 3,
      adhd1 = 4, adhd2 = 4, adhd3 = 4, adhd4 = 4, adhd5 = 4, adhd6 = 4,
      spin1 = 4, spin2 = 4, spin3 = 4,
      psy1 = 1, psy2 = 1, psy3 = 1, psy4 = 1, sui1 = 1, sui2 = 1, sui3 = 1, sui4 = 1,
    },
    context = { sex = "male", age = 41 },
    expect = { scores = scores(27, 21, 6, 12, 4, 4), bands = { depression = "severe", anxiety = "severe" },
               flags = { "depression_positive", "anxiety_positive", "adhd_positive", "social_phobia_positive",
                         "psychosis_signs", "suicide_risk", "suicidal_thoughts" },
               recommendations = { "refer_psychologist", "summary_to_gp", "urgent_assessment" } } },

  -- 3+3+3+1 = 10
  { name = "depression at the cut-off 10", answers = answers { dep1 = 3, dep2 = 3, dep3 = 3, dep4 = 1 },
    expect = { scores = scores(10, 0, 0, 0, 0, 0), bands = { depression = "moderate", anxiety = "minimal" },
               flags = { "depression_positive" }, recommendations = REFER } },
  -- 3+3+3 = 9
  { name = "depression one below: 9", answers = answers { dep1 = 3, dep2 = 3, dep3 = 3 },
    expect = { scores = scores(9, 0, 0, 0, 0, 0), bands = { depression = "mild", anxiety = "minimal" },
               flags = {}, recommendations = {} } },

  -- 2+2+2+2+2 = 10
  { name = "anxiety at the cut-off 10", answers = answers { anx1 = 2, anx2 = 2, anx3 = 2, anx4 = 2, anx5 = 2 },
    expect = { scores = scores(0, 10, 0, 0, 0, 0), bands = { depression = "minimal", anxiety = "moderate" },
               flags = { "anxiety_positive" }, recommendations = REFER } },
  -- 2+2+2+2+1 = 9
  { name = "anxiety one below: 9", answers = answers { anx1 = 2, anx2 = 2, anx3 = 2, anx4 = 2, anx5 = 1 },
    expect = { scores = scores(0, 9, 0, 0, 0, 0), bands = { depression = "minimal", anxiety = "mild" },
               flags = {}, recommendations = {} } },

  -- shaded: 1-3 at 2 (yes x3), 4 at 3 (yes), 5-6 at 2 (no: they need 3) = 4
  { name = "ADHD: four items in the shaded range",
    answers = answers { adhd1 = 2, adhd2 = 2, adhd3 = 2, adhd4 = 3, adhd5 = 2, adhd6 = 2 },
    expect = { scores = scores(0, 0, 4, 0, 0, 0), flags = { "adhd_positive" }, recommendations = REFER } },
  -- shaded: 1-3 at 2 (yes x3), 4-6 at 2 (no) = 3, though the sum is 12
  { name = "ADHD: items 4-6 at 'sometimes' are not shaded: 3",
    answers = answers { adhd1 = 2, adhd2 = 2, adhd3 = 2, adhd4 = 2, adhd5 = 2, adhd6 = 2 },
    expect = { scores = scores(0, 0, 3, 0, 0, 0), flags = {}, recommendations = {} } },
  -- shaded: 1-3 at 1 (no), 4-6 at 4 (yes x3) = 3
  { name = "ADHD: items 1-3 at 'rarely' are not shaded: 3",
    answers = answers { adhd1 = 1, adhd2 = 1, adhd3 = 1, adhd4 = 4, adhd5 = 4, adhd6 = 4 },
    expect = { scores = scores(0, 0, 3, 0, 0, 0), flags = {}, recommendations = {} } },

  { name = "social phobia at the cut-off 6", answers = answers { spin1 = 2, spin2 = 2, spin3 = 2 },
    expect = { scores = scores(0, 0, 0, 6, 0, 0), flags = { "social_phobia_positive" }, recommendations = REFER } },
  { name = "social phobia one below: 5", answers = answers { spin1 = 2, spin2 = 2, spin3 = 1 },
    expect = { scores = scores(0, 0, 0, 5, 0, 0), flags = {}, recommendations = {} } },

  { name = "psychosis: earlier psychosis alone is a sign", answers = answers { psy4 = 1 },
    expect = { scores = scores(0, 0, 0, 0, 1, 0), flags = { "psychosis_signs" }, recommendations = REFER } },
  { name = "suicide risk: an earlier attempt alone means a same-day assessment", answers = answers { sui3 = 1 },
    expect = { scores = scores(0, 0, 0, 0, 0, 1), flags = { "suicide_risk" },
               recommendations = { "refer_psychologist", "summary_to_gp", "urgent_assessment" } } },
  { name = "PHQ-9 item 9 without observed suicide risk", answers = answers { dep9 = 1 },
    expect = { scores = scores(1, 0, 0, 0, 0, 0), bands = { depression = "minimal", anxiety = "minimal" },
               flags = { "suicidal_thoughts" }, recommendations = { "assess_suicide_risk" } } },
  { name = "PHQ-9 item 9 with observed suicidal thoughts: urgent only", answers = answers { dep9 = 2, sui1 = 1 },
    expect = { scores = scores(2, 0, 0, 0, 0, 1), flags = { "suicidal_thoughts", "suicide_risk" },
               recommendations = { "refer_psychologist", "summary_to_gp", "urgent_assessment" } } },

  -- anxiety 2+2+2+2+2+1+1 = 12; Mini-SPIN 3+3+2 = 8
  { name = "two modules positive: one referral, one summary",
    answers = answers { anx1 = 2, anx2 = 2, anx3 = 2, anx4 = 2, anx5 = 2, anx6 = 1, anx7 = 1, spin1 = 3, spin2 = 3, spin3 = 2 },
    context = { sex = "male" },
    expect = { scores = scores(0, 12, 0, 8, 0, 0), bands = { depression = "minimal", anxiety = "moderate" },
               flags = { "anxiety_positive", "social_phobia_positive" }, recommendations = REFER } },

  { name = "missing observation item psy2 is refused", answers = answers { psy2 = "missing" },
    expect = { refused = true } },
  { name = "missing observation item sui4 is refused", answers = answers { sui4 = "missing", sui1 = 1 },
    expect = { refused = true } },
  { name = "missing self-report item dep3 leaves depression empty",
    answers = answers { dep3 = "missing", dep1 = 3, dep2 = 3, dep4 = 3, dep5 = 3 },
    expect = { scores = { anxiety = 0, adhd = 0, social_phobia = 0, psychosis = 0, suicide_risk = 0 },
               empty = { "depression" }, bands = { anxiety = "minimal" }, flags = {}, recommendations = {} } },
  { name = "missing dep5 with item 9 answered: depression empty, item 9 still flags",
    answers = answers { dep5 = "missing", dep9 = 1 },
    expect = { empty = { "depression" }, bands = { anxiety = "minimal" }, flags = { "suicidal_thoughts" },
               recommendations = { "assess_suicide_risk" } } },
  { name = "ADHD module declined: adhd empty even with 3 shaded answers given",
    answers = answers { adhd1 = 4, adhd2 = 4, adhd3 = 4, adhd4 = "missing", adhd5 = "missing", adhd6 = "missing" },
    expect = { scores = { depression = 0, anxiety = 0, social_phobia = 0, psychosis = 0, suicide_risk = 0 },
               empty = { "adhd" }, flags = {}, recommendations = {} } },

  { name = "municipality raised the depression cut-off to 15: 10 is not positive",
    answers = answers { dep1 = 3, dep2 = 3, dep3 = 3, dep4 = 1 },
    context = { settings = { depression = 15 } },
    expect = { scores = scores(10, 0, 0, 0, 0, 0), bands = { depression = "moderate", anxiety = "minimal" },
               flags = {}, recommendations = {} } },
}
