// The sex recorded for a citizen: from the CPR number, or as told by an anonymous citizen.

/// A citizen's sex as the CPR register records it (the last digit of the CPR number). Registers and
/// instruments such as AUDIT and DUDIT use it for sex-specific cut-offs.
public enum Sex: String, CaseIterable, Codable, Hashable, Sendable {
    case female
    case male

    /// The word people read: `kvinde` / `woman`.
    public func displayName(_ language: Language) -> String {
        switch (self, language) {
        case (.female, .danish): return "kvinde"
        case (.female, .english): return "woman"
        case (.male, .danish): return "mand"
        case (.male, .english): return "man"
        }
    }
}
