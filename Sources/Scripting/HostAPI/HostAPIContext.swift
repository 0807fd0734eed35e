// What the host API's Swift functions reach at run time besides their arguments and their state.

/// Handed to each Swift function's ``HostAPIFunction/MakeBody`` when a module is registered
/// into a state. The pack modules of today need nothing from it (the grants are the state's);
/// `pack test` hands its spec session to the `flows` and `fixture` modules, and modules that
/// read or change cases, plans and the outbox will add the service layer here.
public struct HostAPIContext {
    /// The spec file being run by `tovholder pack test`; nil everywhere else.
    let spec: SpecModules?

    public init() { spec = nil }

    init(spec: SpecModules) { self.spec = spec }
}
