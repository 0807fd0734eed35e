-- The GAD-7's seven items, bands and labels, shared by the gad7 and basisscreening flows.
local options = require("options")

local M = {}

M.intro = {
  da = "Hvor ofte har du inden for de sidste 2 uger været generet af nedenstående problemer?",
  en = "Over the last 2 weeks, how often have you been bothered by the following problems?",
}

local texts = {
  { da = "Følt dig nervøs, angst eller anspændt", en = "Feeling nervous, anxious, or on edge" },
  { da = "Ikke kunnet stoppe med at bekymre dig eller styre dine bekymringer", en = "Not being able to stop or control worrying" },
  { da = "Bekymret dig for meget om forskellige ting", en = "Worrying too much about different things" },
  { da = "Haft svært ved at slappe af", en = "Trouble relaxing" },
  { da = "Været så rastløs, at det var svært at sidde stille", en = "Being so restless that it is hard to sit still" },
  { da = "Let blevet irriteret eller gnaven", en = "Becoming easily annoyed or irritable" },
  { da = "Følt dig bange, som om noget frygteligt kunne ske", en = "Feeling afraid, as if something awful might happen" },
}

--- The seven items as fresh tables: `items("q")` gives q1..q7, `items("anx")` anx1..anx7.
function M.items(prefix)
  local items = {}
  for n, text in ipairs(texts) do
    items[n] = screening.choice { id = prefix .. n, text = text, options = options.two_weeks }
  end
  return items
end

--- Severity bands on the total (Spitzer, Kroenke, Williams & Löwe 2006).
M.bands = { { 0, "minimal" }, { 5, "mild" }, { 10, "moderate" }, { 15, "severe" } }

M.labels = {
  minimal = { da = "Ingen eller minimal", en = "Minimal" },
  mild = { da = "Let", en = "Mild" },
  moderate = { da = "Moderat", en = "Moderate" },
  severe = { da = "Svær", en = "Severe" },
}

M.source = {
  da = "GAD-7 er udviklet af Robert L. Spitzer, Kurt Kroenke, Janet B.W. Williams og Bernd Löwe med støtte fra Pfizer Inc. "
    .. "Må gengives, oversættes og bruges uden tilladelse (Arch Intern Med 2006). Dansk formulering: Tovholder.",
  en = "GAD-7 was developed by Robert L. Spitzer, Kurt Kroenke, Janet B.W. Williams and Bernd Löwe with an educational "
    .. "grant from Pfizer Inc. No permission is required to reproduce, translate, display or distribute it "
    .. "(Arch Intern Med 2006). Danish wording: Tovholder.",
}

return M
