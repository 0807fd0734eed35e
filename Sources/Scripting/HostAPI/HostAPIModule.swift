// One module of the host API: a global table of functions and constants, implemented in Swift or in Lua.
import Lua

/// A global scripts see (`tovholder`, `screening`), with the version it appeared in.
public struct HostAPIModule {
    /// Where the module comes from.
    public enum Implementation: Equatable, Sendable {
        /// Registered from Swift into every pack's state (see ``HostAPIRegistry/register(into:context:)``).
        case swift
        /// A Lua library the host loads itself where it applies (`screening.lua`, in flow states).
        case lua(library: String)
    }

    /// The global name.
    public let name: String
    public let since: String
    /// A paragraph for the reference and the stubs.
    public let summary: String
    public let implementation: Implementation
    /// Sorted by name.
    public let functions: [HostAPIFunction]
    /// Sorted by name.
    public let constants: [HostAPIConstant]

    public init(
        _ name: String, since: String, summary: String, implementation: Implementation,
        functions: [HostAPIFunction], constants: [HostAPIConstant] = []
    ) {
        self.name = name
        self.since = since
        self.summary = summary
        self.implementation = implementation
        self.functions = functions.sorted { $0.name < $1.name }
        self.constants = constants.sorted { $0.name < $1.name }
    }

    /// The bridge's module for one state: the same functions, capabilities and constants.
    /// Nil for a module defined in Lua.
    public func luaModule(_ context: HostAPIContext) -> LuaModule? {
        guard implementation == .swift else { return nil }
        return LuaModule(
            name, summary: summary, functions: functions.compactMap { $0.hostFunction(context) },
            constants: Dictionary(uniqueKeysWithValues: constants.map { ($0.name, $0.value) }))
    }
}
