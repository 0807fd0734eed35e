// Options every command takes: the language messages are shown in.
import ArgumentParser
import Core
import Foundation

struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages: da (default) or en. Also TOVHOLDER_LANG.")
    var lang: String?

    /// The language to speak, from --lang, TOVHOLDER_LANG, or Danish.
    func language() throws -> Language {
        do {
            return try Language.resolve(option: lang, environment: ProcessInfo.processInfo.environment)
        } catch let error as UnknownLanguage {
            // The message cannot be in the language asked for: it is unknown. Use the default.
            throw CLIFailure.badInput(Message.unknownLanguage(code: error.code).text(.standard))
        }
    }
}
