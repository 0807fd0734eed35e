-- The screening library: what a flow file sees as the global `screening` (item constructors,
-- scoring helpers) and the evaluation the host runs over a flow (visibility, policies, scoring).
-- It is plain Lua so that `make bench` can run the very same code in the stock lua5.4 interpreter.

local M = {}

--- The version of this library's public functions (part of the host API).
M.version = "1.0.0"

local ITEM_KINDS = { "section", "choice", "multi", "yesno", "integer", "number", "date", "text", "grid" }

--- Item constructors: `screening.choice { id = "q1", ... }` is `{ kind = "choice", id = "q1", ... }`.
for _, kind in ipairs(ITEM_KINDS) do
  M[kind] = function(item)
    if type(item) ~= "table" then
      error("screening." .. kind .. " expects a table, got " .. type(item), 2)
    end
    if item.kind ~= nil and item.kind ~= kind then
      error("screening." .. kind .. ": the item already has kind '" .. tostring(item.kind) .. "'", 2)
    end
    item.kind = kind
    return item
  end
end

--- Marks the table a flow file returns; gives it back unchanged.
function M.flow(definition)
  return definition
end

--- `screening.ids("q", 1, 10)` is `{ "q1", "q2", ..., "q10" }`.
function M.ids(prefix, first, last)
  local ids = {}
  for n = first, last do
    ids[#ids + 1] = prefix .. n
  end
  return ids
end

---------------------------------------------------------------------------------------------------
-- What the host knows about a flow and about one set of answers, kept out of the authors' tables.

-- prepared[flow]: cells (every answerable id in order, with its item), items (cell id -> item),
-- points (item id -> code -> points), item_cells (item -> its cell ids), numeric (item -> whether
-- its answers are numbers, so a policy of "zero" can fill them in).
local prepared = setmetatable({}, { __mode = "k" })
-- answered[a]: the prepared flow, and the cell ids that were hidden or count as zero.
local answered = setmetatable({}, { __mode = "k" })

local NUMERIC_KINDS = { yesno = true, integer = true, number = true }

local function option_code(option)
  if option.code ~= nil then return option.code end
  return option[1]
end

local function option_points(option)
  if option.points ~= nil then return option.points end
  local code = option_code(option)
  if type(code) == "number" then return code end
  return nil
end

--- Prepares a flow for evaluation (the host calls this once after loading the flow file).
function M._prepare(flow)
  local cells, items, points, item_cells, numeric_items = {}, {}, {}, {}, {}
  for _, item in ipairs(flow.items or {}) do
    if item.kind == "grid" then
      local ids = {}
      for _, row in ipairs(item.rows or {}) do
        for _, column in ipairs(item.columns or {}) do
          local id = row.id .. (column.suffix or "")
          cells[#cells + 1] = { id = id, item = item, numeric = true }
          items[id] = item
          ids[#ids + 1] = id
        end
      end
      item_cells[item] = ids
      numeric_items[item] = true
    elseif item.kind ~= "section" then
      local numeric = NUMERIC_KINDS[item.kind] or false
      if item.kind == "choice" or item.kind == "multi" then
        local map = {}
        numeric = item.kind == "choice"
        for _, option in ipairs(item.options or {}) do
          map[option_code(option)] = option_points(option)
          if type(option_code(option)) ~= "number" then numeric = false end
        end
        points[item.id] = map
      end
      cells[#cells + 1] = { id = item.id, item = item, numeric = numeric }
      items[item.id] = item
      item_cells[item] = { item.id }
      numeric_items[item] = numeric
    end
  end
  -- The walk's plan, in parallel arrays indexed by item position (integer keys: the fast path).
  local plan = { section = {}, rule = {}, validate = {}, ids = {}, numeric = {}, id = {}, count = 0 }
  for index, item in ipairs(flow.items or {}) do
    plan.section[index] = item.kind == "section"
    plan.rule[index] = item.visible or false
    plan.validate[index] = item.validate or false
    plan.ids[index] = item_cells[item] or {}
    plan.numeric[index] = numeric_items[item] or false
    plan.id[index] = item.id
    plan.count = index
  end
  prepared[flow] = {
    cells = cells, items = items, points = points, item_cells = item_cells, numeric = numeric_items, plan = plan,
  }
  return flow
end

local function register(a, info)
  answered[a] = info
  return a
end

---------------------------------------------------------------------------------------------------
-- Helpers for scoring, interpretation and recommendations.

--- Whether the item was hidden when these answers were given (its answer does not count).
function M.hidden(a, id)
  local info = answered[a]
  return info ~= nil and info.hidden[id] == true
end

--- The points an answer counts for: a choice's option points (its code when it gives none), the
--- sum of a multiple choice's selected options, 1/0 for yes/no, the number itself otherwise.
--- Nil when the item is unanswered or hidden.
function M.value(a, id)
  local v = a[id]
  local info = answered[a]
  if v == nil then
    if info ~= nil and info.zero[id] then return 0 end
    return nil
  end
  local map = info and info.prepared.points[id]
  if map ~= nil then
    if type(v) == "table" then
      local total = 0
      for _, code in ipairs(v) do total = total + (map[code] or 0) end
      return total
    end
    local p = map[v]
    if p ~= nil then return p end
  end
  if type(v) == "number" then return v end
  error("screening.value: the answer to '" .. tostring(id) .. "' is " .. type(v) .. " "
    .. (type(v) == "string" and string.format("%q", v) or tostring(v))
    .. ", which counts for no points (give its option `points`, or read the code as a." .. tostring(id) .. ")", 2)
end

local value = M.value

--- The sum of the items' values. Hidden items add nothing; an unanswered one makes the sum nil
--- (so a score is left empty rather than wrong).
function M.sum(a, ids)
  local info = answered[a]
  local total = 0
  for i = 1, #ids do
    local id = ids[i]
    local v = value(a, id)
    if v == nil then
      if not (info ~= nil and info.hidden[id]) then return nil end
    else
      total = total + v
    end
  end
  return total
end

--- The mean of the items' values over those not hidden; nil when one is unanswered or all are hidden.
function M.mean(a, ids)
  local info = answered[a]
  local total, n = 0, 0
  for i = 1, #ids do
    local id = ids[i]
    local v = value(a, id)
    if v == nil then
      if not (info ~= nil and info.hidden[id]) then return nil end
    else
      total, n = total + v, n + 1
    end
  end
  if n == 0 then return nil end
  return total / n
end

--- How many of the items have a value for which `test(value)` is true (or, given a number, a
--- value at least that number). Unanswered and hidden items do not count.
function M.count(a, ids, test)
  if type(test) == "number" then
    local threshold = test
    test = function(v) return v >= threshold end
  end
  local n = 0
  for i = 1, #ids do
    local v = value(a, ids[i])
    if v ~= nil and test(v) then n = n + 1 end
  end
  return n
end

--- True when every item that is not hidden has an answer.
function M.complete(a, ids)
  local info = answered[a]
  for i = 1, #ids do
    local id = ids[i]
    if value(a, id) == nil and not (info ~= nil and info.hidden[id]) then return false end
  end
  return true
end

--- Reverse scoring: `max + min - v` (nil stays nil). With one bound, `min` is 0.
function M.reverse(v, max, min)
  if v == nil then return nil end
  return max + (min or 0) - v
end

--- The band a value falls in. `bands` is a list of `{ from, code }` in rising order; the band is
--- the last one whose `from` is at most the value. Nil for a nil value or one below every band.
function M.band(v, bands)
  if v == nil then return nil end
  local found = nil
  for i = 1, #bands do
    local band = bands[i]
    local from = band.from or band[1]
    if v >= from then found = band.code or band[2] else break end
  end
  return found
end

--- A setting for this citizen: a number, or a table by sex `{ male = 8, female = 6, default = 8 }`.
function M.setting(ctx, name)
  local settings = type(ctx) == "table" and ctx.settings or nil
  if type(settings) ~= "table" then error("screening.setting: the first argument must be the context (ctx)", 2) end
  local v = settings[name]
  if v == nil then
    error("screening.setting: the flow declares no setting '" .. tostring(name) .. "' (add it to `settings`)", 2)
  end
  if type(v) == "table" then
    local by_sex = ctx.sex and v[ctx.sex]
    if by_sex ~= nil then return by_sex end
    return v.default
  end
  return v
end

--- ln(x) when x > 0, else 0 (the ASI's composite formulas).
function M.ln(x)
  if x == nil then return nil end
  if x > 0 then return math.log(x) end
  return 0
end

--- `x` rounded half away from zero to `decimals` places (nil stays nil).
function M.round(x, decimals)
  if x == nil then return nil end
  local factor = 10 ^ (decimals or 0)
  if x >= 0 then return math.floor(x * factor + 0.5) / factor end
  return -math.floor(-x * factor + 0.5) / factor
end

---------------------------------------------------------------------------------------------------
-- The evaluation the host runs.

local function policy(flow, name, default)
  local policies = flow.policies
  return policies and policies[name] or default
end

-- Walks the items in order. Returns the counted answers (a registered answers table), the lists of
-- visible item indices, missing and hidden cell ids, and the answers that fail their item's validation
-- rule (each checked once, against the answers counted before its item). With `stop_at`, stops before
-- that item and returns what was counted so far (the "answers so far" its rules see).
local function walk(flow, answers, ctx, stop_at, list_visible)
  local p = prepared[flow]
  if p == nil then
    M._prepare(flow)
    p = prepared[flow]
  end
  local fill_missing = policy(flow, "missing", "error") == "zero"
  local fill_hidden = policy(flow, "hidden", "absent") == "zero"
  local zero, hidden_set = {}, {}
  local counted = register({}, { prepared = p, hidden = hidden_set, zero = zero })
  local visible_items, missing, hidden, invalid = {}, {}, {}, nil
  local plan = p.plan
  local is_section, rules, validates, cell_ids, numeric, item_ids = plan.section, plan.rule, plan.validate, plan.ids,
    plan.numeric, plan.id
  local section_visible = true
  for index = 1, plan.count do
    if stop_at ~= nil and item_ids[index] == stop_at then break end
    local rule = rules[index]
    if is_section[index] then
      section_visible = not rule or rule(counted, ctx) and true or false
      if section_visible and list_visible then visible_items[#visible_items + 1] = index end
    else
      local ids = cell_ids[index]
      local n = #ids
      if section_visible and (not rule or rule(counted, ctx)) then
        if list_visible then visible_items[#visible_items + 1] = index end
        local validate = validates[index]
        if validate then
          -- Every cell is checked against the answers before this item, before any of its own count.
          for i = 1, n do
            local v = answers[ids[i]]
            if v ~= nil then
              local message = validate(v, counted, ctx, ids[i])
              if message ~= nil and message ~= true then
                -- `false` is a refusal without a message of its own; the host supplies one.
                invalid = invalid or {}
                invalid[#invalid + 1] = { id = ids[i], message = message }
              end
            end
          end
        end
        for i = 1, n do
          local id = ids[i]
          local v = answers[id]
          if v == nil then
            missing[#missing + 1] = id
            if fill_missing then
              zero[id] = true
              if numeric[index] then counted[id] = 0 end
            end
          else
            counted[id] = v
          end
        end
      else
        for i = 1, n do
          local id = ids[i]
          hidden[#hidden + 1] = id
          hidden_set[id] = true
          if fill_hidden then
            zero[id] = true
            if numeric[index] then counted[id] = 0 end
          end
        end
      end
    end
  end
  return counted, visible_items, missing, hidden, invalid
end

--- The indices of the items (sections included) visible under these answers.
function M._visible(flow, answers, ctx)
  local _, visible = walk(flow, answers, ctx, nil, true)
  return visible
end

--- Runs the item's validation rule for `value` against the answers given before it; returns the
--- message (a string or a `{ da =, en = }` table) or nil.
function M._validate(flow, answers, ctx, item_id, answer)
  if prepared[flow] == nil then M._prepare(flow) end
  local item = prepared[flow].items[item_id]
  if item == nil or item.validate == nil then return nil end
  local counted = walk(flow, answers, ctx, item.id)
  local message = item.validate(answer, counted, ctx, item_id)
  if message == true then return nil end
  return message
end

local function required_only(p, ids)
  local required = {}
  for _, id in ipairs(ids) do
    if not p.items[id].optional then required[#required + 1] = id end
  end
  return required
end

--- Evaluates a set of answers: visibility, policies, validation rules, scores, interpretation and
--- recommendations. Returns one table the host reads:
--- `{ scores, bands, flags, recommendations, missing, hidden, invalid }`; when the missing-answer
--- policy is "error" and required answers are missing, or a validation rule fails, nothing is scored.
function M._evaluate(flow, answers, ctx)
  local counted, _, missing, hidden, invalid = walk(flow, answers, ctx)
  local p = prepared[flow]
  local result = { missing = missing, hidden = hidden }
  if policy(flow, "missing", "error") == "error" then
    local required = required_only(p, missing)
    if #required > 0 then
      result.missing = required
      result.refused = true
      return result
    end
  end
  if invalid ~= nil then
    result.invalid = invalid
    result.refused = true
    return result
  end
  local scores = {}
  local score = flow.score
  if type(score) == "function" then
    scores = score(counted, ctx) or {}
  elseif type(score) == "table" then
    for id, f in pairs(score) do scores[id] = f(counted, ctx) end
  end
  result.scores = scores
  local bands, flags = {}, {}
  if flow.interpret ~= nil then
    local interpretation = flow.interpret(scores, ctx, counted) or {}
    bands = interpretation.bands or {}
    flags = interpretation.flags or {}
  end
  result.bands, result.flags = bands, flags
  if flow.recommend ~= nil then
    result.recommendations = flow.recommend({ scores = scores, bands = bands, flags = flags }, ctx, counted) or {}
  else
    result.recommendations = {}
  end
  return result
end

return M
