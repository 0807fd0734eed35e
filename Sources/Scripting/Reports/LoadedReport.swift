// A report file loaded into its own sandboxed Lua state: its definition, and building a document from it.
import Core
import Foundation
import Lua
import Reports
import Store

/// One report, loaded: who provides it, what it is called, which parameters and formats it takes,
/// and a state in which `build` runs. Not thread-safe.
public final class LoadedReport {
    public let file: FlowFile
    public let definition: ReportDefinition
    let state: LuaState
    private let runFunction: LuaFunction
    let session: ReportSession

    /// Loads `file` under `limits`.
    /// - Throws: ``FlowFileError`` for a definition that does not hold; `LuaError` for a file that
    ///   does not compile or fails while running.
    public init(file: FlowFile, limits: LuaLimits = .report) throws {
        self.file = file
        let session = ReportSession()
        self.session = session
        let clock = session.clock
        state = try file.makeState(limits: limits, clock: { clock.now }, context: HostAPIContext(report: session))
        let loaded = try file.load(
            in: state, bootstrap: ReportLibrary.bootstrap, loader: "report loader", library: ReportLibrary.source,
            libraryChunk: ReportLibrary.chunkName)
        guard loaded.count == 2, case .function(let run) = loaded[1] else {
            throw FlowFileError(file: file.path, "the report loader returned nothing to run")
        }
        runFunction = run
        definition = try ReportDefinition(loaded[0], file: file.path)
        guard definition.id == file.id else {
            throw FlowFileError(
                file: file.path, field: "id",
                "the report's id '\(definition.id)' must match its file name ('\(file.id)')")
        }
    }

    /// Builds the document with `parameters`, reading through `transaction` (its reads audited as
    /// the report's), in `language`; `progress` hears how far it has come.
    public func build(
        _ parameters: ReportParameters, language: Language, in transaction: StoreTransaction,
        progress: ((ReportProgress) -> Void)? = nil
    ) throws -> ReportDocument {
        session.begin(
            transaction: transaction, parameters: parameters, report: definition.id, language: language,
            progress: progress)
        defer { session.end() }
        let built = try state.call(runFunction, [.string(language.rawValue), parameters.luaValue])
        progress?(.rendering)
        var document = try ReportDocumentReader(file: file.path).read(
            built.first ?? .nil, id: definition.id, title: definition.title(language), language: language,
            generatedAt: StoreTime.text(transaction.now))
        // A report limited to one municipality says so: the host writes this, so no report can forget it.
        if let municipality = parameters.municipality {
            document.parameters.insert(
                ReportPair(language == .danish ? "Kommune" : "Municipality", .text(municipality.code)), at: 0)
        }
        // The recipient's version says whom it is for and what it leaves out: the host writes this,
        // so no report can forget it.
        if let recipient = parameters.recipient {
            let actor = try transaction.actor(recipient, field: "for")
            document.parameters.insert(
                ReportPair(language == .danish ? "Modtager" : "Recipient", .text(actor.name)), at: 0)
            let omitted = DataCategory.allCases.filter { session.running?.consent.omitted.contains($0) == true }
            if !omitted.isEmpty {
                let names = omitted.map { $0.displayName(language) }.joined(separator: ", ")
                document.notices.insert(
                    language == .danish
                        ? "Denne udgave til \(actor.name) udelader \(names): borgeren har ikke givet samtykke til at "
                            + "dele det med modtageren."
                        : "This version for \(actor.name) leaves out \(names): the citizen has not consented to "
                            + "sharing it with the recipient.", at: 0)
            }
        }
        return document
    }
}

/// The time as documents show it.
enum StoreTime {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
    }
}
