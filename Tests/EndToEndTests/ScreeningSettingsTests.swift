// `tovholder screen settings`: a municipality's cut-offs, per sex, and the settings each response was scored with.
import Foundation
import Testing

@Suite struct ScreeningSettingsTests {
    // Total 7 (AUDIT-C 4): hazardous for a woman under the default cut-off 6, low for a man (8).
    static let seven = auditAnswers([2, 1, 1, 0, 1, 0, 0, 0, 2, 0])
    static let eight = auditAnswers([2, 1, 1, 0, 1, 0, 1, 0, 2, 0])

    /// The settings stored with a response, from its `data` in the database.
    static func storedSettings(_ fixture: ScreeningFixture, _ id: String) throws -> [String: Any] {
        let data = try fixture.sql("SELECT data FROM screening_response WHERE id = \(id)").joined()
        return try jsonObject(data + "\n").object("settings")
    }

    @Test func theWomensHazardousCutOffMovesTheFlagAtTheBoundary() throws {
        let fixture = try ScreeningFixture()
        let seven = try fixture.answers("seven.json", Self.seven)
        let eight = try fixture.answers("eight.json", Self.eight)

        let womanDefault = try fixture.runJSON("audit", case: fixture.femaleCase, answers: seven, date: "2026-11-02")
        #expect(womanDefault.object("scores").number("total") == 7)
        #expect(womanDefault.object("bands").string("total") == "hazardous")
        #expect(womanDefault.strings("flags") == ["hazardous", "audit_c_positive"])
        let manDefault = try fixture.runJSON("audit", case: fixture.maleCase, answers: seven, date: "2026-11-02")
        #expect(manDefault.object("bands").string("total") == "low")
        #expect(manDefault.strings("flags") == [])

        // At the boundary: 7 is hazardous from 7 ...
        let seventh = try fixture.screen(["settings", "audit", "--set", "hazardous.female=7"])
        #expect(seventh.status == 0, "\(seventh.stderr)")
        #expect(seventh.stdout.contains("hazardous = mand 8, kvinde 7, ellers 8  (kommunens)\n"))
        #expect(seventh.stdout.contains("harmful = mand 16, kvinde 16, ellers 16  (flowets standard)\n"))
        let atBoundary = try fixture.runJSON("audit", case: fixture.femaleCase, answers: seven, date: "2026-11-03")
        #expect(atBoundary.object("bands").string("total") == "hazardous")
        #expect(atBoundary.strings("flags") == ["hazardous", "audit_c_positive"])

        // ... and low from 8; AUDIT-C stays positive (its own cut-off, 4, is unchanged).
        #expect(try fixture.screen(["settings", "audit", "--set", "hazardous.female=8"]).status == 0)
        let above = try fixture.runJSON("audit", case: fixture.femaleCase, answers: seven, date: "2026-11-04")
        #expect(above.object("bands").string("total") == "low")
        #expect(above.strings("flags") == ["audit_c_positive"])
        #expect(above.recommendationCodes == [])

        // A man is unaffected by the women's cut-off: 7 stays low and 8 stays hazardous.
        let manSeven = try fixture.runJSON("audit", case: fixture.maleCase, answers: seven, date: "2026-11-04")
        #expect(manSeven.object("bands").string("total") == "low")
        #expect(manSeven.strings("flags") == [])
        let manEight = try fixture.runJSON("audit", case: fixture.maleCase, answers: eight, date: "2026-11-04")
        #expect(manEight.object("bands").string("total") == "hazardous")
        #expect(manEight.strings("flags") == ["hazardous"])

        // Each response keeps the settings it was scored with.
        let defaultSettings = try Self.storedSettings(fixture, womanDefault.responseID ?? "?")
        #expect(defaultSettings.object("hazardous").number("female") == 6)
        #expect(defaultSettings.object("hazardous").number("male") == 8)
        let boundarySettings = try Self.storedSettings(fixture, atBoundary.responseID ?? "?")
        #expect(boundarySettings.object("hazardous").number("female") == 7)
        let aboveSettings = try Self.storedSettings(fixture, above.responseID ?? "?")
        #expect(aboveSettings.object("hazardous").number("female") == 8)
        #expect(aboveSettings.object("hazardous").number("male") == 8)
        #expect(aboveSettings.object("audit_c").number("female") == 4)
        // ... and its stored result does not change with the settings.
        let shown = try jsonObject(try fixture.screen(["result", womanDefault.responseID ?? "?", "--json"]).stdout)
        #expect(shown.object("bands").string("total") == "hazardous")
    }

    @Test func settingsAreShownChangedAndReset() throws {
        let fixture = try ScreeningFixture()
        let shown = try fixture.screen(["settings", "audit", "--json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let rows = try jsonArray(shown.stdout)
        #expect(rows.map { $0.string("name") } == ["audit_c", "dependence", "harmful", "hazardous"])
        #expect(rows.allSatisfy { ($0["changed"] as? Bool) == false })
        let hazardous = try #require(rows.last).object("value")
        #expect(hazardous.number("male") == 8)
        #expect(hazardous.number("female") == 6)
        #expect(hazardous.number("default") == 8)

        let changed = try jsonArray(
            try fixture.screen(["settings", "audit", "--set", "hazardous.female=5", "--json"]).stdout)
        let row = try #require(changed.first { $0.string("name") == "hazardous" })
        #expect((row["changed"] as? Bool) == true)
        #expect(row.object("value").number("female") == 5)
        #expect(row.object("value").number("male") == 8)

        let reset = try fixture.screen(["settings", "audit", "--reset", "hazardous"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(reset.stdout.contains("hazardous = mand 8, kvinde 6, ellers 8  (flowets standard)\n"))
    }

    @Test(arguments: [
        (
            ["--set", "colour=3"],
            "set: flowet har ingen indstilling 'colour' (har: audit_c, dependence, harmful, hazardous)"
        ),
        (["--set", "colour.female=3"], "set: flowet har ingen indstilling 'colour'"),
        (
            ["--set", "hazardous.female=x"],
            "set: 'hazardous.female=x' er ikke NAVN=TAL eller NAVN.male/female/default=TAL"
        ),
        (["--set", "hazardous.other=3"], "set: 'hazardous.other=3' er ikke NAVN=TAL"),
        (["--set", "hazardous"], "set: 'hazardous' er ikke NAVN=TAL"),
        (["--reset", "colour"], "reset: flowet har ingen indstilling 'colour'"),
    ])
    func aBadSettingChangeIsRefusedAndChangesNothing(_ arguments: [String], _ firstLine: String) throws {
        let fixture = try ScreeningFixture()
        let before = try fixture.counts()
        // A good change in the same command is not kept either.
        let result = try fixture.screen(["settings", "audit", "--set", "harmful=15"] + arguments)
        #expect(result.status == 2)
        #expect(result.firstErrorLine.hasPrefix(firstLine), "\(result.stderr)")
        #expect(try fixture.counts() == before)
        let rows = try jsonArray(try fixture.screen(["settings", "audit", "--json"]).stdout)
        #expect(rows.allSatisfy { ($0["changed"] as? Bool) == false })
    }

    @Test func aSettingForAFlowWithoutSettingsIsUnknown() throws {
        let fixture = try ScreeningFixture()
        let result = try fixture.screen(["settings", "phq9", "--set", "cutoff=10", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.firstErrorLine == "set: the flow has no setting 'cutoff' (has: none)")
    }
}
