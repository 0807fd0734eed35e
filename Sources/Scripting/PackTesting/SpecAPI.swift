// The host API of spec files (`tovholder pack test` only): `flows` and `fixture`, declared for the registry.
import Lua

/// The modules a spec file sees besides the pack host API: declared here once, so the stubs and
/// the reference list them with everything else; their bodies run against the spec's session.
enum SpecAPI {
    static var modules: [HostAPIModule] { [flows, fixture] }

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
                                    + "`requested` (YYYY-MM-DD)")
                        ], returns: [.init("integer", doc: "the case's id")])
                ) { context in { arguments in .value(.integer(try session(context).openCase(arguments))) } }
            ])
    }
}
