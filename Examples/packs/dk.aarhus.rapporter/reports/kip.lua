-- Aarhus's layout of the KIP document (overrides dk.tovholder.reports:kip): the next meeting first, one table of goals.
local plandoc = require("dk.tovholder.reports.plandoc")

return report.define {
  id = "kip",
  title = { da = "Aarhus Kommune – koordinerende indsatsplan", en = "Aarhus Municipality – coordinated plan" },
  parameters = { case = "required", ["for"] = "optional" },
  formats = { "html", "md", "json" },

  build = function(doc, params)
    local t = function(da, en) return doc:text({ da = da, en = en }) end
    doc:parameter(t("Sag", "Case"), params.case)
    for _, plan in ipairs(data.plans(params.case)) do
      if plan and plan.kind == "kip" and plan.status ~= "revoked" then
        local next_meeting = report.empty
        for _, f in ipairs(plan.followups) do
          if f.status == "planned" and (next_meeting == report.empty or f.due < next_meeting) then next_meeting = f.due end
        end
        doc:heading(1, t("Næste møde", "Next meeting"))
        doc:key_values(nil, {
          { t("Dato", "Date"), next_meeting },
          { t("Tovholder", "Coordinator"), plan.coordinator or report.empty },
          { t("Version", "Version"), plan.version },
        })
        doc:heading(1, t("Borgerens mål", "The citizen's goals"))
        plandoc.goals(doc, plan)
        plandoc.interventions(doc, plan)
        doc:heading(1, t("Baggrund", "Background"))
        plandoc.parts(doc, plan, 2)
      end
    end
  end,
}
