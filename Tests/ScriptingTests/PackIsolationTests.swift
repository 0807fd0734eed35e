// Packs cannot reach each other: separate Lua states, and require sees only a pack's own and its dependencies' modules.
import Core
import Foundation
import Lua
import Packs
import Testing

@testable import Scripting

@Suite struct PackIsolationTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// A pack `name` with a flow `flow` whose score is what `expression` gives (a number or nil), run
    /// after `prelude` at load time, and a module `words.lua`.
    private func pack(
        _ name: String, flow: String, prelude: String = "", expression: String, dependencies: [String] = []
    ) throws {
        let deps = dependencies.map { "\"\($0)\" = \"^1.0\"" }.joined(separator: "\n")
        _ = try folder.write(
            "\(name)/pack.toml",
            """
            name = "\(name)"
            version = "1.0.0"
            host_api = ">=1.0, <2.0"
            title = "\(name)"
            flows = "flows"
            modules = "lib"

            [dependencies]
            \(deps)
            """)
        _ = try folder.write("\(name)/lib/words.lua", "return { from = \"\(name)\", number = \(name.count) }")
        _ = try folder.write(
            "\(name)/flows/\(flow).lua",
            """
            local s = screening
            \(prelude)
            return s.flow {
              id = "\(flow)", version = "1.0.0", title = "\(flow)",
              policies = { missing = "empty" },
              scores = { { id = "value", text = "Værdi" } },
              items = { s.integer { id = "n", text = "N?", min = 0, max = 9, optional = true } },
              score = function() return { value = \(expression) } end,
            }
            """)
    }

    private func value(_ flow: String) throws -> Double? {
        let catalog = FlowCatalog(searchPath: PackSearchPath(folders: [.init(layer: .municipality, path: folder.path)]))
        guard case .scored(let result) = try catalog.flow(flow).evaluate([:], context: ScreeningContext(today: today))
        else { return -1 }
        return result.scores.first?.value
    }

    @Test func onePacksGlobalsAndLibraryChangesAreInvisibleToAnother() throws {
        try pack(
            "dk.test.a", flow: "first",
            prelude: "shared = 42; screening.sum = function() return 1000 end; string.rep = nil",
            expression: "shared")
        try pack(
            "dk.test.b", flow: "second",
            expression: "(shared or 0) + s.sum({ n = 1 }, {}) + (string.rep and 1 or 100)")
        #expect(try value("first") == 42)
        // B sees no `shared`, the real screening.sum (0 for no ids) and an intact string library.
        #expect(try value("second") == 1)
    }

    @Test func requireSeesTheOwnPackAndDeclaredDependenciesOnly() throws {
        try pack("dk.test.base", flow: "base", expression: "require('words').number")
        try pack(
            "dk.test.user", flow: "user",
            expression: "require('dk.test.base.words').number * 100 + require('words').number",
            dependencies: ["dk.test.base"])
        try pack("dk.test.stranger", flow: "stranger", expression: "require('dk.test.base.words').number")
        #expect(try value("base") == 12)
        #expect(try value("user") == 1212)
        let error = #expect(throws: LuaError.self) { try value("stranger") }
        #expect(
            error?.message.contains("add it to [dependencies] in pack.toml") == true, "\(String(describing: error))")
        #expect(error?.line == 8, "the error is at the flow's require line (its score function)")
    }

    @Test func aModuleCannotBeReachedThroughADottedPathOutOfItsFolder() throws {
        try pack("dk.test.c", flow: "escape", expression: "require('..flows.escape')")
        let error = #expect(throws: LuaError.self) { try value("escape") }
        #expect(error?.message.contains("invalid module name") == true, "\(String(describing: error))")
    }
}
