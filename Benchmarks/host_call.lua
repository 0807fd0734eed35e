-- Benchmark reference for the stock interpreter: the cost of calling a C function (math.abs) in a loop,
-- minus the cost of the same loop without the call. Prints nanoseconds per call.
local n = tonumber((...)) or 20000000
local abs = math.abs
local clock = os.clock
local t0 = clock()
for i = 1, n do local _ = i end
local t1 = clock()
for i = 1, n do local _ = abs(i) end
local t2 = clock()
print(string.format("%.3f", ((t2 - t1) - (t1 - t0)) / n * 1e9))
