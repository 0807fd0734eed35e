-- Benchmark workload: score many questionnaire responses, format a line for each, build summary tables.
-- Pure Lua, runnable by the stock lua5.4 interpreter and by `tovholder script run` alike.

local responses = tonumber((...)) or 60000

-- A small linear congruential generator, so both interpreters see the same answers.
local seed = 12345
local function next_answer(max)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % (max + 1)
end

local items = {}
for i = 1, 10 do
  items[i] = { id = "audit" .. i, points = (i <= 8) and { 0, 1, 2, 3, 4 } or { 0, 2, 4 } }
end

local bands = {
  { min = 20, name = "sandsynlig afhængighed" },
  { min = 16, name = "skadeligt forbrug" },
  { min = 8, name = "risikabelt forbrug" },
  { min = 0, name = "lav risiko" },
}

local function band_of(total)
  for _, band in ipairs(bands) do
    if total >= band.min then return band.name end
  end
end

local function score(answers)
  local total, consumption, dependence, harm = 0, 0, 0, 0
  for i, item in ipairs(items) do
    local points = item.points[answers[item.id] + 1]
    total = total + points
    if i <= 3 then consumption = consumption + points
    elseif i <= 6 then dependence = dependence + points
    else harm = harm + points end
  end
  return { total = total, consumption = consumption, dependence = dependence, harm = harm }
end

local per_band, lines = {}, {}
for r = 1, responses do
  local answers = {}
  for _, item in ipairs(items) do answers[item.id] = next_answer(#item.points - 1) end
  local scores = score(answers)
  local band = band_of(scores.total)
  per_band[band] = (per_band[band] or 0) + 1
  lines[#lines + 1] = string.format("borger-%06d;%d;%d;%d;%d;%s", r, scores.total, scores.consumption,
    scores.dependence, scores.harm, band:upper())
  if #lines >= 1000 then lines = { table.concat(lines, "\n"):sub(1, 64) } end
end

local summary = {}
for name, count in pairs(per_band) do summary[#summary + 1] = string.format("%s=%d", name, count) end
table.sort(summary)
return table.concat(summary, ", ")
