// What the `pack` end-to-end tests share: packs and sites written into a temporary folder, and running `pack`.
import Foundation
import Testing

/// A temporary folder to write packs, keys and site folders into, and `tovholder pack` run with a
/// search path of exactly the shipped packs plus what a test names (TOVHOLDER_SITE and
/// TOVHOLDER_PACKS are cleared).
final class PackFixture: @unchecked Sendable {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// The full path of `relative` inside the folder.
    func at(_ relative: String) -> String { folder.path + "/" + relative }

    /// Runs `tovholder ARGUMENTS` in the folder.
    @discardableResult
    func run(_ arguments: [String], language: String = "da") throws -> CLIResult {
        try CLI.run(
            arguments, in: folder.path,
            environment: ["TOVHOLDER_LANG": language, "TOVHOLDER_SITE": "", "TOVHOLDER_PACKS": ""])
    }

    /// Runs `tovholder pack ARGUMENTS`.
    @discardableResult
    func pack(_ arguments: [String], language: String = "da") throws -> CLIResult {
        try run(["pack"] + arguments, language: language)
    }

    /// Writes a pack into `relative`: its `pack.toml` (name, version, host API, `flows = "flows"`
    /// and `extra` lines), a flow file per id in `flows` (`kort` → a valid one-question flow), and
    /// `files` (path inside the pack → text). Returns the pack's folder.
    @discardableResult
    func makePack(
        _ relative: String, name: String, version: String = "1.0.0", hostAPI: String = ">=1.0, <2.0",
        flows: [String] = [], extra: String = "", files: [String: String] = [:]
    ) throws -> String {
        try folder.write(
            relative + "/pack.toml",
            """
            name = "\(name)"
            version = "\(version)"
            host_api = "\(hostAPI)"
            title = "Testpakke \(name)"
            flows = "flows"
            \(extra)
            """)
        for id in flows { try folder.write(relative + "/flows/\(id).lua", Self.flow(id)) }
        if flows.isEmpty && files.keys.allSatisfy({ !$0.hasPrefix("flows/") }) {
            try folder.write(relative + "/flows/.keep", "")
        }
        for (path, text) in files { try folder.write(relative + "/" + path, text) }
        return at(relative)
    }

    /// A site folder with `site.toml` trusting `keys` (name → base64 public key).
    @discardableResult
    func makeSite(_ relative: String, keys: [String: String] = [:], requireSigned: Bool = false) throws -> String {
        var text = "[trust]\nrequire_signed = \(requireSigned)\n\n[trust.keys]\n"
        for (name, key) in keys.sorted(by: { $0.key < $1.key }) { text += "\"\(name)\" = \"\(key)\"\n" }
        try folder.write(relative + "/site.toml", text)
        return at(relative)
    }

    /// Makes a key pair with `pack keygen` at `relative`; returns the private key's path and the
    /// base64 public key.
    func keygen(_ relative: String) throws -> (path: String, publicKey: String) {
        try FileManager.default.createDirectory(
            atPath: (at(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let result = try pack(["keygen", "--out", at(relative)])
        #expect(result.status == 0, "\(result.stderr)")
        let publicKey = try String(contentsOfFile: at(relative + ".pub"), encoding: .utf8)
        return (at(relative), publicKey.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether `relative` exists.
    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: at(relative)) }

    /// A one-question flow with id `id`, valid under the flow library.
    static func flow(_ id: String, version: String = "1.0.0") -> String {
        """
        local s = screening
        return s.flow {
          id = "\(id)",
          version = "\(version)",
          title = "Kort screening \(id)",
          scores = { { id = "total", text = "I alt" } },
          items = { s.choice { id = "q1", text = "Spørgsmål", options = { { 0, "Nej" }, { 1, "Ja" } } } },
          score = function(a) return { total = s.sum(a, { "q1" }) } end,
        }
        """
    }
}

extension CLIResult {
    /// Standard output's lines.
    var outputLines: [String] { stdout.split(separator: "\n").map(String.init) }
}
