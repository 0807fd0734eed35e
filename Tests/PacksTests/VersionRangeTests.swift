// Version ranges: every form, what each contains, how each is written back, and the errors for bad ones.
import Core
import Testing

@testable import Packs

@Suite struct VersionRangeTests {
    /// A range, versions it contains, versions it does not, and its normalised description.
    static let cases: [(range: String, inside: [String], outside: [String], written: String)] = [
        (">=1.0, <2.0", ["1.0.0", "1.9.9"], ["0.9.9", "2.0.0"], ">=1.0, <2.0"),
        (">= 1.0 ,< 2.0", ["1.5.0"], ["2.0.0"], ">=1.0, <2.0"),
        (">1.0.0", ["1.0.1", "2.0.0"], ["1.0.0"], ">1.0.0"),
        ("<=1.2", ["1.2.0", "0.1.0"], ["1.2.1"], "<=1.2"),
        ("=1.2.3", ["1.2.3"], ["1.2.4", "1.2.2"], "=1.2.3"),
        ("1.2.3", ["1.2.3"], ["1.2.4"], "1.2.3"),
        ("^1.2", ["1.2.0", "1.9.0"], ["1.1.9", "2.0.0"], "^1.2"),
        ("^1.2.3", ["1.2.3", "1.99.0"], ["1.2.2", "2.0.0"], "^1.2.3"),
        ("^0.3", ["0.3.0", "0.3.9"], ["0.2.9", "0.4.0"], "^0.3"),
        ("^0.0.3", ["0.0.3"], ["0.0.4", "0.0.2"], "^0.0.3"),
        ("^0.0", ["0.0.0", "0.0.9"], ["0.1.0"], "^0.0"),
        ("^0", ["0.0.0", "0.9.9"], ["1.0.0"], "^0"),
        ("~1.2", ["1.2.0", "1.2.9"], ["1.3.0", "1.1.9"], "~1.2"),
        ("~1.2.3", ["1.2.3", "1.2.9"], ["1.2.2", "1.3.0"], "~1.2.3"),
        ("~1", ["1.0.0", "1.9.0"], ["2.0.0"], "~1"),
        ("*", ["0.0.0", "99.0.0"], [], "*"),
        ("^1.2, <1.5", ["1.4.9"], ["1.5.0", "1.1.0"], "^1.2, <1.5"),
        (">=1.0, <=1.0.0", ["1.0.0"], ["1.0.1"], ">=1.0, <=1.0.0"),
    ]

    @Test(arguments: cases)
    func containsAndDescribes(range: String, inside: [String], outside: [String], written: String) throws {
        let parsed = try VersionRange(range)
        for version in inside {
            #expect(parsed.contains(SemanticVersion(version)!), "\(range) should contain \(version)")
        }
        for version in outside {
            #expect(!parsed.contains(SemanticVersion(version)!), "\(range) should not contain \(version)")
        }
        #expect(parsed.description == written)
        #expect(try VersionRange(parsed.description) == parsed)
    }

    @Test func intervalForMessages() throws {
        #expect(try VersionRange("^1.2").interval == ">=1.2.0, <2.0.0")
        #expect(try VersionRange("~0.3").interval == ">=0.3.0, <0.4.0")
        #expect(try VersionRange("1.2.3").interval == "=1.2.3")
        #expect(try VersionRange("*").interval == "*")
    }

    static let bad: [(range: String, message: String)] = [
        ("1.0-2", #"expected a version range such as ">=1.0, <2.0", got "1.0-2""#),
        (
            "",
            #"expected a version range such as ">=1.0, <2.0", got "" (an empty comparator; separate comparators with one comma)"#
        ),
        (
            ">=1.0,",
            #"expected a version range such as ">=1.0, <2.0", got ">=1.0," (an empty comparator; separate comparators with one comma)"#
        ),
        (">=", #"expected a version range such as ">=1.0, <2.0", got ">=" (expected a version after ">=")"#),
        (
            ">=1.0 <2.0",
            #"expected a version range such as ">=1.0, <2.0", got ">=1.0 <2.0" (separate comparators with a comma)"#
        ),
        (
            "^x",
            #"expected a version range such as ">=1.0, <2.0", got "^x" ("x" is not a version such as 1.2 or 1.2.3)"#
        ),
        (
            "1.2",
            #"expected a version range such as ">=1.0, <2.0", got "1.2" (an exact version needs all three parts; write ~1.2 for any 1.2.x)"#
        ),
        (">=2.0, <1.0", #"expected a version range such as ">=1.0, <2.0", got ">=2.0, <1.0" (no version is in it)"#),
        ("*, >=1.0", #"expected a version range such as ">=1.0, <2.0", got "*, >=1.0" ("*" stands alone)"#),
        ("1.2.3.4", #"expected a version range such as ">=1.0, <2.0", got "1.2.3.4""#),
    ]

    @Test(arguments: bad)
    func badRangesSayWhatWasExpected(range: String, message: String) {
        #expect(throws: VersionRangeError.self) { try VersionRange(range) }
        do {
            _ = try VersionRange(range)
        } catch {
            #expect(error.description == message)
        }
    }
}
