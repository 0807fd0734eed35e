// `--packs DIR` and `--site DIR`: where packs are found, after the ones shipped with the product.
import ArgumentParser
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

    /// The flows on the search path.
    var catalog: FlowCatalog {
        FlowCatalog(searchPath: searchPath)
    }
}
