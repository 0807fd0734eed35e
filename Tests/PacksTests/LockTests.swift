// pack.lock: written as sha256sum writes it, and one byte changed, a file added or a file removed is named.
import Foundation
import Testing

@testable import Packs

@Suite struct LockTests {
    let folder: TemporaryFolder
    let pack: String
    init() throws {
        folder = try TemporaryFolder()
        pack = try folder.pack(
            "pack", name: "dk.v.x", manifest: "flows = \"flows\"",
            files: ["flows/audit.lua": "return {}\n", "lib/options.lua": "return 1\n", ".luarc.json": "{}"])
        try folder.write("pack/.git/HEAD", "ref: refs/heads/main\n")
    }

    private func locked() throws -> PackLock {
        let lock = try PackLock.compute(packAt: pack)
        try lock.write(packAt: pack)
        return try #require(try PackLock.read(packAt: pack))
    }

    @Test func coversEveryFileSortedInSha256sumFormat() throws {
        let lock = try locked()
        #expect(lock.entries.map(\.path) == [".luarc.json", "flows/audit.lua", "lib/options.lua", "pack.toml"])
        let text = try String(contentsOfFile: pack + "/pack.lock", encoding: .utf8)
        let line = text.split(separator: "\n")[1]
        #expect(line.hasSuffix("  flows/audit.lua"))
        #expect(line.prefix(64).allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(lock.digest(of: "flows/audit.lua") == FileDigest.sha256(Data("return {}\n".utf8)))
        try lock.verify(packAt: pack)
        // Locking again changes nothing: the lock and pack.sig are not in the lock.
        try "sig".write(toFile: pack + "/pack.sig", atomically: true, encoding: .utf8)
        #expect(try PackLock.compute(packAt: pack) == lock)
    }

    @Test func oneByteChangedIsNamed() throws {
        let lock = try locked()
        try folder.write("pack/flows/audit.lua", "return {}\r")
        let error = packError { try lock.verify(packAt: pack) }
        #expect(error?.code == .lockChanged)
        #expect(
            error?.description == "\(pack)/flows/audit.lua: changed since pack.lock was written (its SHA-256 differs)")
    }

    @Test func aFileAddedIsNamed() throws {
        let lock = try locked()
        try folder.write("pack/flows/extra.lua", "return {}\n")
        let error = packError { try lock.verify(packAt: pack) }
        #expect(error?.code == .lockAdded)
        #expect(error?.description == "\(pack)/flows/extra.lua: not in pack.lock (added after the pack was locked)")
    }

    @Test func aFileRemovedIsNamed() throws {
        let lock = try locked()
        try FileManager.default.removeItem(atPath: pack + "/lib/options.lua")
        let error = packError { try lock.verify(packAt: pack) }
        #expect(error?.code == .lockRemoved)
        #expect(error?.description == "\(pack)/lib/options.lua: in pack.lock but missing from the pack")
    }

    @Test func everyProblemIsListedAndCounted() throws {
        let lock = try locked()
        try folder.write("pack/flows/audit.lua", "changed")
        try folder.write("pack/flows/new.lua", "new")
        try FileManager.default.removeItem(atPath: pack + "/lib/options.lua")
        #expect(
            try lock.problems(packAt: pack).map(\.description) == [
                "flows/audit.lua: changed since pack.lock was written (its SHA-256 differs)",
                "flows/new.lua: not in pack.lock (added after the pack was locked)",
                "lib/options.lua: in pack.lock but missing from the pack",
            ])
        #expect(
            packError { try lock.verify(packAt: pack) }?.message.hasSuffix(
                "(and 2 more files that do not match the lock)") == true)
    }

    @Test func oneFileIsCheckedBeforeItLoads() throws {
        let lock = try locked()
        try lock.verify(file: "flows/audit.lua", packAt: pack)
        try folder.write("pack/flows/audit.lua", "changed")
        #expect(packError { try lock.verify(file: "flows/audit.lua", packAt: pack) }?.code == .lockChanged)
        #expect(packError { try lock.verify(file: "flows/other.lua", packAt: pack) }?.code == .lockAdded)
    }

    @Test func symbolicLinksAreRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: pack + "/lib/passwd", withDestinationPath: "/etc/passwd")
        let error = packError { _ = try PackLock.compute(packAt: pack) }
        #expect(error?.code == .notRegularFile)
        #expect(error?.description == "\(pack)/lib/passwd: a symbolic link; a pack holds only regular files")
    }

    @Test func aMalformedLockNamesTheLine() throws {
        try folder.write("pack/pack.lock", String(repeating: "a", count: 64) + "  pack.toml\nnot a line\n")
        let error = packError { _ = try PackLock.read(packAt: pack) }
        #expect(error?.code == .lockMalformed)
        #expect(
            error?.description
                == "\(pack)/pack.lock:2: expected 64 lower-case hex digits of SHA-256, two spaces and a path inside the pack"
        )
        try folder.write("pack/pack.lock", String(repeating: "a", count: 64) + "  ../outside\n")
        #expect(packError { _ = try PackLock.read(packAt: pack) }?.line == 1)
    }
}
