-- Fixtures for the GAD-7 flow; every expected score computed by hand from Spitzer et al.'s scoring rules.
-- Bands: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
local function answers(q1, q2, q3, q4, q5, q6, q7)
  return { q1 = q1, q2 = q2, q3 = q3, q4 = q4, q5 = q5, q6 = q6, q7 = q7 }
end

return {
  { name = "all minimum", answers = answers(0, 0, 0, 0, 0, 0, 0), context = { sex = "male", age = 45 },
    expect = { scores = { total = 0 }, bands = { total = "minimal" }, flags = {}, recommendations = {} } },
  { name = "all maximum", answers = answers(3, 3, 3, 3, 3, 3, 3), context = { sex = "female" },
    expect = { scores = { total = 21 }, bands = { total = "severe" }, flags = {}, recommendations = {} } },
  -- 2+1+0+3+1+2+0 = 9
  { name = "mixed answers: 9 mild", answers = answers(2, 1, 0, 3, 1, 2, 0),
    expect = { scores = { total = 9 }, bands = { total = "mild" }, flags = {} } },
  { name = "missing item 7 leaves the total empty", answers = answers(2, 1, 0, 3, 1, 2, nil),
    expect = { empty = { "total" }, bands = {}, flags = {} } },
  { name = "nothing answered", answers = {},
    expect = { empty = { "total" }, bands = {}, flags = {} } },

  { name = "4 is minimal", answers = answers(1, 1, 1, 1, 0, 0, 0),
    expect = { scores = { total = 4 }, bands = { total = "minimal" } } },
  { name = "5 is mild", answers = answers(1, 1, 1, 1, 1, 0, 0),
    expect = { scores = { total = 5 }, bands = { total = "mild" } } },
  { name = "9 is mild", answers = answers(3, 3, 3, 0, 0, 0, 0),
    expect = { scores = { total = 9 }, bands = { total = "mild" } } },
  { name = "10 is moderate", answers = answers(3, 3, 3, 1, 0, 0, 0),
    expect = { scores = { total = 10 }, bands = { total = "moderate" } } },
  { name = "14 is moderate", answers = answers(3, 3, 3, 3, 2, 0, 0),
    expect = { scores = { total = 14 }, bands = { total = "moderate" } } },
  { name = "15 is severe", answers = answers(3, 3, 3, 3, 3, 0, 0),
    expect = { scores = { total = 15 }, bands = { total = "severe" } } },
}
