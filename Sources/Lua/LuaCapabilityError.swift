// The error a host function call raises when the state lacks the capability the function requires.

/// A call of a host function whose capability the state was not granted. The script sees
/// ``message`` behind the calling line (`flows/x.lua:12: cases.get needs the capability ...`)
/// and can catch it with `pcall` like any error; the function's body never runs. When the
/// script does not catch it, the host's ``LuaError`` has kind `host` and this as `underlying`.
public struct LuaCapabilityError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The function as scripts call it (`cases.get`).
    public var function: String
    /// The capability it requires (`cases:read`).
    public var capability: String
    /// Whom the state runs for (``LuaGrants/owner``).
    public var owner: String
    /// The text the script sees.
    public var message: String

    public init(function: String, capability: String, owner: String, message: String) {
        self.function = function
        self.capability = capability
        self.owner = owner
        self.message = message
    }

    public var description: String { message }
}
