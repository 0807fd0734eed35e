// `tovholder pack install DIR|ARCHIVE`: verify a pack, check that the packs still resolve with it, then copy it in.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackInstallCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Verify a pack (folder or .tar.gz) and install it into the site's packs or another folder of packs.",
        discussion: """
            A .tar.gz or .tgz archive is unpacked with the system tar into a temporary folder, which \
            is removed afterwards. It must hold exactly one pack (pack.toml at the top, or in one \
            top-level folder) and only regular files and folders: an archive with absolute paths, \
            '..', links or device files is refused (exit 2) and nothing is installed.

            The pack is verified under the site's policy (site.toml), and the packs on the search \
            path are resolved with it in place first: a pack whose host API, dependencies or ids \
            would not resolve is refused and nothing is written. An installed copy of another \
            version is replaced only with --replace.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @Argument(
        help: ArgumentHelp(
            "The pack's folder (the one holding pack.toml), or a .tar.gz/.tgz archive of one pack.",
            valueName: "dir|archive"))
    var source: String

    @Option(
        help: ArgumentHelp(
            "'site' (the default: the site folder's packs/), or a folder of packs such as a municipality's.",
            valueName: "site|dir"))
    var into = "site"

    @Flag(help: "Replace an installed copy of another version or with other files.")
    var replace = false

    func run() throws {
        try runReporting { language in
            let given = trimmingSlashes(source)
            if PackArchive.isArchive(given) {
                try PackArchive.unpacking(given, language) { try install($0, language) }
            } else {
                try install(try packFolder(given, language), language)
            }
        }
    }

    /// `given` when it is a folder holding pack.toml.
    private func packFolder(_ given: String, _ language: Language) throws -> String {
        guard isFolder(given) else { throw CLIFailure.badInput(PackWords.noSuchFolder(given).text(language)) }
        guard FileManager.default.fileExists(atPath: (given as NSString).appendingPathComponent(PackManifest.fileName))
        else { throw CLIFailure.badInput(PackWords.notAPack(given).text(language)) }
        return given
    }

    /// Verifies the pack in `source`, checks that the search path resolves with it, and copies it in.
    private func install(_ source: String, _ language: Language) throws {
        let path = try packs.checkedSearchPath(language)
        let (folder, layer) = try destination(path, language)
        let manifest = try PackManifestReader.read(packAt: source)
        let site = try packs.siteConfiguration()
        _ = try PackVerifier(site: site).verify(packAt: source, label: manifest.label, layer: .site)

        let target = (folder as NSString).appendingPathComponent(manifest.name)
        let before = try PackSurvey(searchPath: path)
        let candidate = DiscoveredPack(manifest: manifest, location: PackLocation(layer: layer, folder: source))
        let after = before.placing(candidate, replacing: target)
        let known = Set(before.allProblems.map(\.description))
        let new = after.allProblems.filter { !known.contains($0.description) }
        guard new.isEmpty else {
            let lines = new.map { "  \($0)" }
            throw CLIFailure.checkFailed(
                ([PackWords.wouldNotResolve(manifest.label).text(language)] + lines).joined(separator: "\n"))
        }

        // Nothing half-working goes in: every Lua file must compile and every flow load.
        let validation = try PackValidation(folder: source, searchPath: path)
        guard validation.problems.isEmpty else {
            let lines = validation.problems.map { "  \($0)" }
            throw CLIFailure.checkFailed(
                ([PackWords.doesNotValidate(manifest.label).text(language)] + lines).joined(separator: "\n"))
        }

        let outcome: InstallOutcome
        do {
            outcome = try PackInstaller(site: site).install(packAt: source, into: folder, replace: replace)
        } catch let error as PackError where error.code == .alreadyInstalled {
            let installed = try? PackManifestReader.read(packAt: target)
            throw CLIFailure.badInput(
                PackWords.alreadyInstalled(
                    folder: target, installed: installed?.version.description, label: manifest.label
                ).text(language))
        }
        let done: PackWords
        switch outcome.action {
        case .installed: done = .installed(label: manifest.label, folder: outcome.folder)
        case .replaced(let previous):
            done = .replaced(label: manifest.label, previous: previous?.description, folder: outcome.folder)
        case .unchanged: done = .unchanged(label: manifest.label, folder: outcome.folder)
        }
        let checked = PackWords.checked(locked: outcome.verification.locked, signer: outcome.verification.signer)
        print(done.text(language))
        print(checked.text(language))
    }

    /// The folder of packs to install into, and the layer the search path gives it.
    private func destination(_ path: PackSearchPath, _ language: Language) throws -> (String, PackLayer) {
        if into == "site" {
            guard let site = path.site else { throw CLIFailure.badInput(PackWords.needsSite.text(language)) }
            return ((site as NSString).appendingPathComponent(PackSearchPath.sitePacksFolder), .site)
        }
        let folder = trimmingSlashes(into)
        guard isFolder(folder) else { throw CLIFailure.badInput(PackWords.noSuchFolder(folder).text(language)) }
        let layer = path.folders.first { PackSurvey.same($0.path, folder) }?.layer ?? .municipality
        return (folder, layer)
    }
}
