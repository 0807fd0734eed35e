// Time and memory limits: each runaway ends with the right error within twice its limit, and the host stays healthy.
import Foundation
import Testing

@testable import Lua

@Suite(.serialized) struct LimitTests {
    static let timeLimit = 250
    static let memoryLimit = 16 * 1024 * 1024

    private func state(_ strategy: LuaLimits.TimeStrategy = .watchdog) throws -> TestState {
        try TestState(
            limits: LuaLimits(
                memoryBytes: Self.memoryLimit, timeMilliseconds: Self.timeLimit,
                timeStrategy: strategy))
    }

    /// Runs `source`, expects `kind`, checks it ended within twice the time limit, and that the
    /// same state and a new one then run a normal script.
    private func expectLimit(_ kind: LuaError.Kind, _ source: String, strategy: LuaLimits.TimeStrategy = .watchdog)
        throws
    {
        let lua = try state(strategy)
        let started = ContinuousClock.now
        let error = lua.failure(source, chunk: "runaway.lua")
        let elapsed = ContinuousClock.now - started
        #expect(error?.kind == kind, "\(String(describing: error))")
        #expect(elapsed < .milliseconds(2 * Self.timeLimit), "took \(elapsed)")
        switch kind {
        case .timeLimit: #expect(error?.message == "time limit of \(Self.timeLimit) ms exceeded")
        case .memoryLimit: #expect(error?.message == "memory limit of \(Self.memoryLimit / 1024 / 1024) MiB exceeded")
        default: break
        }
        #expect(error?.chunk == "runaway.lua")
        // The script never held more than the cap.
        #expect(lua.state.memoryPeak <= Self.memoryLimit + 1024 * 1024)
        // Healthy afterwards: the same state, and a fresh one.
        #expect(try lua.eval("local t = {} for i = 1, 1000 do t[i] = i end return #t") == 1000)
        #expect(try state().eval("return 'ok'") == "ok")
    }

    @Test func aPlainInfiniteLoop() throws {
        try expectLimit(.timeLimit, "while true do end")
    }

    @Test func theTimeLimitNamesTheLine() throws {
        let lua = try state()
        let error = lua.failure("local n = 0\nwhile true do\n  n = n + 1\nend", chunk: "loop.lua")
        #expect(error?.chunk == "loop.lua")
        #expect(error.flatMap(\.line).map { (2...3).contains($0) } == true)
    }

    @Test func aLoopInsidePcallInsideALoop() throws {
        try expectLimit(.timeLimit, "while true do pcall(function() while true do end end) end")
    }

    @Test func xpcallWithAHandlerCannotSwallowIt() throws {
        try expectLimit(
            .timeLimit,
            """
            while true do
              xpcall(function() while true do end end, function(m) while true do end end)
            end
            """)
    }

    @Test func aLoopInsideACoroutine() throws {
        try expectLimit(.timeLimit, "coroutine.resume(coroutine.create(function() while true do end end))")
    }

    @Test func coroutinesResumedAgainAndAgain() throws {
        try expectLimit(
            .timeLimit, "while true do coroutine.resume(coroutine.create(function() while true do end end)) end")
    }

    @Test func coroutineWrapInsidePcall() throws {
        try expectLimit(.timeLimit, "while true do pcall(coroutine.wrap(function() while true do end end)) end")
    }

    @Test func aCoroutineResumedBeforeTheDeadlineAndStillRunning() throws {
        try expectLimit(
            .timeLimit,
            """
            local co = coroutine.create(function()
              local n = 0
              while true do n = n + 1 end
            end)
            while true do pcall(coroutine.resume, co) end
            """)
    }

    @Test func coroutineCloseCannotSwallowIt() throws {
        try expectLimit(
            .timeLimit,
            """
            while true do
              local co = coroutine.create(function()
                local guard <close> = setmetatable({}, { __close = function() while true do end end })
                coroutine.yield()
              end)
              coroutine.resume(co)
              pcall(coroutine.close, co)
            end
            """)
    }

    @Test func theCountHookStrategyAlsoStops() throws {
        try expectLimit(
            .timeLimit, "while true do pcall(function() while true do end end) end",
            strategy: .countHook(instructions: 1000))
    }

    @Test func tableGrowthExhaustsMemory() throws {
        try expectLimit(.memoryLimit, "local t = {} for i = 1, 1e9 do t[i] = i end")
    }

    @Test func tableGrowthInsidePcallInALoop() throws {
        try expectLimit(
            .memoryLimit,
            """
            while true do
              pcall(function() local t = {} for i = 1, 1e9 do t[i] = { i } end end)
            end
            """)
    }

    @Test func aHugeStringRep() throws {
        try expectLimit(.memoryLimit, "return string.rep('x', 1 << 30)")
        try expectLimit(.memoryLimit, "return #string.rep('x', 100 * 1024 * 1024)")
    }

    @Test func stringsConcatenatedWithoutEnd() throws {
        try expectLimit(.memoryLimit, "local s = 'x' while true do s = s .. s end")
    }

    @Test func unboundedRecursionIsAStackOverflow() throws {
        let lua = try state()
        let started = ContinuousClock.now
        let error = lua.failure("local function f(n) return 1 + f(n + 1) end\nreturn f(1)")
        #expect(ContinuousClock.now - started < .milliseconds(2 * Self.timeLimit))
        #expect(error?.kind == .runtime || error?.kind == .memoryLimit)
        if error?.kind == .runtime { #expect(error?.message.contains("stack overflow") == true) }
        #expect(try lua.eval("return 2 + 2") == 4)
    }

    @Test func theTimeLimitIsPerCall() throws {
        // Two calls of about 30% of the limit each (CPU time, so a busy machine stretches them but
        // not past the limit): together more than one limit, each well within its own.
        let lua = try TestState(limits: LuaLimits(memoryBytes: Self.memoryLimit, timeMilliseconds: 1000))
        let busy = "local deadline = os.clock() + 0.3 while os.clock() < deadline do end return 'done'"
        for _ in 0..<4 { #expect(try lua.eval(busy) == "done") }
    }

    @Test func timeSpentInAHostFunctionCounts() throws {
        let lua = try state()
        try lua.state.register(
            LuaModule(
                "slow",
                functions: [
                    LuaHostFunction("sleep", since: "1.0") { _ in
                        Thread.sleep(forTimeInterval: Double(Self.timeLimit) * 1.2 / 1000)
                        return .none
                    }
                ]))
        let error = lua.failure("slow.sleep()\nlocal x = 1\nreturn x")
        #expect(error?.kind == .timeLimit)
        #expect(try lua.eval("return 'after'") == "after")
    }

    @Test func limitsCanBeChangedBetweenCalls() throws {
        let lua = try state()
        lua.state.limits = LuaLimits(memoryBytes: nil, timeMilliseconds: 50)
        let started = ContinuousClock.now
        #expect(lua.failure("while true do end")?.message == "time limit of 50 ms exceeded")
        #expect(ContinuousClock.now - started < .milliseconds(100))
        lua.state.limits = LuaLimits(memoryBytes: 2 * 1024 * 1024, timeMilliseconds: nil)
        #expect(lua.failure("local t = {} for i = 1, 1e7 do t[i] = i end")?.kind == .memoryLimit)
    }

    @Test func manyStatesUnderLimitsAtOnce() async throws {
        try await withThrowingTaskGroup(of: LuaError.Kind?.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let lua = try TestState(limits: LuaLimits(memoryBytes: 8 << 20, timeMilliseconds: 150))
                    return lua.failure(
                        index.isMultiple(of: 2) ? "while true do end" : "local t = {} while true do t[#t + 1] = {} end")?
                        .kind
                }
            }
            var kinds: [LuaError.Kind?] = []
            for try await kind in group { kinds.append(kind) }
            #expect(kinds.filter { $0 == .timeLimit }.count >= 4)
            #expect(kinds.allSatisfy { $0 == .timeLimit || $0 == .memoryLimit })
        }
    }
}
