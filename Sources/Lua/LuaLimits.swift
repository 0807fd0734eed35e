// The resource limits of a Lua state: a memory cap for the state and a time limit per call.

/// Limits a ``LuaState`` enforces. Once a limit fires it keeps firing until the call returns, so
/// `pcall`, `xpcall` and coroutines cannot swallow it; the state stays usable afterwards.
public struct LuaLimits: Sendable, Equatable {
    /// How the time limit is enforced.
    public enum TimeStrategy: Sendable, Equatable {
        /// A watchdog thread installs a stopping hook when the deadline passes: no cost before then.
        case watchdog
        /// A count hook checks the clock every `instructions` VM instructions. Kept for measuring
        /// against the watchdog; it costs the script throughout.
        case countHook(instructions: Int)
    }

    /// The memory cap in bytes for everything the state allocates; nil for none.
    public var memoryBytes: Int?
    /// The wall-clock limit of one call from the host into Lua, in milliseconds; nil for none.
    public var timeMilliseconds: Int?
    public var timeStrategy: TimeStrategy

    public init(
        memoryBytes: Int? = 64 * 1024 * 1024, timeMilliseconds: Int? = 2000,
        timeStrategy: TimeStrategy = .watchdog
    ) {
        self.memoryBytes = memoryBytes
        self.timeMilliseconds = timeMilliseconds
        self.timeStrategy = timeStrategy
    }

    /// 64 MiB and 2000 ms.
    public static let standard = LuaLimits()

    /// The memory cap in whole MiB, as messages name it.
    public var memoryMiB: Int? { memoryBytes.map { $0 / (1024 * 1024) } }
}
