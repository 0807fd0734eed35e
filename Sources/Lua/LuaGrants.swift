// Who a state runs for and the capabilities it was granted: what host functions check at call time.

/// The capabilities a state may use and whom it runs for (a pack's name, say). A host function
/// that requires a capability the grants lack fails every call with a ``LuaCapabilityError``,
/// and its body never runs. Grants are fixed when the state is created, so the check is decided
/// once, when the function is registered, and an allowed call costs nothing extra.
/// Capabilities are plain strings (`cases:read`): the bridge gives them no meaning. A state
/// without grants (``LuaSandbox/grants`` nil) is an unrestricted host script.
public struct LuaGrants: Sendable {
    /// Builds the message a refused call raises, from the function, the capability and the owner.
    public typealias Refusal = @Sendable (_ function: String, _ capability: String, _ owner: String) -> String

    /// Whom the state runs for, as refusals name it (`dk.kommune.flows`).
    public var owner: String
    /// The capabilities granted.
    public var capabilities: Set<String>
    /// How a refusal reads; the bridge puts the calling Lua line in front of it.
    public var refusal: Refusal

    public init(owner: String, capabilities: some Sequence<String>, refusal: @escaping Refusal = LuaGrants.plainRefusal)
    {
        self.owner = owner
        self.capabilities = Set(capabilities)
        self.refusal = refusal
    }

    /// Whether `capability` was granted.
    public func allows(_ capability: String) -> Bool {
        capabilities.contains(capability)
    }

    /// `case.get needs the capability 'cases:read', which 'owner' was not granted`.
    public static let plainRefusal: Refusal = { function, capability, owner in
        "\(function) needs the capability '\(capability)', which '\(owner)' was not granted"
    }

    /// The error a call of `function`, which requires `capability`, raises under these grants;
    /// nil when the call is allowed.
    func refusal(of function: String, requiring capability: String?) -> LuaCapabilityError? {
        guard let capability, !allows(capability) else { return nil }
        return LuaCapabilityError(
            function: function, capability: capability, owner: owner,
            message: refusal(function, capability, owner))
    }
}

extension LuaSandbox {
    /// Whether a script of this sandbox may use `capability`: always, for an unrestricted one.
    public func allows(_ capability: String) -> Bool {
        grants?.allows(capability) ?? true
    }
}
