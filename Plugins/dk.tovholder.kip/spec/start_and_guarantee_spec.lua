-- Specs for the treatment start and treatment guarantee rules: `tovholder pack test Plugins/dk.tovholder.kip`.

local function titles(tasks)
  local list = {}
  for _, task in ipairs(tasks) do list[#list + 1] = task.title end
  return list
end

describe("treatment start", function()
  it("gives the coordinator the survey (4.2.8) and the barrier assessment (3.2.2)", function()
    local case = fixture.case { requested = "2026-01-05" }
    local effects = workflows.raise("case.started", case, { day = "2026-01-12" })
    expect(#effects).to_be(2)
    local tasks = workflows.tasks(case)
    expect(#tasks).to_be(2)
    expect(tasks[1].due).to_be("2026-01-26")
    expect(tasks[1].title).to_contain("4.2.8")
    expect(tasks[2].due).to_be("2026-02-11")
    expect(tasks[2].title).to_contain("3.2.2")
    expect(tasks[1].assignee).to_be("tovholder")
  end)

  it("makes the tasks once however often the start is handled", function()
    local case = fixture.case {}
    workflows.raise("case.started", case, { day = "2026-01-12" })
    local again = workflows.raise("case.started", case, { day = "2026-01-12" })
    expect(#again).to_be(0)
    expect(#workflows.tasks(case)).to_be(2)
  end)
end)

describe("treatment guarantee", function()
  it("warns the team lead on day 10 and closes the warning when treatment starts", function()
    local case = fixture.case { requested = "2026-01-05" }
    workflows.raise("guarantee.warning", case, {
      day = "2026-01-15", deadline = "2026-01-19", days_left = 4, basis = "sel101", requested = "2026-01-05",
      status = "pending",
    })
    local tasks = workflows.tasks(case)
    expect(#tasks).to_be(1)
    expect(tasks[1].assignee).to_be("teamleder")
    expect(tasks[1].due).to_be("2026-01-19")
    workflows.raise("case.started", case, { day = "2026-01-16" })
    expect(titles(workflows.tasks(case))).never.to_contain(tasks[1].title)
  end)

  it("flags a breach and gives the team lead a task", function()
    local case = fixture.case { requested = "2026-01-05" }
    workflows.raise("guarantee.breached", case, {
      day = "2026-01-20", deadline = "2026-01-19", days_over = 1, basis = "sel101", requested = "2026-01-05",
      status = "breached",
    })
    expect(workflows.flags(case).guarantee_breached).to_be(true)
    expect(workflows.tasks(case)[1].title).to_contain("overskredet")
  end)
end)
