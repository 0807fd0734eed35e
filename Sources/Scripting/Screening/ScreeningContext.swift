// What a flow's rules may know about the citizen and the screening: `ctx` in Lua.
import Core
import Lua

/// The context a flow's visibility, scoring and interpretation functions receive as `ctx`.
public struct ScreeningContext: Sendable {
    public var sex: Sex?
    public var age: Int?
    public var today: Day
    public var language: Language
    public var legalBasis: LegalBasis?
    /// The flow's settings with the municipality's changes applied.
    public var settings: [String: FlowSetting]
    /// The citizen's earlier completed screenings, newest first.
    public var earlier: [ScreeningResponse]

    public init(
        sex: Sex? = nil, age: Int? = nil, today: Day, language: Language = .danish, legalBasis: LegalBasis? = nil,
        settings: [String: FlowSetting] = [:], earlier: [ScreeningResponse] = []
    ) {
        self.sex = sex
        self.age = age
        self.today = today
        self.language = language
        self.legalBasis = legalBasis
        self.settings = settings
        self.earlier = earlier
    }

    /// `ctx` as Lua sees it (see Docs/Screening.md).
    public var luaValue: LuaValue {
        var fields: [LuaKey: LuaValue] = [
            .string("today"): .string(today.description),
            .string("language"): .string(language.rawValue),
            .string("settings"): .table(
                LuaTable(
                    fields: Dictionary(
                        uniqueKeysWithValues: settings.map {
                            (LuaKey.string($0.key), $0.value.luaValue)
                        }))),
        ]
        if let sex { fields[.string("sex")] = .string(sex.rawValue) }
        if let age { fields[.string("age")] = .integer(Int64(age)) }
        if let legalBasis { fields[.string("legal_basis")] = .string(legalBasis.rawValue) }
        var byFlow: [String: [LuaValue]] = [:]
        for response in earlier {
            guard let result = response.result else { continue }
            byFlow[response.flow.id, default: []].append(Self.summary(of: response, result: result))
        }
        fields[.string("earlier")] = .table(
            LuaTable(
                fields: Dictionary(
                    uniqueKeysWithValues: byFlow.map {
                        (LuaKey.string($0.key), LuaValue.table(LuaTable(array: $0.value)))
                    })))
        return .table(LuaTable(fields: fields))
    }

    private static func summary(of response: ScreeningResponse, result: ScreeningResult) -> LuaValue {
        var scores: [LuaKey: LuaValue] = [:]
        for score in result.scores {
            if let value = score.value { scores[.string(score.id)] = .number(value) }
        }
        return .table(
            LuaTable(fields: [
                .string("response_id"): response.id.map { .integer($0.rawValue) } ?? .nil,
                .string("day"): .string(response.day.description),
                .string("flow_version"): .string(response.flow.version.description),
                .string("scores"): .table(LuaTable(fields: scores)),
                .string("bands"): .table(
                    LuaTable(
                        fields: Dictionary(
                            uniqueKeysWithValues: result.bands.map {
                                (LuaKey.string($0.key), LuaValue.string($0.value))
                            }))),
                .string("flags"): .table(LuaTable(array: result.flags.map { .string($0) })),
            ]))
    }
}

extension FlowSetting {
    /// A number, or `{ male =, female =, default = }`.
    var luaValue: LuaValue {
        switch self {
        case .number(let value): return Self.lua(value)
        case .bySex(let male, let female, let other):
            var fields: [LuaKey: LuaValue] = [:]
            if let male { fields[.string("male")] = Self.lua(male) }
            if let female { fields[.string("female")] = Self.lua(female) }
            if let other { fields[.string("default")] = Self.lua(other) }
            return .table(LuaTable(fields: fields))
        }
    }

    private static func lua(_ value: Double) -> LuaValue {
        if value.rounded() == value, let integer = Int64(exactly: value) { return .integer(integer) }
        return .number(value)
    }
}

extension Answer {
    /// The answer as Lua sees it: an integer, a float, a string, or a list.
    var luaValue: LuaValue {
        switch self {
        case .integer(let value): .integer(value)
        case .number(let value): .number(value)
        case .text(let value): .string(value)
        case .list(let values): .table(LuaTable(array: values.map(\.luaValue)))
        }
    }
}
