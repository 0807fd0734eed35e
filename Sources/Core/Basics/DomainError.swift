// A broken rule of the domain: which field, and what is wrong with it, in words people read.

/// Text people read, in each ``Language``. Each area of the domain has its own enum of problems
/// conforming to this, so a missing translation does not compile.
public protocol LocalizedText: Sendable {
    func text(_ language: Language) -> String
}

/// A value that breaks a rule: an impossible CPR number, a KIP intervention without a responsible
/// actor, a transition the case lifecycle does not allow. Names the field (as the CLI option or
/// the Lua field is called, e.g. `cpr`, `requested`, `responsible`) and the problem.
public struct DomainError: Error, Sendable, CustomStringConvertible {
    public let field: String
    public let problem: any LocalizedText

    public init(field: String, _ problem: any LocalizedText) {
        self.field = field
        self.problem = problem
    }

    /// `field: problem`, in `language`.
    public func text(_ language: Language) -> String { "\(field): \(problem.text(language))" }

    /// The English text, for logs and tests.
    public var description: String { text(.english) }
}

extension DomainError: Equatable {
    public static func == (lhs: DomainError, rhs: DomainError) -> Bool {
        lhs.field == rhs.field && lhs.problem.text(.english) == rhs.problem.text(.english)
    }
}
