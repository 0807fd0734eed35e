// The `tovholder` module every pack sees: the versions it runs under, and which capabilities it holds.
import Core
import Lua
import Packs

/// `tovholder.version`, `tovholder.host_api` and `tovholder.has_capability(name)`: what a pack
/// needs to adapt to the host it runs in. Needs no capability.
enum TovholderAPI {
    static var module: HostAPIModule {
        HostAPIModule(
            "tovholder", since: "1.0.0",
            summary: "The host a pack runs in: its versions, and the capabilities the pack holds, so a pack "
                + "can leave out what it may not do instead of failing.",
            implementation: .swift,
            functions: [hasCapability],
            constants: [
                HostAPIConstant(
                    "version", type: "string", since: "1.0.0", summary: "The version of Tovholder (`0.1.0`).",
                    value: .string(ProductVersion.product)),
                HostAPIConstant(
                    "host_api", type: "string", since: "1.0.0",
                    summary:
                        "The version of this host API (`1.0.0`), which the pack's `host_api` range was checked against.",
                    value: .string(ProductVersion.hostAPI)),
            ])
    }

    static let hasCapability = HostAPIFunction(
        "has_capability", since: "1.0.0",
        summary: "Whether the pack holds the capability `name`: true when its `pack.toml` declares it (and "
            + "always for a host script outside a pack). An unknown capability name is an error.",
        signature: LuaSignature(
            [.init("name", "string", doc: "a capability, e.g. `cases:read`")],
            returns: [.init("boolean", doc: "whether calls needing it are allowed")])
    ) { _ in
        { arguments in
            let name = try arguments.string(1)
            guard Capability(rawValue: name) != nil else {
                let known = Capability.allCases.map(\.rawValue).joined(separator: ", ")
                throw LuaArgumentError(index: 1, problem: "unknown capability '\(name)'; known: \(known)")
            }
            return .value(.boolean(arguments.state.sandbox.allows(name)))
        }
    }
}
