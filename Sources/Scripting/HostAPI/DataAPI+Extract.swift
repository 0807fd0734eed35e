// `data.pseudonymised_cases`: cases for analysis with a keyed pseudonym per citizen, birth year and sex; no name, no CPR, no free text.
import Core
import Crypto
import Foundation
import Lua
import Packs
import Store

extension DataAPI {
    static let pseudonymisedCases = HostAPIFunction(
        "pseudonymised_cases", since: "1.0.0",
        summary: "The cases requested in a period for a pseudonymised extract, as they stood on the report's day "
            + "(as `data.cases`; only `--municipality`'s when given): `{ pseudonym, birth_year, sex, basis, "
            + "municipality, requested, started, days_to_start, closed, discharge_reason, status, guarantee }` each. "
            + "The pseudonym is a keyed hash (HMAC-SHA256 with the site's `[extracts] pseudonym_key`) of the "
            + "citizen: the same citizen always gets the same pseudonym at that site, and it cannot be reversed "
            + "without the key. No name, no CPR number, no free text.",
        capability: Capability.pseudonymisedRead.rawValue,
        signature: LuaSignature(
            [.init("period", "{ from: string?, to: string? }", optional: true)], returns: [.init("table[]")])
    ) { context in
        { arguments in
            let running = try session(context, "pseudonymised_cases")
            guard let key = running.parameters.pseudonymKey else {
                throw DomainError(field: "site", ReportProblem.pseudonymKeyMissing)
            }
            let (from, to) = try Options(arguments).period(running)
            let today = running.parameters.today
            let symmetricKey = SymmetricKey(data: key)
            let cases = try running.transaction.casesForExtract(
                requestedFrom: from, to: min(to ?? today, today), municipality: running.parameters.municipality,
                report: running.report)
            // An extract knows no case or citizen ids either: they lead back to the citizen.
            return .pushing(
                LuaRows(rows: cases, fieldCount: 15) { extract, table in
                    try table.set("pseudonym", pseudonym(extract.identity, key: symmetricKey))
                    if let year = extract.birthYear { try table.set("birth_year", Int64(year)) }
                    if let sex = extract.sex { try table.set("sex", sex.rawValue) }
                    try extract.treatmentCase.setLuaFields(&table, today: today)
                })
        }
    }

    /// The first 16 hexadecimal digits of HMAC-SHA256(key, identity).
    static func pseudonym(_ identity: String, key: SymmetricKey) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(identity.utf8), using: key)
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(16)
        for byte in code.prefix(8) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
