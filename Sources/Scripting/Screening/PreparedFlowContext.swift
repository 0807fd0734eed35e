// A flow with one context bound in its Lua state: the fast path for scoring many responses alike.
import Core
import Lua

/// A ``LoadedFlow`` with a context handed to Lua once (``LoadedFlow/prepare(context:)``), for
/// scoring many responses under the same context: each evaluation pushes only the answers.
///
/// The evaluations share one `ctx` table, as a loop in Lua would: a flow that writes into `ctx`
/// sees its own writes in later evaluations. Not thread-safe, like the flow.
public final class PreparedFlowContext {
    public let flow: LoadedFlow
    private let evaluateFunction: LuaFunction

    init(flow: LoadedFlow, evaluate: LuaFunction) {
        self.flow = flow
        self.evaluateFunction = evaluate
    }

    /// Scores `answers` as ``LoadedFlow/evaluate(_:context:)`` does under the bound context.
    public func evaluate(_ answers: [String: Answer]) throws -> FlowEvaluation {
        try flow.evaluate(answers, bound: evaluateFunction)
    }
}
