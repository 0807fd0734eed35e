-- Checks a flow's fixtures in the stock lua5.4 interpreter (a quick loop while writing a flow;
-- the Swift tests run the same fixtures through the real engine and its checks).
-- Usage: lua5.4 Tests/ScriptingTests/Fixtures/check.lua FLOW.lua FIXTURES.lua [PACK_ROOT]
local flow_path, fixture_path, pack_root = arg[1], arg[2], arg[3]
local here = arg[0]:match("^(.*)/[^/]*$") or "."
screening = dofile(here .. "/../../../Sources/Scripting/Screening/screening.lua")
if pack_root then
  -- `require` finds the pack's own modules in the folder its manifest names (modules = "lib").
  local manifest = io.open(pack_root .. "/pack.toml")
  local modules = manifest and manifest:read("a"):match('\nmodules%s*=%s*"([^"]+)"')
  if manifest then manifest:close() end
  local root = modules and (pack_root .. "/" .. modules) or pack_root
  package.path = root .. "/?.lua;" .. root .. "/?/init.lua;" .. package.path
end
local flow = screening._prepare(dofile(flow_path))
local fixtures = dofile(fixture_path)

local function show(v)
  if type(v) == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = tostring(k) .. "=" .. show(v[k]) end
    return "{" .. table.concat(parts, ", ") .. "}"
  end
  return tostring(v)
end

local function same(a, b)
  if type(a) == "number" and type(b) == "number" then return math.abs(a - b) < 1e-9 end
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  for k, v in pairs(a) do if not same(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local function sorted(list)
  local copy = {}
  for i, v in ipairs(list or {}) do copy[i] = type(v) == "table" and v.code or v end
  table.sort(copy)
  return copy
end

local passed, failed = 0, 0
for _, case in ipairs(fixtures) do
  local ctx = case.context or {}
  ctx.settings = ctx.settings or {}
  for k, v in pairs(flow.settings or {}) do if ctx.settings[k] == nil then ctx.settings[k] = v end end
  local result = screening._evaluate(flow, case.answers, ctx)
  local expect = case.expect
  local problems = {}
  if expect.refused then
    if not result.refused then problems[#problems + 1] = "expected refusal, got scores " .. show(result.scores) end
  else
    if result.refused then
      problems[#problems + 1] = "refused: missing " .. show(result.missing) .. " invalid " .. show(result.invalid)
    else
      for name, want in pairs(expect.scores or {}) do
        local got = result.scores[name]
        if want == "nil" then want = nil end
        if not same(got, want) then problems[#problems + 1] = name .. ": want " .. tostring(want) .. ", got " .. tostring(got) end
      end
      for _, name in ipairs(expect.empty or {}) do
        if result.scores[name] ~= nil then problems[#problems + 1] = name .. " should be empty, got " .. tostring(result.scores[name]) end
      end
      if expect.bands and not same(result.bands, expect.bands) then
        problems[#problems + 1] = "bands: want " .. show(expect.bands) .. ", got " .. show(result.bands)
      end
      if expect.flags and not same(sorted(result.flags), sorted(expect.flags)) then
        problems[#problems + 1] = "flags: want " .. show(sorted(expect.flags)) .. ", got " .. show(sorted(result.flags))
      end
      if expect.recommendations and not same(sorted(result.recommendations), sorted(expect.recommendations)) then
        problems[#problems + 1] = "recommendations: want " .. show(sorted(expect.recommendations)) .. ", got " .. show(sorted(result.recommendations))
      end
    end
  end
  if #problems == 0 then
    passed = passed + 1
  else
    failed = failed + 1
    print("FAIL " .. case.name .. ": " .. table.concat(problems, "; "))
  end
end
print(passed .. " passed, " .. failed .. " failed")
os.exit(failed == 0 and 0 or 1)
