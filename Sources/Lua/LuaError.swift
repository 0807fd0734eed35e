// The one error type of the Lua bridge: what went wrong (kind), where (chunk and line), and the traceback.

/// An error from loading or running Lua code, or from a limit that stopped it.
///
/// Match on the kind with `catch let error as LuaError where error.kind == .timeLimit`, or with
/// the pattern `catch LuaError.Kind.timeLimit`.
public struct LuaError: Error, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        /// The chunk does not compile.
        case syntax
        /// The script raised an error (including `error()` and errors of the standard library).
        case runtime
        /// The state's memory cap was reached.
        case memoryLimit
        /// The call's time limit passed.
        case timeLimit
        /// A host (Swift) function failed; ``LuaError/underlying`` holds the Swift error.
        case host
    }

    public var kind: Kind
    /// The chunk the error points at, as the host named it (for files: the path).
    public var chunk: String?
    /// The line in ``chunk``, when known.
    public var line: Int?
    /// The message without the `chunk:line:` prefix.
    public var message: String
    /// Lua's stack traceback at the point of the error, when one was taken.
    public var traceback: String?
    /// For ``Kind/host``: the error the Swift function threw.
    public var underlying: (any Error)?

    public init(
        kind: Kind, chunk: String? = nil, line: Int? = nil, message: String,
        traceback: String? = nil, underlying: (any Error)? = nil
    ) {
        self.kind = kind
        self.chunk = chunk
        self.line = line
        self.message = message
        self.traceback = traceback
        self.underlying = underlying
    }

    /// `chunk:line`, `chunk`, or nil.
    public var location: String? {
        guard let chunk else { return nil }
        guard let line else { return chunk }
        return "\(chunk):\(line)"
    }

    /// `chunk:line: message`, the form Lua itself uses.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    public var isLimit: Bool { kind == .timeLimit || kind == .memoryLimit }
}

extension LuaError.Kind {
    /// Lets `catch LuaError.Kind.timeLimit { ... }` match a ``LuaError`` of that kind.
    public static func ~= (kind: LuaError.Kind, error: any Error) -> Bool {
        (error as? LuaError)?.kind == kind
    }
}

/// An error a host function throws to give the script a plain message (no Swift type name).
public struct LuaHostError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
