// `tovholder pack test DIR`: runs a pack's spec files in the sandbox and ends with "N passed, N failed".
import ArgumentParser
import Core
import Foundation
import Packs
import Scripting

struct PackTestCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a pack's spec/*_spec.lua files (describe, it, expect) in the sandbox.",
        discussion: """
            Each spec file runs in a fresh sandboxed state with the pack's capabilities and modules, and a new \
            temporary database it can seed with fixture.case { ... }. Failures show the file and line; the \
            last line is "N passed, N failed"; the exit status is 1 when any spec failed.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions

    @Argument(help: ArgumentHelp("The pack's folder.", valueName: "dir"))
    var folder: String

    @Option(help: "Run only the specs whose name contains this text.")
    var filter: String?

    @OptionGroup var date: DateOption

    func run() throws {
        try runReporting { language in
            guard isFolder(folder) else {
                throw DomainError(field: "dir", PackTestWords.noFolder(folder))
            }
            let today = try date.day()
            let (pack, catalog) = try packUnderTest()
            let runner = PackSpecRunner(pack: pack, catalog: catalog, today: today)
            let files = runner.specFiles()
            if files.isEmpty {
                FileHandle.standardError.write(Data((PackTestWords.noSpecs.text(language) + "\n").utf8))
            }
            var passed = 0
            var failed = 0
            for file in files {
                for outcome in runner.run(file) where filter.map({ outcome.name.contains($0) }) ?? true {
                    if outcome.passed {
                        passed += 1
                        print("ok    \(outcome.name)")
                    } else {
                        failed += 1
                        print("FAIL  \(outcome.name)")
                        for line in (outcome.message ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
                            print("      \(line)")
                        }
                    }
                }
            }
            print(PackTestWords.summary(passed: passed, failed: failed).text(language))
            if failed > 0 { throw ExitCode(1) }
        }
    }

    /// The pack at `folder` resolved with the search path (added to it when it is not already on it),
    /// and the flows its specs can run.
    private func packUnderTest() throws -> (PackIdentity, FlowCatalog) {
        let wanted = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        func same(_ path: String) -> Bool {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path == wanted
        }
        var searchPath = packs.searchPath
        if !(try searchPath.locations()).contains(where: { same($0.folder) }) {
            searchPath = PackSearchPath.standard(site: packs.site, packs: packs.folders + [folder])
        }
        let catalog = FlowCatalog(searchPath: searchPath)
        let resolved = try catalog.packs()
        guard let pack = resolved.packs.first(where: { same($0.folder) }) else {
            throw DomainError(field: "dir", PackTestWords.notAPack(folder))
        }
        return (PackIdentity(resolved: pack, in: resolved), catalog)
    }
}

/// The words of `pack test`.
enum PackTestWords: LocalizedText {
    case noFolder(String), notAPack(String)
    case noSpecs
    case summary(passed: Int, failed: Int)

    func text(_ language: Language) -> String {
        let da = language == .danish
        switch self {
        case .noFolder(let path): return da ? "mappen \(path) findes ikke" : "the folder \(path) does not exist"
        case .notAPack(let path):
            return da ? "\(path) er ikke en pakke (ingen pack.toml)" : "\(path) is not a pack (no pack.toml)"
        case .noSpecs: return da ? "pakken har ingen spec/*_spec.lua" : "the pack has no spec/*_spec.lua"
        // The summary line is the same in both languages: tools read it.
        case .summary(let passed, let failed): return "\(passed) passed, \(failed) failed"
        }
    }
}
