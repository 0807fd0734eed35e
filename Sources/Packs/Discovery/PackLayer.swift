// The layers of the search path: the product's own packs, the site's, then the municipality's.

/// Where on the search path a pack was found. Later layers are closer to the municipality; the
/// resolver's rule for the same name in two layers is in ``PackResolver``.
public enum PackLayer: Int, CaseIterable, Comparable, Hashable, Sendable, CustomStringConvertible {
    /// `Plugins/` shipped with the product (or `TOVHOLDER_BUILTIN_PACKS`).
    case builtin
    /// `packs/` in the site folder (`TOVHOLDER_SITE` or `--site`), where `pack install` puts packs.
    case site
    /// The municipality's folders: `TOVHOLDER_PACKS` and `--packs`.
    case municipality

    public static func < (lhs: PackLayer, rhs: PackLayer) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `built-in`, `site`, `municipality`.
    public var description: String {
        switch self {
        case .builtin: return "built-in"
        case .site: return "site"
        case .municipality: return "municipality"
        }
    }
}
