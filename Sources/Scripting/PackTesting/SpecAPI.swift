// The host API of spec files (`tovholder pack test` only): `flows`, `workflows`, `reports` and `fixture`, declared for the registry.
import Lua

/// The modules a spec file sees besides the pack host API: declared here once, so the stubs and
/// the reference list them with everything else; their bodies run against the spec's session.
enum SpecAPI {
    static var modules: [HostAPIModule] { [flows, fixture, workflows, reports] }

    private static func session(_ context: HostAPIContext) throws -> SpecModules {
        guard let spec = context.spec else { throw LuaHostError("only spec files run by tovholder pack test have it") }
        return spec
    }

    static var flows: HostAPIModule {
        HostAPIModule(
            "flows", since: "1.0.0",
            summary: "Spec files only (`tovholder pack test`): run the screening flows on the search path, as the "
                + "product does, against the spec's own temporary database.",
            implementation: .swift,
            functions: [
                HostAPIFunction(
                    "evaluate", since: "1.0.0",
                    summary: "Scores answers under a flow. Returns `{ scores, bands, flags, recommendations, missing, "
                        + "hidden }`, or `{ refused = true, missing = ... }` / `{ refused = true, invalid = { id, message } }`; "
                        + "an answer of the wrong kind or out of range raises, naming the item.",
                    signature: LuaSignature(
                        [
                            .init("id", "string", doc: "the flow's id"),
                            .init("answers", "table<string, any>", doc: "item id → answer"),
                            .init(
                                "ctx", "table", optional: true,
                                doc: "`sex`, `age`, `today`, `legal_basis`, `settings` (overrides), `version`, or "
                                    + "`case` (a fixture case: its citizen and earlier screenings)"),
                        ], returns: [.init("table", doc: "the result")])
                ) { context in { arguments in .value(try session(context).evaluate(arguments)) } },
                HostAPIFunction(
                    "complete", since: "1.0.0",
                    summary: "Completes a screening of a fixture case in the spec's database; later evaluations with "
                        + "`ctx.case` see it among the earlier screenings.",
                    signature: LuaSignature(
                        [
                            .init("id", "string", doc: "the flow's id"),
                            .init("case", "integer", doc: "a case from `fixture.case`"),
                            .init("answers", "table<string, any>", doc: "item id → answer"),
                            .init("options", "table", optional: true, doc: "`day` (YYYY-MM-DD)"),
                        ], returns: [.init("table", doc: "the result, with `response_id`")])
                ) { context in { arguments in .value(try session(context).complete(arguments)) } },
            ])
    }

    static var fixture: HostAPIModule {
        HostAPIModule(
            "fixture", since: "1.0.0",
            summary: "Spec files only (`tovholder pack test`): seeds the spec's temporary database, new for each "
                + "spec file.",
            implementation: .swift,
            functions: [
                HostAPIFunction(
                    "case", since: "1.0.0",
                    summary: "Opens a case for a new citizen (with a made-up CPR number that is never shown) and "
                        + "returns its id.",
                    signature: LuaSignature(
                        [
                            .init(
                                "citizen", "table", optional: true,
                                doc: "`sex` (\"male\"/\"female\"), `born` (YYYY-MM-DD) or `age`, `basis` (sel101...), "
                                    + "`requested`, `started`, `discharged` (YYYY-MM-DD) with `reason` (completed...), "
                                    + "`same_citizen_as` (a case id: the same citizen asks again)")
                        ], returns: [.init("integer", doc: "the case's id")])
                ) { context in { arguments in .value(.integer(try session(context).openCase(arguments))) } },
                HostAPIFunction(
                    "actor", since: "1.0.0", summary: "Adds an actor (a GP, the job centre ...) and returns its id.",
                    signature: LuaSignature(
                        [
                            .init(
                                "actor", "{ kind: string, name: string? }",
                                doc: "`kind` as `tovholder actor add` takes it")
                        ],
                        returns: [.init("integer", doc: "the actor's id")])
                ) { context in { arguments in .value(.integer(try session(context).addActor(arguments))) } },
                HostAPIFunction(
                    "participant", since: "1.0.0", summary: "Makes an actor a participant of a case.",
                    signature: LuaSignature([
                        .init("case", "integer"), .init("actor", "integer"),
                        .init("options", "{ role: string?, from: string? }", optional: true),
                    ])
                ) { context in
                    { arguments in
                        try session(context).addParticipant(arguments)
                        return .none
                    }
                },
                HostAPIFunction(
                    "consent", since: "1.0.0", summary: "Records the citizen's consent on a case; returns its id.",
                    signature: LuaSignature(
                        [
                            .init("case", "integer"),
                            .init(
                                "consent",
                                "{ to: integer|string, categories: string[], purpose: string?, from: string?, until: string? }"
                            ),
                        ], returns: [.init("integer", doc: "the consent's id")])
                ) { context in { arguments in .value(.integer(try session(context).addConsent(arguments))) } },
            ])
    }

    static var workflows: HostAPIModule {
        HostAPIModule(
            "workflows", since: "1.0.0",
            summary: "Spec files only (`tovholder pack test`): raise an event on a fixture case so the workflow rules "
                + "on the search path (the pack's own among them) run on it, as in the product, and read what they did.",
            implementation: .swift,
            functions: [
                HostAPIFunction(
                    "raise", since: "1.0.0",
                    summary: "Raises `kind` on the case in one command and runs the rules. `payload` gives the event's "
                        + "fields (see the event list); `day` defaults to the spec's day. Returns the effects: "
                        + "`{ kind, pack, rule, summary, subject }` each. A failing rule raises, naming its file and line.",
                    signature: LuaSignature(
                        [
                            .init("kind", "string", doc: "an event, e.g. `case.started`"), .init("case", "integer"),
                            .init("payload", "table", optional: true),
                        ], returns: [.init("table[]", doc: "what the rules did")])
                ) { context in { arguments in .value(try session(context).raise(arguments)) } },
                HostAPIFunction(
                    "tasks", since: "1.0.0",
                    summary: "The case's open tasks by due day: `{ id, title, note, assignee, due }` each.",
                    signature: LuaSignature([.init("case", "integer")], returns: [.init("table[]")])
                ) { context in { arguments in .value(try session(context).tasks(arguments)) } },
                HostAPIFunction(
                    "outbox", since: "1.0.0",
                    summary: "The case's messages: `{ id, to, subject, status, categories }` each.",
                    signature: LuaSignature([.init("case", "integer")], returns: [.init("table[]")])
                ) { context in { arguments in .value(try session(context).outbox(arguments)) } },
                HostAPIFunction(
                    "flags", since: "1.0.0", summary: "The case's flags by name.",
                    signature: LuaSignature([.init("case", "integer")], returns: [.init("table<string, any>")])
                ) { context in { arguments in .value(try session(context).flags(arguments)) } },
            ])
    }

    static var reports: HostAPIModule {
        HostAPIModule(
            "reports", since: "1.0.0",
            summary: "Spec files only (`tovholder pack test`): build a report on the search path (the pack's own "
                + "among them) over the spec's database, as `tovholder report run` does, and read what it "
                + "holds.",
            implementation: .swift,
            functions: [
                HostAPIFunction(
                    "run", since: "1.0.0",
                    summary:
                        "Builds the report `id` with `from`, `to`, `case`, `for`, `municipality`, `today` (default "
                        + "the spec's day) and `lang` (`da`/`en`). Returns `{ title, parameters = { [label] = value }, "
                        + "notices, values = { [label] = value } (every key-value block), tables = { [id] = { columns, "
                        + "rows } }, markdown }`; a cell is its value, nil when empty, `\"<5\"` when suppressed.",
                    signature: LuaSignature(
                        [
                            .init("id", "string", doc: "the report's id"),
                            .init("parameters", "table", optional: true, doc: "what `report run` takes"),
                        ], returns: [.init("table", doc: "the document")])
                ) { context in { arguments in .value(try session(context).runReport(arguments)) } }
            ])
    }
}
