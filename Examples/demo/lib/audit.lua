-- AUDIT scoring (WHO's Alcohol Use Disorders Identification Test): totals, subscales and the common bands.
local M = {}

--- The common reading of the total; cut-offs differ by sex and setting, so a municipality overrides these.
M.bands = {
  { min = 20, text = "sandsynlig afhængighed" },
  { min = 16, text = "skadeligt forbrug" },
  { min = 8, text = "risikabelt forbrug" },
  { min = 0, text = "lav risiko" },
}

--- Scores ten answers (items 1-8: 0-4 points, items 9-10: 0, 2 or 4 points).
---@param answers integer[]
---@return table
function M.score(answers)
  assert(#answers == 10, "AUDIT has 10 items, got " .. #answers)
  local total, consumption, dependence, harm = 0, 0, 0, 0
  for item, points in ipairs(answers) do
    local allowed = item <= 8 and (points >= 0 and points <= 4) or (points == 0 or points == 2 or points == 4)
    if not allowed then error(string.format("item %d: %s points is not a valid answer", item, points), 2) end
    total = total + points
    if item <= 3 then consumption = consumption + points
    elseif item <= 6 then dependence = dependence + points
    else harm = harm + points end
  end
  local band
  for _, b in ipairs(M.bands) do
    if total >= b.min then band = b.text break end
  end
  return { total = total, audit_c = consumption, dependence = dependence, harm = harm, band = band }
end

return M
