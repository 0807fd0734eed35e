// `--packs DIR`: more folders to find packs in, after the shipped ones and TOVHOLDER_PACKS.
import ArgumentParser
import Scripting

struct PackOptions: ParsableArguments {
    @Option(
        name: .customLong("packs"),
        help: ArgumentHelp(
            "A folder of packs (or one pack) to use after the shipped ones; repeatable. Also TOVHOLDER_PACKS.",
            valueName: "dir"))
    var folders: [String] = []

    /// The flows on the search path.
    var catalog: FlowCatalog {
        FlowCatalog(searchPath: PackSearchPath.standard(extra: folders))
    }
}
