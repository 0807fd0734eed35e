-- The PHQ-9's nine items, bands and labels, shared by the phq9 and basisscreening flows.
local options = require("options")

local M = {}

M.intro = {
  da = "Hvor ofte har du inden for de sidste 2 uger været generet af nedenstående problemer?",
  en = "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
}

local texts = {
  { da = "Lille interesse for eller glæde ved at gøre ting", en = "Little interest or pleasure in doing things" },
  { da = "Følt dig nedtrykt, deprimeret eller håbløs", en = "Feeling down, depressed, or hopeless" },
  { da = "Svært ved at falde i søvn eller sove igennem, eller sovet for meget",
    en = "Trouble falling or staying asleep, or sleeping too much" },
  { da = "Følt dig træt eller haft for lidt energi", en = "Feeling tired or having little energy" },
  { da = "Dårlig appetit eller overspisning", en = "Poor appetite or overeating" },
  { da = "Haft det dårligt med dig selv – eller følt, at du er en fiasko eller har svigtet dig selv eller din familie",
    en = "Feeling bad about yourself – or that you are a failure or have let yourself or your family down" },
  { da = "Svært ved at koncentrere dig om ting, fx at læse avis eller se fjernsyn",
    en = "Trouble concentrating on things, such as reading the newspaper or watching television" },
  { da = "Bevæget dig eller talt så langsomt, at andre kunne have lagt mærke til det? Eller det modsatte – "
      .. "været så urolig eller rastløs, at du har bevæget dig meget mere end normalt",
    en = "Moving or speaking so slowly that other people could have noticed? Or the opposite – "
      .. "being so fidgety or restless that you have been moving around a lot more than usual" },
  { da = "Tanker om, at det ville være bedre, hvis du var død, eller om at gøre dig selv fortræd på en eller anden måde",
    en = "Thoughts that you would be better off dead, or of hurting yourself in some way" },
}

--- The nine items as fresh tables: `items("q")` gives q1..q9, `items("dep")` dep1..dep9.
function M.items(prefix)
  local items = {}
  for n, text in ipairs(texts) do
    items[n] = screening.choice { id = prefix .. n, text = text, options = options.two_weeks }
  end
  return items
end

--- Severity bands on the total (Kroenke, Spitzer & Williams 2001).
M.bands = { { 0, "minimal" }, { 5, "mild" }, { 10, "moderate" }, { 15, "moderately_severe" }, { 20, "severe" } }

M.labels = {
  minimal = { da = "Ingen eller minimal", en = "Minimal" },
  mild = { da = "Let", en = "Mild" },
  moderate = { da = "Moderat", en = "Moderate" },
  moderately_severe = { da = "Moderat svær", en = "Moderately severe" },
  severe = { da = "Svær", en = "Severe" },
}

M.source = {
  da = "PHQ-9 er udviklet af Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke m.fl. med støtte fra Pfizer Inc. "
    .. "Må gengives, oversættes og bruges uden tilladelse (Kroenke, Spitzer & Williams, J Gen Intern Med 2001). "
    .. "Dansk formulering: Tovholder.",
  en = "PHQ-9 was developed by Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues with an educational "
    .. "grant from Pfizer Inc. No permission is required to reproduce, translate, display or distribute it "
    .. "(Kroenke, Spitzer & Williams, J Gen Intern Med 2001). Danish wording: Tovholder.",
}

return M
