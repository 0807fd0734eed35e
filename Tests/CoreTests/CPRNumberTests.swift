// CPR numbers: format, the century table, leap days, impossible dates, sex, masking, coding.
import Foundation
import Testing

@testable import Core

@Suite struct CPRNumberTests: PeopleTesting {
    @Test(arguments: ["150390-1234", "1503901234", "  150390-1234\n", "\t1503901234 "])
    func parsesWithOrWithoutTheDash(text: String) throws {
        let cpr = try CPRNumber(text)
        #expect(cpr.birthDate == (try day("1990-03-15")))
        #expect(cpr.digitsForStorage == "1503901234")
        #expect(cpr == (try CPRNumber("1503901234")))
    }

    /// The seventh digit with the two-digit year gives the century.
    @Test(arguments: [
        ("010100-0000", 1900), ("010199-3999", 1999), ("311299-2000", 1999),
        ("010136-4000", 2036), ("010137-4000", 1937), ("010100-4000", 2000),
        ("010136-9000", 2036), ("010137-9000", 1937), ("010199-9000", 1999),
        ("010157-5000", 2057), ("010158-5000", 1858), ("010100-5000", 2000),
        ("010157-8999", 2057), ("010158-8999", 1858), ("010199-6000", 1899), ("010120-7000", 2020),
    ])
    func theCenturyComesFromTheSeventhDigitAndTheYear(text: String, year: Int) throws {
        #expect(try CPRNumber(text).birthDate.year == year)
    }

    @Test(arguments: [
        ("290200-4000", "2000-02-29"), ("290296-1234", "1996-02-29"), ("290256-5000", "2056-02-29"),
        ("290204-9000", "2004-02-29"),
    ])
    func acceptsLeapDays(text: String, birthDate: String) throws {
        #expect(try CPRNumber(text).birthDate == day(birthDate))
    }

    /// 1900 and 1858 were not leap years; 1997 neither.
    @Test(arguments: ["290200-0000", "290297-1234", "290258-5000", "290237-4000"])
    func rejectsTheTwentyNinthOfFebruaryOutsideLeapYears(text: String) {
        #expect(throws: DomainError(field: "cpr", CPRProblem.impossibleDate)) { try CPRNumber(text) }
    }

    @Test(arguments: ["000190-1234", "320190-1234", "310490-1234", "011390-1234", "010090-1234", "300290-1234"])
    func rejectsImpossibleDates(text: String) {
        #expect(throws: DomainError(field: "cpr", CPRProblem.impossibleDate)) { try CPRNumber(text) }
    }

    @Test(arguments: [
        "", "12345", "150390-12345", "150390-123", "1503901-234", "150390 1234", "150390--1234", "15039O1234",
        "+150390-1234", "150390_1234", "١٥٠٣٩٠١٢٣٤", "15.03.90-1234",
    ])
    func rejectsAnythingButTenDigits(text: String) {
        #expect(throws: DomainError(field: "cpr", CPRProblem.wrongFormat)) { try CPRNumber(text) }
    }

    @Test(arguments: 0...9)
    func theLastDigitGivesTheSex(last: Int) throws {
        let cpr = try CPRNumber("150390-123\(last)")
        #expect(cpr.sex == (last % 2 == 1 ? .male : .female))
    }

    /// Numbers issued since 2007 need not pass modulus 11, so it is never checked.
    @Test func acceptsNumbersThatFailModulusEleven() throws {
        let digits = "1503901234".compactMap(\.wholeNumberValue)
        let weighted = zip(digits, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]).map(*).reduce(0, +)
        #expect(weighted % 11 != 0)
        #expect(try CPRNumber("1503901234").digitsForStorage == "1503901234")
    }

    @Test func everyTextualFormIsMasked() throws {
        let cpr = try CPRNumber("150390-1234")
        #expect(cpr.masked == "150390-xxxx")
        #expect("\(cpr)" == "150390-xxxx")
        #expect(String(describing: cpr) == "150390-xxxx")
        #expect(String(reflecting: cpr) == "CPRNumber(150390-xxxx)")
        var dumped = ""
        dump(cpr, to: &dumped)
        let optional: CPRNumber? = cpr
        let texts = [
            dumped, "\([cpr])", "\(String(describing: optional))", "\(["key": cpr])",
            String(describing: try citizen()), String(reflecting: try citizen()),
        ]
        for text in texts {
            #expect(!text.contains("1234"), "digits leaked: \(text)")
            #expect(text.contains("150390-xxxx"), "\(text)")
        }
    }

    @Test func codingWritesTheTenDigitsForStorage() throws {
        let cpr = try CPRNumber("150390-1234")
        let data = try JSONEncoder().encode(cpr)
        #expect(String(decoding: data, as: UTF8.self) == "\"1503901234\"")
        #expect(try JSONDecoder().decode(CPRNumber.self, from: data) == cpr)
    }

    @Test func decodingABadNumberFailsWithoutQuotingIt() throws {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CPRNumber.self, from: Data("\"3203901234\"".utf8))
        }
        #expect(!String(describing: try #require(error)).contains("3203901234"))
    }

    @Test func problemsAreTranslated() {
        expectTranslated([CPRProblem.wrongFormat, CPRProblem.impossibleDate])
        #expect(CPRProblem.wrongFormat.text(.danish).contains("DDMMÅÅ-SSSS"))
    }
}

@Suite struct CPRRedactionTests {
    @Test(arguments: [
        ("Ring til 0101901235 i dag", "Ring til 010190-xxxx i dag"),
        ("CPR 010190-1235.", "CPR 010190-xxxx."),
        ("010190 1235", "010190-xxxx"),
        ("two: 0101901235,1207854422", "two: 010190-xxxx,120785-xxxx"),
    ])
    func cprShapedRunsAreMasked(text: String, expected: String) {
        #expect(CPRNumber.redacted(text) == expected)
    }

    @Test(arguments: [
        "due 2026-11-23", "a0101901235b", "01019012351 is eleven digits", "hash 9f0101901235", "plan:4@3", "kort",
    ])
    func otherTextIsLeftAlone(text: String) {
        #expect(CPRNumber.redacted(text) == text)
    }
}
