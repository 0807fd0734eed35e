// The message catalogue: every message has distinct Danish and English text that carries its values.
import Testing

@testable import Core

@Suite struct MessageTests {
    static let samples: [Message] = [
        .unknownLanguage(code: "sv"),
        .fileNotFound(path: "flow.lua"),
        .fileNotReadable(path: "flow.lua", reason: "denied"),
        .invalidLimit(option: "--timeout-ms", value: -1),
        .invalidNow(value: "tomorrow"),
        .resultNotJSON(reason: "a function has no JSON form"),
        .limitOverrun(path: "flow.lua", milliseconds: 200),
        .databaseMissing(path: "flow.lua"),
        .databaseOutdated(path: "flow.lua"),
        .databaseUnreadable(path: "flow.lua", reason: "200"),
        .databaseReady(path: "flow.lua", migrations: 200),
        .auditIntact(entries: 200),
        .auditAltered(entry: 200),
        .auditChainBroken(entry: 200),
        .auditRemoved(from: 200, count: 1),
    ]

    @Test(arguments: samples)
    func eachMessageIsTranslatedAndKeepsItsValues(message: Message) {
        let danish = message.text(.danish)
        let english = message.text(.english)
        #expect(!danish.isEmpty && !english.isEmpty)
        #expect(danish != english)
        for value in ["sv", "flow.lua", "-1", "tomorrow", "200"] where english.contains(value) {
            #expect(danish.contains(value), "\(value) is lost in Danish: \(danish)")
        }
    }

    @Test func danishTextIsDanish() {
        #expect(Message.fileNotFound(path: "x.lua").text(.danish) == "Filen 'x.lua' findes ikke.")
    }
}
