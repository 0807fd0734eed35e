// Listing entry-point folders, checking overrides, and choosing the one provider of each id.
import Foundation

extension Resolution {
    /// Rule 4: lists each declared entry-point folder (names only; nothing is opened).
    mutating func listEntries() {
        let manager = FileManager.default
        for pack in chosen {
            var files: [EntryFile] = []
            for kind in EntryKind.allCases {
                guard let relative = pack.manifest.entryFolders[kind] else { continue }
                let folder = pack.folder.hasSuffix("/") ? pack.folder + relative : pack.folder + "/" + relative
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
                    let names = try? manager.contentsOfDirectory(atPath: folder)
                else {
                    problems.append(
                        PackError(
                            .entryFile, file: pack.location.manifestPath, field: kind.key,
                            "the folder \"\(relative)\" is not in \(pack.folder)"))
                    continue
                }
                for name in names.sorted() where name.hasSuffix(".lua") && !name.hasPrefix(".") {
                    let path = folder + "/" + name
                    guard let (id, version) = EntryFile.parseName(name) else {
                        problems.append(
                            PackError(
                                .entryFile, file: path,
                                "expected a \(kind.singular) file named by its id, such as \"audit.lua\" or "
                                    + "\"audit@1.0.0.lua\" (a lower-case letter, then a-z, 0-9 and _)"))
                        continue
                    }
                    files.append(
                        EntryFile(
                            kind: kind, id: id, version: version, pack: pack.name, path: path,
                            relativePath: relative + "/" + name))
                }
            }
            entryFiles[pack.name] = files.sorted(by: Self.entryOrder)
        }
    }

    /// Rule 4: each override names a pack on the path and an id both packs provide.
    mutating func checkOverrides() {
        for pack in chosen {
            for kind in EntryKind.allCases {
                for (index, target) in (pack.manifest.overrides[kind] ?? []).enumerated() {
                    let field = "overrides.\(kind.key)[\(index + 1)]"
                    let says = "\(pack.manifest.label) overrides \(kind.singular) \(target)"
                    func refuse(_ reason: String) {
                        problems.append(
                            PackError(.unknownOverride, file: pack.location.manifestPath, field: field, says + reason))
                    }
                    guard let other = chosenPack(target.pack) else {
                        refuse(", but \(target.pack) is not on the search path")
                        continue
                    }
                    let theirs = ids(of: other.name, kind)
                    if !theirs.contains(target.id) {
                        let list = theirs.isEmpty ? "none" : theirs.joined(separator: ", ")
                        refuse(
                            ", but \(other.manifest.label) has no \(kind.singular) \"\(target.id)\" (its \(kind): \(list))"
                        )
                    } else if !ids(of: pack.name, kind).contains(target.id) {
                        let folder = pack.manifest.entryFolders[kind] ?? kind.key
                        refuse(
                            ", but has no \(kind.singular) \"\(target.id)\" itself (expected \(folder)/\(target.id).lua)"
                        )
                    }
                }
            }
        }
    }

    /// Rule 4: one provider per id; chains of overrides resolve to their last pack.
    mutating func assignEntries() {
        // Each pack's files by id, and the packs providing each id in search-path order.
        var filesByKey: [String: [EntryKey: [EntryFile]]] = [:]
        var providers: [EntryKey: [String]] = [:]
        for pack in chosen {
            var own: [EntryKey: [EntryFile]] = [:]
            for file in entryFiles[pack.name] ?? [] { own[EntryKey(file.kind, file.id), default: []].append(file) }
            for key in own.keys { providers[key, default: []].append(pack.name) }
            filesByKey[pack.name] = own
        }
        for key in providers.keys.sorted() {
            let packs = providers[key]!
            if packs.count == 1 {
                provided.append(
                    ProvidedEntry(
                        kind: key.kind, id: key.id, pack: packs[0], overrides: [], files: filesByKey[packs[0]]![key]!))
                continue
            }
            /// Whom `pack` overrides among the providers of this id.
            func overridden(by pack: String) -> [String] {
                let targets = chosenPack(pack)!.manifest.overrides[key.kind] ?? []
                return packs.filter { other in targets.contains(OverrideTarget(pack: other, id: key.id)) }
            }
            let heads = packs.filter { candidate in !packs.contains { overridden(by: $0).contains(candidate) } }
            guard heads.count == 1, let head = heads.first else {
                problems.append(conflict(key, among: heads.count > 1 ? heads : packs, heads: heads.count))
                continue
            }
            // Breadth first from the head: nearest overridden first.
            var chain: [String] = []
            var queue = [head]
            while !queue.isEmpty {
                for next in overridden(by: queue.removeFirst()) where next != head && !chain.contains(next) {
                    chain.append(next)
                    queue.append(next)
                }
            }
            let unreachable = packs.filter { $0 != head && !chain.contains($0) }
            guard unreachable.isEmpty else {
                problems.append(conflict(key, among: unreachable, heads: 0))
                continue
            }
            provided.append(
                ProvidedEntry(kind: key.kind, id: key.id, pack: head, overrides: chain, files: filesByKey[head]![key]!))
        }
    }

    private func conflict(_ key: EntryKey, among packs: [String], heads: Int) -> PackError {
        let labels = packs.map { chosenPack($0)! }
        let first = labels[0]
        let second = labels.count > 1 ? labels[1] : labels[0]
        let what = "\(key.kind.singular) \"\(key.id)\""
        guard heads > 1 else {
            return PackError(
                .conflictingEntry, file: second.location.manifestPath, field: "overrides.\(key.kind.key)",
                "\(first.manifest.label) and \(second.manifest.label) override each other's \(what); "
                    + "one of them must not")
        }
        return PackError(
            .conflictingEntry, file: second.location.manifestPath,
            "\(what) is provided by both \(first.manifest.label) (\(first.folder)) and \(second.manifest.label) "
                + "(\(second.folder)), and neither overrides the other; to use \(second.name)'s, add "
                + "\(key.kind.key) = [\"\(first.name):\(key.id)\"] under [overrides] in its pack.toml")
    }

    private func ids(of pack: String, _ kind: EntryKind) -> [String] {
        var ids: [String] = []
        for file in entryFiles[pack] ?? [] where file.kind == kind && !ids.contains(file.id) { ids.append(file.id) }
        return ids
    }

    /// By kind, then id, then version (unversioned, the current file, last).
    static func entryOrder(_ a: EntryFile, _ b: EntryFile) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.id != b.id { return a.id < b.id }
        switch (a.version, b.version) {
        case (let x?, let y?): return x < y
        case (nil, _): return false
        case (_, nil): return true
        }
    }
}

/// A kind and an id: what one provider is chosen for.
struct EntryKey: Hashable, Comparable {
    let kind: EntryKind
    let id: String
    init(_ kind: EntryKind, _ id: String) {
        self.kind = kind
        self.id = id
    }
    static func < (a: EntryKey, b: EntryKey) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
}
