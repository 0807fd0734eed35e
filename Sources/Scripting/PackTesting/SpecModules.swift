// What a spec file can call besides describe/it/expect: `flows` (run the pack's flows), `workflows` and `fixture`.
import Core
import Foundation
import Lua
import Store

/// The session of one spec file under `tovholder pack test`: what `flows` and `fixture` (declared in
/// ``SpecAPI``) do. Flows run in their own states, exactly as in the product; completed screenings
/// and cases go into the spec's temporary database.
final class SpecModules {
    let catalog: FlowCatalog
    let fixture: SpecFixture
    private var loaded: [String: LoadedFlow] = [:]
    /// The database with workflows, once a spec raises an event (``workflowDatabase()``).
    var workflows: TovholderDatabase?

    init(catalog: FlowCatalog, fixture: SpecFixture) {
        self.catalog = catalog
        self.fixture = fixture
    }

    /// The spec library's own module (`_spec`, removed from the globals once the library has
    /// loaded). `flows` and `fixture` are declared in ``SpecAPI`` and registered through the registry.
    var libraryModule: LuaModule {
        LuaModule(
            "_spec", summary: "The spec library's own needs.",
            functions: [
                LuaHostFunction(
                    "call", since: "1.0.0",
                    summary:
                        "Calls a function protected; on failure returns false and the error with its file and line."
                ) { arguments in
                    let body = try arguments.function(1)
                    do {
                        try arguments.state.call(body)
                        return .value(.boolean(true))
                    } catch let error as LuaError where !error.isLimit {
                        // The bridge found the Lua line even for an error raised inside a C function.
                        return .values([.boolean(false), .string(error.description)])
                    }
                }
            ])
    }

    // MARK: - flows

    private func flow(_ id: String, version: String?) throws -> LoadedFlow {
        let key = id + "@" + (version ?? "")
        if let flow = loaded[key] { return flow }
        var wanted: SemanticVersion?
        if let version {
            guard let parsed = SemanticVersion(version) else { throw LuaHostError("'\(version)' is not a version") }
            wanted = parsed
        }
        let flow = try catalog.flow(id, version: wanted)
        loaded[key] = flow
        return flow
    }

    private func answers(_ arguments: LuaArguments, _ index: Int, for flow: LoadedFlow) throws -> [String: Answer] {
        let table = try arguments.table(index)
        var inputs: [String: AnswerInput] = [:]
        for (key, value) in table.fields {
            guard case .string(let id) = key.value, let input = AnswerInput(luaValue: value) else {
                throw LuaHostError("answers: expected a table from item id to value, got key \(key.text)")
            }
            inputs[id] = input
        }
        guard table.array.isEmpty else { throw LuaHostError("answers: expected item ids as keys, not a list") }
        return try flow.check(inputs)
    }

    func evaluate(_ arguments: LuaArguments) throws -> LuaValue {
        let options = try arguments.optionalTable(3) ?? LuaTable()
        let flow = try flow(try arguments.string(1), version: options["version"].stringValue)
        let given = try answers(arguments, 2, for: flow)
        let context = try context(options, flow: flow)
        return SpecResultValue.evaluation(try flow.evaluate(given, context: context))
    }

    func complete(_ arguments: LuaArguments) throws -> LuaValue {
        let flow = try flow(try arguments.string(1), version: nil)
        let caseID = CaseID(try arguments.integer(2))
        let given = try answers(arguments, 3, for: flow)
        let options = try arguments.optionalTable(4) ?? LuaTable()
        let day = try day(options["day"], field: "day") ?? fixture.today
        let response = try fixture.write { transaction in
            try ScreeningRecorder(transaction).complete(flow, case: caseID, day: day, answers: given)
        }
        var value = response.result.map(SpecResultValue.result) ?? .table(LuaTable())
        if case .table(var table) = value, let id = response.id {
            table.fields[.string("response_id")] = .integer(id.rawValue)
            value = .table(table)
        }
        return value
    }

    /// The context a spec gives: a case of the fixture (its citizen, day and earlier screenings), or
    /// sex, age, today and legal_basis as given. `settings` overrides the flow's settings.
    private func context(_ options: LuaTable, flow: LoadedFlow) throws -> ScreeningContext {
        let today = try day(options["today"], field: "today") ?? fixture.today
        var settings = flow.definition.settings
        if case .table(let given) = options["settings"] {
            for (key, value) in given.fields {
                guard let number = value.doubleValue else {
                    throw LuaHostError("settings.\(key.text): expected a number")
                }
                settings[key.text] = .number(number)
            }
        }
        if let caseNumber = options["case"].integerValue {
            let context = try fixture.write { transaction in
                try ScreeningRecorder(transaction).context(case: CaseID(caseNumber), flow: flow.definition, day: today)
            }
            return ScreeningContext(
                sex: context.sex, age: context.age, today: today, legalBasis: context.legalBasis, settings: settings,
                earlier: context.earlier)
        }
        var sex: Sex?
        if let text = options["sex"].stringValue {
            guard let given = Sex(rawValue: text) else { throw LuaHostError("sex: expected \"male\" or \"female\"") }
            sex = given
        }
        var basis: LegalBasis?
        if let text = options["legal_basis"].stringValue {
            guard let given = LegalBasis(rawValue: text) else {
                throw LuaHostError("legal_basis: expected one of \(LegalBasis.allCases.map(\.rawValue))")
            }
            basis = given
        }
        return ScreeningContext(
            sex: sex, age: options["age"].integerValue.map { Int($0) }, today: today, legalBasis: basis,
            settings: settings)
    }

    func day(_ value: LuaValue, field: String) throws -> Day? {
        guard let text = value.stringValue else { return nil }
        guard let day = Day(text) else { throw LuaHostError("\(field): expected a date YYYY-MM-DD, got \(text)") }
        return day
    }

    // MARK: - fixture

    func openCase(_ arguments: LuaArguments) throws -> Int64 {
        let options = try arguments.optionalTable(1) ?? LuaTable()
        let sex =
            try options["sex"].stringValue.map { text in
                guard let sex = Sex(rawValue: text) else { throw LuaHostError("sex: expected \"male\" or \"female\"") }
                return sex
            } ?? .female
        var born = try day(options["born"], field: "born")
        if born == nil, let age = options["age"].integerValue {
            born = Day(year: fixture.today.year - Int(age), month: 1, day: 1)
        }
        let basis =
            try options["basis"].stringValue.map { text in
                guard let basis = LegalBasis(rawValue: text) else {
                    throw LuaHostError("basis: expected one of \(LegalBasis.allCases.map(\.rawValue))")
                }
                return basis
            } ?? .sel101
        let requested = try day(options["requested"], field: "requested") ?? fixture.today
        var discharged: (Day, DischargeReason)?
        if let day = try day(options["discharged"], field: "discharged") {
            let text = options["reason"].stringValue ?? "completed"
            guard let reason = DischargeReason(rawValue: text) else {
                throw LuaHostError("reason: expected one of \(DischargeReason.allCases.map(\.rawValue))")
            }
            discharged = (day, reason)
        }
        return try fixture.openCase(
            sex: sex, born: born ?? Day(year: 1980, month: 1, day: 1)!, basis: basis, requested: requested,
            sameCitizenAs: options["same_citizen_as"].integerValue.map { CaseID($0) },
            started: try day(options["started"], field: "started"), discharged: discharged
        ).rawValue
    }
}
