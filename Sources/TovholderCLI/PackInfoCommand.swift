// `tovholder pack info NAME|DIR`: one pack in full, for a municipality to review before installing it.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackInfoCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a pack: manifest, what it provides and overrides, lock, signature and capabilities.",
        discussion: """
            NAME is a pack on the search path. A folder holding pack.toml is shown as it would be \
            once installed in the site (or, without a site, added to the search path), so a pack \
            can be reviewed before it is installed.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The pack's name, or its folder.", valueName: "name|dir"))
    var pack: String

    func run() throws {
        try runReporting { language in
            let path = try packs.checkedSearchPath(language)
            var survey = try PackSurvey(searchPath: path)
            let member: PackSurvey.Member
            if let onPath = survey.member(at: pack) {
                member = onPath
            } else if isFolder(pack), FileManager.default.fileExists(atPath: pack + "/" + PackManifest.fileName) {
                let layer: PackLayer = path.site == nil ? .municipality : .site
                let candidate = try DiscoveredPack(
                    reading: PackLocation(layer: layer, folder: trimmingSlashes(pack)))
                let target = path.site.map { Self.installFolder(site: $0, name: candidate.name) }
                survey = survey.placing(candidate, replacing: target)
                member = survey.member(at: candidate.folder)!
            } else if let named = survey.member(named: pack) {
                member = named
            } else {
                let known = Set(survey.members.map(\.name)).sorted()
                throw DomainError(field: "pack", PackWords.unknownPack(pack, known: known))
            }
            let manifest = try member.manifest.get()
            let view = PackInfoView(
                manifest, member, in: survey, site: try packs.siteConfiguration(), language: language)
            try output.print(view) { Self.lines($0, language).joined(separator: "\n") }
        }
    }

    /// Where installing `name` in the site puts it.
    static func installFolder(site: String, name: String) -> String {
        ((site as NSString).appendingPathComponent(PackSearchPath.sitePacksFolder) as NSString)
            .appendingPathComponent(name)
    }

    static func lines(_ view: PackInfoView, _ language: Language) -> [String] {
        let none = PackWords.none.text(language)
        var lines = ["\(view.name) \(view.version) – \(view.title)"]
        if let description = view.description { lines.append(description) }
        lines.append(
            "\(PackWords.layerLabel.text(language)): \(PackWords.layer(PackLayer(named: view.layer)).text(language))")
        lines.append("\(PackWords.folder.text(language)): \(view.folder)")
        if !view.authors.isEmpty {
            lines.append("\(PackWords.authors.text(language)): \(view.authors.joined(separator: ", "))")
        }
        if let license = view.license { lines.append("\(PackWords.licence.text(language)): \(license)") }
        lines.append(
            PackWords.hostAPI(range: view.hostApi, host: HostAPI.version.description, fits: view.hostApiCompatible)
                .text(language))
        let folders =
            EntryKind.allCases.compactMap { kind in view.entryFolders[kind.key].map { "\(kind.key) = \($0)" } }
            + (view.modules.map { ["\(PackWords.modules.text(language)) = \($0)"] } ?? [])
        lines.append("\(PackWords.folders.text(language)): \(folders.isEmpty ? none : folders.joined(separator: ", "))")
        lines += section(
            PackWords.dependencies, language,
            view.dependencies.map {
                PackWords.dependency(name: $0.name, range: $0.range, found: $0.found, fits: $0.satisfied).text(language)
            })
        lines += section(
            PackWords.provides, language,
            view.provides.map { provided in
                var notes: [String] = []
                if !provided.keptVersions.isEmpty {
                    notes.append(PackWords.keptVersions(provided.keptVersions).text(language))
                }
                if let by = provided.overriddenBy { notes.append(PackWords.overriddenBy(by).text(language)) }
                let kind = PackWords.kind(EntryKind(rawValue: provided.kind) ?? .flows).text(language)
                return "\(kind) \(provided.id)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
            })
        lines += section(
            PackWords.overridesLabel, language,
            view.overrides.map {
                "\(PackWords.kind(EntryKind(rawValue: $0.kind) ?? .flows).text(language)) \($0.pack):\($0.id)"
            })
        if !view.replaces.isEmpty { lines += section(PackWords.replaces, language, view.replaces) }
        lines.append("\(PackWords.lock.text(language)): \(lockText(view.lock, language))")
        lines.append("\(PackWords.signature.text(language)): \(signatureText(view.signature, language))")
        lines += section(PackWords.capabilities, language, view.capabilities.map { "\($0.id)  \($0.description)" })
        if view.problems.isEmpty {
            lines.append("\(PackWords.status.text(language)): ok")
        } else {
            lines += section(PackWords.problems, language, view.problems.map(\.description))
        }
        return lines
    }

    /// `Label: none`, or `Label:` and one indented line per item.
    private static func section(_ label: PackWords, _ language: Language, _ items: [String]) -> [String] {
        guard !items.isEmpty else { return ["\(label.text(language)): \(PackWords.none.text(language))"] }
        return ["\(label.text(language)):"] + items.map { "  \($0)" }
    }

    private static func lockText(_ lock: PackInfoView.LockView, _ language: Language) -> String {
        switch lock.status {
        case "ok": return PackWords.lockMatches(lock.files ?? 0).text(language)
        case "mismatch": return PackWords.lockMismatch(lock.problems.count, of: lock.files ?? 0).text(language)
        case "unreadable": return PackWords.lockUnreadable.text(language)
        default: return PackWords.lockNone.text(language)
        }
    }

    private static func signatureText(_ signature: PackInfoView.SignatureView, _ language: Language) -> String {
        switch signature.status {
        case "trusted":
            return PackWords.signatureTrusted(name: signature.signer ?? "?", keyID: signature.keyId ?? "?")
                .text(language)
        case "untrusted": return PackWords.signatureUntrusted(signature.keyId ?? "?").text(language)
        case "bad": return PackWords.signatureBad.text(language)
        default: return PackWords.signatureNone.text(language)
        }
    }
}
