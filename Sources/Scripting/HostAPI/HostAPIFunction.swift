// One function of the host API: its name, version, capability and signature, and its Swift body if it has one.
import Lua

/// A function scripts reach as `module.name`, declared once: registering it into a state and
/// generating the stubs, the luacheck standard and the reference all read this declaration.
public struct HostAPIFunction: Sendable {
    /// Makes the body of a Swift function for one state, from what the host supplies at run time.
    public typealias MakeBody = @Sendable (HostAPIContext) -> LuaHostFunction.Body

    /// How the function is provided.
    public enum Implementation: Sendable {
        /// By a Lua library the host loads (the `screening` library): declared here, defined there.
        case lua
        /// By Swift, registered through the bridge.
        case swift(MakeBody)
    }

    /// The name inside its module (`has_capability`).
    public let name: String
    /// The host API version that introduced it (`1.0.0`).
    public let since: String
    /// One line for the reference and the stubs.
    public let summary: String
    /// The capability a pack must declare to call it; nil: none.
    public let capability: String?
    public let signature: LuaSignature
    public let implementation: Implementation

    /// A function implemented in Swift.
    public init(
        _ name: String, since: String, summary: String, capability: String? = nil, signature: LuaSignature,
        body: @escaping MakeBody
    ) {
        self.init(
            name, since: since, summary: summary, capability: capability, signature: signature,
            implementation: .swift(body))
    }

    /// A function a Lua library of the host defines.
    public static func lua(_ name: String, since: String, summary: String, signature: LuaSignature) -> HostAPIFunction {
        HostAPIFunction(
            name, since: since, summary: summary, capability: nil, signature: signature, implementation: .lua)
    }

    private init(
        _ name: String, since: String, summary: String, capability: String?, signature: LuaSignature,
        implementation: Implementation
    ) {
        self.name = name
        self.since = since
        self.summary = summary
        self.capability = capability
        self.signature = signature
        self.implementation = implementation
    }

    public var isLua: Bool {
        if case .lua = implementation { return true }
        return false
    }

    /// The bridge's function for one state; nil for a function defined in Lua.
    func hostFunction(_ context: HostAPIContext) -> LuaHostFunction? {
        guard case .swift(let makeBody) = implementation else { return nil }
        return LuaHostFunction(
            name, since: since, summary: summary, capability: capability, signature: signature,
            body: makeBody(context))
    }
}
