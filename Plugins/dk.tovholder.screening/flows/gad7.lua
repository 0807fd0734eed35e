-- GAD-7: the Generalized Anxiety Disorder scale's seven anxiety items.
local s = screening
local gad7 = require("gad7_items")

local items = gad7.items("q") -- q1..q7, each a choice scored 0-3
table.insert(items, 1, s.section { id = "intro", text = gad7.intro })

return s.flow {
  id = "gad7",
  version = "1.0.0",
  title = { da = "GAD-7 – angst", en = "GAD-7 – anxiety" },
  description = {
    da = "Syv spørgsmål om angstsymptomer inden for de sidste 2 uger. En screening, ikke en diagnose.",
    en = "Seven questions on anxiety symptoms over the last 2 weeks. A screening, not a diagnosis.",
  },
  source = gad7.source,
  policies = { missing = "empty", hidden = "absent" },
  scores = { { id = "total", text = { da = "Samlet score", en = "Total score" }, min = 0, max = 21 } },
  labels = gad7.labels,
  items = items,

  score = function(a)
    return { total = s.sum(a, s.ids("q", 1, 7)) }
  end,

  interpret = function(scores)
    return { bands = { total = s.band(scores.total, gad7.bands) } }
  end,
}
