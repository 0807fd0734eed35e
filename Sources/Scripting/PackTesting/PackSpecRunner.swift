// `tovholder pack test`: runs a pack's spec/*_spec.lua files in the real sandbox, one fresh state and database each.
import Core
import Foundation
import Lua

/// One `it` of a spec file, passed or failed.
public struct SpecOutcome: Sendable, Equatable {
    /// The spec file's path.
    public let file: String
    /// The `describe` names and the `it` name, joined by spaces.
    public let name: String
    public let passed: Bool
    /// Why it failed: `spec/audit_spec.lua:12: expected: 7 to be 8`.
    public let message: String?
}

/// Runs the specs of one pack. Each spec file gets its own sandboxed state under the pack's
/// capabilities and `require` scope, the spec library (`describe`, `it`, `expect`), the `flows`
/// and `fixture` modules, and a new temporary database; nothing is shared between files.
public struct PackSpecRunner {
    /// The pack under test.
    public let pack: PackIdentity
    /// The flows the specs run: the search path with the pack on it.
    public let catalog: FlowCatalog
    public let limits: LuaLimits
    /// The day the fixture and contexts use when a spec gives none.
    public let today: Day

    /// The embedded spec library.
    static let library = String(decoding: PackageResources.spec_lua, as: UTF8.self)

    public init(pack: PackIdentity, catalog: FlowCatalog, limits: LuaLimits = .standard, today: Day) {
        self.pack = pack
        self.catalog = catalog
        self.limits = limits
        self.today = today
    }

    /// `spec/*_spec.lua` in the pack, sorted.
    public func specFiles() -> [String] {
        let folder = (pack.root as NSString).appendingPathComponent("spec")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix("_spec.lua") }.sorted().map {
            (folder as NSString).appendingPathComponent($0)
        }
    }

    /// Runs one spec file. A file that does not load or run to the end fails as one outcome named
    /// after the file, with the error's file and line.
    public func run(_ file: String) -> [SpecOutcome] {
        do {
            let fixture = try SpecFixture(today: today)
            let modules = SpecModules(catalog: catalog, fixture: fixture)
            let state = try LuaState(
                limits: limits,
                sandbox: LuaSandbox(
                    randomSeed: 0, modules: pack.modules,
                    grants: LuaGrants(pack: pack)))
            try HostAPIRegistry.register(into: state)
            try HostAPIRegistry.registerSpec(into: state, context: HostAPIContext(spec: modules))
            try state.register(modules.libraryModule)
            let collected = try state.run(Self.library, chunkName: "spec.lua")
            guard case .function(let results) = collected.first ?? .nil else {
                return [SpecOutcome(file: file, name: file, passed: false, message: "the spec library did not load")]
            }
            var failure: String?
            do {
                try state.runFile(file)
            } catch let error as LuaError {
                failure = error.description
            }
            var outcomes = try outcomes(of: state.call(results).first ?? .nil, file: file)
            if let failure { outcomes.append(SpecOutcome(file: file, name: file, passed: false, message: failure)) }
            return outcomes
        } catch {
            return [SpecOutcome(file: file, name: file, passed: false, message: "\(error)")]
        }
    }

    private func outcomes(of value: LuaValue, file: String) throws -> [SpecOutcome] {
        guard case .table(let list) = value else { return [] }
        return list.array.map { entry in
            SpecOutcome(
                file: file, name: entry["name"].stringValue ?? "?", passed: entry["passed"].boolValue ?? false,
                message: entry["message"].stringValue)
        }
    }
}
