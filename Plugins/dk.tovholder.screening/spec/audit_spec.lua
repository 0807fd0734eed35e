-- Specs for the AUDIT flow: run with `tovholder pack test Plugins/dk.tovholder.screening`.
local function answers(points)
  local a = {}
  for i, p in ipairs(points) do a["q" .. i] = p end
  return a
end

describe("AUDIT", function()
  it("scores every lowest answer as 0 in the low zone", function()
    local r = flows.evaluate("audit", answers({ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }))
    expect(r.scores.total).to_be(0)
    expect(r.bands.total).to_be("low")
    expect(r.flags).to_equal({})
  end)

  it("reaches 40 and probable dependence with every highest answer", function()
    local r = flows.evaluate("audit", answers({ 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 }))
    expect(r.scores.total).to_be(40)
    expect(r.scores.audit_c).to_be(12)
    expect(r.bands.total).to_be("dependence")
    expect(r.flags).to_contain("probable_dependence")
  end)

  it("uses the women's hazardous cut-off of 6", function()
    local a = answers({ 2, 1, 1, 0, 1, 0, 1, 0, 0, 0 })
    expect(flows.evaluate("audit", a, { sex = "female" }).bands.total).to_be("hazardous")
    expect(flows.evaluate("audit", a, { sex = "male" }).bands.total).to_be("low")
  end)

  it("follows a municipality's own cut-off", function()
    local a = answers({ 2, 1, 1, 0, 1, 0, 1, 0, 2, 0 })
    expect(flows.evaluate("audit", a, { sex = "male" }).bands.total).to_be("hazardous")
    expect(flows.evaluate("audit", a, { sex = "male", settings = { hazardous = 10 } }).bands.total).to_be("low")
  end)

  it("counts items 2-8 as zero when item 1 is never", function()
    local r = flows.evaluate("audit", answers({ 0, 4, 4, 4, 4, 4, 4, 4, 2, 4 }))
    expect(r.scores.total).to_be(6)
    expect(r.hidden).to_contain("q2")
  end)

  it("refuses an answer that is not one of the options, naming the item", function()
    expect(function() flows.evaluate("audit", answers({ 5, 0, 0, 0, 0, 0, 0, 0, 0, 0 })) end).to_fail("q1")
  end)

  it("refuses to score with an answer missing", function()
    local a = answers({ 1, 1, 1, 0, 0, 0, 0, 0, 0, 0 })
    a.q10 = nil
    local r = flows.evaluate("audit", a)
    expect(r.refused).to_be(true)
    expect(r.missing).to_equal({ "q10" })
  end)
end)
