// workflow.on: a workflow file registering a rule for an event while it loads.
import Lua

extension WorkflowSession {
    /// `workflow.on(event, handler, { order =, name = })`.
    func registerRule(_ arguments: LuaArguments) throws -> LuaResult {
        guard let loading else {
            throw LuaHostError(
                "workflow.on registers a rule while a workflow file loads: call it at the top level of the file")
        }
        let event = try arguments.string(1)
        guard WorkflowEvents.kind(named: event) != nil else {
            throw LuaArgumentError(index: 1, problem: unknown("event", event, known: WorkflowEvents.all.map(\.name)))
        }
        let function = try arguments.function(2)
        var order = 100
        var name: String?
        if let options = try arguments.optionalTable(3) {
            for key in options.fields.keys where key != "order" && key != "name" {
                throw LuaArgumentError(index: 3, problem: "unknown option '\(key.text)' (known: order, name)")
            }
            if !options["order"].isNil {
                guard let value = options["order"].integerValue, abs(value) <= 1_000_000 else {
                    throw LuaArgumentError(index: 3, problem: "'order' must be a whole number")
                }
                order = Int(value)
            }
            if !options["name"].isNil {
                guard case .string(let text) = options["name"], Self.isValidRuleName(text) else {
                    throw LuaArgumentError(
                        index: 3, problem: "'name' must be a lower-case letter, then a-z, 0-9, _ and . (at most 64)")
                }
                name = text
            }
        }
        let line = arguments.caller?.line ?? 0
        let rule = name ?? "\(loading.workflow):\(line)"
        if let twin = handlers.first(where: { $0.pack === loading.pack && $0.rule == rule }) {
            throw LuaHostError("the rule name '\(rule)' is already used at \(twin.file):\(twin.line)")
        }
        register { sequence in
            WorkflowHandler(
                event: event, function: function, order: order, rule: rule, workflow: loading.workflow,
                file: loading.chunk, line: line, pack: loading.pack, sequence: sequence)
        }
        return .none
    }

    static func isValidRuleName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.count <= 64 else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
        }
    }
}
