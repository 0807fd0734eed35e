// The language rules: Danish by default, English on request, unknown codes refused.
import Testing

@testable import Core

@Suite struct LanguageTests {
    @Test func danishIsTheDefault() throws {
        #expect(try Language.resolve(option: nil, environment: [:]) == .danish)
    }

    @Test func theOptionWinsOverTheEnvironment() throws {
        #expect(try Language.resolve(option: "en", environment: ["TOVHOLDER_LANG": "da"]) == .english)
        #expect(try Language.resolve(option: nil, environment: ["TOVHOLDER_LANG": "en_GB.UTF-8"]) == .english)
        #expect(try Language.resolve(option: "da-DK", environment: [:]) == .danish)
    }

    @Test func anUnknownOptionIsAnErrorButAnUnknownEnvironmentIsIgnored() throws {
        #expect(throws: UnknownLanguage(code: "sv")) { try Language.resolve(option: "sv", environment: [:]) }
        #expect(try Language.resolve(option: nil, environment: ["TOVHOLDER_LANG": "sv"]) == .danish)
    }
}
