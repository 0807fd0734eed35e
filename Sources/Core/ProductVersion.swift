// The product's version and the version of the host API that Lua scripts and packs program against.

public enum ProductVersion {
    /// The version of the `tovholder` program.
    public static let product = "0.1.0"
    /// The semantic version of the host API seen from Lua. Packs declare the range they need.
    public static let hostAPI = "1.0.0"
}
