-- Specs for the shipped reports: `tovholder pack test Plugins/dk.tovholder.reports`.
-- The spec file's database is shared by its examples, so each example keeps to its own month.

describe("behandlingsgaranti", function()
  it("counts starts within 14 days, later starts and waiting cases per legal basis", function()
    fixture.case { basis = "sel101", requested = "2026-01-05", started = "2026-01-12" }
    fixture.case { basis = "sel101", requested = "2026-01-06", started = "2026-01-30" }
    fixture.case { basis = "sul141", requested = "2026-01-31" }
    local doc = reports.run("behandlingsgaranti", { from = "2026-01-01", to = "2026-01-31", today = "2026-02-10" })
    expect(doc.values["Anmodninger i perioden"]).to_be(3)
    expect(doc.values["Overskridelser"]).to_be(1)
    local sel101 = doc.tables.pr_lovgrundlag.rows[1]
    expect(sel101[2]).to_be(2) -- requested
    expect(sel101[3]).to_be(1) -- within 14 days
    expect(sel101[4]).to_be(1) -- later
    local sul141 = doc.tables.pr_lovgrundlag.rows[2]
    expect(sul141[5]).to_be(1) -- waiting, within the deadline (14 February)
  end)

  it("reports a past day as it stood then: a later start is not yet known", function()
    fixture.case { basis = "sel101", requested = "2026-03-05", started = "2026-03-30" }
    local doc = reports.run("behandlingsgaranti", { from = "2026-03-01", to = "2026-03-31", today = "2026-03-25" })
    local sel101 = doc.tables.pr_lovgrundlag.rows[1]
    expect(sel101[4]).to_be(0) -- not started later: not started yet
    expect(sel101[6]).to_be(1) -- waiting past the deadline (19 March)
  end)
end)

describe("statistik", function()
  it("merges requests at most 10 days apart into one episode", function()
    local first = fixture.case { requested = "2026-05-01" }
    fixture.case { requested = "2026-05-08", same_citizen_as = first }
    fixture.case { requested = "2026-05-20", same_citizen_as = first }
    local doc = reports.run("statistik", { from = "2026-05-01", to = "2026-05-31", today = "2026-06-01" })
    expect(doc.values["Anmodninger"]).to_be(3)
    expect(doc.values["Behandlingsforløb (anmodninger højst 10 dage fra hinanden samlet)"]).to_be(2)
  end)

  it("counts screenings per instrument and the share positive", function()
    local case = fixture.case { requested = "2026-07-02", started = "2026-07-05" }
    local answers = {}
    for i = 1, 10 do answers["q" .. i] = 4 end
    flows.complete("audit", case, answers, { day = "2026-07-06" })
    local doc = reports.run("statistik", { from = "2026-07-01", to = "2026-07-31", today = "2026-08-01" })
    expect(doc.values["Screeninger gennemført"]).to_be(1)
    local audit = doc.tables.screeninger.rows[1]
    expect(audit[1]).to_be("audit")
    expect(audit[2]).to_be(1)
    expect(audit[4]).to_be(1) -- every one positive (AUDIT-C)
  end)

  it("counts discharges by reason and the median time in treatment", function()
    fixture.case { requested = "2026-09-02", started = "2026-09-05", discharged = "2026-09-25", reason = "completed" }
    fixture.case { requested = "2026-09-03", started = "2026-09-06", discharged = "2026-09-16", reason = "dropped_out" }
    local doc = reports.run("statistik", { from = "2026-09-01", to = "2026-09-30", today = "2026-10-01" })
    expect(doc.values["Median dage i behandling (afsluttede forløb)"]).to_be(15)
    expect(#doc.tables.udskrivninger.rows).to_be(2)
    expect(doc.markdown).to_contain("| Gennemført | 1 |")
  end)
end)
