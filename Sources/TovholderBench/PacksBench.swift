// The packs benchmark: discovery + resolution (shipped packs, 30 synthetic ones) beside listing the same folders, and `screen list`.
import Foundation
import Packs

/// Writes `count` packs of `flows` flows each into `folder`; pack i depends on pack i-1 (`^1.0`).
func writeSyntheticPacks(_ folder: String, count: Int, flows: Int) throws {
    for index in 0..<count {
        let name = String(format: "dk.bench.p%02d", index)
        let pack = (folder as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: pack + "/flows", withIntermediateDirectories: true)
        var manifest = """
            name = "\(name)"
            version = "1.0.0"
            host_api = ">=1.0, <2.0"
            title = "Benchmark pack \(index)"
            flows = "flows"

            """
        if index > 0 { manifest += String(format: "\n[dependencies]\n\"dk.bench.p%02d\" = \"^1.0\"\n", index - 1) }
        try manifest.write(toFile: pack + "/pack.toml", atomically: false, encoding: .utf8)
        for flow in 0..<flows {
            let id = String(format: "p%02d_f%02d", index, flow)
            let source = """
                local s = screening
                return s.flow {
                  id = "\(id)",
                  version = "1.0.0",
                  title = "Flow \(id)",
                  scores = { { id = "total", text = "I alt" } },
                  items = { s.choice { id = "q1", text = "Spørgsmål", options = { { 0, "Nej" }, { 1, "Ja" } } } },
                  score = function(a) return { total = s.sum(a, { "q1" }) } end,
                }
                """
            try source.write(toFile: pack + "/flows/\(id).lua", atomically: false, encoding: .utf8)
        }
    }
}

/// Seconds to discover and resolve the packs on `path`; the number of packs resolved.
func resolveSeconds(_ path: PackSearchPath) throws -> (seconds: Double, packs: Int) {
    let started = ContinuousClock.now
    let resolved = try PackResolver().resolve(path.discover())
    return ((ContinuousClock.now - started).seconds, resolved.packs.count)
}

/// Seconds to list the folders discovery and resolution read: each search folder, each pack
/// folder in it, and each pack's subfolders (the entry-point folders). The floor: no TOML, no rules.
func listingSeconds(_ path: PackSearchPath) throws -> Double {
    let manager = FileManager.default
    let started = ContinuousClock.now
    var seen = 0
    for folder in path.folders {
        let packs =
            manager.fileExists(atPath: folder.path + "/pack.toml")
            ? [folder.path] : try manager.contentsOfDirectory(atPath: folder.path).map { folder.path + "/" + $0 }
        for pack in packs {
            for name in try manager.contentsOfDirectory(atPath: pack) {
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: pack + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                    seen += try manager.contentsOfDirectory(atPath: pack + "/" + name).count
                }
            }
        }
    }
    precondition(seen > 0, "nothing listed")
    return (ContinuousClock.now - started).seconds
}

func packsSection(_ options: Options) throws {
    let folder = NSTemporaryDirectory() + "tovholder-bench-packs-" + UUID().uuidString
    try writeSyntheticPacks(folder, count: 30, flows: 10)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let shipped = PackSearchPath(folders: [.init(layer: .builtin, path: options.packs)])
    let synthetic = PackSearchPath(folders: [.init(layer: .municipality, path: folder)])
    let runs = max(options.runs * 3, 21)

    print("\nPack discovery + resolution in-process (medians of \(runs) runs; the floor lists the same folders):")
    for (name, path) in [("shipped packs", shipped), ("30 packs x 10 flows", synthetic)] {
        var ours: [Double] = []
        var floor: [Double] = []
        var count = 0
        _ = try resolveSeconds(path)  // warm the file system cache and the TOML parser once
        for _ in 0..<runs {
            let run = try resolveSeconds(path)
            ours.append(run.seconds)
            count = run.packs
            floor.append(try listingSeconds(path))
        }
        let milliseconds = median(ours) * 1000
        line(
            name, String(format: "%.2f ms", milliseconds) + " (\(count) pack\(count == 1 ? "" : "s"))",
            String(format: "listing %.3f ms", median(floor) * 1000),
            String(format: "%.1f", median(ours) / median(floor)),
            "goal < 20 ms", milliseconds < 20)
    }

    var list: [Double] = []
    var listMore: [Double] = []
    var empty: [Double] = []
    var flows = (0, 0)
    for _ in 0..<max(options.runs, 5) {
        let plain = timeProcess(options.tovholder, ["screen", "list"])
        list.append(plain.seconds)
        let more = timeProcess(options.tovholder, ["screen", "list", "--packs", folder])
        listMore.append(more.seconds)
        flows = (plain.output.split(separator: "\n").count, more.output.split(separator: "\n").count)
        empty.append(timeProcess(options.tovholder, ["script", "run", options.path("empty.lua")]).seconds)
    }
    let reference = String(format: "empty script %.1f ms", median(empty) * 1000)
    line(
        "screen list", String(format: "%.1f ms (%d flows)", median(list) * 1000, flows.0), reference,
        String(format: "%.2f", median(list) / median(empty)), "", true)
    line(
        "  + 30 packs", String(format: "%.1f ms (%d flows)", median(listMore) * 1000, flows.1), reference,
        String(format: "%.2f", median(listMore) / median(empty)), "", true)
    print("  (whole process: start-up, discovery, resolution, and loading every flow in Lua; the reference is")
    print("   `tovholder script run empty.lua`, the cost of starting the process at all)")
}
