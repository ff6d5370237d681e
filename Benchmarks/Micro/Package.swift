// swift-tools-version: 6.2
// The in-process micro-benchmark of the library: Validator.validate on one 12-field record.
// A package of its own so that the main package's build and tests never compile it.
import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, which is whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "datamin-micro",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "datamin-micro",
            dependencies: [.product(name: "DataMinCore", package: root.lastPathComponent)]
        )
    ],
    swiftLanguageModes: [.v6]
)
