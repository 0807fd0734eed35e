// What the `data` module's functions reach while a report builds: the command's transaction and the report's parameters.
import Core
import Foundation
import Lua
import Store

/// One per loaded report: set while `build` runs, empty otherwise (then `data` refuses to run).
final class ReportSession {
    struct Running {
        let transaction: StoreTransaction
        let parameters: ReportParameters
        let report: String
        /// What the recipient (`--for`) may see; everything without one.
        let consent: ReportConsentFilter
        /// The language the document is written in: the texts `data` gives (statuses, areas) follow it.
        let language: Language
        /// Whoever watches the build (a progress bar), if anyone.
        let progress: ReportProgressSink
    }

    private(set) var running: Running?
    let clock = WorkflowClock()

    func begin(
        transaction: StoreTransaction, parameters: ReportParameters, report: String, language: Language,
        progress: ((ReportProgress) -> Void)? = nil
    ) {
        running = Running(
            transaction: transaction, parameters: parameters, report: report,
            consent: ReportConsentFilter(recipient: parameters.recipient), language: language,
            progress: ReportProgressSink(watcher: progress))
        clock.set(transaction.now)
    }

    func end() { running = nil }

    func current(_ function: String) throws -> Running {
        guard let running else { throw LuaHostError("\(function) can only be called while a report builds") }
        return running
    }
}
