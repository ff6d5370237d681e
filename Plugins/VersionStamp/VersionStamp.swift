import Foundation
import PackagePlugin

/// Writes `BuildInfo.version` before each build (SPEC §11.6): the `VERSION` file, plus the
/// number of commits since that file last changed and the commit, when there are any.
///
/// A prebuild command: it runs whenever SwiftPM plans the build, which a cached build plan
/// skips (a new commit alone does not invalidate it), so a development build can show the
/// commit it was first planned at; `swift build --disable-build-manifest-caching` (as
/// Scripts/release.sh builds) always stamps the current one. The file is rewritten only
/// when its text changes, so an unchanged version recompiles nothing. A shallow clone
/// cannot count commits: its builds say `+shallow.gCOMMIT`.
@main struct VersionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildVersion.swift")
        let root = context.package.directoryURL.path
        // Plain POSIX shell and git: nothing to build first, and it works from a tarball
        // (no .git), where only VERSION is read.
        let script = """
            root="$1"; out="$2"
            version=$(tr -d ' \\t\\r\\n' < "$root/VERSION" 2>/dev/null); version=${version:-0.0.0}
            if [ "$(git -C "$root" rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
                version="$version+shallow.g$(git -C "$root" rev-parse --short=7 HEAD)"
            elif changed=$(git -C "$root" log -1 --format=%H -- VERSION 2>/dev/null) && [ -n "$changed" ]; then
                count=$(git -C "$root" rev-list --count "$changed..HEAD" 2>/dev/null || echo 0)
                if [ "$count" != 0 ]; then version="$version+$count.g$(git -C "$root" rev-parse --short=7 HEAD)"; fi
            fi
            text="extension BuildInfo { package static let version = \\"$version\\" }"
            if [ "$(cat "$out" 2>/dev/null)" != "$text" ]; then printf '%s\\n' "$text" > "$out"; fi
            """
        return [
            .prebuildCommand(
                displayName: "Stamping the version from VERSION and git",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "version-stamp", root, output.path],
                outputFilesDirectory: context.pluginWorkDirectoryURL)
        ]
    }
}
