// What `pack list --json` prints for each pack, and the small shapes `pack info` shares with it.
import Foundation
import Packs

/// An id of another pack that a pack replaces: `{ "kind": "flows", "id": "audit", "pack": "dk.tovholder.screening" }`.
struct PackOverrideView: Encodable, Hashable {
    let kind: String
    let id: String
    let pack: String

    /// What `manifest` declares under `[overrides]`, by kind, in the order written.
    static func declared(by manifest: PackManifest) -> [PackOverrideView] {
        EntryKind.allCases.flatMap { kind in
            (manifest.overrides[kind] ?? []).map { PackOverrideView(kind: kind.key, id: $0.id, pack: $0.pack) }
        }
    }
}

/// One pack on the search path, as `pack list` shows it.
struct PackListRow: Encodable {
    /// `ok`; `replaced` (a later layer's copy of the name is used); `error` (see `problems`).
    enum Status: String, Encodable {
        case ok, replaced, error
    }

    let name: String
    /// Nil when the manifest does not read.
    let version: String?
    let title: String?
    /// `built-in`, `site` or `municipality`.
    let layer: String
    let folder: String
    let status: Status
    /// The folder of the copy used instead, for a replaced copy.
    let replacedBy: String?
    let overrides: [PackOverrideView]
    let problems: [PackProblem]

    /// `member` of `survey`, its lock and signature judged under `site`.
    init(_ member: PackSurvey.Member, in survey: PackSurvey, site: SiteConfiguration) {
        let manifest = try? member.manifest.get()
        name = member.name
        version = manifest?.version.description
        title = manifest?.title
        layer = member.location.layer.description
        folder = member.location.folder
        overrides = manifest.map(PackOverrideView.declared) ?? []
        var problems = survey.problems(of: member)
        if let manifest {
            problems +=
                PackIntegrity(
                    folder: member.location.folder, label: manifest.label, layer: member.location.layer, site: site
                ).failures
        }
        self.problems = problems
        replacedBy = survey.replacement(of: member)?.folder
        status = !problems.isEmpty ? .error : replacedBy != nil ? .replaced : .ok
    }
}
