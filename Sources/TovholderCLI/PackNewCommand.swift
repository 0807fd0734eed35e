// `tovholder pack new NAME`: a new pack with an example flow, a passing spec, editor stubs and lint configuration.
import ArgumentParser
import Core
import Foundation
import Packs
import Scripting

struct PackNewCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new pack: manifest, an example flow and module, a spec, stubs and lint configuration.",
        discussion: """
            NAME is the pack's reverse-dns name (dk.aarhus.screening). The folder is NAME in the current \
            folder, or --into DIR; it must not exist. Then: tovholder pack test DIR.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The pack's name, e.g. dk.aarhus.screening.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The folder to create; default NAME.", valueName: "dir"))
    var into: String?

    func run() throws {
        try runReporting { language in
            guard PackName.isValid(name) else { throw DomainError(field: "name", PackNewWords.badName(name)) }
            let folder = into ?? name
            guard !FileManager.default.fileExists(atPath: folder) else {
                throw DomainError(field: "dir", PackNewWords.exists(folder))
            }
            let scaffold = PackScaffold(name: name, hostAPI: HostAPI.version.description)
            try scaffold.write(into: folder)
            for file in LuaStubGenerator.files() {
                let path = (folder as NSString).appendingPathComponent(PackScaffold.stubsFolder + "/" + file.name)
                _ = try writeGenerated(file.text, to: path, language)
            }
            _ = try writeGenerated(
                LuacheckStdGenerator.text(),
                to: (folder as NSString).appendingPathComponent(PackScaffold.luacheckStdFile), language)
            print(PackNewWords.created(name, folder).text(language))
        }
    }
}

/// The words of `pack new`.
enum PackNewWords: LocalizedText {
    case badName(String), exists(String), created(String, String)

    func text(_ language: Language) -> String {
        let da = language == .danish
        switch self {
        case .badName(let name):
            return da
                ? "'\(name)' er ikke et pakkenavn: brug omvendt domænenavn med små bogstaver, fx \(PackName.example)"
                : "'\(name)' is not a pack name: use a lower-case reverse domain name such as \(PackName.example)"
        case .exists(let folder):
            return da ? "\(folder) findes allerede" : "\(folder) already exists"
        case .created(let name, let folder):
            return da
                ? "Oprettede pakken \(name) i \(folder).\nNæste skridt: tovholder pack test \(folder)"
                : "Created the pack \(name) in \(folder).\nNext: tovholder pack test \(folder)"
        }
    }
}
