// One read-only value of a host API module (a version number, say), with its type and the version it appeared in.
import Lua

/// A value scripts read as `module.name`.
public struct HostAPIConstant {
    public let name: String
    /// Its type as LuaLS writes it (`string`).
    public let type: String
    public let since: String
    public let summary: String
    /// What scripts read; for a module defined in Lua, what its library sets.
    public let value: LuaValue

    public init(_ name: String, type: String, since: String, summary: String, value: LuaValue) {
        self.name = name
        self.type = type
        self.since = since
        self.summary = summary
        self.value = value
    }
}
