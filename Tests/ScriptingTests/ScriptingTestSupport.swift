// Shared helpers for the scripting tests: where the shipped packs and fixtures are, and small flows.
import Core
import Foundation
import Lua
import Packs
@_exported import TovholderTesting

@testable import Scripting

enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let plugins = repository + "/Plugins"
    static let screeningPack = plugins + "/dk.tovholder.screening"
    static let kipPack = plugins + "/dk.tovholder.kip"
    static let reportsPack = plugins + "/dk.tovholder.reports"
    static let fixtures = repository + "/Tests/ScriptingTests/Fixtures"
}

/// The shipped screening pack, as the catalog sees it.
let shippedCatalog = FlowCatalog(searchPath: PackSearchPath(folders: [.init(layer: .builtin, path: Paths.plugins)]))

/// Writes `source` as `ID.lua` in a pack of its own in `folder` and loads it.
func loadFlow(_ source: String, id: String = "test", in folder: TemporaryFolder) throws -> LoadedFlow {
    let pack = folder.path + "/pack"
    try FileManager.default.createDirectory(atPath: pack + "/flows", withIntermediateDirectories: true)
    try "name = \"test.pack\"\nversion = \"2.1.0\"\n".write(
        toFile: pack + "/pack.toml", atomically: true, encoding: .utf8)
    let path = pack + "/flows/\(id).lua"
    try source.write(toFile: path, atomically: true, encoding: .utf8)
    let identity = PackIdentity(name: "test.pack", version: SemanticVersion(2, 1, 0), root: pack)
    return try LoadedFlow(file: FlowFile(path: path, pack: identity)!)
}

/// Answers given as plain Swift values, checked against the flow.
func answers(_ flow: LoadedFlow, _ values: [String: AnswerInput]) throws -> [String: Answer] {
    try flow.check(values)
}

let today = Day("2026-11-23")!
