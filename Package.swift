// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "datamin",
    // macOS 15 for Synchronization's Mutex (a validator that follows the calendar); Linux has it always.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "datamin", targets: ["datamin"]),
        .library(name: "DataMinCore", targets: ["DataMinCore"]),
        .library(name: "DataMinIO", targets: ["DataMinIO"]),
        .library(name: "DataMinPipeline", targets: ["DataMinPipeline"]),
        .library(name: "DataMinSQL", targets: ["DataMinSQL"]),
        .library(name: "DataMinRun", targets: ["DataMinRun"]),
    ],
    traits: [
        .trait(
            name: "PostgreSQL",
            description: "datamin validate --database: checks a PostgreSQL table in the server, through libpq (Debian libpq-dev)."
        ),
        .trait(
            name: "Serve",
            description:
                "datamin serve: the checks as an HTTP service, on Hummingbird 2 (SwiftNIO). Without it nothing of the server is fetched or built."
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        // Only with the Serve trait: SwiftPM neither fetches nor builds it otherwise.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev), found through pkg-config. Only
        // DataMinCore/YAML imports it.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The version this build reports, stamped from VERSION and git before each build.
        .target(name: "DataMinBuildInfo", plugins: ["VersionStamp"]),
        .plugin(name: "VersionStamp", capability: .buildTool()),
        // The domain: policy model, YAML loading, records, checks, the validator. No file
        // or terminal output.
        .target(name: "DataMinCore", dependencies: ["CByteMarks", "CLibYAML", "CSHA256", "DataMinBuildInfo"]),
        // Flags the bytes of 64-byte blocks with the processor's vector compares (SSE2), for
        // the CSV reader's cell ends; other processors use a plain loop in the same header.
        .target(name: "CByteMarks"),
        // SHA-256 with the x86 SHA instructions, for hashing inputs as they stream; other
        // processors use the Swift code in DataMinCore.
        .target(name: "CSHA256"),
        // Streams records in (CSV, JSON, JSON Lines) and out (minimised copies, rejects).
        .target(name: "DataMinIO", dependencies: ["DataMinCore"]),
        // Runs whole files: batches from a reader thread, record checks on worker threads,
        // the in-order merge, the report counts and the output files.
        .target(name: "DataMinPipeline", dependencies: ["DataMinCore", "DataMinIO"]),
        // Compiles a policy to one SQL query for PostgreSQL, DuckDB or Spark SQL; text only,
        // no database connection.
        .target(name: "DataMinSQL", dependencies: ["DataMinCore"]),
        // libpq, the PostgreSQL client library (Debian: libpq-dev), found through pkg-config.
        // Only built with the PostgreSQL trait: the default build needs no database library.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        // Runs the compiled query in a PostgreSQL server and turns its rows into violations.
        .target(
            name: "DataMinPostgres",
            dependencies: ["DataMinCore", "DataMinSQL", .target(name: "CLibPQ", condition: .when(traits: ["PostgreSQL"]))]
        ),
        // Renders a finished report; depends on the core only, so it cannot open inputs.
        .target(name: "DataMinReporters", dependencies: ["DataMinCore"]),
        // The run front end: a request (inputs, policy, options, reports) resolved against
        // .datamin.yml, its output files checked once, run over files or a table, and every
        // report written through one sink. Any front end (the CLI, a service) builds requests.
        .target(
            name: "DataMinRun",
            dependencies: ["DataMinCore", "DataMinIO", "DataMinPipeline", "DataMinReporters", "DataMinSQL", "DataMinPostgres"]
        ),
        // `datamin serve`: the library's checks and the run front end over HTTP. Empty
        // without the Serve trait, so the default build stays as light as the library.
        .target(
            name: "DataMinServe",
            dependencies: [
                "DataMinCore", "DataMinIO", "DataMinReporters", "DataMinRun",
                .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Serve"])),
            ]
        ),
        // The command line: argument parsing, building requests, exit codes.
        .executableTarget(
            name: "datamin",
            dependencies: [
                "DataMinCore", "DataMinIO", "DataMinReporters", "DataMinSQL", "DataMinRun", "DataMinServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What every test target shares: temporary files and folders, fixtures that throw.
        .target(name: "DataMinTestSupport", dependencies: ["DataMinCore"], path: "Tests/DataMinTestSupport"),
        .testTarget(name: "DataMinCoreTests", dependencies: ["DataMinCore", "DataMinTestSupport"]),
        .testTarget(name: "DataMinIOTests", dependencies: ["DataMinIO", "DataMinTestSupport"]),
        .testTarget(name: "DataMinPipelineTests", dependencies: ["DataMinPipeline", "DataMinTestSupport"]),
        .testTarget(name: "DataMinReportersTests", dependencies: ["DataMinReporters", "DataMinTestSupport"]),
        .testTarget(name: "DataMinSQLTests", dependencies: ["DataMinSQL", "DataMinTestSupport"]),
        .testTarget(name: "DataMinPostgresTests", dependencies: ["DataMinPostgres", "DataMinTestSupport"]),
        .testTarget(name: "DataMinRunTests", dependencies: ["DataMinRun", "DataMinTestSupport"]),
        .testTarget(name: "DataMinServeTests", dependencies: ["DataMinServe", "DataMinTestSupport"]),
        // Runs the built `datamin` executable on real files; depending on it makes
        // `swift test` build it first.
        .testTarget(name: "DataMinEndToEndTests", dependencies: ["datamin", "DataMinTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),  // SE-0335: spell `any P` for existentials
            .enableUpcomingFeature("MemberImportVisibility"),  // SE-0444: a file uses only what it imports
        ]
}
