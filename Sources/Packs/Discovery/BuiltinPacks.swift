// Finding the `Plugins` folder shipped with the product, from where the running executable is.
import Foundation

/// The packs shipped with the product.
public enum BuiltinPacks {
    /// Overrides where the shipped packs are (an installation that moves them, or tests).
    public static let environmentVariable = "TOVHOLDER_BUILTIN_PACKS"

    /// The `Plugins` folder next to the executable or in a folder above it (a build tree:
    /// `.build/debug/tovholder` → `Plugins`), or `share/tovholder/Plugins` beside `bin`.
    public static func locate(executable: String? = Bundle.main.executablePath) -> String? {
        guard let executable else { return nil }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Plugins", "share/tovholder/Plugins", "../share/tovholder/Plugins"] {
                let path = folder.appendingPathComponent(candidate).standardizedFileURL.path
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    return path
                }
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
