// The files that make up a pack: every regular file, found without following links.
import Foundation

/// The files a lock covers and an install copies: every regular file under the pack's folder,
/// except `pack.lock` and `pack.sig` at the top, `.git` folders and `.DS_Store` files. Symbolic
/// links and other special files are refused, so that a pack cannot point outside itself.
enum PackFiles {
    /// Files never part of a pack's content.
    static let ignoredNames: Set<String> = [".git", ".DS_Store"]

    /// The pack's files as paths relative to `folder`, sorted byte-wise.
    /// - Throws: ``PackError`` (`.notRegularFile`) naming a link or special file; `.io` when a
    ///   folder cannot be listed.
    static func list(in folder: String) throws -> [String] {
        var files: [String] = []
        try walk(folder, relative: "", into: &files)
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func walk(_ folder: String, relative: String, into files: inout [String]) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw PackError(.io, file: folder, "cannot be listed: \(TOMLFields.reason(error))")
        }
        for name in names where !ignoredNames.contains(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            let inside = relative.isEmpty ? name : relative + "/" + name
            if relative.isEmpty, name == PackLock.fileName || name == PackSignature.fileName { continue }
            var status = stat()
            guard lstat(path, &status) == 0 else {
                throw PackError(.io, file: path, "cannot be read: \(String(cString: strerror(errno)))")
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                try walk(path, relative: inside, into: &files)
            case S_IFREG:
                guard !name.contains("\n"), !name.contains("\\") else {
                    throw PackError(.notRegularFile, file: path, "a file name with a newline or a backslash")
                }
                files.append(inside)
            case S_IFLNK:
                throw PackError(.notRegularFile, file: path, "a symbolic link; a pack holds only regular files")
            default:
                throw PackError(.notRegularFile, file: path, "not a regular file or folder")
            }
        }
    }
}
