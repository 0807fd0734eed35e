// Shared helpers for the bridge's tests: fresh sandboxed states and short ways to run Lua.
import Foundation
import Testing
@_exported import TovholderTesting

@testable import Lua

/// A sandboxed state with a fixed clock and seed, printing into `printed`.
final class TestState {
    let state: LuaState
    var printed: [LuaPrintedLine] = []

    init(limits: LuaLimits = .standard, modules: (any LuaModuleResolver)? = nil) throws {
        let fixed = Date(timeIntervalSince1970: 1_795_000_000)
        state = try LuaState(limits: limits, sandbox: LuaSandbox(clock: { fixed }, randomSeed: 42, modules: modules))
        state.printHandler = { [unowned self] line in self.printed.append(line) }
    }

    /// Runs `source` and returns its first result.
    @discardableResult
    func eval(_ source: String, chunk: String = "test.lua") throws -> LuaValue {
        try state.run(source, chunkName: chunk).first ?? .nil
    }

    /// Runs `source`, expecting it to fail, and returns the error.
    func failure(_ source: String, chunk: String = "test.lua") -> LuaError? {
        do {
            try state.run(source, chunkName: chunk)
            return nil
        } catch let error as LuaError {
            return error
        } catch {
            Issue.record("expected a LuaError, got \(error)")
            return nil
        }
    }
}
