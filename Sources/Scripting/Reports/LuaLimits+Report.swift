// The limits a report's Lua state runs under: larger than a screening step's, for a municipality's whole history.
import Lua

extension LuaLimits {
    /// A report reads a municipality's whole history (a hundred thousand cases are some 150 MiB of
    /// Lua tables): 1 GiB and two minutes per call, where a screening step has 64 MiB and 2 s.
    public static let report = LuaLimits(memoryBytes: 1024 * 1024 * 1024, timeMilliseconds: 120_000)
}
