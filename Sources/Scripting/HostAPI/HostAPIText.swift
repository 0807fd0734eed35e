// Phrases the generated stubs and reference share: how a function's capability and signature read.

enum HostAPIText {
    /// `Needs the capability `cases:read` (declare it in pack.toml).` or `Needs no capability.`
    static func capabilityNote(_ function: HostAPIFunction) -> String {
        guard let capability = function.capability else { return "Needs no capability." }
        return "Needs the capability `\(capability)` (declare it in pack.toml)."
    }

    /// `screening.band(v: number?, bands: table[]): string?`, as LuaLS shows a function.
    static func signature(_ module: HostAPIModule, _ function: HostAPIFunction) -> String {
        let parameters = function.signature.parameters.map { parameter in
            "\(parameter.name)\(parameter.isOptional ? "?" : ""): \(parameter.type)"
        }
        let results = function.signature.returns.map(\.type)
        let tail = results.isEmpty ? "" : ": " + results.joined(separator: ", ")
        return "\(module.name).\(function.name)(\(parameters.joined(separator: ", ")))\(tail)"
    }
}
