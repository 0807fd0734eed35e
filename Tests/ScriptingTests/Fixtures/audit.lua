-- Fixtures for the AUDIT flow; every expected score computed by hand from WHO's scoring rules.
-- Cut-offs (defaults): hazardous male 8 / female 6 / unknown 8, harmful 16, dependence 20; AUDIT-C male 5 / female 4.
return {
  { name = "all minimum, every item answered 0",
    answers = { q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0 },
    context = { sex = "male", age = 40 },
    expect = { scores = { total = 0, audit_c = 0, dependence = 0, harm = 0 }, bands = { total = "low" },
               flags = {}, recommendations = {} } },

  { name = "never drinks: only items 1, 9 and 10 answered (2-8 hidden, not missing)",
    answers = { q1 = 0, q9 = 0, q10 = 0 },
    context = { sex = "female" },
    expect = { scores = { total = 0, audit_c = 0, dependence = 0, harm = 0 }, bands = { total = "low" },
               flags = {}, recommendations = {} } },

  { name = "all maximum",
    answers = { q1 = 4, q2 = 4, q3 = 4, q4 = 4, q5 = 4, q6 = 4, q7 = 4, q8 = 4, q9 = 4, q10 = 4 },
    context = { sex = "male" },
    expect = { scores = { total = 40, audit_c = 12, dependence = 12, harm = 16 }, bands = { total = "dependence" },
               flags = { "probable_dependence", "audit_c_positive" }, recommendations = { "assess_alcohol_treatment" } } },

  -- q1 = 0 hides q2..q8: the 4s given for them must not count. 0 + 4 + 2 = 6.
  { name = "hidden items: q1 never, answers for 2-8 ignored (male: 6 is low)",
    answers = { q1 = 0, q2 = 4, q3 = 4, q4 = 4, q5 = 4, q6 = 4, q7 = 4, q8 = 4, q9 = 4, q10 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 6, audit_c = 0, dependence = 0, harm = 6 }, bands = { total = "low" },
               flags = {}, recommendations = {} } },
  { name = "hidden items: same answers, female: 6 is hazardous",
    answers = { q1 = 0, q2 = 4, q3 = 4, q4 = 4, q5 = 4, q6 = 4, q7 = 4, q8 = 4, q9 = 4, q10 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 6, audit_c = 0, dependence = 0, harm = 6 }, bands = { total = "hazardous" },
               flags = { "hazardous" }, recommendations = { "brief_intervention" } } },

  { name = "missing item 3 is refused",
    answers = { q1 = 2, q2 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0 },
    context = { sex = "male" },
    expect = { refused = true } },
  { name = "missing item 10 is refused even after never (9 and 10 are always asked)",
    answers = { q1 = 0, q9 = 0 },
    context = { sex = "male" },
    expect = { refused = true } },

  -- 3+2+2 = 7 | 1+0+0 = 1 | 1+0+0+2 = 3 | 11
  { name = "mixed answers, male: 11 hazardous, AUDIT-C 7 positive",
    answers = { q1 = 3, q2 = 2, q3 = 2, q4 = 1, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "male", age = 52 },
    expect = { scores = { total = 11, audit_c = 7, dependence = 1, harm = 3 }, bands = { total = "hazardous" },
               flags = { "hazardous", "audit_c_positive" }, recommendations = { "brief_intervention" } } },

  -- 2+1+1 = 4 | 1+0+0 = 1 | 1+0+0+2 = 3 | 8
  { name = "male at the hazardous cut-off 8, AUDIT-C 4 below 5",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 8, audit_c = 4, dependence = 1, harm = 3 }, bands = { total = "hazardous" },
               flags = { "hazardous" }, recommendations = { "brief_intervention" } } },
  { name = "same answers, female: AUDIT-C 4 is positive",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 1, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 8, audit_c = 4, dependence = 1, harm = 3 }, bands = { total = "hazardous" },
               flags = { "hazardous", "audit_c_positive" }, recommendations = { "brief_intervention" } } },

  -- 2+1+1 = 4 | 0 | 1+0+0+2 = 3 | 7
  { name = "male one below the hazardous cut-off: 7 is low",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 7, audit_c = 4, dependence = 0, harm = 3 }, bands = { total = "low" },
               flags = {}, recommendations = {} } },
  { name = "same answers, female: 7 is hazardous",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 7, audit_c = 4, dependence = 0, harm = 3 }, bands = { total = "hazardous" },
               flags = { "hazardous", "audit_c_positive" }, recommendations = { "brief_intervention" } } },
  { name = "same answers, sex unknown: the default cut-offs (8, AUDIT-C 5) apply",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    expect = { scores = { total = 7, audit_c = 4, dependence = 0, harm = 3 }, bands = { total = "low" },
               flags = {}, recommendations = {} } },
  { name = "same answers, male, municipality set hazardous to 7 for everyone",
    answers = { q1 = 2, q2 = 1, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "male", settings = { hazardous = 7 } },
    expect = { scores = { total = 7, audit_c = 4, dependence = 0, harm = 3 }, bands = { total = "hazardous" },
               flags = { "hazardous" }, recommendations = { "brief_intervention" } } },

  -- 1+1+1 = 3 | 0 | 1+0+0+2 = 3 | 6
  { name = "female at her hazardous cut-off 6, AUDIT-C 3 below 4",
    answers = { q1 = 1, q2 = 1, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 6, audit_c = 3, dependence = 0, harm = 3 }, bands = { total = "hazardous" },
               flags = { "hazardous" }, recommendations = { "brief_intervention" } } },
  -- 1+1+1 = 3 | 0 | 0+0+0+2 = 2 | 5
  { name = "female one below her cut-off: 5 is low",
    answers = { q1 = 1, q2 = 1, q3 = 1, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 5, audit_c = 3, dependence = 0, harm = 2 }, bands = { total = "low" },
               flags = {}, recommendations = {} } },

  -- 2+1+2 = 5, all else 0
  { name = "male AUDIT-C exactly 5 is positive while the total 5 is low",
    answers = { q1 = 2, q2 = 1, q3 = 2, q4 = 0, q5 = 0, q6 = 0, q7 = 0, q8 = 0, q9 = 0, q10 = 0 },
    context = { sex = "male" },
    expect = { scores = { total = 5, audit_c = 5, dependence = 0, harm = 0 }, bands = { total = "low" },
               flags = { "audit_c_positive" }, recommendations = {} } },

  -- 4+3+3 = 10 | 2+1+0 = 3 | 1+0+0+2 = 3 | 16
  { name = "at the harmful cut-off 16",
    answers = { q1 = 4, q2 = 3, q3 = 3, q4 = 2, q5 = 1, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 16, audit_c = 10, dependence = 3, harm = 3 }, bands = { total = "harmful" },
               flags = { "harmful", "audit_c_positive" }, recommendations = { "brief_intervention" } } },
  -- 4+3+3 = 10 | 1+1+0 = 2 | 3 | 15
  { name = "one below the harmful cut-off: 15 is hazardous",
    answers = { q1 = 4, q2 = 3, q3 = 3, q4 = 1, q5 = 1, q6 = 0, q7 = 1, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "male" },
    expect = { scores = { total = 15, audit_c = 10, dependence = 2, harm = 3 }, bands = { total = "hazardous" },
               flags = { "hazardous", "audit_c_positive" }, recommendations = { "brief_intervention" } } },

  -- 4+4+4 = 12 | 2+1+1 = 4 | 2+0+0+2 = 4 | 20
  { name = "at the dependence cut-off 20 (female, same cut-off)",
    answers = { q1 = 4, q2 = 4, q3 = 4, q4 = 2, q5 = 1, q6 = 1, q7 = 2, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 20, audit_c = 12, dependence = 4, harm = 4 }, bands = { total = "dependence" },
               flags = { "probable_dependence", "audit_c_positive" }, recommendations = { "assess_alcohol_treatment" } } },
  -- 12 | 2+1+0 = 3 | 4 | 19
  { name = "one below the dependence cut-off: 19 is harmful",
    answers = { q1 = 4, q2 = 4, q3 = 4, q4 = 2, q5 = 1, q6 = 0, q7 = 2, q8 = 0, q9 = 0, q10 = 2 },
    context = { sex = "female" },
    expect = { scores = { total = 19, audit_c = 12, dependence = 3, harm = 4 }, bands = { total = "harmful" },
               flags = { "harmful", "audit_c_positive" }, recommendations = { "brief_intervention" } } },
}
