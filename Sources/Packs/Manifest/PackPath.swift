// Paths inside a pack: relative, without `..`, normalised, so that nothing points outside the pack.

/// The rule for paths a manifest or a lock gives inside a pack.
enum PackPath {
    /// `flows`, `./flows/`, `lua/lib` become `flows`, `flows`, `lua/lib`; nil for an absolute path,
    /// a `..` part, a backslash, a control character or nothing at all.
    static func normalise(_ text: String) -> String? {
        guard !text.hasPrefix("/"), !text.contains("\\"),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        let parts = text.split(separator: "/").filter { $0 != "." }
        guard !parts.isEmpty, !parts.contains("..") else { return nil }
        return parts.joined(separator: "/")
    }
}
