// The public functions of the `screening` Lua library (screening.lua), declared for the registry.
import Lua

/// `screening`: what a flow file sees. The library is Lua (Sources/Scripting/Screening/screening.lua);
/// these declarations are its part of the host API, and a test keeps them and the library's
/// exported names the same.
enum ScreeningLibraryAPI {
    static var module: HostAPIModule {
        HostAPIModule(
            "screening", since: "1.0.0",
            summary: "Item constructors and scoring helpers for screening flow files (usually `local s = screening`). "
                + "Defined in Lua; present in the state of every flow. See Docs/Screening.md.",
            implementation: .lua(library: FlowLibrary.chunkName),
            functions: constructors + [flow, ids, value, sum, mean, count, complete, hidden, reverse, band, setting]
                + [ln, round],
            constants: [
                HostAPIConstant(
                    "version", type: "string", since: "1.0.0",
                    summary: "The version of the library's public functions.", value: "1.0.0")
            ])
    }

    // MARK: - Item constructors

    /// `screening.choice { ... }` and the other kinds: the answer each kind takes.
    static let itemKinds: [(kind: String, summary: String)] = [
        (
            "section",
            "A header (`text`, `help`) with no answer; its `visible` rule hides every item up to the next section."
        ),
        ("choice", "One option's code; `options` lists `{ code, text }` or `{ code =, text =, points = }`."),
        ("multi", "A list of option codes (`options`, `min`, `max`); it counts the sum of the chosen options' points."),
        ("yesno", "`1` (yes) or `0` (no); test `a.x == 1`, since `0` is true in Lua."),
        ("integer", "A whole number (`min`, `max`, `unit`)."),
        ("number", "A number (`min`, `max`, `unit`, `decimals`)."),
        ("date", "A date `\"YYYY-MM-DD\"` (`min`, `max` as dates)."),
        ("text", "Free text (`max_length`, default 2000); never enters extracts or statistics."),
        (
            "grid",
            "One whole number per cell: `rows` `{ { id =, text = } }` times `columns` `{ { suffix =, text =, min =, max = } }`, answered as `row.id .. column.suffix`."
        ),
    ]

    static var constructors: [HostAPIFunction] {
        itemKinds.map { kind, summary in
            .lua(
                kind, since: "1.0.0",
                summary: "An item of kind `\(kind)`: \(summary) Sets `kind` and returns the table.",
                signature: LuaSignature(
                    [.init("item", "table", doc: "the item: `id`, `text`, and the fields of its kind")],
                    returns: [.init("table", doc: "the same table, with `kind = \"\(kind)\"`")]))
        }
    }

    static let flow = HostAPIFunction.lua(
        "flow", since: "1.0.0", summary: "Marks the definition a flow file returns; gives it back unchanged.",
        signature: LuaSignature(
            [.init("definition", "table", doc: "`id`, `version`, `title`, `items`, `score`... (Docs/Screening.md)")],
            returns: [.init("table", doc: "the definition")]))

    // MARK: - Scoring helpers

    static let answers = LuaSignature.Parameter("a", "table", doc: "the answers as they count (the rules' `a`)")
    static let itemIDs = LuaSignature.Parameter("ids", "string[]", doc: "item ids")
    static let itemID = LuaSignature.Parameter("id", "string", doc: "an item id")

    static let ids = HostAPIFunction.lua(
        "ids", since: "1.0.0", summary: "Numbered item ids: `s.ids(\"q\", 1, 3)` is `{ \"q1\", \"q2\", \"q3\" }`.",
        signature: LuaSignature(
            [
                .init("prefix", "string"), .init("first", "integer"), .init("last", "integer"),
            ], returns: [.init("string[]")]))

    static let value = HostAPIFunction.lua(
        "value", since: "1.0.0",
        summary: "The points an answer counts for (option points, 1/0, the number); nil when unanswered or hidden; "
            + "an error for a text answer or a string code without points.",
        signature: LuaSignature([answers, itemID], returns: [.init("number?")]))

    static let sum = HostAPIFunction.lua(
        "sum", since: "1.0.0",
        summary: "The sum of the items' values; hidden items add nothing; nil when one is unanswered.",
        signature: LuaSignature([answers, itemIDs], returns: [.init("number?")]))

    static let mean = HostAPIFunction.lua(
        "mean", since: "1.0.0",
        summary: "The mean over the items that are not hidden; nil when one is unanswered or all are hidden.",
        signature: LuaSignature([answers, itemIDs], returns: [.init("number?")]))

    static let count = HostAPIFunction.lua(
        "count", since: "1.0.0",
        summary: "How many values are at least `n` (or pass `test(v)`); unanswered and hidden items are not counted.",
        signature: LuaSignature(
            [answers, itemIDs, .init("n_or_test", "number|fun(v: number): boolean", doc: "a threshold or a test")],
            returns: [.init("integer")]))

    static let complete = HostAPIFunction.lua(
        "complete", since: "1.0.0", summary: "True when every item that is not hidden has an answer.",
        signature: LuaSignature([answers, itemIDs], returns: [.init("boolean")]))

    static let hidden = HostAPIFunction.lua(
        "hidden", since: "1.0.0", summary: "True when the item was hidden by its `visible` rule (or its section's).",
        signature: LuaSignature([answers, itemID], returns: [.init("boolean")]))

    static let reverse = HostAPIFunction.lua(
        "reverse", since: "1.0.0", summary: "Reverse scoring: `max + min - v` (nil stays nil).",
        signature: LuaSignature(
            [
                .init("v", "number?"), .init("max", "number"),
                .init("min", "number", optional: true, doc: "default 0"),
            ], returns: [.init("number?")]))

    static let band = HostAPIFunction.lua(
        "band", since: "1.0.0",
        summary: "The band of `v`: the last of `bands` whose `from` is at most `v`; nil for nil or below the first.",
        signature: LuaSignature(
            [.init("v", "number?"), .init("bands", "table[]", doc: "`{ { from, code }, ... }`, rising")],
            returns: [.init("string?", doc: "the band's code")]))

    static let setting = HostAPIFunction.lua(
        "setting", since: "1.0.0",
        summary: "A setting for this citizen (by `ctx.sex` when it is set per sex); an error for a name the flow "
            + "does not declare in `settings`.",
        signature: LuaSignature(
            [.init("ctx", "table", doc: "the context the rule was given"), .init("name", "string")],
            returns: [.init("number")]))

    static let ln = HostAPIFunction.lua(
        "ln", since: "1.0.0", summary: "`ln(x)` when `x > 0`, else 0 (nil stays nil).",
        signature: LuaSignature([.init("x", "number?")], returns: [.init("number?")]))

    static let round = HostAPIFunction.lua(
        "round", since: "1.0.0", summary: "`x` rounded half away from zero to `decimals` places (nil stays nil).",
        signature: LuaSignature(
            [.init("x", "number?"), .init("decimals", "integer", optional: true, doc: "default 0")],
            returns: [.init("number?")]))
}
