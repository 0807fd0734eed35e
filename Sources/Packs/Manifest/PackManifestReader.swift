// Reading and checking `pack.toml`: every field, with one clear message for the first that is wrong.
import Core
import Foundation
import TOMLKit

/// Reads `pack.toml` into a ``PackManifest``. The manifest is data, never executed. Unknown
/// fields are refused (a typo must not be silently ignored), and each problem is one
/// ``PackError`` naming the file, the field's dotted path and what was expected:
/// `Plugins/x/pack.toml: host_api: expected a version range such as ">=1.0, <2.0", got "1.0-2"`.
/// Positions in arrays count from 1: `capabilities[2]` is the second.
public enum PackManifestReader {
    /// The top-level fields, in the order they are checked and documented.
    public static let fields = [
        "name", "version", "host_api", "title", "description", "authors", "license",
        "flows", "workflows", "reports", "modules", "capabilities", "dependencies", "overrides",
    ]

    /// Reads `pack.toml` in the pack folder `folder`.
    /// - Throws: ``PackError`` (`.io`, `.syntax` or `.field`).
    public static func read(packAt folder: String) throws -> PackManifest {
        let file = (folder as NSString).appendingPathComponent(PackManifest.fileName)
        return try read(TOMLFields.read(file))
    }

    /// Reads a manifest from its text; `file` is the name messages give it.
    /// - Throws: ``PackError`` (`.syntax` or `.field`).
    public static func parse(_ text: String, file: String) throws -> PackManifest {
        try read(TOMLFields.parse(text, file: file))
    }

    private static func read(_ toml: TOMLFields) throws -> PackManifest {
        try toml.rejectUnknownKeys(fields)
        let name = try toml.string("name", required: true, expected: "a pack name such as \"\(PackName.example)\"")!
        guard PackName.isValid(name) else {
            throw toml.failure("name", "\(PackName.expectation), got \"\(name)\"")
        }
        let versionText = try toml.string("version", required: true, expected: "a semantic version such as \"1.0.0\"")!
        guard let version = SemanticVersion(versionText) else {
            throw toml.failure("version", "expected a semantic version such as \"1.0.0\", got \"\(versionText)\"")
        }
        let hostAPI = try range(toml, "host_api", required: true)!
        let title = try toml.string("title", required: true, expected: "the pack's title as a non-empty string")!
        let summary = try toml.string("description", expected: "a non-empty string")
        let authors =
            try toml.strings(
                "authors", expected: "an array of names such as [\"Aarhus Kommune\"]", element: "a non-empty string")
            ?? []
        let license = try toml.string("license", expected: "a licence name such as \"Apache-2.0\"")
        var entryFolders: [EntryKind: String] = [:]
        for kind in EntryKind.allCases {
            entryFolders[kind] = try folder(toml, kind.key)
        }
        let modules = try folder(toml, "modules")
        return PackManifest(
            name: name, version: version, hostAPI: hostAPI, title: title, summary: summary, authors: authors,
            license: license, entryFolders: entryFolders, modules: modules,
            capabilities: try capabilities(toml), dependencies: try dependencies(toml, of: name),
            overrides: try overrides(toml, of: name))
    }

    /// A version range field (`host_api`, a dependency).
    private static func range(_ toml: TOMLFields, _ key: String, required: Bool = false) throws -> VersionRange? {
        let example = "a version range such as \">=1.0, <2.0\""
        guard let value = toml.value(key) else {
            if required { throw toml.failure(toml.fieldPath(key), "missing, expected \(example)") }
            return nil
        }
        guard let text = value.string else {
            let hint = value.type == .table ? " (write a pack name in quotes: \"dk.vendor.kip\" = \"^1.0\")" : ""
            throw toml.failure(toml.fieldPath(key), "expected \(example), got \(TOMLFields.describe(value))\(hint)")
        }
        do {
            return try VersionRange(text)
        } catch {
            throw toml.failure(toml.fieldPath(key), error.description)
        }
    }

    /// An entry-point folder: relative, inside the pack, normalised (`./flows/` is `flows`).
    private static func folder(_ toml: TOMLFields, _ key: String) throws -> String? {
        let expected = "a folder inside the pack such as \"\(key == "modules" ? "lib" : key)\""
        guard let text = try toml.string(key, expected: expected) else { return nil }
        guard let normalised = PackPath.normalise(text) else {
            throw toml.failure(key, "expected \(expected), got \"\(text)\"")
        }
        return normalised
    }

    private static func capabilities(_ toml: TOMLFields) throws -> [Capability] {
        let all = Capability.allCases.map(\.rawValue).joined(separator: ", ")
        let texts =
            try toml.strings(
                "capabilities", expected: "an array of capabilities such as [\"cases:read\"]",
                element: "one of \(all)") ?? []
        var capabilities: [Capability] = []
        for (index, text) in texts.enumerated() {
            let field = "capabilities[\(index + 1)]"
            guard let capability = Capability(rawValue: text) else {
                throw toml.failure(field, "expected one of \(all), got \"\(text)\"")
            }
            guard !capabilities.contains(capability) else {
                throw toml.failure(field, "\"\(text)\" is listed twice")
            }
            capabilities.append(capability)
        }
        return capabilities
    }

    private static func dependencies(_ toml: TOMLFields, of pack: String) throws -> [PackDependency] {
        guard
            let table = try toml.subtable(
                "dependencies",
                expected: "a table of pack names and version ranges such as \"dk.vendor.kip\" = \"^1.0\"")
        else { return [] }
        var dependencies: [PackDependency] = []
        for name in table.table.keys.sorted() {
            // `dk.vendor.kip = "^1.0"` unquoted is a nested table: say to quote it before judging "dk".
            guard PackName.isValid(name) || table.value(name)?.type == .table else {
                throw table.failure(table.fieldPath(name), "\(PackName.expectation), got \"\(name)\"")
            }
            guard name != pack else {
                throw table.failure(table.fieldPath(name), "a pack cannot depend on itself")
            }
            let range = try range(table, name)!
            dependencies.append(PackDependency(name: name, range: range))
        }
        return dependencies
    }

    private static func overrides(_ toml: TOMLFields, of pack: String) throws -> [EntryKind: [OverrideTarget]] {
        guard
            let table = try toml.subtable(
                "overrides", expected: "a table such as flows = [\"dk.tovholder.screening:audit\"]")
        else { return [:] }
        try table.rejectUnknownKeys(EntryKind.allCases.map(\.key))
        var overrides: [EntryKind: [OverrideTarget]] = [:]
        let example = "\"pack.name:id\" such as \"dk.tovholder.screening:audit\""
        for kind in EntryKind.allCases {
            guard
                let texts = try table.strings(
                    kind.key, expected: "an array of \(example)", element: example)
            else { continue }
            var targets: [OverrideTarget] = []
            for (index, text) in texts.enumerated() {
                let field = "\(table.fieldPath(kind.key))[\(index + 1)]"
                guard let target = OverrideTarget(text) else {
                    throw table.failure(field, "expected \(example), got \"\(text)\"")
                }
                guard target.pack != pack else {
                    throw table.failure(field, "a pack cannot override its own \(kind.singular) \"\(target.id)\"")
                }
                guard !targets.contains(target) else {
                    throw table.failure(field, "\"\(text)\" is listed twice")
                }
                targets.append(target)
            }
            overrides[kind] = targets
        }
        return overrides
    }
}
