// The public part of the `report` Lua library (report.lua), declared for the registry: stubs, luacheck and the reference.
import Lua

/// `report`: what a report file sees. `report.define` declares the report; its `build(doc, params)`
/// writes the document through `doc` (`doc:heading`, `doc:table` ... see Docs/Reports.md) and reads
/// through `data`.
enum ReportLibraryAPI {
    static var module: HostAPIModule {
        HostAPIModule(
            "report", since: "1.0.0",
            summary: "Report files: `return report.define { id, title, parameters, formats, build }`. `build(doc, "
                + "params)` writes the document with `doc:heading(level, text)`, `doc:paragraph`, `doc:key_values`, "
                + "`doc:table`, `doc:bar_chart`, `doc:line_chart`, `doc:note`, `doc:page_break`, `doc:notice`, "
                + "`doc:parameter` and `doc:text({ da =, en = })`; the host renders it. Defined in Lua; present in "
                + "the state of every report. See Docs/Reports.md.",
            implementation: .lua(library: ReportLibrary.chunkName),
            functions: [
                .lua(
                    "define", since: "1.0.0",
                    summary: "Declares the report: `id` (the file's name), `title` (`{ da =, en = }`), `parameters` "
                        + "(`period`, `case`, `for`: `\"required\"` or `\"optional\"`), `formats` (default all) and "
                        + "`build`.",
                    signature: LuaSignature(
                        [.init("spec", "table", doc: "the report's declaration")],
                        returns: [.init("table", doc: "the same table, checked")]))
            ],
            constants: [
                HostAPIConstant(
                    "version", type: "string", since: "1.0.0", summary: "The version of the library.",
                    value: "1.0.0"),
                HostAPIConstant(
                    "suppressed", type: "table", since: "1.0.0",
                    summary: "A cell too small to show (fewer than 5 citizens): rendered `<5`.", value: .nil),
                HostAPIConstant(
                    "empty", type: "table", since: "1.0.0", summary: "An empty cell.", value: .nil),
            ])
    }
}
