// `pack.lock`: the SHA-256 of every file in a pack, one line per file, in the format of sha256sum.
import Foundation

/// The digests of a pack's files, written to `pack.lock` as `sha256sum` writes them: 64 hex
/// digits, two spaces, the path inside the pack; one line per file, sorted by path. It covers
/// every regular file except `pack.lock` and `pack.sig` (see ``PackFiles``), so `sha256sum -c
/// pack.lock` in the pack's folder checks it too. The lock covers `pack.toml`, so a signature of
/// the lock binds the pack's name and version as well as its files.
public struct PackLock: Hashable, Sendable {
    /// One file and its digest.
    public struct Entry: Hashable, Sendable {
        /// The path inside the pack: `flows/audit.lua`.
        public let path: String
        /// SHA-256 as 64 lower-case hex digits.
        public let digest: String

        public init(path: String, digest: String) {
            self.path = path
            self.digest = digest
        }
    }

    public static let fileName = "pack.lock"

    /// Sorted by path.
    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The lock of the pack in `folder` as its files are now.
    /// - Throws: ``PackError`` naming a symbolic link, a special file or a file that cannot be read.
    public static func compute(packAt folder: String) throws -> PackLock {
        let entries = try PackFiles.list(in: folder).map { path in
            Entry(path: path, digest: try FileDigest.sha256(file: (folder as NSString).appendingPathComponent(path)))
        }
        return PackLock(entries: entries)
    }

    /// The file's text: `<sha256>  <path>` lines, each ending in a newline.
    public var text: String {
        entries.map { "\($0.digest)  \($0.path)\n" }.joined()
    }

    /// The digest the lock gives `path`, if it lists it.
    public func digest(of path: String) -> String? {
        entries.first { $0.path == path }?.digest
    }

    /// Writes `pack.lock` into `folder` (replacing it whole, never half-written).
    public func write(packAt folder: String) throws {
        let file = (folder as NSString).appendingPathComponent(Self.fileName)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw PackError(.io, file: file, "cannot be written: \(TOMLFields.reason(error))")
        }
    }

    /// The lock in `folder`, or nil when it has none.
    /// - Throws: ``PackError`` (`.lockMalformed`) for a lock that does not parse.
    public static func read(packAt folder: String) throws -> PackLock? {
        let file = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw PackError(.io, file: file, "cannot be read")
        }
        return try PackLock(parsing: data, file: file)
    }

    /// Parses a lock's bytes; `file` is the name messages give it.
    /// - Throws: ``PackError`` (`.lockMalformed`) naming the line.
    public init(parsing data: Data, file: String) throws {
        guard let text = String(data: data, encoding: .utf8) else {
            throw PackError(.lockMalformed, file: file, "not UTF-8 text")
        }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            let bytes = Array(line.utf8)
            let hex = bytes.prefix(64)
            let isHex = hex.count == 64 && hex.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
            let path = String(decoding: bytes.dropFirst(66), as: UTF8.self)
            guard isHex, bytes.count > 66, bytes[64] == 32, bytes[65] == 32, PackPath.normalise(path) == path,
                path != Self.fileName, path != PackSignature.fileName
            else {
                throw PackError(
                    .lockMalformed, file: file, line: index + 1,
                    "expected 64 lower-case hex digits of SHA-256, two spaces and a path inside the pack")
            }
            guard seen.insert(path).inserted else {
                throw PackError(.lockMalformed, file: file, line: index + 1, "\(path) is listed twice")
            }
            entries.append(Entry(path: path, digest: String(decoding: hex, as: UTF8.self)))
        }
        self.init(entries: entries)
    }
}
