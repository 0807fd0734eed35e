// What the host API's Swift functions reach at run time besides their arguments and their state.

/// Handed to each Swift function's ``HostAPIFunction/MakeBody`` when a module is registered
/// into a state (the grants are the state's): `pack test` hands its spec session to the `flows`
/// and `fixture` modules, and the workflow engine its session, through which the `workflow`
/// module reaches the command's transaction.
public struct HostAPIContext {
    /// The spec file being run by `tovholder pack test`; nil everywhere else.
    let spec: SpecModules?
    /// The workflow engine's session, in a state the engine made; nil everywhere else (the
    /// `workflow` module's functions then refuse to run).
    let workflow: WorkflowSession?
    /// The report being built, in a state a report was loaded into; nil everywhere else.
    let report: ReportSession?

    public init() {
        spec = nil
        workflow = nil
        report = nil
    }

    init(spec: SpecModules) {
        self.spec = spec
        workflow = nil
        report = nil
    }

    init(workflow: WorkflowSession) {
        spec = nil
        self.workflow = workflow
        report = nil
    }

    init(report: ReportSession) {
        spec = nil
        workflow = nil
        self.report = report
    }
}
