// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6)
]

let package = Package(
    name: "keel",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "keel", targets: ["keel"]),
        .executable(name: "keel-bench", targets: ["keel-bench"]),
        .library(name: "KeelCore", targets: ["KeelCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/CoreOffice/XMLCoder.git", from: "0.18.2"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
    ],
    targets: [
        .target(name: "KeelCore", swiftSettings: strict),
        // File formats of other tools (MS Project XML), kept apart so KeelCore stays dependency-free.
        .target(name: "KeelInterop", dependencies: ["KeelCore"], swiftSettings: strict),
        .target(
            name: "KeelStore",
            dependencies: [
                "KeelCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "KeelApp",
            dependencies: [
                "KeelCore", "KeelStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // Views, charts and the bilingual strings: what the pages and the CLI's text output are made of.
        .target(name: "KeelPresentation", dependencies: ["KeelCore", "KeelStore", "KeelApp"], swiftSettings: strict),
        .target(
            name: "KeelServer",
            dependencies: [
                "KeelCore", "KeelStore", "KeelApp", "KeelInterop", "KeelPresentation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Assets/openapi.json"), .copy("Assets/Public")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "keel",
            dependencies: [
                "KeelCore", "KeelStore", "KeelApp", "KeelPresentation", "KeelServer", "KeelInterop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "keel-bench",
            dependencies: [
                "KeelCore", "KeelStore", "KeelApp", "KeelServer", "KeelInterop",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/keel-bench",
            swiftSettings: strict
        ),
        .testTarget(name: "KeelCoreTests", dependencies: ["KeelCore"], swiftSettings: strict),
        // XMLCoder only here: the byte-for-byte oracle of the MSPDI writer (it wrote the files before).
        .testTarget(
            name: "KeelInteropTests",
            dependencies: ["KeelCore", "KeelInterop", .product(name: "XMLCoder", package: "XMLCoder")],
            swiftSettings: strict
        ),
        // The store itself: opening, pragmas, migrations and their pinned history, on both databases.
        .testTarget(
            name: "KeelStoreTests",
            dependencies: ["KeelCore", "KeelStore", "KeelApp", "TestSupport", .product(name: "SQLKit", package: "sql-kit")],
            swiftSettings: strict
        ),
        // The use cases, through to the store, on both databases.
        .testTarget(
            name: "KeelAppTests",
            dependencies: ["KeelCore", "KeelStore", "KeelApp", "TestSupport", .product(name: "SQLKit", package: "sql-kit")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "KeelServerTests",
            dependencies: [
                "KeelCore", "KeelStore", "KeelApp", "KeelPresentation", "KeelServer", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TestSupport",
            dependencies: [
                "KeelCore", "KeelStore", "KeelApp",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            path: "Tests/TestSupport",
            swiftSettings: strict
        ),
    ]
)
