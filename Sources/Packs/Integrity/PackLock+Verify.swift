// Checking a pack's files against its lock: changed, added and removed files, each named.
import Foundation

/// A file that does not match the lock.
public struct LockProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// Its digest differs from the lock's.
        case changed
        /// It is in the pack but not in the lock.
        case added
        /// It is in the lock but not in the pack.
        case removed
    }

    public let kind: Kind
    /// The path inside the pack.
    public let path: String

    /// What is wrong with the file: `changed since pack.lock was written (its SHA-256 differs)`.
    public var message: String {
        switch kind {
        case .changed: return "changed since pack.lock was written (its SHA-256 differs)"
        case .added: return "not in pack.lock (added after the pack was locked)"
        case .removed: return "in pack.lock but missing from the pack"
        }
    }

    /// `flows/audit.lua: changed since pack.lock was written (its SHA-256 differs)`.
    public var description: String { "\(path): \(message)" }
}

extension PackLock {
    /// Every file of the pack in `folder` that does not match the lock, in path order.
    /// - Throws: ``PackError`` for a link, a special file or a file that cannot be read.
    public func problems(packAt folder: String) throws -> [LockProblem] {
        let actual = try PackFiles.list(in: folder)
        let locked = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0.digest) })
        var problems: [LockProblem] = []
        for path in Set(actual).union(locked.keys).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let digest = locked[path] else {
                problems.append(LockProblem(kind: .added, path: path))
                continue
            }
            guard actual.contains(path) else {
                problems.append(LockProblem(kind: .removed, path: path))
                continue
            }
            if try FileDigest.sha256(file: (folder as NSString).appendingPathComponent(path)) != digest {
                problems.append(LockProblem(kind: .changed, path: path))
            }
        }
        return problems
    }

    /// Checks the pack in `folder` against the lock.
    /// - Throws: ``PackError`` (`.lockChanged`, `.lockAdded` or `.lockRemoved`) naming the first
    ///   file that does not match, and how many more do not.
    public func verify(packAt folder: String) throws {
        let problems = try problems(packAt: folder)
        guard let first = problems.first else { return }
        throw Self.error(first, in: folder, more: problems.count - 1)
    }

    /// Checks one file before it is loaded (`flows/audit.lua`), without hashing the rest: for
    /// commands that open only the files they use.
    /// - Throws: ``PackError`` when the file is not in the lock, is missing or has changed.
    public func verify(file path: String, packAt folder: String) throws {
        let full = (folder as NSString).appendingPathComponent(path)
        guard let digest = digest(of: path) else {
            throw Self.error(LockProblem(kind: .added, path: path), in: folder, more: 0)
        }
        guard FileManager.default.fileExists(atPath: full) else {
            throw Self.error(LockProblem(kind: .removed, path: path), in: folder, more: 0)
        }
        if try FileDigest.sha256(file: full) != digest {
            throw Self.error(LockProblem(kind: .changed, path: path), in: folder, more: 0)
        }
    }

    static func error(_ problem: LockProblem, in folder: String, more: Int) -> PackError {
        let code: PackError.Code
        switch problem.kind {
        case .changed: code = .lockChanged
        case .added: code = .lockAdded
        case .removed: code = .lockRemoved
        }
        let tail = more == 0 ? "" : " (and \(more) more file\(more == 1 ? "" : "s") that do not match the lock)"
        return PackError(code, file: (folder as NSString).appendingPathComponent(problem.path), problem.message + tail)
    }
}
