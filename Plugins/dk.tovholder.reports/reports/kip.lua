-- The coordinated plan (KIP) of a case as a document: its five parts; with --for, the recipient's version.
local plandoc = require("plandoc")

local function part(plan, id)
  for _, p in ipairs(plan.parts) do
    if p.id == id then return p.text end
  end
  return nil
end

local function text_block(doc, title, value)
  if value and value ~= "" then
    doc:heading(3, title)
    doc:paragraph(value)
  end
end

return report.define {
  id = "kip",
  title = { da = "Koordinerende indsatsplan", en = "Coordinated plan (KIP)" },
  description = { da = "KIP'ens fem dele for en sag; med --for modtagerens udgave efter borgerens samtykke." },
  parameters = { case = "required", ["for"] = "optional" },
  formats = { "html", "md", "json" },

  build = function(doc, params)
    local t = function(da, en) return doc:text({ da = da, en = en }) end
    doc:parameter(t("Sag", "Case"), params.case)
    local shown = 0
    for _, plan in ipairs(data.plans(params.case)) do
      if plan and plan.kind == "kip" and plan.status ~= "revoked" then
        shown = shown + 1
        if shown > 1 then doc:page_break() end
        doc:heading(1, t("KIP version ", "KIP version ") .. plan.version .. " (" .. plan.status_text .. ")")

        doc:heading(2, t("1. Stamdata", "1. Master data"))
        doc:key_values(nil, {
          { t("Borger", "Citizen"), plan.citizen or report.empty },
          { t("Tovholder", "Coordinator"), plan.coordinator or report.empty },
          { t("Aktiv fra", "Active from"), plan.activated or report.empty },
          { t("Samtykke", "Consent"), part(plan, "kip.consent") or report.empty },
        })
        local participants = {}
        for _, p in ipairs(plan.participants) do
          participants[#participants + 1] = { p.name, p.kind_text, p.role or report.empty }
        end
        doc:table {
          id = "deltagere_" .. plan.id, title = t("Deltagere", "Participants"),
          columns = { t("Navn", "Name"), t("Aktør", "Actor"), t("Rolle", "Role") }, rows = participants,
        }

        doc:heading(2, t("2. Kortlægning af eksisterende planer", "2. Survey of existing plans"))
        if #plan.external_plans == 0 then
          doc:paragraph(t("Ingen andre planer er registreret.", "No other plans are recorded."))
        else
          local rows = {}
          for _, e in ipairs(plan.external_plans) do
            rows[#rows + 1] = { e.title, e.owner or report.empty, e.day, e.goals }
          end
          doc:table {
            id = "andre_planer_" .. plan.id,
            columns = { t("Plan", "Plan"), t("Ansvarlig", "Owner"), { title = t("Dato", "Date"), kind = "date" },
              t("Mål", "Goals") },
            rows = rows,
          }
        end

        doc:heading(2, t("3. Udfordringer", "3. Challenges"))
        text_block(doc, t("Set af fagpersoner", "Seen by practitioners"), part(plan, "kip.challenges.practitioners"))
        text_block(doc, t("Set af borgeren", "Seen by the citizen"), part(plan, "kip.challenges.citizen"))
        text_block(doc, t("Set af pårørende", "Seen by relatives"), part(plan, "kip.challenges.relatives"))
        text_block(doc, t("Akut", "Acute"), part(plan, "kip.challenges.acute"))

        doc:heading(2, t("4. Mål og indsatser", "4. Goals and interventions"))
        text_block(doc, t("Prioritering", "Priorities"), part(plan, "kip.priorities"))
        plandoc.goals(doc, plan)
        plandoc.interventions(doc, plan)

        doc:heading(2, t("5. Opfølgning", "5. Follow-up"))
        plandoc.followups(doc, plan, false)
        for _, m in ipairs(plan.meetings) do
          if not m.citizen_present then
            doc:note(t("Mødet ", "The meeting of ") .. m.day
              .. t(" blev holdt uden borgeren; borgerens accept indhentes bagefter.",
                " was held without the citizen; the citizen's acceptance is obtained afterwards."))
          end
        end
      end
    end
    if shown == 0 then
      doc:paragraph(t("Sagen har ingen koordinerende indsatsplan, der kan vises.",
        "The case has no coordinated plan that can be shown."))
    end
  end,
}
