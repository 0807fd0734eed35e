// How a citizen is shown: lines for people, fields for --json.
import Core

/// A citizen as the CLI shows it. `show` gives the CPR number to the caseworker who asked (the
/// read is audited); lists give it masked.
struct CitizenView: Encodable {
    let id: Int64
    let name: String
    let cpr: String?
    let anonymous: Bool
    let pseudonym: String?
    let birthDate: String?
    let sex: String?
    let network: [String]

    init(_ citizen: Citizen, fullCPR: Bool = false) {
        id = citizen.id?.rawValue ?? 0
        name = citizen.name
        cpr =
            fullCPR
            ? citizen.cpr.map { "\($0.digitsForStorage.prefix(6))-\($0.digitsForStorage.suffix(4))" }
            : citizen.cpr?.masked
        anonymous = citizen.isAnonymous
        pseudonym = citizen.pseudonym
        birthDate = citizen.birthDate?.description
        sex = citizen.sex?.rawValue
        network = citizen.network.map { person in
            [
                person.name, person.relation.rawValue, person.isParent && person.relation != .parent ? "parent" : nil,
                person.actor.map { "actor \($0)" },
                person.contactNote,
            ].compactMap { $0 }.joined(separator: ", ")
        }
    }

    var line: String {
        "\(id)\t\(name)\t\(cpr ?? "anonym " + (pseudonym ?? ""))"
    }

    func text(_ language: Language) -> String {
        let labels =
            language == .danish
            ? ["Borger", "Navn", "CPR-nummer", "Pseudonym", "Født", "Køn"]
            : ["Citizen", "Name", "CPR number", "Pseudonym", "Born", "Sex"]
        var lines = ["\(labels[0]) \(id)", "  \(labels[1]): \(name)"]
        if let cpr { lines.append("  \(labels[2]): \(cpr)") }
        if let pseudonym { lines.append("  \(labels[3]): \(pseudonym)") }
        if let birthDate { lines.append("  \(labels[4]): \(birthDate)") }
        if let sex { lines.append("  \(labels[5]): \(sex)") }
        if !network.isEmpty {
            lines.append(language == .danish ? "  Netværk:" : "  Network:")
            lines.append(contentsOf: network.map { "    " + $0 })
        }
        return lines.joined(separator: "\n")
    }
}
