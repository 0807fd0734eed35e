// The pack folder a command works on (`pack lock DIR`...): it must exist and hold pack.toml.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackFolderArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The pack's folder (the one holding pack.toml).", valueName: "dir"))
    var dir: String

    /// The folder as given, without trailing slashes.
    /// - Throws: bad input when it is not a folder or has no `pack.toml`.
    func folder(_ language: Language) throws -> String {
        let path = trimmingSlashes(dir)
        guard isFolder(path) else { throw CLIFailure.badInput(PackWords.noSuchFolder(path).text(language)) }
        guard FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(PackManifest.fileName))
        else { throw CLIFailure.badInput(PackWords.notAPack(path).text(language)) }
        return path
    }
}

/// `path` without trailing slashes (`packs/x/` is `packs/x`), so that paths joined to it read well.
func trimmingSlashes(_ path: String) -> String {
    var path = path
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    return path
}
