// The stored answers parser reads what JSONDecoder reads, and leaves what it does not take to it.
import Core
import Foundation
import Testing

@testable import Store

@Suite struct StoredAnswersParserTests {
    private func decoded(_ json: String) -> [String: Answer]? {
        try? JSONDecoder().decode([String: Answer].self, from: Data(json.utf8))
    }

    /// Parses `json` and checks the result against JSONDecoder's (and against `expected` when given).
    private func expectSame(
        _ json: String, _ expected: [String: Answer]? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let parsed = StoredAnswersParser.parse(Data(json.utf8))
        #expect(parsed != nil, "the parser refused \(json)", sourceLocation: sourceLocation)
        #expect(parsed == decoded(json), "\(json)", sourceLocation: sourceLocation)
        if let expected { #expect(parsed == expected, "\(json)", sourceLocation: sourceLocation) }
    }

    @Test func integers() {
        expectSame(
            #"{"a":0,"b":7,"c":-3,"d":123456789012}"#,
            ["a": .integer(0), "b": .integer(7), "c": .integer(-3), "d": .integer(123_456_789_012)])
        expectSame(#"{"max":9223372036854775807,"min":-9223372036854775808,"zero":-0}"#)
        // Past Int64: a float, as JSONDecoder gives it.
        expectSame(#"{"big":9223372036854775808,"huge":123456789012345678901234}"#)
    }

    @Test func floatsAndExponents() {
        expectSame(#"{"a":2.5,"b":-0.25,"c":0.1,"d":1e-3,"e":-1.5E+2,"f":3.75e1}"#)
        // A number with an exact integer value is an integer, as Answer decodes it.
        expectSame(
            #"{"a":2.0,"b":1e2,"c":1.5e3,"d":-0.0}"#,
            ["a": .integer(2), "b": .integer(100), "c": .integer(1500), "d": .integer(0)])
        expectSame(#"{"a":1.7976931348623157e308,"b":5e-324}"#)
    }

    @Test func textWithEscapesAndNonASCII() {
        expectSame(#"{"job":"Pædagogmedhjælper","note":"Søren sagde \"nej\"\nigen\\\/\t\b\f\r"}"#)
        expectSame(#"{"u":"\u00e6\u00F8\u00e5 \u20ac","pair":"\ud83d\ude80","nul":"a\u0000b"}"#)
        expectSame(#"{"rocket":"🚀","empty":""}"#, ["rocket": .text("🚀"), "empty": .text("")])
        expectSame(#"{"Ærø":1}"#, ["Ærø": .integer(1)])
    }

    @Test func lists() {
        expectSame(
            #"{"a":[],"b":[1,2,3],"c":["x",2.5,[1,[2]]]}"#,
            [
                "a": .list([]), "b": .list([.integer(1), .integer(2), .integer(3)]),
                "c": .list([.text("x"), .number(2.5), .list([.integer(1), .list([.integer(2)])])]),
            ])
    }

    @Test func emptyObjectAndWhiteSpace() {
        expectSame("{}", [:])
        expectSame(" \n\t{ } \r\n", [:])
        expectSame(
            " {\n  \"a\" : 1 ,\n  \"b\" :\t[ 1 , \"x\" ]\n}\n",
            ["a": .integer(1), "b": .list([.integer(1), .text("x")])])
    }

    @Test func whatJSONColumnWritesReadsBack() throws {
        let answers: [String: Answer] = [
            "D1": .integer(13), "E7": .text("Social- og sundhedshjælper"), "kr": .number(1234.5),
            "which": .list([.text("a"), .text("c")]), "neg": .integer(-2), "tiny": .number(0.001),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(answers)
        #expect(StoredAnswersParser.parse(data) == answers)
        #expect(StoredAnswersParser.parse(data) == (try JSONDecoder().decode([String: Answer].self, from: data)))
    }

    @Test(arguments: [
        "", "   ", "[]", "1", "\"a\"", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1 \"b\":2}",
        "{a:1}", "{\"a\":1}x", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":1e}",
        "{\"a\":1e400}", "{\"a\":true}", "{\"a\":null}", "{\"a\":{}}", "{\"a\":[1,]}", "{\"a\":[1}",
        "{\"a\":\"x}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\ud83d\"}", "{\"a\":\"tab\there\"}",
        "{\"a\":1,\"a\":2}",
    ])
    func malformedOrForeignInputIsLeftToJSONDecoder(_ json: String) {
        #expect(StoredAnswersParser.parse(Data(json.utf8)) == nil, "\(json)")
    }

    @Test func invalidUTF8IsLeftToJSONDecoder() {
        var bytes = Array(#"{"a":"x"}"#.utf8)
        bytes[6] = 0xFF
        #expect(StoredAnswersParser.parse(Data(bytes)) == nil)
    }
}
