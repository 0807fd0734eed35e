// One problem the pack commands report, whatever found it: `file[:line]: field: message`, and its JSON shape.
import Foundation
import Lua
import Packs
import Scripting

/// A problem with a pack, from the manifest reader, the resolver, the lock, the signature, the
/// Lua compiler or the flow loader. The message stays as its source wrote it (in English: pack
/// authors and municipal IT read these).
struct PackProblem: Hashable, Encodable, CustomStringConvertible {
    /// The kind, for a ``PackError``: `lock-changed`, `incompatible-host`...
    let code: String?
    let file: String?
    let line: Int?
    let field: String?
    let message: String

    init(code: String? = nil, file: String?, line: Int? = nil, field: String? = nil, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    init(_ error: PackError) {
        self.init(
            code: error.code.description, file: error.file, line: error.line, field: error.field,
            message: error.message)
    }

    init(_ error: FlowFileError) {
        self.init(code: "flow", file: error.file, field: error.field, message: error.message)
    }

    init(_ error: LuaError) {
        self.init(code: "lua-\(error.kind.rawValue)", file: error.chunk, line: error.line, message: error.message)
    }

    /// A Lua error placed in the pack in `folder`: an error raised inside the host's own code
    /// (`require` in the sandbox, the flow library) is placed at the nearest line of the pack's
    /// own files in the traceback, so that the author sees which line of theirs failed.
    init(_ error: LuaError, within folder: String) {
        let inside = { (path: String) in path.hasPrefix(folder + "/") }
        guard let chunk = error.chunk, !inside(chunk), let traceback = error.traceback else {
            self.init(error)
            return
        }
        for frame in traceback.split(separator: "\n") {
            let text = frame.trimmingCharacters(in: .whitespaces)
            let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, inside(parts[0]), let line = Int(parts[1]) else { continue }
            self.init(code: "lua-\(error.kind.rawValue)", file: parts[0], line: line, message: error.message)
            return
        }
        self.init(error)
    }

    /// A file of the pack in `folder` that does not match its lock.
    init(_ problem: LockProblem, in folder: String) {
        let code: PackError.Code
        switch problem.kind {
        case .changed: code = .lockChanged
        case .added: code = .lockAdded
        case .removed: code = .lockRemoved
        }
        self.init(
            code: code.description, file: (folder as NSString).appendingPathComponent(problem.path),
            message: problem.message)
    }

    /// Any error a pack check throws; others by their description.
    init(any error: any Error, file: String? = nil) {
        switch error {
        case let error as PackError: self.init(error)
        case let error as FlowFileError: self.init(error)
        case let error as LuaError: self.init(error)
        default: self.init(file: file, message: "\(error)")
        }
    }

    /// `file:line: field: message`, each part only when known.
    var description: String {
        var text = ""
        if let file { text += line.map { "\(file):\($0): " } ?? "\(file): " }
        if let field { text += "\(field): " }
        return text + message
    }
}
