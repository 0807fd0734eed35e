// The host API version packs are resolved against: Core's `ProductVersion.hostAPI`, as a version.
import Core

/// The version of the host API seen from Lua, which every pack's `host_api` range is checked against.
public enum HostAPI {
    /// ``ProductVersion/hostAPI`` parsed; the one place the number is written is Core.
    public static let version: SemanticVersion = {
        guard let version = SemanticVersion(ProductVersion.hostAPI) else {
            preconditionFailure("ProductVersion.hostAPI is not a semantic version: \(ProductVersion.hostAPI)")
        }
        return version
    }()
}
