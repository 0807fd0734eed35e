// Tests of LuaEncoder and LuaDecoder: table shapes, round trips, number kinds, dates and error messages.
import Foundation
import Testing

@testable import Lua

private struct Plan: Codable, Equatable {
    var id: Int
    var title: String
    var owner: Person
    var goals: [Goal]
    var notes: String?
    var tags: [String: String]
    var weekdays: [Int: String]
    var status: Status
    var priority: Priority
    var score: Double
    var due: Date
    var link: URL
}

private struct Person: Codable, Equatable {
    var name: String
    var age: UInt8
}

private struct Goal: Codable, Equatable {
    var text: String
    var points: Int
    var done: Bool?
}

private enum Status: String, Codable {
    case draft, active
}

private enum Priority: Int, Codable {
    case low = 1
    case high = 3
}

private struct Scored: Codable, Equatable {
    var points: Int
}

private struct Roster: Codable, Equatable {
    var items: [Scored]
}

private struct Counters: Codable {
    var counts: [UInt64]
}

private struct Hook: Codable, Equatable {
    var name: String
    var config: LuaValue
    var extra: LuaValue
}

private struct Callback: Codable {
    var name: String
    var handler: LuaValue
}

private struct Appointment: Codable, Equatable {
    var starts: Date
}

private struct Nothing: Codable, Equatable {}

private class Base: Codable {
    var id: Int
    init(id: Int) { self.id = id }
}

/// Encodes its superclass into a nested `super` table.
private final class Derived: Base {
    var label: String

    init(id: Int, label: String) {
        self.label = label
        super.init(id: id)
    }

    private enum CodingKeys: String, CodingKey {
        case label
    }

    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        try super.init(from: container.superDecoder())
    }

    override func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try super.encode(to: container.superEncoder())
    }
}

/// 2026-11-23T10:15:00Z.
private let meetingTime = Date(timeIntervalSince1970: 1_795_428_900)

@Suite struct LuaCodableTests {
    let encoder = LuaEncoder()
    let decoder = LuaDecoder()

    @Test func nestedStructEncodesToTheExpectedTableAndRoundTrips() throws {
        let plan = Plan(
            id: 7, title: "Ærø — ½ 🚀", owner: Person(name: "Kim", age: 42),
            goals: [Goal(text: "Sleep", points: 3, done: nil), Goal(text: "Walk", points: 5, done: true)],
            notes: nil, tags: ["area": "north", "42": "answer"], weekdays: [1: "mon", 2: "tue", 5: "fri"],
            status: .active, priority: .high, score: 2, due: meetingTime,
            link: try #require(URL(string: "https://example.org/plan?id=7")))

        let encoded = try encoder.encode(plan)

        let expected: LuaValue = [
            "id": 7, "title": "Ærø — ½ 🚀", "owner": ["name": "Kim", "age": 42],
            "goals": [["text": "Sleep", "points": 3], ["text": "Walk", "points": 5, "done": true]],
            "tags": ["area": "north", "42": "answer"],
            "weekdays": .table(LuaTable(array: ["mon", "tue"], fields: [.integer(5): "fri"])),
            "status": "active", "priority": 3, "score": 2.0,
            "due": "2026-11-23T10:15:00Z", "link": "https://example.org/plan?id=7",
        ]
        #expect(encoded == expected)
        #expect(encoded.tableValue?.fields[.string("notes")] == nil)
        #expect(try decoder.decode(Plan.self, from: encoded) == plan)
    }

    @Test func nilElementsStayInArraysAndEmptyValuesGiveEmptyTables() throws {
        let numbers: [Int?] = [1, nil, 3]
        let encoded = try encoder.encode(numbers)
        #expect(encoded == .table(LuaTable(array: [1, .nil, 3])))
        #expect(try decoder.decode([Int?].self, from: encoded) == numbers)

        #expect(try encoder.encode(Nothing()) == .table(LuaTable()))
        #expect(try encoder.encode([String]()) == .table(LuaTable()))
        #expect(try decoder.decode([String].self, from: [:]) == [])
        #expect(try decoder.decode(Nothing.self, from: [:]) == Nothing())
    }

    @Test func integersAndFloatsStayDistinct() throws {
        #expect(try encoder.encode(Scored(points: 3)) == ["points": 3])
        #expect(try encoder.encode(2.0) == .number(2))
        #expect(try encoder.encode(Float(0.5)) == .number(0.5))
        #expect(try decoder.decode(Double.self, from: 4) == 4.0)
        #expect(try decoder.decode(Scored.self, from: ["points": 3.0]) == Scored(points: 3))

        let error = try #require(throws: DecodingError.self) {
            try decoder.decode(Scored.self, from: ["points": 3.5])
        }
        guard case .typeMismatch(_, let context) = error else {
            Issue.record("expected a type mismatch, got \(error)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["points"])
        #expect(error.luaDescription == "expected integer at points, got 3.5")
    }

    @Test func integersOutOfRangeThrow() throws {
        let decodeError = try #require(throws: DecodingError.self) {
            try decoder.decode(Person.self, from: ["name": "Kim", "age": 300])
        }
        #expect(decodeError.luaDescription == "300 is out of range for UInt8 at age")

        #expect(try encoder.encode(Counters(counts: [UInt64(Int64.max)])) == ["counts": [.integer(.max)]])
        let encodeError = try #require(throws: EncodingError.self) {
            try encoder.encode(Counters(counts: [1, .max]))
        }
        guard case .invalidValue(let value, let context) = encodeError else {
            Issue.record("expected an invalid value, got \(encodeError)")
            return
        }
        #expect(value as? UInt64 == .max)
        #expect(context.codingPath.map(\.intValue) == [nil, 1])
        let message = "18446744073709551615 is out of range for a Lua integer at counts[2]"
        #expect(encodeError.luaDescription == message)
    }

    @Test func enumsUseTheirRawValues() throws {
        #expect(try encoder.encode([Status.draft]) == ["draft"])
        #expect(try encoder.encode([Priority.low]) == [1])
        #expect(try decoder.decode([Priority].self, from: [3, 1.0]) == [.high, .low])

        let error = try #require(throws: DecodingError.self) {
            try decoder.decode([Status].self, from: ["active", "done"])
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected corrupted data, got \(error)")
            return
        }
        #expect(context.codingPath.map(\.intValue) == [1])
        #expect(error.luaDescription.contains("done"))
        #expect(error.luaDescription.hasSuffix(" at [2]"))
    }

    @Test func datesUseISO8601() throws {
        #expect(try encoder.encode(Appointment(starts: meetingTime)) == ["starts": "2026-11-23T10:15:00Z"])

        let withTime = try decoder.decode(Appointment.self, from: ["starts": "2026-11-23T10:15:00Z"])
        #expect(withTime.starts == meetingTime)
        let withOffset = try decoder.decode(Appointment.self, from: ["starts": "2026-11-23T12:15:00+02:00"])
        #expect(withOffset.starts == meetingTime)
        let withFraction = try decoder.decode(Appointment.self, from: ["starts": "2026-11-23T10:15:00.250Z"])
        #expect(withFraction.starts == meetingTime.addingTimeInterval(0.25))
        let dateOnly = try decoder.decode(Appointment.self, from: ["starts": "2026-11-23"])
        #expect(dateOnly.starts == Date(timeIntervalSince1970: 1_795_392_000))

        for bad: LuaValue in ["tomorrow", "2026-02-30", "2026-11-23T10:15:00Zjunk"] {
            let error = try #require(throws: DecodingError.self) {
                try decoder.decode(Appointment.self, from: ["starts": bad])
            }
            let text = try #require(bad.stringValue)
            #expect(error.luaDescription == "expected ISO 8601 date at starts, got \"\(text)\"")
        }
    }

    @Test func unicodeStringsRoundTrip() throws {
        let text = "Ærø — ½ 🚀"
        #expect(try encoder.encode(text) == .string(text))
        #expect(try decoder.decode(String.self, from: .string(text)) == text)
        #expect(try decoder.decode([String: Int].self, from: [text: 1]) == [text: 1])
    }

    @Test func luaValuesPassThrough() throws {
        let config: LuaValue = [1, "two", ["deep": true, "ratio": 0.5]]
        let hook = try decoder.decode(Hook.self, from: ["name": "nightly", "config": config])
        #expect(hook == Hook(name: "nightly", config: config, extra: .nil))
        #expect(try encoder.encode(hook) == ["name": "nightly", "config": config])
        #expect(try decoder.decode(LuaValue.self, from: config) == config)
        #expect(try encoder.encode(config) == config)
    }

    @Test func functionsDecodeOnlyAsLuaValues() throws {
        let lua = try TestState()
        let value = try lua.eval("return {name = 'on-save', handler = function() end}")
        let callback = try decoder.decode(Callback.self, from: value)
        guard case .function = callback.handler else {
            Issue.record("expected a function, got \(callback.handler)")
            return
        }
        #expect(try encoder.encode(callback) == value)

        let error = try #require(throws: DecodingError.self) {
            try decoder.decode([String: String].self, from: value)
        }
        #expect(error.luaDescription == "expected string at handler, got function")
    }

    @Test func luaValueNeedsTheLuaCoders() throws {
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(["x": LuaValue.integer(1)]) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LuaValue.self, from: Data("1".utf8)) }
    }

    @Test func wrongTypeDeepInAnArrayNamesThePath() throws {
        let input: LuaValue = ["items": [["points": 1], ["points": "many"]]]
        let error = try #require(throws: DecodingError.self) {
            try decoder.decode(Roster.self, from: input)
        }
        guard case .typeMismatch(let type, let context) = error else {
            Issue.record("expected a type mismatch, got \(error)")
            return
        }
        #expect(type is Int.Type)
        #expect(context.codingPath.map(\.stringValue) == ["items", "Index 1", "points"])
        #expect(error.luaDescription == "expected integer at items[2].points, got string")
    }

    @Test func missingRequiredKeyNamesTheField() throws {
        let error = try #require(throws: DecodingError.self) {
            try decoder.decode(Roster.self, from: ["items": [["points": 1], [:]]])
        }
        guard case .keyNotFound(let key, _) = error else {
            Issue.record("expected a missing key, got \(error)")
            return
        }
        #expect(key.stringValue == "points")
        #expect(error.luaDescription == "missing field 'points' at items[2]")

        let atTop = try #require(throws: DecodingError.self) { try decoder.decode(Roster.self, from: [:]) }
        #expect(atTop.luaDescription == "missing field 'items'")
        let nilValue = try #require(throws: DecodingError.self) { try decoder.decode(Int.self, from: nil) }
        #expect(nilValue.luaDescription == "expected integer, got nil")
    }

    @Test func arraysMustBeSequences() throws {
        let mixed = LuaTable(array: [["points": 1]], fields: [.string("n"): 1])
        let error = try #require(throws: DecodingError.self) {
            try decoder.decode(Roster.self, from: ["items": .table(mixed)])
        }
        #expect(error.luaDescription == "expected array at items, got table with non-array keys")

        let notTable = try #require(throws: DecodingError.self) {
            try decoder.decode(Roster.self, from: ["items": "none"])
        }
        #expect(notTable.luaDescription == "expected table at items, got string")
    }

    @Test func dictionaryKeysKeepTheirKind() throws {
        let byNumber: [Int: String] = [1: "a", 3: "c"]
        let encoded = try encoder.encode(byNumber)
        #expect(encoded == .table(LuaTable(array: ["a"], fields: [.integer(3): "c"])))
        #expect(try decoder.decode([Int: String].self, from: encoded) == byNumber)

        let byName = ["7": 7, "x y": 0]
        #expect(try encoder.encode(byName) == ["7": 7, "x y": 0])
        #expect(try decoder.decode([String: Int].self, from: ["7": 7, "x y": 0]) == byName)

        let badNumberKey = try #require(throws: DecodingError.self) {
            try decoder.decode([Int: Int].self, from: .table(LuaTable(fields: [.integer(5): "five"])))
        }
        #expect(badNumberKey.luaDescription == "expected integer at [5], got string")
        let badNameKey = try #require(throws: DecodingError.self) {
            try decoder.decode([String: [Int]].self, from: ["first name": [1, true]])
        }
        #expect(badNameKey.luaDescription == "expected integer at [\"first name\"][2], got boolean")
    }

    @Test func superclassesGoInASuperTable() throws {
        let encoded = try encoder.encode(Derived(id: 9, label: "nine"))
        #expect(encoded == ["label": "nine", "super": ["id": 9]])
        let decoded = try decoder.decode(Derived.self, from: encoded)
        #expect(decoded.id == 9)
        #expect(decoded.label == "nine")

        let error = try #require(throws: DecodingError.self) {
            try decoder.decode(Derived.self, from: ["label": "nine", "super": ["id": "x"]])
        }
        #expect(error.luaDescription == "expected integer at super.id, got string")
    }
}
