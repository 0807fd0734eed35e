// How a command fails: one message on standard error and an exit status that says why.
import ArgumentParser
import Core
import Foundation
import Lua
import Packs
import Scripting
import Store

/// A command's failure. `badInput` exits with 2 (nothing was done or written); `scriptFailed`
/// and `checkFailed` (a check that answered no: consent not given, audit chain broken) with 1.
enum CLIFailure: Error {
    case badInput(String)
    case scriptFailed(String)
    case checkFailed(String)

    var exitCode: ExitCode {
        switch self {
        case .badInput: return ExitCode(2)
        case .scriptFailed, .checkFailed: return ExitCode(1)
        }
    }

    var message: String {
        switch self {
        case .badInput(let message), .scriptFailed(let message), .checkFailed(let message): return message
        }
    }
}

/// Writes text to standard error, unbuffered.
func writeError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

extension ParsableCommand {
    /// Runs `body`, turning a ``CLIFailure`` into its message and exit status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CLIFailure {
            writeError(failure.message)
            throw failure.exitCode
        }
    }
}

/// A command with the global options. `runReporting` resolves the language and turns every
/// failure into one message in it: rule violations (`DomainError`, naming the field) are bad input;
/// a broken flow file or a failing Lua rule is a script failure naming the file (and line).
protocol TovholderCommand: ParsableCommand {
    var global: GlobalOptions { get }
}

extension TovholderCommand {
    func runReporting(_ body: (Language) throws -> Void) throws {
        try reportingFailures {
            let language = try global.language()
            do {
                try body(language)
            } catch let error as DomainError {
                throw CLIFailure.badInput(error.text(language))
            } catch let error as FlowFileError {
                throw CLIFailure.scriptFailed(error.description)
            } catch let error as PackError {
                throw CLIFailure.scriptFailed(error.description)
            } catch let error as WorkflowError {
                throw CLIFailure.scriptFailed(error.text(language))
            } catch let error as EventCascadeError {
                throw CLIFailure.scriptFailed(error.description)
            } catch let error as LuaError where error.underlying is DomainError {
                // A host function refused what the command was given (a missing key, an unknown id).
                throw CLIFailure.badInput((error.underlying as! DomainError).text(language))
            } catch let error as LuaError {
                var text = error.description
                if let traceback = error.traceback { text += "\n" + traceback }
                throw CLIFailure.scriptFailed(text)
            }
        }
    }
}
