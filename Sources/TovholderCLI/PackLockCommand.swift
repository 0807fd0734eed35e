// `tovholder pack lock DIR`: writes pack.lock, the SHA-256 of every file in the pack.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackLockCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "lock",
        abstract: "Write pack.lock: the SHA-256 of every file in the pack (sha256sum's format).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var pack: PackFolderArgument

    func run() throws {
        try runReporting { language in
            let folder = try pack.folder(language)
            let before = try? PackLock.read(packAt: folder)
            let lock = try PackLock.compute(packAt: folder)
            try lock.write(packAt: folder)
            let path = (folder as NSString).appendingPathComponent(PackLock.fileName)
            print(PackWords.lockWritten(path: path, files: lock.entries.count).text(language))
            let signed = FileManager.default.fileExists(
                atPath: (folder as NSString).appendingPathComponent(PackSignature.fileName))
            if signed, before != lock { print(PackWords.signatureNowStale.text(language)) }
        }
    }
}
