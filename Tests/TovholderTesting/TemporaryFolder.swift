// A temporary folder of files for one test, removed when the test lets go of it.
import Foundation

public final class TemporaryFolder {
    /// The folder's absolute path.
    public let path: String

    public init() throws {
        path = NSTemporaryDirectory() + "tovholder-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `relative` inside the folder, creating folders on the way; returns the full path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        let full = (path as NSString).appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
