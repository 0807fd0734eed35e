-- A pseudonymised extract for analysis: a row per case (keyed pseudonym, birth year, sex), counts with small cells hidden.

local SMALL = 5

local function count_cell(n)
  if n > 0 and n < SMALL then return report.suppressed end
  return n
end

return report.define {
  id = "udtraek",
  title = { da = "Pseudonymiseret udtræk", en = "Pseudonymised extract" },
  description = { da = "Sager i en periode til analyse: pseudonym, fødselsår og køn; ingen navne, CPR-numre eller fritekst." },
  parameters = { period = "required", municipality = "optional" },
  formats = { "csv", "json", "md", "html" },

  build = function(doc, params)
    local t = function(da, en) return doc:text({ da = da, en = en }) end
    doc:parameter(t("Periode (anmodninger)", "Period (requests)"), params.from .. " – " .. params.to)
    doc:notice(t("Udtrækket er pseudonymiseret: ingen navne, CPR-numre eller fritekst. Celler med færre end 5 "
      .. "borgere er skjult i optællingerne.",
      "The extract is pseudonymised: no names, CPR numbers or free text. Cells of fewer than 5 citizens are hidden "
      .. "in the counts."))

    local rows, counts = {}, {}
    local sexes = { "female", "male" }
    for _, c in ipairs(data.pseudonymised_cases { from = params.from, to = params.to }) do
      rows[#rows + 1] = {
        c.pseudonym, c.birth_year and tostring(c.birth_year) or report.empty, c.sex or report.empty, c.basis, c.municipality, c.requested,
        c.started or report.empty, c.days_to_start or report.empty, c.closed or report.empty,
        c.discharge_reason or report.empty, c.status, c.guarantee.status,
      }
      local key = c.basis .. "|" .. (c.sex or "unknown")
      counts[key] = (counts[key] or 0) + 1
    end

    doc:heading(1, t("Sager", "Cases"))
    doc:table {
      id = "sager",
      columns = {
        t("Pseudonym", "Pseudonym"), t("Fødselsår", "Birth year"), t("Køn", "Sex"),
        t("Lovgrundlag", "Legal basis"), t("Kommune", "Municipality"), { title = t("Anmodet", "Requested"), kind = "date" },
        { title = t("Startet", "Started"), kind = "date" }, { title = t("Dage til start", "Days to start"), kind = "integer" },
        { title = t("Afsluttet", "Closed"), kind = "date" }, t("Afslutningsårsag", "Discharge reason"),
        t("Status", "Status"), t("Behandlingsgaranti", "Treatment guarantee"),
      },
      rows = rows,
    }

    local aggregate = {}
    for _, basis in ipairs({ "sel101", "sel101a", "sul141", "sul142" }) do
      local row = { basis }
      local total = 0
      for _, sex in ipairs(sexes) do
        local n = counts[basis .. "|" .. sex] or 0
        total = total + n
        row[#row + 1] = count_cell(n)
      end
      local unknown = counts[basis .. "|unknown"] or 0
      row[#row + 1] = count_cell(unknown)
      row[#row + 1] = count_cell(total + unknown)
      aggregate[#aggregate + 1] = row
    end
    doc:heading(1, t("Sager pr. lovgrundlag og køn", "Cases by legal basis and sex"))
    doc:table {
      id = "pr_lovgrundlag_og_koen",
      columns = {
        t("Lovgrundlag", "Legal basis"), { title = t("Kvinder", "Women"), kind = "integer" },
        { title = t("Mænd", "Men"), kind = "integer" }, { title = t("Ukendt (anonym)", "Unknown (anonymous)"), kind = "integer" },
        { title = t("I alt", "Total"), kind = "integer" },
      },
      rows = aggregate,
      footnote = t("<5: færre end 5 borgere, skjult.", "<5: fewer than 5 citizens, hidden."),
    }
  end,
}
