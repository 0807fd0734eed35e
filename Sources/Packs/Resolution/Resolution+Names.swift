// The rule for one pack name found in several folders: which copy is used, or why none can be.

extension Resolution {
    /// Keeps one copy of each name (see ``PackResolver`` rule 1).
    mutating func chooseByName() {
        var byName: [String: [DiscoveredPack]] = [:]
        for pack in discovered { byName[pack.name, default: []].append(pack) }
        var refused: Set<String> = []
        for pack in discovered where byName[pack.name]!.count > 1 && !refused.contains(pack.name) {
            let copies = byName[pack.name]!
            if let problem = conflict(copies) {
                problems.append(problem)
                refused.insert(pack.name)
            }
        }
        // A refused name still keeps its last copy, so that the later rules do not also report
        // it missing; the set is refused anyway. Search-path order is the order each copy was found in.
        var kept: [DiscoveredPack] = []
        for pack in discovered {
            let copies = byName[pack.name]!
            guard pack.location == copies.last!.location else { continue }
            kept.append(pack)
            if copies.count > 1, !refused.contains(pack.name) { replaced[pack.name] = Array(copies.dropLast()) }
        }
        chosen = kept
    }

    /// Why copies of one name cannot stand together; nil when the later replaces the earlier.
    private func conflict(_ copies: [DiscoveredPack]) -> PackError? {
        for (index, later) in copies.enumerated() {
            for earlier in copies[..<index] {
                if earlier.layer == later.layer {
                    return twice(earlier, later, "a name may appear only once among the \(later.layer) packs")
                }
                if later.layer == .municipality {
                    return twice(
                        earlier, later,
                        "a municipality pack cannot replace a \(earlier.layer) pack: give it a name of its own and "
                            + "list what it replaces under [overrides]")
                }
                if later.manifest.version < earlier.manifest.version {
                    return twice(
                        earlier, later,
                        "the site copy is older than the built-in one: remove it, or install "
                            + "\(earlier.manifest.version) or later")
                }
            }
        }
        return nil
    }

    private func twice(_ earlier: DiscoveredPack, _ later: DiscoveredPack, _ reason: String) -> PackError {
        PackError(
            .duplicatePack, file: later.location.manifestPath, field: "name",
            "\(later.name) is on the search path twice, \(earlier.manifest.version) in \(earlier.folder) "
                + "(\(earlier.layer)) and \(later.manifest.version) in \(later.folder) (\(later.layer)); \(reason)")
    }
}
