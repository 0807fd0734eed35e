-- PHQ-9: the Patient Health Questionnaire's nine depression items (the example flow Docs/Screening.md points to).
local s = screening
-- Items, bands and labels live in lib/phq9_items.lua because the basisscreening flow asks the same items.
local phq9 = require("phq9_items")

local items = phq9.items("q") -- q1..q9, each a choice scored 0-3
table.insert(items, 1, s.section { id = "intro", text = phq9.intro })

local labels = { suicidal_thoughts = { da = "Tanker om død eller selvskade (item 9)", en = "Thoughts of death or self-harm (item 9)" } }
for code, text in pairs(phq9.labels) do labels[code] = text end

return s.flow {
  id = "phq9",
  version = "1.0.0",
  title = { da = "PHQ-9 – depression", en = "PHQ-9 – depression" },
  description = {
    da = "Ni spørgsmål om depressive symptomer inden for de sidste 2 uger. En screening, ikke en diagnose.",
    en = "Nine questions on depressive symptoms over the last 2 weeks. A screening, not a diagnosis.",
  },
  source = phq9.source,
  -- An unanswered item leaves the total empty (never a too-low score); no item is ever hidden.
  policies = { missing = "empty", hidden = "absent" },
  scores = { { id = "total", text = { da = "Samlet score", en = "Total score" }, min = 0, max = 27 } },
  labels = labels,
  items = items,

  score = function(a)
    return { total = s.sum(a, s.ids("q", 1, 9)) } -- nil when an item is unanswered
  end,

  -- `a` (the answers) is there too: item 9 raises a flag on its own, even when the total is empty.
  interpret = function(scores, _, a)
    local flags = {}
    local q9 = s.value(a, "q9")
    if q9 ~= nil and q9 >= 1 then flags[#flags + 1] = "suicidal_thoughts" end
    return { bands = { total = s.band(scores.total, phq9.bands) }, flags = flags }
  end,

  recommend = function(result)
    for _, flag in ipairs(result.flags) do
      if flag == "suicidal_thoughts" then
        return { {
          code = "assess_suicide_risk",
          text = {
            da = "Borgeren har svaret ja til tanker om død eller selvskade. Spørg ind til selvmordstanker og -planer i dag, "
              .. "og få en læge til at vurdere selvmordsrisikoen samme dag ved konkrete planer.",
            en = "The citizen reported thoughts of death or self-harm. Ask about suicidal thoughts and plans today, "
              .. "and have a doctor assess the suicide risk the same day if there are concrete plans.",
          },
          to = "doctor",
        } }
      end
    end
    return {}
  end,
}
