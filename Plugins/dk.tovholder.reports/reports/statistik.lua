-- The municipality's own statistics for a period: requests and episodes, starts, discharges, screenings, ASI, KIPs, caseloads.
local stats = require("stats")

local EPISODE_GAP = 10   -- requests at most 10 days apart are one episode (as Danmarks Statistik counts)
local PROGRESS_EVERY = 5000
-- Instruments whose result is positive or not (a `*_positive` flag); ASI gives composites instead.
local SCREENED_POSITIVE = { basisscreening = true, audit = true, dudit = true }
local ASI_AREAS = {
  { "medical", "Helbred", "Medical" }, { "employment", "Beskæftigelse", "Employment" },
  { "alcohol", "Alkohol", "Alcohol" }, { "drug", "Stoffer", "Drugs" }, { "legal", "Kriminalitet", "Legal" },
  { "family", "Familie og netværk", "Family and social" }, { "psychiatric", "Psykisk helbred", "Psychiatric" },
}
local DISCHARGE_REASONS = {
  completed = { "Gennemført", "Completed" }, dropped_out = { "Udeblevet / afbrudt", "Dropped out" },
  referred = { "Henvist videre", "Referred" }, moved = { "Fraflyttet", "Moved away" },
  deceased = { "Død", "Deceased" }, other = { "Andet", "Other" }, unknown = { "Ukendt", "Unknown" },
}

local function month(day) return day and day:sub(1, 7) or nil end

--- The day's number counted from 1970-01-01 in the proleptic Gregorian calendar, remembered per
--- day (a period has a few hundred days and a hundred thousand requests).
local day_numbers = {}
local function day_number(day)
  local number = day_numbers[day]
  if number then return number end
  local y, m, d = tonumber(day:sub(1, 4)), tonumber(day:sub(6, 7)), tonumber(day:sub(9, 10))
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local year_of_era = y - era * 400
  local day_of_year = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
  number = era * 146097 + year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year - 719468
  day_numbers[day] = number
  return number
end

local function days_between(a, b) return day_number(b) - day_number(a) end

--- Every month from `from` to `to` ("YYYY-MM"), in order.
local function months_of(from, to)
  local months = {}
  local year, m = tonumber(from:sub(1, 4)), tonumber(from:sub(6, 7))
  local last = to:sub(1, 7)
  while true do
    local text = string.format("%04d-%02d", year, m)
    if text > last then break end
    months[#months + 1] = text
    m = m + 1
    if m > 12 then year, m = year + 1, 1 end
  end
  return months
end

local function add(counts, key, amount) counts[key] = (counts[key] or 0) + (amount or 1) end

--- The first request of each episode: requests per citizen in order, one within EPISODE_GAP days of
--- the previous joins its episode.
local function episode_starts(cases)
  local by_citizen = {}
  for _, c in ipairs(cases) do
    local list = by_citizen[c.citizen]
    if list == nil then
      list = {}
      by_citizen[c.citizen] = list
    end
    list[#list + 1] = c.requested
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

local function positive(screening)
  for _, flag in ipairs(screening.flags) do
    if flag == "positive" or flag:sub(-9) == "_positive" then return true end
  end
  return false
end

--- Per case, the first and the last ASI of the period (when there are two on different days).
local function asi_pairs(screenings)
  local first, last = {}, {}
  for _, s in ipairs(screenings) do
    if s.flow == "asi" then
      if first[s.case_id] == nil then first[s.case_id] = s else last[s.case_id] = s end
    end
  end
  local pairs_ = {}
  for case_id, intake in pairs(first) do
    local followup = last[case_id]
    if followup and followup.day > intake.day then pairs_[#pairs_ + 1] = { intake, followup } end
  end
  return pairs_
end

local function mean(sum, n) return n > 0 and sum / n or report.empty end

return report.define {
  id = "statistik",
  title = { da = "Kommunens egen statistik", en = "The municipality's own statistics" },
  description = { da = "Anmodninger og behandlingsforløb, opstarter, udskrivninger, screeninger, ASI, KIP og "
    .. "sagsbelastning pr. måned." },
  parameters = { period = "required" },
  formats = { "html", "md", "csv", "json" },

  build = function(doc, params)
    local t = function(da, en) return doc:text({ da = da, en = en }) end
    doc:parameter(t("Periode", "Period"), params.from .. " – " .. params.to)
    doc:parameter(t("Opgjort pr.", "As of"), params.today)
    local months = months_of(params.from, params.to)
    local per = { requests = {}, episodes = {}, starts = {}, discharges = {}, screenings = {}, kips = {},
      due = {}, on_time = {} }

    -- Cases: requests, starts, discharges and time in treatment.
    local cases = data.cases { from = params.from, to = params.to }
    local reasons, in_treatment = {}, {}
    for index, c in ipairs(cases) do
      add(per.requests, month(c.requested))
      if c.started then
        add(per.starts, month(c.started))
        if c.closed then in_treatment[#in_treatment + 1] = days_between(c.started, c.closed) end
      end
      if c.closed then
        add(per.discharges, month(c.closed))
        add(reasons, c.discharge_reason or "unknown")
      end
      if index % PROGRESS_EVERY == 0 then data.progress(index, #cases) end
    end
    data.progress(#cases, #cases)
    local firsts = episode_starts(cases)
    for _, first in ipairs(firsts) do add(per.episodes, month(first)) end

    -- Screenings: done and share positive per instrument; ASI at intake and at follow-up.
    local screenings = data.screenings { from = params.from, to = params.to }
    local flows = {}
    for _, s in ipairs(screenings) do
      add(per.screenings, month(s.day))
      local f = flows[s.flow]
      if f == nil then
        f = { done = 0, positive = 0, flagged = SCREENED_POSITIVE[s.flow] or false }
        flows[s.flow] = f
      end
      f.done = f.done + 1
      if positive(s) then
        f.positive = f.positive + 1
        f.flagged = true
      end
    end

    -- KIPs active per month; follow-ups of KIPs due per month and held on time.
    -- The period's end as far as it is known: a KIP active "at the end" of a period reaching into
    -- the future is one active today.
    local known_end = params.to < params.today and params.to or params.today
    local kips = data.active_plans { kind = "kip", from = params.from, to = known_end }
    local active_at_end = 0
    for _, plan in ipairs(kips) do
      local last = month(plan.ended and plan.ended < known_end and plan.ended or known_end)
      for _, m in ipairs(months) do
        if m >= month(plan.activated) and m <= last then add(per.kips, m) end
      end
      if plan.ended == nil or plan.ended > known_end then active_at_end = active_at_end + 1 end
    end
    local followups = data.followups { from = params.from, to = params.to, plan_kind = "kip" }
    local due, on_time, late, missed = 0, 0, 0, 0
    for _, f in ipairs(followups) do
      if f.status ~= "cancelled" and f.due <= params.today then
        due = due + 1
        add(per.due, month(f.due))
        if f.held and f.held <= f.due then
          on_time = on_time + 1
          add(per.on_time, month(f.due))
        elseif f.held then
          late = late + 1
        else
          missed = missed + 1
        end
      end
    end

    doc:heading(1, t("Overblik", "Overview"))
    doc:key_values(nil, {
      { t("Anmodninger", "Requests"), #cases },
      { t("Behandlingsforløb (anmodninger højst 10 dage fra hinanden samlet)",
        "Treatment episodes (requests at most 10 days apart merged)"), #firsts },
      { t("Median dage i behandling (afsluttede forløb)", "Median days in treatment (closed)"),
        stats.median(in_treatment) or report.empty },
      { t("Screeninger gennemført", "Screenings completed"), #screenings },
      { t("Aktive KIP'er ved periodens slutning", "Active KIPs at the end of the period"), active_at_end },
      { t("KIP-opfølgninger afholdt rettidigt (%)", "KIP follow-ups held on time (%)"),
        due > 0 and math.floor(on_time / due * 1000 + 0.5) / 10 or report.empty },
    })

    local rows, kip_rows = {}, {}
    local series = { requests = {}, episodes = {}, starts = {}, kips = {}, on_time = {} }
    for index, m in ipairs(months) do
      local share = (per.due[m] or 0) > 0 and (per.on_time[m] or 0) / per.due[m] or report.empty
      rows[#rows + 1] = { m, per.requests[m] or 0, per.episodes[m] or 0, per.starts[m] or 0, per.discharges[m] or 0,
        per.screenings[m] or 0 }
      kip_rows[#kip_rows + 1] = { m, per.kips[m] or 0, per.due[m] or 0, share }
      series.requests[index] = per.requests[m] or 0
      series.episodes[index] = per.episodes[m] or 0
      series.starts[index] = per.starts[m] or 0
      series.kips[index] = per.kips[m] or 0
      series.on_time[index] = per.on_time[m] or 0
    end
    doc:table {
      id = "pr_maaned", title = t("Pr. måned", "By month"),
      columns = {
        { title = t("Måned", "Month"), kind = "date" }, { title = t("Anmodninger", "Requests"), kind = "integer" },
        { title = t("Forløb", "Episodes"), kind = "integer" }, { title = t("Opstarter", "Starts"), kind = "integer" },
        { title = t("Udskrivninger", "Discharges"), kind = "integer" },
        { title = t("Screeninger", "Screenings"), kind = "integer" },
      },
      rows = rows,
      footnote = t("Opstarter og udskrivninger tælles for sager anmodet i perioden.",
        "Starts and discharges count cases requested in the period."),
    }
    doc:line_chart {
      title = t("Anmodninger, forløb og opstarter pr. måned", "Requests, episodes and starts by month"),
      x_label = t("Måned", "Month"), y_label = t("Antal", "Count"), categories = months,
      series = {
        { name = t("Anmodninger", "Requests"), values = series.requests },
        { name = t("Forløb", "Episodes"), values = series.episodes },
        { name = t("Opstarter", "Starts"), values = series.starts },
      },
    }

    local reason_rows, keys = {}, {}
    for reason in pairs(reasons) do keys[#keys + 1] = reason end
    table.sort(keys)
    for _, reason in ipairs(keys) do
      local name = DISCHARGE_REASONS[reason]
      reason_rows[#reason_rows + 1] = { name and t(name[1], name[2]) or reason, reasons[reason] }
    end
    doc:heading(2, t("Udskrivninger efter årsag", "Discharges by reason"))
    doc:table {
      id = "udskrivninger", columns = { t("Årsag", "Reason"), { title = t("Antal", "Count"), kind = "integer" } },
      rows = reason_rows,
    }

    doc:heading(2, t("Screeninger", "Screenings"))
    local flow_rows, names = {}, {}
    for flow in pairs(flows) do names[#names + 1] = flow end
    table.sort(names)
    for _, flow in ipairs(names) do
      local f = flows[flow]
      flow_rows[#flow_rows + 1] = { flow, f.done, f.flagged and f.positive or report.empty,
        f.flagged and f.positive / f.done or report.empty }
    end
    doc:table {
      id = "screeninger", title = t("Gennemført pr. instrument", "Completed by instrument"),
      columns = {
        t("Instrument", "Instrument"), { title = t("Gennemført", "Completed"), kind = "integer" },
        { title = t("Positive", "Positive"), kind = "integer" },
        { title = t("Andel positive", "Share positive"), kind = "percent", decimals = 1 },
      },
      rows = flow_rows,
      footnote = t("Positiv: screeningen gav mindst ét positivt fund. ASI giver sammensatte scorer, ikke positiv/negativ.",
        "Positive: the screening gave at least one positive finding. ASI gives composite scores, not positive/negative."),
    }

    local asi = asi_pairs(screenings)
    doc:heading(2, t("ASI ved indskrivning og ved opfølgning", "ASI at intake and at follow-up"))
    if #asi == 0 then
      doc:paragraph(t("Ingen sager har to ASI-interview i perioden.", "No case has two ASI interviews in the period."))
    else
      local asi_rows, intake_values, followup_values = {}, {}, {}
      for index, area in ipairs(ASI_AREAS) do
        local sum_in, sum_out, n = 0, 0, 0
        for _, pair in ipairs(asi) do
          local a, b = pair[1].scores[area[1]], pair[2].scores[area[1]]
          if a and b then sum_in, sum_out, n = sum_in + a, sum_out + b, n + 1 end
        end
        local before, after = mean(sum_in, n), mean(sum_out, n)
        intake_values[index] = n > 0 and before or 0
        followup_values[index] = n > 0 and after or 0
        asi_rows[#asi_rows + 1] = { t(area[2], area[3]), n, before, after, n > 0 and after - before or report.empty }
      end
      doc:table {
        id = "asi", title = t("Gennemsnitlig sammensat score (0–1)", "Mean composite score (0–1)"),
        columns = {
          t("Område", "Area"), { title = t("Sager", "Cases"), kind = "integer" },
          { title = t("Indskrivning", "Intake"), kind = "number", decimals = 3 },
          { title = t("Opfølgning", "Follow-up"), kind = "number", decimals = 3 },
          { title = t("Ændring", "Change"), kind = "number", decimals = 3 },
        },
        rows = asi_rows,
        footnote = t("Sager med to ASI-interview i perioden: det første og det sidste. Lavere er bedre.",
          "Cases with two ASI interviews in the period: the first and the last. Lower is better."),
      }
      local categories = {}
      for index, area in ipairs(ASI_AREAS) do categories[index] = t(area[2], area[3]) end
      doc:bar_chart {
        title = t("ASI: indskrivning og opfølgning", "ASI: intake and follow-up"),
        x_label = t("Område", "Area"), y_label = t("Score", "Score"), categories = categories,
        series = {
          { name = t("Indskrivning", "Intake"), values = intake_values },
          { name = t("Opfølgning", "Follow-up"), values = followup_values },
        },
      }
    end

    doc:heading(2, t("Koordinerende indsatsplaner", "Coordinated plans"))
    doc:key_values(nil, {
      { t("KIP'er aktive i perioden", "KIPs active in the period"), #kips },
      { t("Opfølgninger forfaldne", "Follow-ups due"), due },
      { t("Afholdt rettidigt", "Held on time"), on_time },
      { t("Afholdt for sent", "Held late"), late },
      { t("Ikke afholdt", "Not held"), missed },
    })
    doc:table {
      id = "kip_pr_maaned", title = t("KIP pr. måned", "KIPs by month"),
      columns = {
        { title = t("Måned", "Month"), kind = "date" }, { title = t("Aktive KIP'er", "Active KIPs"), kind = "integer" },
        { title = t("Opfølgninger forfaldne", "Follow-ups due"), kind = "integer" },
        { title = t("Heraf rettidigt", "Of which on time"), kind = "percent", decimals = 0 },
      },
      rows = kip_rows,
      footnote = t("En KIP tæller som aktiv, når den var aktiv i en del af måneden.",
        "A KIP counts as active if it was active for part of the month."),
    }
    doc:line_chart {
      title = t("Aktive KIP'er og rettidige opfølgninger pr. måned", "Active KIPs and follow-ups held on time by month"),
      x_label = t("Måned", "Month"), y_label = t("Antal", "Count"), categories = months,
      series = {
        { name = t("Aktive KIP'er", "Active KIPs"), values = series.kips },
        { name = t("Opfølgninger afholdt rettidigt", "Follow-ups held on time"), values = series.on_time },
      },
    }

    doc:heading(2, t("Sagsbelastning pr. tovholder", "Caseload per coordinator"))
    local load_rows = {}
    for _, load in ipairs(data.caseloads()) do
      load_rows[#load_rows + 1] = { load.name, load.requested, load.in_treatment, load.aftercare, load.open }
    end
    doc:table {
      id = "sagsbelastning",
      columns = {
        t("Tovholder", "Coordinator"), { title = t("Anmodet", "Requested"), kind = "integer" },
        { title = t("I behandling", "In treatment"), kind = "integer" },
        { title = t("Efterbehandling", "Aftercare"), kind = "integer" },
        { title = t("Åbne sager i alt", "Open cases"), kind = "integer" },
      },
      rows = load_rows,
      footnote = t("Åbne sager nu, uanset periode.", "Open cases now, whatever the period."),
    }
  end,
}
