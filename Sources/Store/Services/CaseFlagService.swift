// Case flags: short named marks workflow rules and caseworkers put on a case ("guarantee_breached", "dual_diagnosis").
import Core
import GRDB

/// One flag on a case: its value as JSON (`true`, `3`, `"high"`), who set it and when.
public struct CaseFlag: Sendable, Equatable, Codable {
    public let name: String
    /// The value as JSON text.
    public let value: String
    public let setAt: String
    public let setBy: String
}

extension StoreTransaction {
    /// Sets the flag `name` on a case to `value` (JSON text), or removes it when `value` is nil.
    /// `by` names who set it: a user, or `pack@version rule`. Audited.
    public func setCaseFlag(_ caseID: CaseID, name: String, value: String?, by: String) throws {
        let citizen = try caseCitizen(caseID)
        guard CaseFlag.isValidName(name) else {
            throw DomainError(field: "flag", CaseFlagProblem.invalidName(name))
        }
        if let value {
            try db.execute(
                sql: """
                    INSERT INTO case_flag (case_id, name, value, set_at, set_by) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (case_id, name) DO UPDATE SET value = excluded.value, set_at = excluded.set_at,
                        set_by = excluded.set_by
                    """, arguments: [caseID.rawValue, name, value, nowText, by])
        } else {
            try db.execute(
                sql: "DELETE FROM case_flag WHERE case_id = ? AND name = ?", arguments: [caseID.rawValue, name])
        }
        try audit(
            entity: "case_flag", id: caseID, citizen: citizen.rawValue, action: value == nil ? "clear" : "set",
            summary: "flag \(name) of case \(caseID) \(value.map { "set to \($0)" } ?? "cleared") by \(by)")
    }

    /// A case's flags by name, read by a person: audited.
    public func readCaseFlags(_ caseID: CaseID) throws -> [CaseFlag] {
        let citizen = try caseCitizen(caseID)
        let flags = try caseFlags(caseID)
        try audit(
            entity: "case_flag", id: caseID, citizen: citizen.rawValue, action: "read",
            summary: "flags of case \(caseID) read")
        return flags
    }

    /// A case's flags by name (not audited: a workflow rule's read inside an audited command).
    public func caseFlags(_ caseID: CaseID) throws -> [CaseFlag] {
        _ = try caseCitizen(caseID)
        return try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM case_flag WHERE case_id = ? ORDER BY name"),
            arguments: [caseID.rawValue]
        ).map { CaseFlag(name: $0["name"], value: $0["value"], setAt: $0["set_at"], setBy: $0["set_by"]) }
    }
}

extension CaseFlag {
    /// A lower-case letter, then lower-case letters, digits and `_`; at most 64 characters.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.count <= 64 else {
            return false
        }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}

/// A flag name that breaks the rule of ``CaseFlag/isValidName(_:)``.
public enum CaseFlagProblem: LocalizedText, Hashable {
    case invalidName(String)
    /// A value that is not JSON true, false, a number or a string.
    case invalidValue(String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.invalidName(let name), .danish):
            return "'\(name)' er ikke et gyldigt flagnavn (et lille bogstav, derefter a-z, 0-9 og _)."
        case (.invalidName(let name), .english):
            return "'\(name)' is not a valid flag name (a lower-case letter, then a-z, 0-9 and _)."
        case (.invalidValue(let value), .danish):
            return "'\(value)' er ikke en gyldig værdi: skriv true, false, et tal eller en \"tekst\" i anførselstegn."
        case (.invalidValue(let value), .english):
            return "'\(value)' is not a valid value: write true, false, a number or a \"string\" in quotes."
        }
    }
}
