-- Fixtures for the DUDIT flow; every expected score computed by hand from Berman et al.'s scoring rules.
-- Cut-offs (defaults): drug-related problems male 6 / female 2 / unknown 6; probable dependence 25.
return {
  { name = "all minimum",
    answers = { q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 0 },
    context = { sex = "male", age = 30 },
    expect = { scores = { total = 0 }, bands = { total = "low" }, flags = {}, recommendations = {} } },

  -- 9 x 4 + 4 + 4 = 44
  { name = "all maximum",
    answers = { q1 = 4, q2 = 4, q3 = 4, q4 = 4, q5 = 4, q6 = 4, q7 = 4, q8 = 4, q9 = 4, q10 = 4, q11 = 4 },
    context = { sex = "female" },
    expect = { scores = { total = 44 }, bands = { total = "dependence" },
               flags = { "drug_related_problems", "probable_dependence" }, recommendations = { "assess_drug_treatment" } } },

  -- 2+1+1+1+0+0+1+0+1+0+2 = 9
  { name = "mixed answers, male: 9",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 1, q10 = 0, q11 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 9 }, bands = { total = "problems" },
               flags = { "drug_related_problems" }, recommendations = { "assess_drug_treatment" } } },

  { name = "missing item 11 is refused",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 1, q10 = 0 },
    context = { sex = "male" },
    expect = { refused = true } },
  { name = "no answers at all is refused",
    answers = {},
    context = { sex = "female" },
    expect = { refused = true } },

  -- 1+0+1+1+0+0+0+0+1+0+2 = 6
  { name = "male at the problems cut-off 6",
    answers = { q1 = 1, q2 = 0, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 1, q10 = 0, q11 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 6 }, bands = { total = "problems" },
               flags = { "drug_related_problems" }, recommendations = { "assess_drug_treatment" } } },
  -- 1+0+1+1+0+0+0+0+0+0+2 = 5
  { name = "male one below: 5 is low",
    answers = { q1 = 1, q2 = 0, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 5 }, bands = { total = "low" }, flags = {}, recommendations = {} } },
  { name = "same answers, female: 5 is over her cut-off 2",
    answers = { q1 = 1, q2 = 0, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 5 }, bands = { total = "problems" },
               flags = { "drug_related_problems" }, recommendations = { "assess_drug_treatment" } } },
  { name = "same answers, sex unknown: the default cut-off 6",
    answers = { q1 = 1, q2 = 0, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 2 },
    expect = { scores = { total = 5 }, bands = { total = "low" }, flags = {}, recommendations = {} } },

  -- 1+0+1 = 2
  { name = "female at her cut-off 2",
    answers = { q1 = 1, q2 = 0, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 0 },
    context = { sex = "female", age = 19 },
    expect = { scores = { total = 2 }, bands = { total = "problems" },
               flags = { "drug_related_problems" }, recommendations = { "assess_drug_treatment" } } },
  { name = "female one below: 1 is low",
    answers = { q1 = 1, q2 = 0, q3 = 0, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 0 },
    context = { sex = "female" },
    expect = { scores = { total = 1 }, bands = { total = "low" }, flags = {}, recommendations = {} } },
  { name = "female at 2, municipality set her cut-off to 3",
    answers = { q1 = 1, q2 = 0, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0, q11 = 0 },
    context = { sex = "female", settings = { drug_related_problems = { male = 6, female = 3, default = 6 } } },
    expect = { scores = { total = 2 }, bands = { total = "low" }, flags = {}, recommendations = {} } },

  -- 4+4+4+4 = 16 | 2+2+1+0+2 = 7 | 0+2 | 25
  { name = "at the dependence cut-off 25",
    answers = { q1 = 4, q2 = 4, q3 = 4, q4 = 4, q5 = 2, q6 = 2, q7 = 1, q8 = 0, q9 = 2, q10 = 0, q11 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 25 }, bands = { total = "dependence" },
               flags = { "drug_related_problems", "probable_dependence" }, recommendations = { "assess_drug_treatment" } } },
  -- 16 | 2+2+0+0+2 = 6 | 2 | 24
  { name = "one below the dependence cut-off: 24",
    answers = { q1 = 4, q2 = 4, q3 = 4, q4 = 4, q5 = 2, q6 = 2, q7 = 0, q8 = 0, q9 = 2, q10 = 0, q11 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 24 }, bands = { total = "problems" },
               flags = { "drug_related_problems" }, recommendations = { "assess_drug_treatment" } } },
}
