// pack.toml: a full manifest reads into every field, and each field's error says file, field and what was expected.
import Core
import Testing

@testable import Packs

@Suite struct ManifestTests {
    static let file = "Plugins/x/pack.toml"

    @Test func readsEveryField() throws {
        let manifest = try PackManifestReader.parse(
            """
            # A municipality's own flows.
            name = "dk.aarhus.flows"
            version = "1.2.3"
            host_api = "^1.0"
            title = "Aarhus' flows"
            description = "Lokale screeninger"
            authors = ["Aarhus Kommune", "IT"]
            license = "Apache-2.0"
            flows = "./flows/"
            workflows = "wf"
            reports = "reports"
            modules = "lib"
            capabilities = ["cases:read", "screenings:write"]

            [dependencies]
            "dk.tovholder.screening" = ">=1.0, <2.0"
            "dk.vendor.kip" = "~2.1"

            [overrides]
            flows = ["dk.tovholder.screening:audit"]
            reports = ["dk.vendor.kip:kip_summary"]
            """, file: Self.file)
        #expect(manifest.name == "dk.aarhus.flows")
        #expect(manifest.version == SemanticVersion(1, 2, 3))
        #expect(manifest.hostAPI == (try VersionRange("^1.0")))
        #expect(manifest.title == "Aarhus' flows")
        #expect(manifest.summary == "Lokale screeninger")
        #expect(manifest.authors == ["Aarhus Kommune", "IT"])
        #expect(manifest.license == "Apache-2.0")
        #expect(manifest.entryFolders == [.flows: "flows", .workflows: "wf", .reports: "reports"])
        #expect(manifest.modules == "lib")
        #expect(manifest.capabilities == [.casesRead, .screeningsWrite])
        #expect(
            manifest.dependencies.map(\.description) == ["dk.tovholder.screening >=1.0, <2.0", "dk.vendor.kip ~2.1"])
        #expect(manifest.overrides[.flows] == [OverrideTarget(pack: "dk.tovholder.screening", id: "audit")])
        #expect(manifest.overrides[.reports] == [OverrideTarget(pack: "dk.vendor.kip", id: "kip_summary")])
        #expect(manifest.overrides[.workflows] == nil)
    }

    @Test func readsTheShippedScreeningPack() throws {
        let manifest = try PackManifestReader.read(packAt: Paths.plugins + "/dk.tovholder.screening")
        #expect(manifest.name == "dk.tovholder.screening")
        #expect(manifest.hostAPI.contains(HostAPI.version))
        #expect(manifest.entryFolders[.flows] == "flows")
        #expect(manifest.modules == "lib")
    }

    /// The lines after the required fields, or a whole manifest when it starts with `name`; the message.
    static let errors: [(toml: String, message: String)] = [
        // Syntax.
        ("name = \"dk.x.y\"\nversion = 1.0.0", "Plugins/x/pack.toml:2: not valid TOML:"),
        // Unknown fields.
        ("flow = \"flows\"", #"Plugins/x/pack.toml: flow: unknown field; did you mean "flows"?"#),
        (
            "colour = \"red\"",
            "Plugins/x/pack.toml: colour: unknown field (expected one of name, version, host_api, title, description, authors, license, flows, workflows, reports, modules, capabilities, dependencies, overrides)"
        ),
        // name.
        (
            "version = \"1.0.0\"\nhost_api = \"*\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: name: missing, expected a pack name such as "dk.kommune.flows""#
        ),
        (
            "name = \"Dk.Kommune\"\nversion = \"1.0.0\"\nhost_api = \"*\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: name: expected a pack name of two or more dot-separated lower-case parts (a-z, 0-9, _ and -) such as "dk.kommune.flows", got "Dk.Kommune""#
        ),
        (
            "name = \"flows\"\nversion = \"1.0.0\"\nhost_api = \"*\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: name: expected a pack name of two or more dot-separated lower-case parts (a-z, 0-9, _ and -) such as "dk.kommune.flows", got "flows""#
        ),
        (
            "name = 3\nversion = \"1.0.0\"\nhost_api = \"*\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: name: expected a pack name such as "dk.kommune.flows", got 3"#
        ),
        // version.
        (
            "name = \"dk.x.y\"\nhost_api = \"*\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: version: missing, expected a semantic version such as "1.0.0""#
        ),
        (
            "name = \"dk.x.y\"\nversion = \"1.0\"\nhost_api = \"*\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: version: expected a semantic version such as "1.0.0", got "1.0""#
        ),
        // host_api.
        (
            "name = \"dk.x.y\"\nversion = \"1.0.0\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: host_api: missing, expected a version range such as ">=1.0, <2.0""#
        ),
        (
            "name = \"dk.x.y\"\nversion = \"1.0.0\"\nhost_api = \"1.0-2\"\ntitle = \"T\"",
            #"Plugins/x/pack.toml: host_api: expected a version range such as ">=1.0, <2.0", got "1.0-2""#
        ),
        (
            "name = \"dk.x.y\"\nversion = \"1.0.0\"\nhost_api = 1\ntitle = \"T\"",
            #"Plugins/x/pack.toml: host_api: expected a version range such as ">=1.0, <2.0", got 1"#
        ),
        // title.
        (
            "name = \"dk.x.y\"\nversion = \"1.0.0\"\nhost_api = \"*\"",
            "Plugins/x/pack.toml: title: missing, expected the pack's title as a non-empty string"
        ),
        (
            "name = \"dk.x.y\"\nversion = \"1.0.0\"\nhost_api = \"*\"\ntitle = \"\"",
            #"Plugins/x/pack.toml: title: expected the pack's title as a non-empty string, got """#
        ),
        // description, authors, license.
        ("description = [\"x\"]", "Plugins/x/pack.toml: description: expected a non-empty string, got an array"),
        (
            "authors = \"Aarhus\"",
            #"Plugins/x/pack.toml: authors: expected an array of names such as ["Aarhus Kommune"], got "Aarhus""#
        ),
        ("authors = [\"A\", 2]", "Plugins/x/pack.toml: authors[2]: expected a non-empty string, got 2"),
        ("license = true", #"Plugins/x/pack.toml: license: expected a licence name such as "Apache-2.0", got true"#),
        // Entry points.
        (
            "flows = \"../other\"",
            #"Plugins/x/pack.toml: flows: expected a folder inside the pack such as "flows", got "../other""#
        ),
        (
            "workflows = \"/etc\"",
            #"Plugins/x/pack.toml: workflows: expected a folder inside the pack such as "workflows", got "/etc""#
        ),
        (
            "reports = [\"reports\"]",
            #"Plugins/x/pack.toml: reports: expected a folder inside the pack such as "reports", got an array"#
        ),
        (
            "modules = \"lib/../../x\"",
            #"Plugins/x/pack.toml: modules: expected a folder inside the pack such as "lib", got "lib/../../x""#
        ),
        // Capabilities.
        (
            "capabilities = \"cases:read\"",
            #"Plugins/x/pack.toml: capabilities: expected an array of capabilities such as ["cases:read"], got "cases:read""#
        ),
        (
            "capabilities = [\"cases:read\", \"cases:delete\"]",
            #"Plugins/x/pack.toml: capabilities[2]: expected one of cases:read, cases:write, screenings:read, screenings:write, plans:read, plans:write, tasks:write, outbox:write, consent:read, reports:export, pseudonymised:read, events:subscribe, got "cases:delete""#
        ),
        (
            "capabilities = [\"cases:read\", \"cases:read\"]",
            #"Plugins/x/pack.toml: capabilities[2]: "cases:read" is listed twice"#
        ),
        // Dependencies.
        (
            "dependencies = \"dk.a.b\"",
            #"Plugins/x/pack.toml: dependencies: expected a table of pack names and version ranges such as "dk.vendor.kip" = "^1.0", got "dk.a.b""#
        ),
        (
            "[dependencies]\n\"Dk.A\" = \"^1.0\"",
            #"Plugins/x/pack.toml: dependencies."Dk.A": expected a pack name of two or more dot-separated lower-case parts (a-z, 0-9, _ and -) such as "dk.kommune.flows", got "Dk.A""#
        ),
        (
            "[dependencies]\n\"dk.a.b\" = \"^x\"",
            #"Plugins/x/pack.toml: dependencies."dk.a.b": expected a version range such as ">=1.0, <2.0", got "^x" ("x" is not a version such as 1.2 or 1.2.3)"#
        ),
        (
            "[dependencies]\ndk.a.b = \"^1.0\"",
            #"Plugins/x/pack.toml: dependencies.dk: expected a version range such as ">=1.0, <2.0", got a table (write a pack name in quotes: "dk.vendor.kip" = "^1.0")"#
        ),
        (
            "[dependencies]\n\"dk.x.y\" = \"^1.0\"",
            #"Plugins/x/pack.toml: dependencies."dk.x.y": a pack cannot depend on itself"#
        ),
        // Overrides.
        (
            "overrides = [\"dk.a.b:audit\"]",
            #"Plugins/x/pack.toml: overrides: expected a table such as flows = ["dk.tovholder.screening:audit"], got an array"#
        ),
        (
            "[overrides]\nflow = [\"dk.a.b:audit\"]",
            #"Plugins/x/pack.toml: overrides.flow: unknown field; did you mean "flows"?"#
        ),
        (
            "[overrides]\nflows = \"dk.a.b:audit\"",
            #"Plugins/x/pack.toml: overrides.flows: expected an array of "pack.name:id" such as "dk.tovholder.screening:audit", got "dk.a.b:audit""#
        ),
        (
            "[overrides]\nflows = [\"audit\"]",
            #"Plugins/x/pack.toml: overrides.flows[1]: expected "pack.name:id" such as "dk.tovholder.screening:audit", got "audit""#
        ),
        (
            "[overrides]\nreports = [\"dk.x.y:summary\"]",
            #"Plugins/x/pack.toml: overrides.reports[1]: a pack cannot override its own report "summary""#
        ),
        (
            "[overrides]\nworkflows = [\"dk.a.b:w\", \"dk.a.b:w\"]",
            #"Plugins/x/pack.toml: overrides.workflows[2]: "dk.a.b:w" is listed twice"#
        ),
    ]

    @Test(arguments: errors)
    func eachFieldsErrorNamesFileFieldAndExpectation(toml: String, message: String) {
        let text = toml.hasPrefix("name") || toml.hasPrefix("version") ? toml : manifestText("dk.x.y", "1.0.0", toml)
        let error = packError { _ = try PackManifestReader.parse(text, file: Self.file) }
        #expect(error != nil)
        guard let error else { return }
        if message.hasSuffix("not valid TOML:") {
            #expect(error.code == .syntax)
            #expect(error.description.hasPrefix(message))
        } else {
            #expect(error.description == message)
            #expect(error.code == .field)
        }
    }

    @Test func aMissingManifestNamesTheFile() throws {
        let folder = try TemporaryFolder()
        let error = packError { _ = try PackManifestReader.read(packAt: folder.path) }
        #expect(error?.code == .io)
        #expect(error?.file == folder.path + "/pack.toml")
    }

    @Test func capabilitiesHaveDanishAndEnglishDescriptions() {
        for capability in Capability.allCases {
            #expect(!capability.text(.danish).isEmpty)
            #expect(!capability.text(.english).isEmpty)
            #expect(capability.text(.danish) != capability.text(.english))
        }
        #expect(Capability.allCases.count == 12)
    }
}
