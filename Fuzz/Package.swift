// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for Stance (issue 13). A package of its own, so that `swift build` of Stance never links them:
// they need libFuzzer, which `make fuzz` supplies (see the Makefile).
let package = Package(
    name: "StanceFuzz",
    dependencies: [.package(name: "Stance", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzDriver", dependencies: ["CFuzzerDriver"]),
        .executableTarget(name: "fuzz-html", dependencies: ["FuzzDriver", .product(name: "StanceKit", package: "Stance")]),
        .executableTarget(name: "fuzz-text", dependencies: ["FuzzDriver", .product(name: "StanceKit", package: "Stance")]),
        .executableTarget(name: "fuzz-lexicon", dependencies: ["FuzzDriver", .product(name: "StanceKit", package: "Stance")]),
        .executableTarget(name: "fuzz-extract", dependencies: ["FuzzDriver", .product(name: "StanceKit", package: "Stance")]),
    ],
    swiftLanguageModes: [.v6]
)
