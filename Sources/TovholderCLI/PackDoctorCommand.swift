// `tovholder pack doctor`: the health of every pack on the search path, one block per pack.
import ArgumentParser
import Core
import Foundation
import Packs

struct PackDoctorCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract:
            "Check every pack on the search path: manifest, resolution, lock, signature, Lua (exit 1 if any problem).",
        discussion: """
            One block per pack: 'ok', or each problem as FILE[:LINE]: [FIELD: ]MESSAGE. The signature \
            is checked where site.toml requires one; the product's own packs are exempt from the \
            site's requirements but not from their lock.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var packs: PackOptions

    func run() throws {
        try runReporting { language in
            let survey = try PackSurvey(searchPath: try packs.checkedSearchPath(language))
            let site = try packs.siteConfiguration()
            var lines: [String] = []
            var broken = 0
            for member in survey.members {
                let problems = Self.problems(of: member, in: survey, site: site)
                let version = (try? member.manifest.get())?.version.description ?? "?"
                let layer = PackWords.layer(member.location.layer).text(language)
                lines.append("\(member.name) \(version) (\(layer), \(member.location.folder))")
                var notes: [String] = []
                if let replacement = survey.replacement(of: member) {
                    notes.append(PackWords.replacedBy(replacement.folder).text(language))
                }
                if problems.isEmpty { notes.append(PackWords.ok.text(language)) }
                lines += notes.map { "  \($0)" } + problems.map { "  \($0)" }
                if !problems.isEmpty { broken += 1 }
            }
            let general = survey.generalProblems
            if !general.isEmpty {
                lines.append(PackWords.searchPath.text(language))
                lines += general.map { "  \($0)" }
            }
            if lines.isEmpty { lines.append(PackWords.noPacks.text(language)) }
            print(lines.joined(separator: "\n"))
            guard broken == 0, general.isEmpty else {
                throw CLIFailure.checkFailed(
                    PackWords.doctorUnhealthy(packs: survey.members.count, broken: broken).text(language))
            }
            print(PackWords.doctorHealthy(packs: survey.members.count).text(language))
        }
    }

    /// The manifest, resolution, lock and signature, and every Lua file compiling.
    static func problems(
        of member: PackSurvey.Member, in survey: PackSurvey, site: SiteConfiguration
    ) -> [PackProblem] {
        var problems = survey.problems(of: member)
        let folder = member.location.folder
        if let manifest = try? member.manifest.get() {
            problems +=
                PackIntegrity(folder: folder, label: manifest.label, layer: member.location.layer, site: site)
                .failures
        }
        problems += PackLuaFiles(folder: folder).problems
        return problems
    }
}
