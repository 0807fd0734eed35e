-- Benchmark reference for rescoring: the screening library and a flow file in the stock lua5.4 interpreter,
-- scoring the same stored answers with the same context as the engine. The answers are built into tables
-- before the clock starts; only the loop over the library's _evaluate is timed (os.clock, CPU seconds).
-- Usage: lua5.4 rescore_reference.lua SCREENING_LUA FLOW_LUA PACK_ROOT DATA_LUA
-- DATA_LUA returns { ctx = {...}, keys = { answer ids }, chunks = { files }, samples = { indices } }; each
-- chunk file returns a list of rows, one value per key (nil where unanswered).
-- Prints "seconds S", then "sample I RESULT" for each sample index (RESULT as the engine side writes it).
-- luacheck: globals screening package, read globals dofile
local library_path, flow_path, pack_root, data_path = arg[1], arg[2], arg[3], arg[4]
screening = dofile(library_path)
package.path = pack_root .. "/?.lua;" .. pack_root .. "/?/init.lua;" .. package.path
local flow = screening._prepare(dofile(flow_path))
local data = dofile(data_path)

local keys, key_count = data.keys, #data.keys
local answers = {}
for _, chunk in ipairs(data.chunks) do
  local rows = dofile(chunk)
  for r = 1, #rows do
    local row, a = rows[r], {}
    for i = 1, key_count do
      local v = row[i]
      if v ~= nil then a[keys[i]] = v end
    end
    answers[#answers + 1] = a
  end
end
local ctx = data.ctx
local evaluate = screening._evaluate
local n = #answers
collectgarbage()

local clock = os.clock
local t0 = clock()
for i = 1, n do
  evaluate(flow, answers[i], ctx)
end
local t1 = clock()
print(string.format("seconds %.6f", t1 - t0))

-- The result in one line: scores (sorted, non-nil), bands, flags (sorted, unique), recommendation codes.
local function sorted_keys(t)
  local list = {}
  for k in pairs(t or {}) do list[#list + 1] = k end
  table.sort(list)
  return list
end

local function describe(result)
  if result.refused then return "refused" end
  local parts = {}
  for _, id in ipairs(sorted_keys(result.scores)) do
    parts[#parts + 1] = id .. "=" .. string.format("%.6f", result.scores[id])
  end
  local bands = {}
  for _, id in ipairs(sorted_keys(result.bands)) do bands[#bands + 1] = id .. ":" .. result.bands[id] end
  local seen, flags = {}, {}
  for _, flag in ipairs(result.flags or {}) do
    if not seen[flag] then
      seen[flag] = true
      flags[#flags + 1] = flag
    end
  end
  table.sort(flags)
  local codes = {}
  for _, recommendation in ipairs(result.recommendations or {}) do codes[#codes + 1] = recommendation.code end
  return table.concat(parts, ",") .. " | " .. table.concat(bands, ",") .. " | " .. table.concat(flags, ",")
    .. " | " .. table.concat(codes, ",")
end

for _, index in ipairs(data.samples or {}) do
  print("sample " .. index .. " " .. describe(evaluate(flow, answers[index], ctx)))
end
