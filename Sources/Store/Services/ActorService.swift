// Actors: the persons and organisations around citizens (psychiatry, GP, job centre ...).
import Core
import GRDB

extension StoreTransaction {
    static let actors = EntityTable(name: "actor")

    /// Stores a new actor and returns it with its id.
    public func addActor(_ actor: Actor) throws -> Actor {
        var stored = actor
        let id = try Self.actors.insert(db, ["name": actor.name, "kind": actor.kind.rawValue, "data": "{}"])
        stored.id = ActorID(id)
        try Self.actors.update(db, id: id, ["data": try JSONColumn.encode(stored)])
        try audit(
            entity: "actor", id: id, action: "create", summary: "actor added: \(actor.name) (\(actor.kind.rawValue))")
        return stored
    }

    /// All actors, by name.
    public func actors() throws -> [Actor] {
        try Self.actors.values(db, Actor.self, sql: "SELECT data FROM actor ORDER BY name, id")
    }

    /// The actor with `id`; an unknown id is a `DomainError` naming `field`.
    public func actor(_ id: ActorID, field: String = "actor") throws -> Actor {
        guard let actor = try Self.actors.value(db, id: id.rawValue, as: Actor.self) else {
            throw DomainError(field: field, StoreProblem.unknownActor(id.rawValue))
        }
        return actor
    }
}
