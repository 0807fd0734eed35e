-- Fixtures for the PHQ-9 flow; every expected score computed by hand from Kroenke et al.'s scoring rules.
-- Bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe. Item 9 >= 1 flags.
local function answers(q1, q2, q3, q4, q5, q6, q7, q8, q9)
  return { q1 = q1, q2 = q2, q3 = q3, q4 = q4, q5 = q5, q6 = q6, q7 = q7, q8 = q8, q9 = q9 }
end

return {
  { name = "all minimum", answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 0), context = { sex = "female", age = 34 },
    expect = { scores = { total = 0 }, bands = { total = "minimal" }, flags = {}, recommendations = {} } },
  { name = "all maximum", answers = answers(3, 3, 3, 3, 3, 3, 3, 3, 3), context = { sex = "male" },
    expect = { scores = { total = 27 }, bands = { total = "severe" },
               flags = { "suicidal_thoughts" }, recommendations = { "assess_suicide_risk" } } },
  -- 1+2+3+2+1+0+1+0+0 = 10
  { name = "mixed answers: 10 moderate", answers = answers(1, 2, 3, 2, 1, 0, 1, 0, 0),
    expect = { scores = { total = 10 }, bands = { total = "moderate" }, flags = {}, recommendations = {} } },
  { name = "item 9 alone: 1 is minimal but flags", answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 1),
    expect = { scores = { total = 1 }, bands = { total = "minimal" },
               flags = { "suicidal_thoughts" }, recommendations = { "assess_suicide_risk" } } },

  { name = "missing item 4 leaves the total empty", answers = answers(1, 2, 3, nil, 1, 0, 1, 0, 0),
    expect = { empty = { "total" }, bands = {}, flags = {}, recommendations = {} } },
  { name = "missing item 3 with item 9 answered 2: empty total, still flags", answers = answers(2, 2, nil, 1, 1, 1, 1, 1, 2),
    expect = { empty = { "total" }, bands = {}, flags = { "suicidal_thoughts" }, recommendations = { "assess_suicide_risk" } } },
  { name = "nothing answered", answers = {},
    expect = { empty = { "total" }, bands = {}, flags = {}, recommendations = {} } },

  { name = "4 is minimal", answers = answers(1, 1, 1, 1, 0, 0, 0, 0, 0),
    expect = { scores = { total = 4 }, bands = { total = "minimal" }, flags = {} } },
  { name = "5 is mild", answers = answers(1, 1, 1, 1, 1, 0, 0, 0, 0),
    expect = { scores = { total = 5 }, bands = { total = "mild" }, flags = {} } },
  { name = "9 is mild", answers = answers(3, 3, 3, 0, 0, 0, 0, 0, 0),
    expect = { scores = { total = 9 }, bands = { total = "mild" }, flags = {} } },
  { name = "10 is moderate", answers = answers(3, 3, 3, 1, 0, 0, 0, 0, 0),
    expect = { scores = { total = 10 }, bands = { total = "moderate" }, flags = {} } },
  { name = "14 is moderate", answers = answers(3, 3, 3, 3, 2, 0, 0, 0, 0),
    expect = { scores = { total = 14 }, bands = { total = "moderate" }, flags = {} } },
  { name = "15 is moderately severe", answers = answers(3, 3, 3, 3, 3, 0, 0, 0, 0),
    expect = { scores = { total = 15 }, bands = { total = "moderately_severe" }, flags = {} } },
  { name = "19 is moderately severe", answers = answers(3, 3, 3, 3, 3, 3, 1, 0, 0),
    expect = { scores = { total = 19 }, bands = { total = "moderately_severe" }, flags = {} } },
  { name = "20 is severe", answers = answers(3, 3, 3, 3, 3, 3, 2, 0, 0),
    expect = { scores = { total = 20 }, bands = { total = "severe" }, flags = {}, recommendations = {} } },
}
