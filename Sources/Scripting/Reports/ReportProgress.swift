// How far a report has come, for a progress bar: rows read, steps the report file counts, rendering.
import Foundation

/// What a report tells whoever watches it build (the CLI draws a bar on a terminal). Events come
/// on the building thread; a watcher that draws should throttle itself.
public enum ReportProgress: Sendable, Equatable {
    /// The host read `count` rows of `what` (`cases`, `screenings` ...) for the report.
    case read(count: Int, what: String)
    /// The report file has handled `done` of `total` (`data.progress(done, total)`).
    case step(done: Int, total: Int)
    /// The document is built; the host renders it.
    case rendering
}

/// The watcher of one build; nil closure: nobody watches, and reporting costs nothing.
struct ReportProgressSink {
    let watcher: ((ReportProgress) -> Void)?

    func read(_ count: Int, _ what: String) { watcher?(.read(count: count, what: what)) }
    func step(done: Int, total: Int) { watcher?(.step(done: done, total: total)) }
}
