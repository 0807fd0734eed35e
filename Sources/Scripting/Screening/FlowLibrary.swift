// The screening library's Lua source (embedded from screening.lua) and the chunk that loads a flow.

/// The Lua every flow state starts with.
public enum FlowLibrary {
    /// The library flows see as the global `screening` (Sources/Scripting/Screening/screening.lua).
    public static let source = String(decoding: PackageResources.screening_lua, as: UTF8.self)
    /// The name errors inside the library show.
    public static let chunkName = "screening.lua"

    /// Runs the library, sets the `screening` global, runs the flow file, and returns the flow's
    /// table and a function that prepares it and returns the engine's entry points bound to it:
    /// evaluate, visible, validate, and a binder that returns evaluate with its context bound too
    /// (so scoring many responses under one context pushes the context once).
    /// The library's functions are taken before the flow runs, so a flow cannot replace them.
    static let bootstrap = """
        local library_chunk, flow_chunk = ...
        local library = library_chunk()
        local prepare, evaluate, visible, validate =
          library._prepare, library._evaluate, library._visible, library._validate
        screening = library
        local flow = flow_chunk()
        return flow, function()
          prepare(flow)
          return function(answers, ctx) return evaluate(flow, answers, ctx) end,
            function(answers, ctx) return visible(flow, answers, ctx) end,
            function(answers, ctx, id, value) return validate(flow, answers, ctx, id, value) end,
            function(ctx) return function(answers) return evaluate(flow, answers, ctx) end end
        end
        """
}
