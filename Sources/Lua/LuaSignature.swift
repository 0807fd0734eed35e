// A host function's declared parameters and results, written as LuaLS writes types, for stubs and docs.

/// What a host function takes and gives back, as the generated type stubs and reference show it.
/// Types are written as lua-language-server writes them: `string`, `integer`, `number?`,
/// `string[]`, `table<string, any>`, `fun(v: number): boolean`, `number|fun(v: number): boolean`.
/// The bridge does not check calls against it: the body reads its arguments with
/// ``LuaArguments`` and names a bad one itself.
public struct LuaSignature: Sendable, Hashable {
    /// One parameter: `name`, its type, whether it may be left out, and what it is.
    public struct Parameter: Sendable, Hashable {
        /// The name the stubs and docs use (`id`, or `...` for the rest of the arguments).
        public var name: String
        public var type: String
        public var isOptional: Bool
        public var doc: String

        public init(_ name: String, _ type: String, optional: Bool = false, doc: String = "") {
            self.name = name
            self.type = type
            self.isOptional = optional
            self.doc = doc
        }
    }

    /// One result: its type (`number?` when it may be nil) and what it is.
    public struct Return: Sendable, Hashable {
        public var type: String
        public var doc: String

        public init(_ type: String, doc: String = "") {
            self.type = type
            self.doc = doc
        }
    }

    public var parameters: [Parameter]
    public var returns: [Return]

    public init(_ parameters: [Parameter] = [], returns: [Return] = []) {
        self.parameters = parameters
        self.returns = returns
    }

    /// The parameter names as a call shows them: `a, id` (optional ones too).
    public var parameterList: String {
        parameters.map(\.name).joined(separator: ", ")
    }
}
