// `tovholder pack new`: a scaffold that passes its own specs, validates, locks and lints, from the first minute.
import Foundation
import Testing

@Suite struct PackNewTests {
    @Test func aNewPackPassesItsSpecsValidatesAndLocks() throws {
        let folder = try TemporaryFolder()
        let pack = folder.path + "/dk.aarhus.screening"
        let created = try CLI.run(["pack", "new", "dk.aarhus.screening", "--into", pack])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("tovholder pack test \(pack)"))
        for file in [
            "pack.toml", "flows/example.lua", "workflows/example.lua", "reports/example_report.lua", "lib/answers.lua",
            "spec/example_spec.lua", "spec/example_workflow_spec.lua", "spec/example_report_spec.lua",
            ".luarc.json", ".luacheckrc",
            "tovholder_std.lua", ".tovholder/stubs/screening.lua", ".tovholder/stubs/tovholder.lua",
            ".tovholder/stubs/workflow.lua",
        ] {
            #expect(FileManager.default.fileExists(atPath: pack + "/" + file), "\(file)")
        }
        let tested = try CLI.run(["pack", "test", pack])
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.hasSuffix("7 passed, 0 failed\n"))
        let validated = try CLI.run(["pack", "validate", pack])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let locked = try CLI.run(["pack", "lock", pack])
        #expect(locked.status == 0, "\(locked.stderr)")
        // The new pack's flow is on the path with --packs, beside the shipped ones.
        let listed = try CLI.run(["screen", "list", "--packs", pack])
        #expect(
            listed.stdout.contains("example         0.1.0   Eksempel  [dk.aarhus.screening 0.1.0]"), "\(listed.stdout)")
    }

    @Test func theScaffoldLintsCleanWithTheGeneratedStandard() throws {
        let folder = try TemporaryFolder()
        let pack = folder.path + "/p"
        #expect(try CLI.run(["pack", "new", "dk.test.lint", "--into", pack]).status == 0)
        let luacheck = Process()
        luacheck.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        luacheck.arguments = ["luacheck", "--no-color", "."]
        luacheck.currentDirectoryURL = URL(fileURLWithPath: pack)
        let out = Pipe()
        luacheck.standardOutput = out
        try luacheck.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        luacheck.waitUntilExit()
        #expect(luacheck.terminationStatus == 0, "\(text)")
    }

    @Test(arguments: [
        (["pack", "new", "Aarhus"], "name: 'Aarhus' er ikke et pakkenavn"),
        (["pack", "new", "dk.x.y", "--into", "/"], "dir: / findes allerede"),
    ])
    func badNamesAndExistingFoldersAreRefused(_ arguments: [String], _ firstLine: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.firstErrorLine.hasPrefix(firstLine), "\(result.stderr)")
    }
}
