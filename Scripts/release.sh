#!/usr/bin/env bash
# Builds a datamin release for Linux x86_64 into dist/:
#
#   datamin-VERSION-linux-x86_64.tar.gz   the binary, man page, completions, LICENSE, README
#   datamin_VERSION_amd64.deb             the same as a Debian package
#   SHA256SUMS                            of both
#
#   Scripts/release.sh 0.2.0
#   Scripts/release.sh --snapshot    # CI: whatever this commit is (0.2.0+N.gCOMMIT)
#
# The binary is self-contained: the Swift runtime and Foundation (with the ICU data it
# carries, which named time zones are read from) are linked statically with
# --static-swift-stdlib, and so is libyaml (Debian's libyaml-dev ships libyaml.a). It needs
# only the C and C++ runtime libraries, which is all the .deb depends on. VERSION must
# already say VERSION, and the build must be at the commit that set it (a clean release
# prints exactly MAJOR.MINOR.PATCH); Scripts/check-release.sh then installs the .deb in a
# Debian root without Swift and runs it there.
set -euo pipefail
version=${1:?usage: Scripts/release.sh VERSION | --snapshot}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ "$version" != "--snapshot" ] && [ "$(tr -d ' \t\r\n' < VERSION)" != "$version" ]; then
    echo "release.sh: VERSION says $(cat VERSION); set it to $version and commit first" >&2
    exit 2
fi
for tool in dpkg-deb pkg-config strip gzip sha256sum; do
    command -v "$tool" >/dev/null || { echo "release.sh: needs $tool" >&2; exit 2; }
done
archive_path=$(pkg-config --variable=libdir yaml-0.1)/libyaml.a
[ -f "$archive_path" ] || { echo "release.sh: needs $archive_path (apt-get install libyaml-dev)" >&2; exit 2; }

if ! git -C "$root" rev-parse --git-dir >/dev/null 2>&1 || [ "$(git -C "$root" rev-parse --is-shallow-repository)" = true ]; then
    echo "release.sh: needs a full git clone: the version counts commits since VERSION changed" >&2
    exit 2
fi
# A snapshot (CI) may follow steps that rewrite tracked files, such as the HTML screenshot.
if [ "$version" != "--snapshot" ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
    echo "release.sh: the tree has uncommitted changes; a release is built from a commit" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A pkg-config file that names the archive, so the link takes libyaml.a, not libyaml.so.
mkdir -p "$work/pkgconfig"
cat > "$work/pkgconfig/yaml-0.1.pc" <<EOF
Name: yaml-0.1
Description: libyaml, linked statically for a release
Version: $(pkg-config --modversion yaml-0.1)
Libs: -L$(dirname "$archive_path") -l:libyaml.a
Cflags: $(pkg-config --cflags yaml-0.1)
EOF
echo "building the self-contained binary (swift build -c release --static-swift-stdlib)…"
# No cached build plan: the version plugin must stamp this commit, not the last one planned.
PKG_CONFIG_PATH="$work/pkgconfig" swift build -c release --static-swift-stdlib --disable-build-manifest-caching --product datamin >/dev/null
binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/datamin

built=$("$binary" --version)
[ "$version" = "--snapshot" ] && version=$built
if [ "$built" != "$version" ]; then
    echo "release.sh: the binary says $built, not $version: build at the commit that set VERSION" >&2
    exit 2
fi
# Only the C and C++ runtimes and the loader may remain.
unexpected=$(ldd "$binary" | awk '{print $1}' | grep -vE '^(linux-vdso\.so\.1|/lib64/ld-linux-x86-64\.so\.2|libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libutil\.so\.1)$' || true)
if [ -n "$unexpected" ]; then
    echo "release.sh: the binary still links: $unexpected" >&2
    exit 2
fi

stage="$work/datamin-$version"
mkdir -p "$stage/completions"
strip -o "$stage/datamin" "$binary"
"$stage/datamin" --generate-completion-script bash > "$stage/completions/datamin.bash"
"$stage/datamin" --generate-completion-script zsh > "$stage/completions/_datamin"
"$stage/datamin" --generate-completion-script fish > "$stage/completions/datamin.fish"
echo "writing the man page (swift-argument-parser's generate-manual)…"
# The tool behind the argument parser's generate-manual plugin, run on the binary itself
# (the plugin would build every target in release, test support included).
swift build --product generate-manual >/dev/null
manual_tool="$(swift build --show-bin-path)/generate-manual"
mkdir -p "$work/man"
# From an empty folder: validate's help names the .datamin.yml a run from here would use.
(cd "$work/man" && "$manual_tool" "$stage/datamin" --date "$(git -C "$root" log -1 --format=%cs)" --output-directory "$work/man")
cp "$work/man/datamin.1" "$stage/datamin.1"
cp LICENSE README.md CHANGELOG.md "$stage/"

# Only this release in dist/: an older one would be packed into SHA256SUMS and checked.
rm -rf dist
mkdir -p dist
tarball="dist/datamin-$version-linux-x86_64.tar.gz"
tar -C "$work" --owner=0 --group=0 --mtime="@$(git log -1 --format=%ct)" -czf "$tarball" "datamin-$version"

# The Debian package: the binary in /usr/bin, man page, completions, copyright.
deb="$work/deb"
install -D -m 0755 "$stage/datamin" "$deb/usr/bin/datamin"
install -D -m 0644 "$stage/datamin.1" "$deb/usr/share/man/man1/datamin.1"
gzip -9n "$deb/usr/share/man/man1/datamin.1"
install -D -m 0644 "$stage/completions/datamin.bash" "$deb/usr/share/bash-completion/completions/datamin"
install -D -m 0644 "$stage/completions/_datamin" "$deb/usr/share/zsh/vendor-completions/_datamin"
install -D -m 0644 "$stage/completions/datamin.fish" "$deb/usr/share/fish/vendor_completions.d/datamin.fish"
install -D -m 0644 LICENSE "$deb/usr/share/doc/datamin/copyright"
mkdir -p "$deb/DEBIAN"
cat > "$deb/DEBIAN/control" <<EOF
Package: datamin
Version: $version
Architecture: amd64
Maintainer: datamin developers <datamin@example.org>
Depends: libc6 (>= 2.31), libstdc++6, libgcc-s1
Section: utils
Priority: optional
Installed-Size: $(du -sk "$deb/usr" | cut -f1)
Homepage: https://github.com/datamin/datamin
Description: GDPR data minimisation checks for CRM imports
 datamin checks CSV, JSON and JSON Lines records against a YAML policy of the
 fields an organisation may hold per processing purpose, reports every
 violation with its location and the GDPR article it breaks, and writes a
 minimised copy. It never prints the personal data it checks.
EOF
dpkg-deb --root-owner-group --build "$deb" "dist/datamin_${version}_amd64.deb" >/dev/null

(cd dist && sha256sum "datamin-$version-linux-x86_64.tar.gz" "datamin_${version}_amd64.deb" > SHA256SUMS)
ls -l dist
echo "binary: $(stat -c %s "$stage/datamin") bytes stripped; start-up: $( { /usr/bin/time -f %e "$stage/datamin" --version >/dev/null; } 2>&1 ) s"
