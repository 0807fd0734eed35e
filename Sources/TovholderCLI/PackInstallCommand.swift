// `tovholder pack install DIR`: verify a pack, check that the packs still resolve with it, then copy it in.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackInstallCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Verify a pack and install it into the site's packs folder (or another folder of packs).",
        discussion: """
            The pack is verified under the site's policy (site.toml), and the packs on the search \
            path are resolved with it in place first: a pack whose host API, dependencies or ids \
            would not resolve is refused and nothing is written. An installed copy of another \
            version is replaced only with --replace.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var pack: PackFolderArgument

    @Option(
        help: ArgumentHelp(
            "'site' (the default: the site folder's packs/), or a folder of packs such as a municipality's.",
            valueName: "site|dir"))
    var into = "site"

    @Flag(help: "Replace an installed copy of another version or with other files.")
    var replace = false

    func run() throws {
        try runReporting { language in
            let source = try pack.folder(language)
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
