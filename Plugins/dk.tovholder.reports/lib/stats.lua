-- Small statistics the reports share: median and percentiles by the nearest-rank method, and histogram bins.
local stats = {}

--- The sorted copy of a list of numbers.
function stats.sorted(values)
  local copy = {}
  for index, value in ipairs(values) do copy[index] = value end
  table.sort(copy)
  return copy
end

--- The p-th percentile (0 < p <= 100) by nearest rank; nil for an empty list.
function stats.percentile(values, p)
  if #values == 0 then return nil end
  local sorted = stats.sorted(values)
  local rank = math.max(1, math.ceil(p / 100 * #sorted))
  return sorted[rank]
end

--- The median: the middle value, or the mean of the two middle values.
function stats.median(values)
  if #values == 0 then return nil end
  local sorted = stats.sorted(values)
  local middle = #sorted // 2
  if #sorted % 2 == 1 then return sorted[middle + 1] end
  return (sorted[middle] + sorted[middle + 1]) / 2
end

--- Counts of `values` in `bins` ({ { label, lowest, highest|nil } ...}), in order.
function stats.histogram(values, bins)
  local counts = {}
  for index = 1, #bins do counts[index] = 0 end
  for _, value in ipairs(values) do
    for index, bin in ipairs(bins) do
      if value >= bin[2] and (bin[3] == nil or value <= bin[3]) then
        counts[index] = counts[index] + 1
        break
      end
    end
  end
  return counts
end

return stats
