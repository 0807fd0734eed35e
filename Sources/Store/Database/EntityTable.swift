// Reading and writing one entity table: the domain value as JSON in `data`, plus the columns derived from it.
import Foundation
import GRDB

/// A table whose rows hold a domain value as JSON in `data` and, beside it, columns derived from
/// that value for lookups, foreign keys and report queries. All writes go through here, so the
/// columns are always those of the JSON they sit beside.
struct EntityTable {
    let name: String

    /// Inserts a row and returns its id.
    func insert(_ db: Database, _ columns: [String: (any DatabaseValueConvertible)?]) throws -> Int64 {
        let names = columns.keys.sorted()
        let sql =
            "INSERT INTO \(name) (\(names.joined(separator: ", "))) VALUES (\(names.map { ":" + $0 }.joined(separator: ", ")))"
        try db.cachedStatement(sql: sql).execute(
            arguments: StatementArguments(columns.mapValues { $0?.databaseValue ?? .null }))
        return db.lastInsertedRowID
    }

    /// Updates the given columns of the row with `id`.
    func update(_ db: Database, id: Int64, _ columns: [String: (any DatabaseValueConvertible)?]) throws {
        let names = columns.keys.sorted()
        let sql = "UPDATE \(name) SET \(names.map { "\($0) = :\($0)" }.joined(separator: ", ")) WHERE id = :id"
        var values = columns.mapValues { $0?.databaseValue ?? .null }
        values["id"] = id.databaseValue
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
    }

    /// The decoded `data` of the row with `id`, or nil when there is none.
    func value<T: Decodable>(_ db: Database, id: Int64, as type: T.Type) throws -> T? {
        guard
            let text = try String.fetchOne(
                db.cachedStatement(sql: "SELECT data FROM \(name) WHERE id = ?"), arguments: [id])
        else {
            return nil
        }
        return try JSONColumn.decode(type, from: text)
    }

    /// The decoded `data` of the rows `sql` selects (it must select `data`).
    func values<T: Decodable>(_ db: Database, _ type: T.Type, sql: String, arguments: StatementArguments = []) throws
        -> [T]
    {
        try String.fetchAll(db, sql: sql, arguments: arguments).map { try JSONColumn.decode(type, from: $0) }
    }
}

/// The JSON form of domain values in `data` columns: sorted keys, so equal values store equal text;
/// times as whole milliseconds since 1970 (transactions round their time to the millisecond, so a
/// stored value reads back equal; text formatters truncate and would not).
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Int64((date.timeIntervalSince1970 * 1000).rounded()))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let milliseconds = try decoder.singleValueContainer().decode(Int64.self)
            return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        }
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
