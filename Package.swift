// swift-tools-version:6.0
// The Tovholder package: a Swift core for Danish municipal substance-abuse case and plan work,
// with an embedded, sandboxed Lua 5.4 host for municipal customisation.
import PackageDescription

let package = Package(
    name: "Tovholder",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tovholder", targets: ["TovholderCLI"]),
        .library(name: "Lua", targets: ["Lua"]),
        .library(name: "Core", targets: ["Core"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Debian's liblua5.4-dev, found through pkg-config.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // C helpers Swift cannot express: macro wrappers, the trampoline, the allocator,
        // the watchdog and the sandbox's C-level builtins.
        .target(
            name: "CLuaShim", dependencies: ["CLua"],
            linkerSettings: [
                .unsafeFlags([
                    "-Xlinker", "--whole-archive", "-Xlinker", "-l:liblua5.4.a", "-Xlinker", "--no-whole-archive",
                ])
            ]
        ),
        // The Swift <-> Lua bridge; knows nothing of the domain.
        .target(name: "Lua", dependencies: ["CLua", "CLuaShim"]),
        // The domain model; imports nothing but Foundation.
        .target(name: "Core"),
        // SQLite persistence through GRDB, the audit log, and the one service layer every change goes through.
        .target(
            name: "Store",
            dependencies: [
                "Core",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The plugin SDK: pack manifests, versions and ranges, discovery, resolution, locks and signatures.
        .target(
            name: "Packs",
            dependencies: [
                "Core",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Report documents and their renderings: HTML with SVG charts, Markdown, CSV, JSON.
        .target(name: "Reports", dependencies: ["Core"]),
        // The host API Lua sees and the engines that run it: screening flows, workflows (reports next).
        .target(
            name: "Scripting",
            dependencies: [
                "Lua", "Core", "Store", "Packs", "Reports", .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [
                .embedInCode("Screening/screening.lua"), .embedInCode("PackTesting/spec.lua"),
                .embedInCode("Reports/report.lua"),
            ]
        ),
        .executableTarget(
            name: "TovholderCLI",
            dependencies: [
                "Lua", "Core", "Store", "Packs", "Scripting", "Reports",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `make bench`: side-by-side measurements against the stock lua5.4 interpreter.
        .executableTarget(name: "TovholderBench", dependencies: ["Lua", "Core", "Store", "Packs", "Scripting"]),
        // Helpers the test targets share.
        .target(name: "TovholderTesting", path: "Tests/TovholderTesting"),
        .testTarget(name: "LuaTests", dependencies: ["Lua", "TovholderTesting"]),
        .testTarget(name: "CoreTests", dependencies: ["Core"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "TovholderTesting"]),
        .testTarget(
            name: "ScriptingTests", dependencies: ["Scripting", "Packs", "TovholderTesting"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PacksTests", dependencies: ["Packs", "TovholderTesting"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Core"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TovholderCLI", "TovholderTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
