-- report.lua: what report files see as `report`: define a report, and the document it builds (Docs/Reports.md).
local report = {}

report.version = "1.0.0"

local function sentinel(name, shown)
  return setmetatable({ __cell = name }, {
    __tostring = function() return shown end,
    __newindex = function() error("report." .. name .. " cannot be changed", 2) end,
    __metatable = "report." .. name,
  })
end

--- A cell too small to show (fewer than 5 citizens): rendered `<5`, never its value.
report.suppressed = sentinel("suppressed", "<5")
--- An empty cell.
report.empty = sentinel("empty", "")

local KINDS = { text = true, integer = true, number = true, percent = true, date = true }
local FORMATS = { html = true, md = true, csv = true, json = true }

local function fail(message, level) error(message, (level or 1) + 1) end

local function check(value, kind, name, level)
  if type(value) ~= kind then
    fail(name .. ": expected a " .. kind .. ", got " .. type(value), (level or 1) + 1)
  end
  return value
end

--- The define table of a report file: `return report.define { id =, title =, parameters =, formats =, build = }`.
function report.define(spec)
  check(spec, "table", "report.define", 2)
  check(spec.id, "string", "id", 2)
  if type(spec.title) ~= "string" and type(spec.title) ~= "table" then
    fail("title: expected a string or { da =, en = }", 2)
  end
  check(spec.build, "function", "build", 2)
  for _, format in ipairs(spec.formats or {}) do
    if not FORMATS[format] then fail("formats: unknown format '" .. tostring(format) .. "' (html, md, csv, json)", 2) end
  end
  return spec
end

local Document = {}
Document.__index = Document

--- Text in the document's language: a string as it is, or `{ da =, en = }`.
function Document:text(value)
  if type(value) == "table" then return value[self.language] or value.da or value.en end
  return value
end

local function text(doc, value, name)
  local chosen = doc:text(value)
  if type(chosen) ~= "string" then fail(name .. ": expected text (a string or { da =, en = })", 3) end
  return chosen
end

local function cell(value)
  if value == nil then return report.empty end
  local kind = type(value)
  if kind == "number" or kind == "string" or value == report.suppressed or value == report.empty then return value end
  if kind == "boolean" then return value and "ja" or "nej" end
  fail("a cell must be a number, a string, report.suppressed or report.empty; got " .. kind, 4)
end

function Document:heading(level, value)
  check(level, "number", "heading level", 2)
  self.blocks[#self.blocks + 1] = { type = "heading", level = level, text = text(self, value, "heading") }
end

function Document:paragraph(value)
  self.blocks[#self.blocks + 1] = { type = "paragraph", text = text(self, value, "paragraph") }
end

function Document:note(value)
  self.blocks[#self.blocks + 1] = { type = "note", text = text(self, value, "note") }
end

function Document:page_break()
  self.blocks[#self.blocks + 1] = { type = "page_break" }
end

--- Says what the document leaves out and why; shown before everything else.
function Document:notice(value)
  self.notices[#self.notices + 1] = text(self, value, "notice")
end

--- One of the parameters the report ran with, shown under the title.
function Document:parameter(label, value)
  self.parameters[#self.parameters + 1] = { label = text(self, label, "parameter label"), value = cell(value) }
end

--- `pairs` is a list of `{ label, value }`.
function Document:key_values(title, pairs)
  check(pairs, "table", "key_values pairs", 2)
  local list = {}
  for index, pair in ipairs(pairs) do
    check(pair, "table", "key_values pair " .. index, 2)
    list[#list + 1] = { label = text(self, pair[1], "key_values label"), value = cell(pair[2]) }
  end
  self.blocks[#self.blocks + 1] = {
    type = "key_values", title = title and text(self, title, "key_values title") or nil, pairs = list,
  }
end

--- `{ id =, title =, columns = { "Navn" | { title =, kind =, decimals = } }, rows = { { ... } }, footnote = }`.
function Document:table(spec)
  check(spec, "table", "table", 2)
  check(spec.id, "string", "table id", 2)
  local columns = {}
  for index, column in ipairs(check(spec.columns, "table", "table columns", 2)) do
    if type(column) ~= "table" then column = { title = column } end
    local kind = column.kind or "text"
    if not KINDS[kind] then
      fail("table " .. spec.id .. " column " .. index .. ": unknown kind '" .. tostring(kind) .. "'", 2)
    end
    columns[index] = {
      title = text(self, column.title, "column title"), kind = kind, decimals = column.decimals or 1,
    }
  end
  local rows = {}
  for r, row in ipairs(check(spec.rows or {}, "table", "table rows", 2)) do
    local cells = {}
    for c = 1, #columns do cells[c] = cell(row[c]) end
    rows[r] = cells
  end
  self.blocks[#self.blocks + 1] = {
    type = "table", id = spec.id, title = spec.title and text(self, spec.title, "table title") or nil,
    columns = columns, rows = rows, footnote = spec.footnote and text(self, spec.footnote, "footnote") or nil,
  }
end

local function chart(doc, kind, spec)
  check(spec, "table", kind .. "_chart", 3)
  local categories = {}
  for index, category in ipairs(check(spec.categories, "table", "categories", 3)) do
    categories[index] = tostring(category)
  end
  local series = {}
  for index, one in ipairs(check(spec.series, "table", "series", 3)) do
    local values = {}
    for v = 1, #categories do
      local value = one.values and one.values[v]
      if value ~= nil and type(value) ~= "number" then fail("series " .. index .. ": values must be numbers", 3) end
      values[v] = value or report.empty
    end
    series[index] = { name = text(doc, one.name or "", "series name"), values = values }
  end
  doc.blocks[#doc.blocks + 1] = {
    type = "chart", kind = kind, title = spec.title and text(doc, spec.title, "chart title") or nil,
    x_label = spec.x_label and text(doc, spec.x_label, "x_label") or nil,
    y_label = spec.y_label and text(doc, spec.y_label, "y_label") or nil,
    categories = categories, series = series,
  }
end

--- `{ title =, x_label =, y_label =, categories = { ... }, series = { { name =, values = { ... } } } }`.
function Document:bar_chart(spec) chart(self, "bar", spec) end
function Document:line_chart(spec) chart(self, "line", spec) end

--- The document a run builds (the host calls this; `language` is "da" or "en").
function report._document(language)
  return setmetatable({ language = language, blocks = {}, notices = {}, parameters = {} }, Document)
end

return report
