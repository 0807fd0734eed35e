// Host API compatibility, dependencies present and in range, cycles, and the load order.

extension Resolution {
    /// Rule 2: each pack's `host_api` contains the host's version.
    mutating func checkHostAPI() {
        for pack in chosen where !pack.manifest.hostAPI.contains(hostAPI) {
            problems.append(
                PackError(
                    .incompatibleHost, file: pack.location.manifestPath, field: "host_api",
                    "\(pack.manifest.label) needs host API \(Self.written(pack.manifest.hostAPI)), "
                        + "but this Tovholder has host API \(hostAPI)"))
        }
    }

    /// Rule 3: each dependency is on the path, in range.
    mutating func checkDependencies() {
        for pack in chosen {
            for dependency in pack.manifest.dependencies {
                let field = "dependencies.\"\(dependency.name)\""
                let needs = "\(pack.manifest.label) needs \(dependency.name) \(Self.written(dependency.range))"
                guard let found = chosenPack(dependency.name) else {
                    problems.append(
                        PackError(
                            .missingDependency, file: pack.location.manifestPath, field: field,
                            "\(needs), which is not on the search path"))
                    continue
                }
                if !dependency.range.contains(found.manifest.version) {
                    problems.append(
                        PackError(
                            .dependencyVersion, file: pack.location.manifestPath, field: field,
                            "\(needs), but the search path has \(found.manifest.version) in \(found.folder)"))
                }
            }
        }
    }

    /// Rule 3: no cycles; dependencies load before the packs that need them, otherwise in
    /// search-path order.
    mutating func orderByDependencies() {
        let names = chosen.map(\.name)
        var dependencies: [String: [String]] = [:]
        for pack in chosen {
            dependencies[pack.name] = pack.manifest.dependencies.map(\.name).filter { chosenPack($0) != nil }
        }
        func edges(_ name: String) -> [String] { dependencies[name]! }
        // Cycles, each reported once, starting from its first name in search-path order.
        var state: [String: Bool] = [:]  // false: on the stack; true: done
        var stack: [String] = []
        var cycles: [[String]] = []
        func visit(_ name: String) {
            state[name] = false
            stack.append(name)
            for next in edges(name) {
                if state[next] == false {
                    cycles.append(Array(stack[stack.lastIndex(of: next)!...]) + [next])
                } else if state[next] == nil {
                    visit(next)
                }
            }
            stack.removeLast()
            state[name] = true
        }
        for name in names where state[name] == nil { visit(name) }
        for cycle in cycles {
            problems.append(
                PackError(.dependencyCycle, "packs depend on each other in a cycle: \(cycle.joined(separator: " -> "))")
            )
        }
        guard cycles.isEmpty else { return }
        // Repeatedly the first pack in search-path order whose dependencies are all placed.
        var placed: Set<String> = []
        var waiting = chosen
        while let index = waiting.firstIndex(where: { edges($0.name).allSatisfy(placed.contains) }) {
            let next = waiting.remove(at: index)
            loadOrder.append(next)
            placed.insert(next.name)
        }
    }

    /// `^1.2 (>=1.2.0, <2.0.0)`: a caret or tilde range with the interval it stands for; other
    /// ranges as written.
    static func written(_ range: VersionRange) -> String {
        let implicit = range.comparators.contains { $0.op == .caret || $0.op == .tilde }
        return implicit ? "\(range) (\(range.interval))" : range.description
    }
}
