// What the host API's Swift functions reach at run time besides their arguments and their state.

/// Handed to each Swift function's ``HostAPIFunction/MakeBody`` when a module is registered
/// into a state. The modules of today need nothing from it (the grants are the state's);
/// modules that read or change cases, plans and the outbox add the service layer here.
public struct HostAPIContext {
    public init() {}
}
