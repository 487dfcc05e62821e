// swift-tools-version: 6.1
import PackageDescription

// Throughput benchmarks, kept out of the root manifest so they never slow the main build.
let package = Package(
    name: "StanceBenchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "stance-bench", dependencies: [.product(name: "StanceKit", package: "main")]),
    ],
    swiftLanguageModes: [.v6]
)
