// Checking a pack folder as its author would before shipping it: every problem, not only the first.
import Foundation
import Lua
import Packs
import Scripting

/// The checks of `pack validate`: the manifest; the lock, when there is one; that the pack would
/// resolve on the search path (host API, dependencies, entry file names, overrides); that every
/// Lua file compiles; that every flow loads and returns a valid definition; and that every
/// workflow file runs and registers its rules. Reports are compiled only.
struct PackValidation {
    let folder: String
    let manifest: PackManifest?
    private(set) var problems: [PackProblem] = []
    /// How many Lua files compiled, and how many flows loaded.
    private(set) var compiled = 0
    private(set) var flows = 0
    /// How many workflow rules the pack's workflow files registered.
    private(set) var rules = 0

    init(folder: String, searchPath: PackSearchPath) throws {
        self.folder = folder
        var manifest: PackManifest?
        do {
            manifest = try PackManifestReader.read(packAt: folder)
        } catch let error as PackError {
            problems.append(PackProblem(error))
        }
        self.manifest = manifest
        checkLock()
        var survey: PackSurvey?
        if let manifest {
            survey = try placed(manifest, on: searchPath)
            if let survey, let member = survey.member(at: folder) { problems += survey.problems(of: member) }
            if let modules = manifest.modules, !isFolder((folder as NSString).appendingPathComponent(modules)) {
                problems.append(
                    PackProblem(
                        code: PackError.Code.field.description,
                        file: (folder as NSString).appendingPathComponent(PackManifest.fileName), field: "modules",
                        message: "the folder \"\(modules)\" is not in \(folder)"))
            }
        }
        let lua = PackLuaFiles(folder: folder)
        problems += lua.problems
        compiled = lua.compiled.count
        if let manifest, let survey {
            loadFlows(manifest, survey: survey, compiled: Set(lua.compiled))
            loadWorkflows(manifest, survey: survey, compiled: Set(lua.compiled))
        }
    }

    /// The lock, if there is one, against the files; without one, that every file is a regular file.
    private mutating func checkLock() {
        do {
            if let lock = try PackLock.read(packAt: folder) {
                problems += try lock.problems(packAt: folder).map { PackProblem($0, in: folder) }
            } else {
                _ = try PackLock.compute(packAt: folder)
            }
        } catch {
            problems.append(PackProblem(any: error, file: folder))
        }
    }

    /// The search path with this pack on it: where it is, if it is on the path already; in place of
    /// the copy of its name on the path (a new version of a pack in use); otherwise where
    /// installing it in the site would put it (or, without a site, after the municipality's).
    private func placed(_ manifest: PackManifest, on path: PackSearchPath) throws -> PackSurvey {
        let survey = try PackSurvey(searchPath: path)
        if survey.member(at: folder) != nil { return survey }
        if let current = survey.report.pack(named: manifest.name) {
            let pack = DiscoveredPack(manifest: manifest, location: PackLocation(layer: current.layer, folder: folder))
            return survey.placing(pack, replacing: current.folder)
        }
        let layer: PackLayer = path.site == nil ? .municipality : .site
        let target = path.site.map { PackInfoCommand.installFolder(site: $0, name: manifest.name) }
        let pack = DiscoveredPack(manifest: manifest, location: PackLocation(layer: layer, folder: folder))
        return survey.placing(pack, replacing: target)
    }

    /// Loads each flow file that compiled, in its own sandbox, with the modules its pack resolves.
    private mutating func loadFlows(_ manifest: PackManifest, survey: PackSurvey, compiled: Set<String>) {
        guard let relative = manifest.entryFolders[.flows] else { return }
        let flowsFolder = (folder as NSString).appendingPathComponent(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: flowsFolder)) ?? []
        let identity = identity(manifest, survey: survey)
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (flowsFolder as NSString).appendingPathComponent(name)
            // A file whose name is wrong is the resolver's problem; one that does not compile, the compiler's.
            guard let (id, version) = EntryFile.parseName(name), compiled.contains(path) else { continue }
            do {
                _ = try LoadedFlow(file: FlowFile(path: path, id: id, version: version, pack: identity))
                flows += 1
            } catch let error as LuaError {
                problems.append(PackProblem(error, within: folder))
            } catch {
                problems.append(PackProblem(any: error, file: path))
            }
        }
    }

    /// Runs the workflow files that compiled, together in the pack's own sandbox, as the engine does.
    private mutating func loadWorkflows(_ manifest: PackManifest, survey: PackSurvey, compiled: Set<String>) {
        guard let relative = manifest.entryFolders[.workflows] else { return }
        let workflowsFolder = (folder as NSString).appendingPathComponent(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workflowsFolder)) ?? []
        let files = names.sorted().compactMap { name -> (id: String, path: String, relativePath: String)? in
            let path = (workflowsFolder as NSString).appendingPathComponent(name)
            guard !name.hasPrefix("."), let (id, _) = EntryFile.parseName(name), compiled.contains(path) else {
                return nil
            }
            return (id, path, relative + "/" + name)
        }
        guard !files.isEmpty else { return }
        do {
            rules = try WorkflowEngine.checkRules(of: identity(manifest, survey: survey), files: files)
        } catch let error as LuaError {
            problems.append(PackProblem(error, within: folder))
        } catch {
            problems.append(PackProblem(any: error, file: workflowsFolder))
        }
    }

    /// The pack as its flows see it: its own modules and those of the dependencies on the path.
    private func identity(_ manifest: PackManifest, survey: PackSurvey) -> PackIdentity {
        let dependencies = manifest.dependencies.compactMap { dependency in
            survey.report.pack(named: dependency.name).map {
                PackModuleResolver.Scope(pack: $0.name, root: $0.folder, modules: $0.manifest.modules)
            }
        }
        return PackIdentity(manifest: manifest, folder: folder, dependencies: dependencies)
    }
}
