-- The municipality's own statistics for a period: requests, treatment episodes, starts, discharges by reason, by month.
local stats = require("stats")

local EPISODE_GAP = 10   -- requests at most 10 days apart are one episode (as Danmarks Statistik counts)

local function month(day) return day and day:sub(1, 7) or nil end

local function days_between(a, b)
  local function time(day)
    return os.time { year = tonumber(day:sub(1, 4)), month = tonumber(day:sub(6, 7)), day = tonumber(day:sub(9, 10)),
      hour = 12 }
  end
  return math.floor((time(b) - time(a)) / 86400 + 0.5)
end

--- Requests grouped into episodes per citizen: a request within EPISODE_GAP days of the previous one joins it.
local function episodes(cases)
  local by_citizen = {}
  for _, c in ipairs(cases) do
    by_citizen[c.citizen] = by_citizen[c.citizen] or {}
    table.insert(by_citizen[c.citizen], c.requested)
  end
  local firsts = {}
  for _, requests in pairs(by_citizen) do
    table.sort(requests)
    local previous
    for _, requested in ipairs(requests) do
      if previous == nil or days_between(previous, requested) > EPISODE_GAP then firsts[#firsts + 1] = requested end
      previous = requested
    end
  end
  return firsts
end

return report.define {
  id = "statistik",
  title = { da = "Kommunens egen statistik", en = "The municipality's own statistics" },
  description = { da = "Anmodninger og behandlingsforløb, opstarter, udskrivninger og tid i behandling pr. måned." },
  parameters = { period = "required" },
  formats = { "html", "md", "csv", "json" },

  build = function(doc, params)
    local t = function(da, en) return doc:text({ da = da, en = en }) end
    doc:parameter(t("Periode (anmodninger)", "Period (requests)"), params.from .. " – " .. params.to)
    local cases = data.cases { from = params.from, to = params.to }

    local months, seen = {}, {}
    local function add_month(m)
      if m and m >= params.from:sub(1, 7) and m <= params.to:sub(1, 7) and not seen[m] then
        seen[m] = true
        months[#months + 1] = m
      end
    end
    local requests, starts, discharges, reasons, in_treatment = {}, {}, {}, {}, {}
    for _, c in ipairs(cases) do
      local m = month(c.requested)
      add_month(m)
      requests[m] = (requests[m] or 0) + 1
      if c.started then
        add_month(month(c.started))
        starts[month(c.started)] = (starts[month(c.started)] or 0) + 1
        if c.closed then in_treatment[#in_treatment + 1] = days_between(c.started, c.closed) end
      end
      if c.closed then
        add_month(month(c.closed))
        discharges[month(c.closed)] = (discharges[month(c.closed)] or 0) + 1
        local reason = c.discharge_reason or "unknown"
        reasons[reason] = (reasons[reason] or 0) + 1
      end
    end
    table.sort(months)
    local episode_months = {}
    local firsts = episodes(cases)
    for _, first in ipairs(firsts) do
      local m = month(first)
      episode_months[m] = (episode_months[m] or 0) + 1
    end

    doc:heading(1, t("Overblik", "Overview"))
    doc:key_values(nil, {
      { t("Anmodninger", "Requests"), #cases },
      { t("Behandlingsforløb (anmodninger højst 10 dage fra hinanden samlet)",
        "Treatment episodes (requests at most 10 days apart merged)"), #firsts },
      { t("Median dage i behandling (afsluttede forløb)", "Median days in treatment (closed)"),
        stats.median(in_treatment) or report.empty },
    })

    local rows = {}
    local series = { requests = {}, episodes = {}, starts = {}, discharges = {} }
    for index, m in ipairs(months) do
      rows[#rows + 1] = { m, requests[m] or 0, episode_months[m] or 0, starts[m] or 0, discharges[m] or 0 }
      series.requests[index] = requests[m] or 0
      series.episodes[index] = episode_months[m] or 0
      series.starts[index] = starts[m] or 0
      series.discharges[index] = discharges[m] or 0
    end
    doc:table {
      id = "pr_maaned", title = t("Pr. måned", "By month"),
      columns = {
        t("Måned", "Month"), { title = t("Anmodninger", "Requests"), kind = "integer" },
        { title = t("Forløb", "Episodes"), kind = "integer" }, { title = t("Opstarter", "Starts"), kind = "integer" },
        { title = t("Udskrivninger", "Discharges"), kind = "integer" },
      },
      rows = rows,
    }
    doc:line_chart {
      title = t("Udvikling pr. måned", "By month"), x_label = t("Måned", "Month"), y_label = t("Antal", "Count"),
      categories = months,
      series = {
        { name = t("Anmodninger", "Requests"), values = series.requests },
        { name = t("Forløb", "Episodes"), values = series.episodes },
        { name = t("Opstarter", "Starts"), values = series.starts },
      },
    }

    local reason_rows = {}
    local names = {
      completed = t("Gennemført", "Completed"), dropped_out = t("Udeblevet / afbrudt", "Dropped out"),
      referred = t("Henvist videre", "Referred"), moved = t("Fraflyttet", "Moved away"),
      deceased = t("Død", "Deceased"), other = t("Andet", "Other"), unknown = t("Ukendt", "Unknown"),
    }
    local keys = {}
    for reason in pairs(reasons) do keys[#keys + 1] = reason end
    table.sort(keys)
    for _, reason in ipairs(keys) do reason_rows[#reason_rows + 1] = { names[reason] or reason, reasons[reason] } end
    doc:heading(2, t("Udskrivninger efter årsag", "Discharges by reason"))
    doc:table {
      id = "udskrivninger", columns = { t("Årsag", "Reason"), { title = t("Antal", "Count"), kind = "integer" } },
      rows = reason_rows,
    }
    doc:note(t("Screeninger, ASI-udvikling, aktive KIP'er og sagsbelastning pr. behandler kommer i en senere udgave.",
      "Screenings, ASI change, active KIPs and caseload per practitioner come in a later version."))
  end,
}
