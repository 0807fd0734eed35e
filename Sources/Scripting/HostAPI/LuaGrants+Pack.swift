// The grants of a pack's state: its name and the capabilities its manifest declares, refused in the pack's words.
import Lua

extension LuaGrants {
    /// What a script of `pack` may do: the capabilities its `pack.toml` declares. A refusal reads
    /// `cases.get needs the capability 'cases:read', which pack 'dk.kommune.flows' does not declare
    /// (add it to capabilities in pack.toml)`.
    public init(pack: PackIdentity) {
        self.init(owner: pack.name, capabilities: pack.capabilities) { function, capability, owner in
            "\(function) needs the capability '\(capability)', which pack '\(owner)' does not declare "
                + "(add it to capabilities in pack.toml)"
        }
    }

    /// What a flow file outside any pack may do: nothing that needs a capability, since only a
    /// pack's manifest can declare one.
    public init(looseFile path: String) {
        self.init(owner: path, capabilities: []) { function, capability, owner in
            "\(function) needs the capability '\(capability)', which '\(owner)' cannot hold: "
                + "only a pack can declare capabilities (in pack.toml)"
        }
    }
}
