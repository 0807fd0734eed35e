// Compiling every Lua file of a pack without running any of it, each syntax error with its file and line.
import Foundation
import Lua

/// The `.lua` files in a pack's folder (hidden files and folders skipped) and whether each compiles.
struct PackLuaFiles {
    /// Full paths (the folder joined with the path inside it), in path order.
    let files: [String]
    /// One per file that does not read or does not compile.
    let problems: [PackProblem]

    /// The paths that compiled.
    var compiled: [String] {
        let failed = Set(problems.compactMap(\.file))
        return files.filter { !failed.contains($0) }
    }

    /// Compiles every `.lua` file under `folder` in one sandboxed state; nothing is run.
    init(folder: String) {
        var files: [String] = []
        var problems: [PackProblem] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var relatives: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if (enumerator?.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                    enumerator?.skipDescendants()
                }
                continue
            }
            guard name.hasSuffix(".lua"),
                (enumerator?.fileAttributes?[.type] as? FileAttributeType) == .typeRegular
            else { continue }
            relatives.append(relative)
        }
        let state: LuaState
        do {
            state = try LuaState()
        } catch {
            self.files = []
            self.problems = [PackProblem(any: error, file: folder)]
            return
        }
        for relative in relatives.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let path = (folder as NSString).appendingPathComponent(relative)
            files.append(path)
            guard let data = FileManager.default.contents(atPath: path),
                let source = String(data: data, encoding: .utf8)
            else {
                problems.append(PackProblem(file: path, message: "cannot be read as UTF-8 text"))
                continue
            }
            do {
                _ = try state.load(source, chunkName: path)
            } catch {
                problems.append(PackProblem(any: error, file: path))
            }
        }
        self.files = files
        self.problems = problems
    }
}
