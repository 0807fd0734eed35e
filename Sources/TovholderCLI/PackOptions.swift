// `--packs DIR` and `--site DIR`: where packs are found, after the ones shipped with the product.
import ArgumentParser
import Core
import Foundation
import Packs
import Scripting

struct PackOptions: ParsableArguments {
    @Option(
        name: .customLong("packs"),
        help: ArgumentHelp(
            "A folder of packs (or one pack) to use after the shipped ones and the site's; repeatable. Also TOVHOLDER_PACKS.",
            valueName: "dir"))
    var folders: [String] = []

    @Option(
        name: .customLong("site"),
        help: ArgumentHelp(
            "The site folder: site.toml (trusted keys, whether packs must be signed) and installed packs. Also TOVHOLDER_SITE.",
            valueName: "dir"))
    var site: String?

    /// The search path: shipped packs, the site's, TOVHOLDER_PACKS, then `--packs`.
    var searchPath: PackSearchPath {
        PackSearchPath.standard(site: site, packs: folders)
    }

    /// The flows on the search path. A folder on it that does not exist is bad input naming it
    /// (field `packs`, or `site`).
    var catalog: FlowCatalog {
        get throws {
            if let site = searchPath.site, !isFolder(site) {
                throw DomainError(field: "site", PackWords.noSuchSite(site))
            }
            for folder in searchPath.folders where folder.layer != .site && !isFolder(folder.path) {
                throw DomainError(field: "packs", PackWords.noSuchFolder(folder.path))
            }
            return FlowCatalog(searchPath: searchPath)
        }
    }
}

extension PackOptions {
    /// The search path, once every folder on it is checked: a missing one (`--packs`, the site,
    /// TOVHOLDER_PACKS) is bad input naming it. The site's `packs` folder may be missing until
    /// the first install.
    func checkedSearchPath(_ language: Language) throws -> PackSearchPath {
        let path = searchPath
        if let site = path.site, !isFolder(site) {
            throw CLIFailure.badInput(PackWords.noSuchSite(site).text(language))
        }
        for folder in path.folders where folder.layer != .site && !isFolder(folder.path) {
            throw CLIFailure.badInput(PackWords.noSuchFolder(folder.path).text(language))
        }
        return path
    }

    /// The site's pack policy (`site.toml`); nothing trusted or required without a site.
    func siteConfiguration() throws -> SiteConfiguration {
        try SiteConfiguration.read(siteAt: searchPath.site)
    }
}

/// Whether `path` is a folder.
func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
}
