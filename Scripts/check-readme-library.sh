#!/usr/bin/env bash
# Builds the README's library example exactly as written, in a scratch package that
# depends on this checkout, and runs it from the repository root (where its policy path
# points). Fails when the snippet no longer compiles or throws.
#
#   Scripts/check-readme-library.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/readme-example"
# The first swift block under "## Library", byte for byte.
awk '/^## Library/ { inside = 1 } inside && /^```swift$/ { copying = 1; next } copying && /^```$/ { exit } copying { print }' \
    "$root/README.md" > "$work/Sources/readme-example/main.swift"
[ -s "$work/Sources/readme-example/main.swift" ] || { echo "no swift block under '## Library' in README.md" >&2; exit 1; }
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "readme-example",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$root")],
    targets: [
        .executableTarget(
            name: "readme-example",
            dependencies: [
                .product(name: "DataMinCore", package: "$(basename "$root")"), .product(name: "DataMinIO", package: "$(basename "$root")"),
            ])
    ]
)
SWIFT
swift build --package-path "$work" --scratch-path "$root/.build-readme" >/dev/null
cd "$root"
output=$("$root/.build-readme/debug/readme-example")
echo "$output"
# The example's record has a date of birth the purpose does not permit: it is rejected, and
# the rejection is printed as JSON with the report's keys.
echo "$output" | grep -q '^undeclared-field: ' || { echo "the example did not report undeclared-field" >&2; exit 1; }
echo "$output" | grep -q '"check":"undeclared-field"' || { echo "the rejection was not printed as JSON" >&2; exit 1; }
echo "OK: the README library example compiles as written and runs"
