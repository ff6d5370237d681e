// swift-tools-version: 6.2
// libFuzzer harness for datamin's readers and policy loader. Kept out of the main package:
// it needs `-sanitize=fuzzer`. Build and run it with Scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "datamin-fuzz",
    dependencies: [.package(name: "datamin", path: "../..")],
    targets: [
        .executableTarget(
            name: "datamin-fuzz",
            dependencies: [
                .product(name: "DataMinCore", package: "datamin"),
                .product(name: "DataMinIO", package: "datamin"),
                .product(name: "DataMinPipeline", package: "datamin"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
