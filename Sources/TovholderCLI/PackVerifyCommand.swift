// `tovholder pack verify DIR`: a pack's lock and signature against the site's trust, one line per finding.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackVerifyCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a pack's pack.lock and pack.sig against the site's trusted keys (exit 1 if anything fails).",
        discussion: """
            Checked as 'pack install' checks it: every file must match pack.lock; a signature by a \
            key site.toml trusts must verify; require_signed and require_lock in site.toml are applied.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions
    @OptionGroup var pack: PackFolderArgument

    func run() throws {
        try runReporting { language in
            let folder = try pack.folder(language)
            _ = try packs.checkedSearchPath(language)
            let site = try packs.siteConfiguration()
            var findings: [(ok: Bool, text: String)] = []
            let label: String
            do {
                let manifest = try PackManifestReader.read(packAt: folder)
                label = manifest.label
                findings.append((true, PackWords.manifestReads("\(manifest.label) – \(manifest.title)").text(language)))
            } catch let error as PackError {
                label = folder
                findings.append((false, PackProblem(error).description))
            }
            let integrity = PackIntegrity(folder: folder, label: label, layer: .site, site: site)
            findings += Self.notes(integrity, language).map { (true, $0) }
            findings += integrity.failures.map { (false, $0.description) }
            let marks = (ok: PackWords.ok.text(language), failed: PackWords.failed.text(language))
            let width = max(marks.ok.count, marks.failed.count)
            print(
                findings.map { finding in
                    (finding.ok ? marks.ok : marks.failed).padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  " + finding.text
                }.joined(separator: "\n"))
            let failures = findings.filter { !$0.ok }.count
            guard failures == 0 else {
                throw CLIFailure.checkFailed(PackWords.refused(label, failures: failures).text(language))
            }
            print(PackWords.verified(label).text(language))
        }
    }

    /// What passed or is not required: the signature, the lock.
    static func notes(_ integrity: PackIntegrity, _ language: Language) -> [String] {
        var notes: [String] = []
        let optional = " (" + PackWords.notRequired.text(language) + ")"
        switch integrity.signature {
        case .trusted(let name, let keyID):
            notes.append("pack.sig: " + PackWords.signatureTrusted(name: name, keyID: keyID).text(language))
        case .untrusted(let keyID) where !integrity.signatureRequired:
            notes.append("pack.sig: " + PackWords.signatureUntrusted(keyID).text(language) + optional)
        case .none where !integrity.signatureRequired:
            notes.append("pack.sig: " + PackWords.signatureNone.text(language) + optional)
        default: break
        }
        switch integrity.lock {
        case .matches(let files): notes.append(PackWords.lockMatches(files).text(language))
        case .none where !integrity.lockRequired: notes.append(PackWords.lockNone.text(language) + optional)
        default: break
        }
        return notes
    }
}
