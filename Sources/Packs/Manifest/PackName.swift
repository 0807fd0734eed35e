// The rule for pack names: reverse-DNS style, lower-case parts, at least two.

/// Pack names are reverse-DNS style (`dk.tovholder.screening`, `dk.aarhus.flows`): two or more
/// parts separated by dots, each of lower-case letters `a-z`, digits, `_` and `-`.
public enum PackName {
    /// The longest name accepted (a folder name, a line in `pack list`).
    public static let maximumLength = 128

    /// An example for messages.
    public static let example = "dk.kommune.flows"

    /// Whether `name` is a valid pack name.
    public static func isValid(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= maximumLength else { return false }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy { part in
                !part.isEmpty
                    && part.unicodeScalars.allSatisfy {
                        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
                    }
            }
    }

    /// What a name must look like, for messages.
    static let expectation =
        "expected a pack name of two or more dot-separated lower-case parts (a-z, 0-9, _ and -) such as \"\(example)\""
}
