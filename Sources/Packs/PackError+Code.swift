// The kinds of pack problem, for callers that react to one kind (a CLI exit status, a test).

extension PackError {
    /// A kind of pack problem. A struct rather than an enum, so that kinds can be added without
    /// breaking callers that switch over them.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let description: String
        private init(_ name: String) { description = name }

        // Reading files and folders.
        /// A file or folder that is missing or cannot be read or written.
        public static let io = Code("io")
        /// A TOML file that does not parse.
        public static let syntax = Code("syntax")
        /// A field of `pack.toml` or `site.toml` that is missing, unknown or has the wrong value.
        public static let field = Code("field")

        // Resolution.
        /// The same pack name in two folders where the layering rule does not allow it.
        public static let duplicatePack = Code("duplicate-pack")
        /// A pack whose `host_api` range does not contain the host's version.
        public static let incompatibleHost = Code("incompatible-host")
        /// A dependency that is not on the search path.
        public static let missingDependency = Code("missing-dependency")
        /// A dependency on the search path in a version outside the range asked for.
        public static let dependencyVersion = Code("dependency-version")
        /// Packs that depend on each other in a circle.
        public static let dependencyCycle = Code("dependency-cycle")
        /// An entry-point file whose name is not `id.lua` or `id@X.Y.Z.lua`, or a folder that is missing.
        public static let entryFile = Code("entry-file")
        /// Two packs providing the same flow, workflow or report id, neither overriding the other.
        public static let conflictingEntry = Code("conflicting-entry")
        /// An override naming a pack or an id that is not there.
        public static let unknownOverride = Code("unknown-override")

        // Integrity.
        /// A pack without `pack.lock` where the site requires one.
        public static let lockMissing = Code("lock-missing")
        /// A `pack.lock` that does not parse.
        public static let lockMalformed = Code("lock-malformed")
        /// A file whose digest differs from its line in the lock.
        public static let lockChanged = Code("lock-changed")
        /// A file that is not in the lock.
        public static let lockAdded = Code("lock-added")
        /// A file in the lock that is not in the pack.
        public static let lockRemoved = Code("lock-removed")
        /// A symbolic link, device or other file that is not a regular file or folder.
        public static let notRegularFile = Code("not-regular-file")
        /// A pack without `pack.sig` where the site requires signed packs.
        public static let unsigned = Code("unsigned")
        /// A signature by a key the site does not trust.
        public static let untrustedKey = Code("untrusted-key")
        /// A signature that does not verify: the lock or the signature changed after signing.
        public static let badSignature = Code("bad-signature")
        /// A key file or `pack.sig` that does not parse.
        public static let malformedKey = Code("malformed-key")

        // Installation.
        /// A different version (or different files) already installed, and `replace` not given.
        public static let alreadyInstalled = Code("already-installed")
    }
}
