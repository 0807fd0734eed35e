// `pack install ARCHIVE`: a .tar.gz pack checked, unpacked into a fresh temporary folder with the system tar, and removed after.
import Core
import Foundation
import Glibc
import Packs

/// A `.tar.gz` (or `.tgz`) holding one pack. Before anything is unpacked, the listing is checked:
/// no absolute paths, no `..`, nothing but regular files and folders. The unpacked tree is
/// checked again (regular files with one link, and folders) before the pack in it is used.
enum PackArchive {
    /// Whether `path` names an archive rather than a pack folder.
    static func isArchive(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".tar.gz") || lower.hasSuffix(".tgz")
    }

    /// Unpacks `archive` into a fresh temporary folder and runs `body` with the pack's folder in
    /// it; the temporary folder is removed whatever happens. Messages from `body` that name the
    /// temporary folder name the archive instead (`ARCHIVE:kort/pack.lock`).
    /// - Throws: bad input (exit 2) naming the archive and what is wrong with it.
    static func unpacking(_ archive: String, _ language: Language, _ body: (String) throws -> Void) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: archive, isDirectory: &isFolder), !isFolder.boolValue else {
            throw CLIFailure.badInput(Problem.missing.text(archive, language))
        }
        let root = NSTemporaryDirectory() + "tovholder-pack-" + UUID().uuidString
        let unpacked = root + "/unpacked"
        try FileManager.default.createDirectory(atPath: unpacked, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        func refuse(_ problem: Problem) -> CLIFailure { .badInput(problem.text(archive, language)) }

        let names = try tar(["-tzf", archive], root: root).map { refuse(.unreadable($0)) }
        let verbose = try tar(["-tvzf", archive], root: root).map { refuse(.unreadable($0)) }
        for (name, line) in zip(names, verbose) {
            if name.hasPrefix("/") { throw refuse(.absolute(name)) }
            if name.split(separator: "/").contains("..") { throw refuse(.leavesArchive(name)) }
            if let kind = line.first, kind != "-", kind != "d" { throw refuse(.special(name, kind: kind)) }
        }
        if let failure = try tar(
            ["-xzf", archive, "-C", unpacked, "--no-same-owner", "--no-same-permissions"], root: root
        ).failure {
            throw refuse(.unreadable(failure))
        }
        if let odd = strayEntry(in: unpacked, relative: "") { throw refuse(.special(odd, kind: "?")) }
        let folder = try pack(in: unpacked, refuse)

        do {
            try body(folder)
        } catch let error as PackError {
            throw CLIFailure.scriptFailed(
                error.description.replacingOccurrences(of: unpacked + "/", with: archive + ":"))
        } catch let failure as CLIFailure {
            let text = failure.message.replacingOccurrences(of: unpacked + "/", with: archive + ":")
            switch failure {
            case .badInput: throw CLIFailure.badInput(text)
            case .scriptFailed: throw CLIFailure.scriptFailed(text)
            case .checkFailed: throw CLIFailure.checkFailed(text)
            }
        }
    }

    /// The one pack in `unpacked`: the folder itself when it holds `pack.toml`, else its one
    /// top-level folder that does (hidden entries are skipped, as discovery does).
    private static func pack(in unpacked: String, _ refuse: (Problem) -> CLIFailure) throws -> String {
        let manager = FileManager.default
        if manager.fileExists(atPath: unpacked + "/" + PackManifest.fileName) { return unpacked }
        let names = try manager.contentsOfDirectory(atPath: unpacked).sorted().filter { !$0.hasPrefix(".") }
        let packs = names.filter { manager.fileExists(atPath: unpacked + "/" + $0 + "/" + PackManifest.fileName) }
        guard packs.count == 1 else { throw refuse(packs.isEmpty ? .noPack : .severalPacks(packs)) }
        return unpacked + "/" + packs[0]
    }

    /// The first entry under `folder` that is neither a folder nor a regular file with one link.
    private static func strayEntry(in folder: String, relative: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return relative }
        for name in names.sorted() {
            let path = folder + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { return shown }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: if let odd = strayEntry(in: path, relative: shown) { return odd }
            case S_IFREG: if info.st_nlink != 1 { return shown }
            default: return shown
            }
        }
        return nil
    }

    /// Runs `tar ARGUMENTS`; its output lines, or the first line of what it said when it failed.
    private static func tar(_ arguments: [String], root: String) throws -> TarResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tar"] + arguments
        let errors = root + "/tar.err"
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
        defer { try? errorHandle.close() }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            let first = said.split(separator: "\n").first.map(String.init) ?? "tar exit \(process.terminationStatus)"
            return TarResult(lines: [], failure: first)
        }
        return TarResult(lines: String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    private struct TarResult {
        var lines: [String]
        var failure: String? = nil

        /// The lines, or `refusal` of the failure.
        func map(_ refusal: (String) -> CLIFailure) throws -> [String] {
            if let failure { throw refusal(failure) }
            return lines
        }
    }

    /// What is wrong with an archive.
    enum Problem {
        case missing
        case unreadable(String)
        case absolute(String)
        case leavesArchive(String)
        case special(String, kind: Character)
        case noPack
        case severalPacks([String])

        func text(_ archive: String, _ language: Language) -> String {
            let da = language == .danish
            let refused = da ? "Arkivet \(archive) installeres ikke: " : "The archive \(archive) is not installed: "
            switch self {
            case .missing:
                return da ? "Arkivet '\(archive)' findes ikke." : "The archive '\(archive)' does not exist."
            case .unreadable(let reason):
                return da
                    ? "Arkivet \(archive) kan ikke pakkes ud: \(reason)"
                    : "The archive \(archive) cannot be unpacked: \(reason)"
            case .absolute(let name):
                return refused + (da ? "\(name) er en absolut sti." : "\(name) is an absolute path.")
            case .leavesArchive(let name):
                return refused + (da ? "\(name) peger ud af arkivet (..)." : "\(name) leads out of the archive (..).")
            case .special(let name, let kind):
                let what: String
                switch kind {
                case "l": what = da ? "et symbolsk link" : "a symbolic link"
                case "h": what = da ? "et hårdt link" : "a hard link"
                case "c", "b": what = da ? "en enhedsfil" : "a device file"
                default: what = da ? "hverken en almindelig fil eller en mappe" : "neither a regular file nor a folder"
                }
                return refused
                    + (da
                        ? "\(name) er \(what); en pakke må kun indeholde almindelige filer og mapper."
                        : "\(name) is \(what); a pack may hold only regular files and folders.")
            case .noPack:
                return refused
                    + (da
                        ? "der er ingen pack.toml øverst eller i en mappe øverst."
                        : "there is no pack.toml at the top or in a top-level folder.")
            case .severalPacks(let names):
                let list = names.joined(separator: ", ")
                return refused
                    + (da
                        ? "det indeholder \(names.count) pakker (\(list)); et arkiv skal indeholde præcis én."
                        : "it holds \(names.count) packs (\(list)); an archive must hold exactly one.")
            }
        }
    }
}
