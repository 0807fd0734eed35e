// Citizens: adding them, and reading them (every read of a citizen's data is audited).
import Core
import GRDB

extension StoreTransaction {
    static let citizens = EntityTable(name: "citizen")

    /// Stores a new citizen and returns it with its id. A CPR number may belong to one citizen only.
    public func addCitizen(_ citizen: Citizen) throws -> Citizen {
        if let cpr = citizen.cpr,
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM citizen WHERE cpr = ?)", arguments: [cpr.digitsForStorage])
                == true
        {
            throw DomainError(field: "cpr", StoreProblem.duplicateCPR(masked: cpr.masked))
        }
        var stored = citizen
        let id = try Self.citizens.insert(db, citizenColumns(citizen, data: "{}"))
        stored.id = CitizenID(id)
        try Self.citizens.update(db, id: id, ["data": try JSONColumn.encode(stored)])
        try audit(
            entity: "citizen", id: id, citizen: id, action: "create",
            summary: "citizen added: \(Self.identity(of: stored))")
        return stored
    }

    /// The citizen with `id`; the read is audited.
    public func citizen(_ id: CitizenID) throws -> Citizen {
        let citizen = try existingCitizen(id)
        try audit(entity: "citizen", id: id, citizen: id.rawValue, action: "read", summary: "citizen read")
        return citizen
    }

    /// All citizens, by name; the listing is audited.
    public func citizens() throws -> [Citizen] {
        let all = try Self.citizens.values(db, Citizen.self, sql: "SELECT data FROM citizen ORDER BY name, id")
        try audit(entity: "citizen", action: "list", summary: "citizens listed (\(all.count))")
        return all
    }

    /// The citizen with `id` without an audit entry, for services that audit their own action.
    func existingCitizen(_ id: CitizenID) throws -> Citizen {
        guard let citizen = try Self.citizens.value(db, id: id.rawValue, as: Citizen.self) else {
            throw DomainError(field: "citizen", StoreProblem.unknownCitizen(id.rawValue))
        }
        return citizen
    }

    private func citizenColumns(_ citizen: Citizen, data: String) -> [String: (any DatabaseValueConvertible)?] {
        [
            "cpr": citizen.cpr?.digitsForStorage, "name": citizen.name, "anonymous": citizen.isAnonymous,
            "birth_date": citizen.birthDate?.description, "data": data, "created_at": nowText,
        ]
    }

    /// How a citizen is named in audit summaries: never the CPR number in clear.
    static func identity(of citizen: Citizen) -> String {
        if let cpr = citizen.cpr { return "\(citizen.name) (\(cpr.masked))" }
        return "\(citizen.name) (anonym \(citizen.pseudonym ?? ""))"
    }
}

extension StoreTransaction {
    /// Adds a relative or other network person to a citizen. A linked actor must exist and be of
    /// kind `relative`: that link is how consent recognises a minor's parents.
    public func addNetworkPerson(_ person: NetworkPerson, to citizenID: CitizenID) throws -> Citizen {
        var citizen = try existingCitizen(citizenID)
        if let actorID = person.actor {
            let actor = try actor(actorID)
            guard actor.kind == .relative else {
                throw DomainError(field: "actor", StoreProblem.notARelative(actorID.rawValue))
            }
        }
        citizen.network.append(person)
        try Self.citizens.update(db, id: citizenID.rawValue, ["data": try JSONColumn.encode(citizen)])
        try audit(
            entity: "citizen", id: citizenID, citizen: citizenID.rawValue, action: "network",
            summary:
                "network person added: \(person.name) (\(person.relation.rawValue)\(person.isParent ? ", parent" : ""))"
        )
        return citizen
    }
}
