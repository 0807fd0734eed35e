-- The spec library `tovholder pack test` gives a pack's spec files: describe, it, expect.
-- Plain Lua, run in the same sandbox as the pack's own code. The host reads the results back.
local results = {}
local path = {}
-- Calls a function protected, with the error's file and line even when a C function raised it.
local protected_call = _spec.call
_spec = nil

local function full_name(name)
  if #path == 0 then return name end
  return table.concat(path, " ") .. " " .. name
end

--- Groups specs: `describe("AUDIT", function() ... end)`. Groups nest.
function describe(name, body)
  if type(name) ~= "string" then error("describe expects a name (a string) first", 2) end
  if type(body) ~= "function" then error("describe expects a function after the name", 2) end
  path[#path + 1] = name
  local ok, message = protected_call(body)
  path[#path] = nil
  if not ok then
    -- An error outside any `it` fails the group as one spec, so it is counted and shown.
    results[#results + 1] = { name = full_name(name), passed = false, message = tostring(message) }
  end
end

--- One spec: `it("scores all zeros as low", function() ... end)`. Passes unless it raises.
function it(name, body)
  if type(name) ~= "string" then error("it expects a name (a string) first", 2) end
  if type(body) ~= "function" then error("it expects a function after the name", 2) end
  local ok, message = protected_call(body)
  results[#results + 1] = { name = full_name(name), passed = ok, message = (not ok) and tostring(message) or nil }
end

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) ~= "table" then return tostring(v) end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local parts = {}
  local n = #v
  for i = 1, n do parts[#parts + 1] = show(v[i]) end
  for _, k in ipairs(keys) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then parts[#parts + 1] = tostring(k) .. " = " .. show(v[k]) end
  end
  return "{ " .. table.concat(parts, ", ") .. " }"
end

local function equal(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in pairs(a) do if not equal(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

local function contains(haystack, needle)
  if type(haystack) == "string" then return type(needle) == "string" and haystack:find(needle, 1, true) ~= nil end
  if type(haystack) ~= "table" then return false end
  for _, v in ipairs(haystack) do if equal(v, needle) then return true end end
  return false
end

--- `expect(value)` gives the matchers; a failing matcher raises at the spec's line. Each has a negation
--- under `.never` (`expect(x).never.to_be(nil)`).
function expect(actual)
  local function matchers(negated)
    local function check(ok, message)
      if ok == negated then error((negated and "expected not: " or "expected: ") .. message, 3) end
    end
    return {
      to_be = function(expected)
        check(actual == expected, show(actual) .. " to be " .. show(expected))
      end,
      to_equal = function(expected)
        check(equal(actual, expected), show(actual) .. " to equal " .. show(expected))
      end,
      to_be_nil = function()
        check(actual == nil, show(actual) .. " to be nil")
      end,
      to_be_truthy = function()
        check(actual ~= nil and actual ~= false, show(actual) .. " to be truthy")
      end,
      to_be_near = function(expected, tolerance)
        tolerance = tolerance or 1e-9
        local ok = type(actual) == "number" and type(expected) == "number" and math.abs(actual - expected) <= tolerance
        check(ok, show(actual) .. " to be within " .. tostring(tolerance) .. " of " .. show(expected))
      end,
      to_contain = function(expected)
        check(contains(actual, expected), show(actual) .. " to contain " .. show(expected))
      end,
      to_fail = function(pattern)
        if type(actual) ~= "function" then error("expected: a function to call, got " .. show(actual), 2) end
        local ok, message = pcall(actual)
        message = tostring(message)
        local matches = not ok and (pattern == nil or message:find(pattern, 1, true) ~= nil)
        local wanted = pattern and ("a failure mentioning " .. show(pattern)) or "a failure"
        check(matches, wanted .. ", got " .. (ok and "success" or show(message)))
      end,
    }
  end
  local positive = matchers(false)
  positive.never = matchers(true)
  return positive
end

--- What the host reads after the spec file ran.
return function() return results end
