// The progress bar `report run` draws on standard error while a report over many cases builds, only on a terminal.
import Core
import Foundation
import Glibc
import Reports
import Scripting

/// Draws one line on standard error, redrawn at most ten times a second and wiped when the report
/// is built. Nothing is drawn when standard error is not a terminal (a pipe, a file, CI), or
/// before the report has read its first thousand rows (a short report shows no bar).
final class ReportProgressBar {
    private let report: String
    private let language: Language
    private var rows = 0
    private var done = 0
    private var total = 0
    private var lastDrawn = ContinuousClock.now - .seconds(1)
    private var drawn = false
    static let width = 30
    static let minimumRows = 1000

    /// A bar for `report`, or nil when standard error is not a terminal.
    init?(report: String, language: Language) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.report = report
        self.language = language
    }

    func handle(_ progress: ReportProgress) {
        switch progress {
        case .read(let count, _):
            rows += count
        case .step(let done, let total):
            (self.done, self.total) = (done, total)
        case .rendering:
            if drawn { draw(ReportProgressBar.text(report, rendering: true, language)) }
            return
        }
        guard rows >= Self.minimumRows, ContinuousClock.now - lastDrawn >= .milliseconds(100) else { return }
        lastDrawn = ContinuousClock.now
        draw(line())
    }

    /// Wipes the bar, leaving the terminal as it was.
    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        drawn = false
    }

    private func line() -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let filled = Int((fraction * Double(Self.width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled)
        let numbers = NumberFormatting(language)
        func count(_ value: Int) -> String { numbers.integer(Int64(value)) }
        let read = language == .danish ? "\(count(rows)) rækker læst" : "\(count(rows)) rows read"
        return "\(ReportProgressBar.text(report, rendering: false, language)) \(bar) "
            + "\(Int((fraction * 100).rounded(.down))) % · \(count(done))/\(count(total)) · \(read)"
    }

    private static func text(_ report: String, rendering: Bool, _ language: Language) -> String {
        switch (rendering, language) {
        case (false, .danish): return "Rapporten \(report):"
        case (false, .english): return "Report \(report):"
        case (true, .danish): return "Rapporten \(report): skriver dokumentet …"
        case (true, .english): return "Report \(report): writing the document …"
        }
    }

    private func draw(_ text: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
        drawn = true
    }
}
