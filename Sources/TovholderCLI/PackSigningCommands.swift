// `tovholder pack keygen` and `pack sign`: a vendor's Ed25519 key, and signing a pack's lock with it.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackKeygenCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a new Ed25519 signing key: the private key in PATH (mode 0600), the public key in PATH.pub.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Where to write the private key; the public key goes to PATH.pub.", valueName: "path"))
    var out: String

    @Option(help: ArgumentHelp("The key's name in site.toml; default the file's name.", valueName: "name"))
    var name: String?

    func run() throws {
        try runReporting { language in
            let publicPath = out + ".pub"
            let parent = (out as NSString).deletingLastPathComponent
            if !parent.isEmpty, !isFolder(parent) {
                throw CLIFailure.badInput(PackWords.noSuchFolder(parent).text(language))
            }
            for path in [out, publicPath] where FileManager.default.fileExists(atPath: path) {
                throw CLIFailure.badInput(PackWords.keyExists(path).text(language))
            }
            let key = PackSigningKey.generate()
            try key.write(privateKeyTo: out, publicKeyTo: publicPath)
            let keyName = name ?? ((out as NSString).lastPathComponent as NSString).deletingPathExtension
            print(
                [
                    PackWords.privateKey(out).text(language),
                    PackWords.publicKey(publicPath).text(language),
                    PackWords.keyID(key.publicKey.keyID).text(language),
                    PackWords.trustLine.text(language),
                    "\"\(keyName)\" = \"\(key.publicKey.base64)\"",
                ].joined(separator: "\n"))
        }
    }
}

struct PackSignCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract:
            "Sign a pack: write pack.sig, the Ed25519 signature of its pack.lock (locking it first if it has none).",
        discussion: """
            A pack whose files no longer match its pack.lock is refused, naming the files, so that a \
            stale lock is never signed; --relock locks the files as they are now and signs that.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var pack: PackFolderArgument

    @Option(help: ArgumentHelp("The private key file (from pack keygen).", valueName: "keyfile"))
    var key: String

    @Flag(help: "Lock the files as they are now when they do not match pack.lock, then sign.")
    var relock = false

    func run() throws {
        try runReporting { language in
            let folder = try pack.folder(language)
            let manifest = try PackManifestReader.read(packAt: folder)
            let signingKey = try readKey(language)
            let lockPath = (folder as NSString).appendingPathComponent(PackLock.fileName)
            if let lock = try PackLock.read(packAt: folder) {
                let problems = try lock.problems(packAt: folder)
                if !problems.isEmpty {
                    guard relock else {
                        let lines = problems.map { "  \(PackProblem($0, in: folder))" }
                        throw CLIFailure.checkFailed(
                            ([PackWords.lockStale(folder).text(language)] + lines).joined(separator: "\n"))
                    }
                    try writeLock(folder, path: lockPath, language)
                }
            } else {
                try writeLock(folder, path: lockPath, language)
            }
            let signature = try PackSigner.sign(packAt: folder, with: signingKey)
            let path = (folder as NSString).appendingPathComponent(PackSignature.fileName)
            print(PackWords.signed(label: manifest.label, keyID: signature.keyID, path: path).text(language))
        }
    }

    private func writeLock(_ folder: String, path: String, _ language: Language) throws {
        let lock = try PackLock.compute(packAt: folder)
        try lock.write(packAt: folder)
        print(PackWords.lockWritten(path: path, files: lock.entries.count).text(language))
    }

    /// The key file: missing or not a key is bad input.
    private func readKey(_ language: Language) throws -> PackSigningKey {
        guard FileManager.default.fileExists(atPath: key) else {
            throw CLIFailure.badInput(Message.fileNotFound(path: key).text(language))
        }
        do {
            return try PackSigningKey(contentsOf: key)
        } catch let error as PackError {
            throw CLIFailure.badInput(error.description)
        }
    }
}
