-- Treatment-guarantee compliance for a period: per legal basis, started within 14 days or later, waiting times, breaches.
local stats = require("stats")

local BASES = {
  { id = "sel101", da = "Serviceloven § 101", en = "Social Services Act § 101" },
  { id = "sul141", da = "Sundhedsloven § 141", en = "Health Act § 141" },
  { id = "sul142", da = "Sundhedsloven § 142", en = "Health Act § 142" },
}
local PROGRESS_EVERY = 5000
local BINS = {
  { "0-7", 0, 7 }, { "8-14", 8, 14 }, { "15-21", 15, 21 }, { "22-30", 22, 30 }, { "31-60", 31, 60 }, { "61+", 61 },
}

return report.define {
  id = "behandlingsgaranti",
  title = { da = "Behandlingsgaranti", en = "Treatment guarantee" },
  description = { da = "Rettidig start inden for 14 dage pr. lovgrundlag, ventetider og overskridelser." },
  parameters = { period = "required", municipality = "optional" },
  formats = { "html", "md", "csv", "json" },

  build = function(doc, params)
    local t = function(da, en) return doc:text({ da = da, en = en }) end
    doc:parameter(t("Periode (anmodninger)", "Period (requests)"), params.from .. " – " .. params.to)
    doc:parameter(t("Opgjort pr.", "As of"), params.today)

    local rows, breaches, days = {}, {}, {}
    local by_basis = {}
    for _, basis in ipairs(BASES) do
      by_basis[basis.id] = { requested = 0, in_time = 0, late = 0, waiting = 0, overdue = 0 }
    end
    local excluded = { anonymous = 0, other_offer = 0, closed_before_start = 0 }
    local cases = data.cases { from = params.from, to = params.to }
    local total = #cases
    for index, c in ipairs(cases) do
      if index % PROGRESS_EVERY == 0 then data.progress(index, total) end
      local g = c.guarantee
      if c.anonymous then
        excluded.anonymous = excluded.anonymous + 1
      elseif g.status == "excluded" then
        excluded[g.reason] = (excluded[g.reason] or 0) + 1
      else
        local row = by_basis[c.basis]
        row.requested = row.requested + 1
        if c.started then
          days[#days + 1] = c.days_to_start
          if g.status == "met" then row.in_time = row.in_time + 1 else row.late = row.late + 1 end
        elseif g.status == "breached" then
          row.overdue = row.overdue + 1
        else
          row.waiting = row.waiting + 1
        end
        if g.status == "breached" then
          breaches[#breaches + 1] = { c.id, c.basis, c.requested, g.deadline, c.started or report.empty, g.days }
        end
      end
    end
    data.progress(total, total)

    doc:heading(1, t("Overblik", "Overview"))
    doc:key_values(nil, {
      { t("Anmodninger i perioden", "Requests in the period"), total },
      { t("Median dage til start", "Median days to start"), stats.median(days) or report.empty },
      { t("90 % startede inden for (dage)", "90% started within (days)"), stats.percentile(days, 90) or report.empty },
      { t("Overskridelser", "Breaches"), #breaches },
    })

    for _, basis in ipairs(BASES) do
      local r = by_basis[basis.id]
      local share = r.requested > 0 and (r.in_time / r.requested) or report.empty
      rows[#rows + 1] = { doc:text(basis), r.requested, r.in_time, r.late, r.waiting, r.overdue, share }
    end
    doc:table {
      id = "pr_lovgrundlag", title = t("Pr. lovgrundlag", "By legal basis"),
      columns = {
        t("Lovgrundlag", "Legal basis"), { title = t("Anmodet", "Requested"), kind = "integer" },
        { title = t("Startet inden for 14 dage", "Started within 14 days"), kind = "integer" },
        { title = t("Startet senere", "Started later"), kind = "integer" },
        { title = t("Venter, inden for fristen", "Waiting, within the deadline"), kind = "integer" },
        { title = t("Venter, fristen overskredet", "Waiting, deadline passed"), kind = "integer" },
        { title = t("Andel rettidigt", "Share on time"), kind = "percent", decimals = 1 },
      },
      rows = rows,
      footnote = t("Anonym behandling (§ 101 a) og sager, hvor borgeren har valgt et andet tilbud, tæller ikke med.",
        "Anonymous treatment (§ 101 a) and cases where the citizen chose another offer are not counted."),
    }

    doc:bar_chart {
      title = t("Dage fra anmodning til start", "Days from request to start"),
      x_label = t("Dage", "Days"), y_label = t("Sager", "Cases"),
      categories = (function() local c = {} for i, b in ipairs(BINS) do c[i] = b[1] end return c end)(),
      series = { { name = t("Sager", "Cases"), values = stats.histogram(days, BINS) } },
    }

    doc:heading(2, t("Undtaget fra garantien", "Excluded from the guarantee"))
    doc:table {
      id = "undtaget", columns = { t("Årsag", "Reason"), { title = t("Sager", "Cases"), kind = "integer" } },
      rows = {
        { t("Anonym behandling (§ 101 a)", "Anonymous treatment (§ 101 a)"), excluded.anonymous },
        { t("Borgeren valgte et andet tilbud", "The citizen chose another offer"), excluded.other_offer },
        { t("Lukket før start, inden fristen", "Closed before start, within the deadline"), excluded.closed_before_start },
      },
    }

    doc:heading(2, t("Overskridelser", "Breaches"))
    if #breaches == 0 then
      doc:paragraph(t("Ingen sager overskred fristen.", "No case passed the deadline."))
    else
      doc:table {
        id = "overskridelser",
        columns = {
          { title = t("Sag", "Case"), kind = "integer" }, t("Lovgrundlag", "Legal basis"),
          { title = t("Anmodet", "Requested"), kind = "date" }, { title = t("Frist", "Deadline"), kind = "date" },
          { title = t("Startet", "Started"), kind = "date" }, { title = t("Dage over", "Days over"), kind = "integer" },
        },
        rows = breaches,
      }
    end
  end,
}
