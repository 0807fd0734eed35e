// Runs the built `tovholder` binary as a real process and captures what it prints.
import Foundation
import Testing
@_exported import TovholderTesting

struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var elapsed: Duration

    var firstErrorLine: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }
}

enum CLI {
    /// The `tovholder` binary next to the test bundle (or TOVHOLDER_BIN).
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["TOVHOLDER_BIN"] { return URL(fileURLWithPath: path) }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("tovholder")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/tovholder")
    }

    /// Runs `tovholder ARGUMENTS` in `folder` with a Danish environment unless told otherwise. `input`, when
    /// given, is the process's standard input (then end of input); otherwise standard input is empty.
    /// `executable` runs another program the same way (`script`, to give tovholder a terminal).
    static func run(
        _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:], input: String? = nil,
        executable: URL? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TOVHOLDER_LANG")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // Standard input comes from a file, so a process that stops reading early cannot block or break a pipe.
        var inputFile: (url: URL, handle: FileHandle)?
        if let input {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("tovholder-stdin-\(UUID()).txt")
            try Data(input.utf8).write(to: file)
            inputFile = (file, try FileHandle(forReadingFrom: file))
            process.standardInput = inputFile?.handle
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        defer {
            if let inputFile {
                try? inputFile.handle.close()
                try? FileManager.default.removeItem(at: inputFile.url)
            }
        }
        let started = ContinuousClock.now
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        process.waitUntilExit()
        group.wait()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            elapsed: ContinuousClock.now - started)
    }
}

extension CLIDatabase {
    /// Runs a command against the database with `input` as its standard input (`CLIDatabase` itself is
    /// declared in CaseWorkflowTests.swift; this overload only adds the input).
    @discardableResult
    func run(_ arguments: [String], language: String = "da", input: String?) throws -> CLIResult {
        try CLI.run(
            arguments, in: folder.path,
            environment: ["TOVHOLDER_DB": path, "TOVHOLDER_USER": "sagsbehandler1", "TOVHOLDER_LANG": language],
            input: input)
    }
}
