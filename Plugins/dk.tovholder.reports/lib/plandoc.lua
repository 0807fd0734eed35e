-- Writing a plan's text parts, goals, interventions and follow-ups: shared by the plan documents.
local plandoc = {}

--- Every text part of the plan that has text, under its title.
function plandoc.parts(doc, plan, level)
  for _, part in ipairs(plan.parts) do
    doc:heading(level, part.title)
    doc:paragraph(part.text)
  end
end

function plandoc.goals(doc, plan)
  local t = function(da, en) return doc:text({ da = da, en = en }) end
  local rows = {}
  for _, g in ipairs(plan.goals) do rows[#rows + 1] = { g.area_text, g.description, g.target or report.empty, g.status_text } end
  doc:table {
    id = "maal_" .. plan.id, title = t("Mål", "Goals"),
    columns = { t("Område", "Area"), t("Mål", "Goal"), { title = t("Senest", "By"), kind = "date" }, t("Status", "Status") },
    rows = rows,
  }
end

function plandoc.interventions(doc, plan)
  local t = function(da, en) return doc:text({ da = da, en = en }) end
  local rows = {}
  for _, i in ipairs(plan.interventions) do
    rows[#rows + 1] = { i.description, i.sector_text, i.responsible or report.empty, i.status_text }
  end
  doc:table {
    id = "indsatser_" .. plan.id, title = t("Indsatser", "Interventions"),
    columns = { t("Indsats", "Intervention"), t("Område", "Sector"), t("Ansvarlig", "Responsible"), t("Status", "Status") },
    rows = rows,
  }
end

--- The follow-ups by due day; `title` false leaves the table's title out (under a heading of its own).
function plandoc.followups(doc, plan, title)
  local t = function(da, en) return doc:text({ da = da, en = en }) end
  local rows = {}
  for _, f in ipairs(plan.followups) do rows[#rows + 1] = { f.due, f.purpose, f.held or report.empty } end
  doc:table {
    id = "opfoelgning_" .. plan.id, title = title ~= false and t("Opfølgning", "Follow-up") or nil,
    columns = { { title = t("Dato", "Date"), kind = "date" }, t("Formål", "Purpose"),
      { title = t("Afholdt", "Held"), kind = "date" } },
    rows = rows,
  }
end

--- The whole document for the case's plans of `kind` (behandlingsplan, handleplan).
function plandoc.build(kind, doc, params)
  local t = function(da, en) return doc:text({ da = da, en = en }) end
  doc:parameter(t("Sag", "Case"), params.case)
  local shown = 0
  for _, plan in ipairs(data.plans(params.case)) do
    if plan and plan.kind == kind and plan.status ~= "revoked" then
      shown = shown + 1
      if shown > 1 then doc:page_break() end
      doc:heading(1, t("Version ", "Version ") .. plan.version .. " (" .. plan.status_text .. ")")
      if plan.activated then doc:key_values(nil, { { t("Aktiv fra", "Active from"), plan.activated } }) end
      plandoc.parts(doc, plan, 2)
      plandoc.goals(doc, plan)
      plandoc.interventions(doc, plan)
      plandoc.followups(doc, plan)
    end
  end
  if shown == 0 then
    doc:paragraph(t("Sagen har ingen plan af denne slags, der kan vises.", "The case has no such plan that can be shown."))
  end
end

return plandoc
