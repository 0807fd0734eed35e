// Every pack on the search path judged on its own, so that one broken pack does not hide the others.
import Foundation
import Packs

/// The packs on a search path: each folder holding `pack.toml`, its manifest (or why it does not
/// read), and what resolving the ones that read found, with each problem given to the pack it is
/// about. `pack list`, `pack info`, `pack doctor`, and (with a pack placed on it) `pack install`
/// and `pack validate` start here.
struct PackSurvey {
    /// A folder holding `pack.toml`, and its manifest or the reason it does not read.
    struct Member {
        let location: PackLocation
        let manifest: Result<PackManifest, PackError>

        var pack: DiscoveredPack? {
            (try? manifest.get()).map { DiscoveredPack(manifest: $0, location: location) }
        }

        /// The pack's name, or its folder's name when the manifest does not read.
        var name: String {
            (try? manifest.get())?.name ?? (location.folder as NSString).lastPathComponent
        }
    }

    /// In search-path order.
    let members: [Member]
    let report: PackResolutionReport

    /// Reads every manifest on `searchPath` (a folder missing from the path is a ``PackError``).
    init(searchPath: PackSearchPath) throws {
        self.init(
            members: try searchPath.locations().map { location in
                Member(location: location, manifest: Self.read(location))
            })
    }

    private static func read(_ location: PackLocation) -> Result<PackManifest, PackError> {
        do {
            return .success(try PackManifestReader.read(packAt: location.folder))
        } catch let error as PackError {
            return .failure(error)
        } catch {
            return .failure(PackError(.io, file: location.manifestPath, "\(error)"))
        }
    }

    init(members: [Member]) {
        self.members = members
        report = PackResolver().report(members.compactMap(\.pack))
    }

    /// The same path with `pack` placed as installing it would: a copy already in `target` (the
    /// folder it would be installed as) makes way for it; otherwise it comes after the last pack
    /// of its layer. Its files are read where `pack` is.
    func placing(_ pack: DiscoveredPack, replacing target: String?) -> PackSurvey {
        var members = self.members
        let member = Member(location: pack.location, manifest: .success(pack.manifest))
        if let target, let index = members.firstIndex(where: { Self.same($0.location.folder, target) }) {
            members[index] = member
        } else {
            let index = members.lastIndex { $0.location.layer <= pack.layer }.map { $0 + 1 } ?? 0
            members.insert(member, at: index)
        }
        return PackSurvey(members: members)
    }

    /// The member whose folder is `folder`.
    func member(at folder: String) -> Member? {
        members.first { Self.same($0.location.folder, folder) }
    }

    /// The member named `name` that is used: the chosen copy, else the last copy found.
    func member(named name: String) -> Member? {
        if let chosen = report.pack(named: name), let member = member(at: chosen.folder) { return member }
        return members.last { $0.name == name }
    }

    /// Whether `member` is the copy of its name that is used.
    func isChosen(_ member: Member) -> Bool {
        report.chosen.contains { $0.location == member.location }
    }

    /// The copy that replaces `member`, when a later layer's copy of its name is used instead.
    func replacement(of member: Member) -> DiscoveredPack? {
        guard let pack = member.pack, let chosen = report.pack(named: pack.name) else { return nil }
        let replaced = report.replaced[pack.name] ?? []
        return replaced.contains { $0.location == member.location } ? chosen : nil
    }

    /// The manifest's problem and the resolver's problems about `member`.
    func problems(of member: Member) -> [PackProblem] {
        if case .failure(let error) = member.manifest { return [PackProblem(error)] }
        return report.problems.filter { owners(of: $0).contains(member.location) }.map(PackProblem.init)
    }

    /// The resolver's problems that are about no one pack.
    var generalProblems: [PackProblem] {
        report.problems.filter { owners(of: $0).isEmpty }.map(PackProblem.init)
    }

    /// Every problem on the path: manifests that do not read, then resolution's.
    var allProblems: [PackProblem] {
        members.compactMap { member -> PackProblem? in
            if case .failure(let error) = member.manifest { return PackProblem(error) }
            return nil
        } + report.problems.map(PackProblem.init)
    }

    /// The packs a problem is about: the one whose folder holds the file it names (the deepest,
    /// should folders nest), or for a problem naming no file (a dependency cycle), each pack in
    /// use that the message names.
    private func owners(of problem: PackError) -> [PackLocation] {
        if let file = problem.file {
            let owner =
                members
                .filter { file == $0.location.folder || file.hasPrefix($0.location.folder + "/") }
                .max { $0.location.folder.count < $1.location.folder.count }
            return owner.map { [$0.location] } ?? []
        }
        let words = Set(problem.message.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init))
        return report.chosen.filter { words.contains($0.name) }.map(\.location)
    }

    /// Whether two paths name the same folder.
    static func same(_ a: String, _ b: String) -> Bool {
        standard(a) == standard(b)
    }

    static func standard(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
