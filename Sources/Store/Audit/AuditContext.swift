// Who is acting, through which command or pack: what every audit entry records about its origin.

/// The origin of a transaction's changes.
public struct AuditContext: Sendable, Equatable {
    /// The caseworker or system user (`--user`, `TOVHOLDER_USER`, or the OS user).
    public var user: String
    /// The command line or operation, e.g. `case open`.
    public var command: String
    /// The plugin pack and version when a script acts, e.g. `dk.tovholder.kip@1.2.0`.
    public var source: String?

    public init(user: String, command: String, source: String? = nil) {
        self.user = user
        self.command = command
        self.source = source
    }
}
