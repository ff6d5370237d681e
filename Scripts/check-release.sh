#!/usr/bin/env bash
# Checks a release where Swift is not: builds a bare Debian root with debootstrap (minbase:
# no Swift, no libyaml, no ICU, no tzdata), installs the .deb there with dpkg -i, and runs
# inside it with chroot: `datamin --version`, `datamin validate` on a shipped fixture
# (exit 1 and the expected lines), and a policy with a named time zone. Then copies the
# tarball's binary alone into an empty folder and runs it there. Needs root and network
# access to a Debian mirror; installs debootstrap when missing.
#
#   Scripts/check-release.sh dist/datamin_0.2.0_amd64.deb dist/datamin-0.2.0-linux-x86_64.tar.gz
#
# About 45 seconds with a nearby mirror (debootstrap is most of it); .ci/run runs it on
# the snapshot release of every commit.
set -euo pipefail
deb=$(realpath "${1:?usage: Scripts/check-release.sh DEB TARBALL}")
tarball=$(realpath "${2:?usage: Scripts/check-release.sh DEB TARBALL}")
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(dpkg-deb --field "$deb" Version)

command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
work=$(mktemp -d)
cleanup() {
    umount "$work/debian/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
failures=()
expect() { if ! eval "$1"; then failures+=("$2"); fi; }

echo "debootstrap --variant=minbase bookworm (a Debian root without Swift)…"
debootstrap --variant=minbase bookworm "$work/debian" http://deb.debian.org/debian >/dev/null
mount -t proc proc "$work/debian/proc"
cp "$deb" "$work/debian/tmp/datamin.deb"
chroot "$work/debian" dpkg -i /tmp/datamin.deb >/dev/null
expect '[ ! -e "$work/debian/usr/lib/swift" ] && ! chroot "$work/debian" sh -c "ls /usr/lib/x86_64-linux-gnu | grep -q -e libyaml -e libicu"' \
    "the root has no Swift runtime, libyaml or ICU"

expect '[ "$(chroot "$work/debian" datamin --version)" = "$version" ]' "datamin --version prints $version"

mkdir -p "$work/debian/check"
cp "$root/fixtures/leads-trade-show.csv" "$root/policies/sales-contacts.yaml" "$work/debian/check/"
set +e
chroot "$work/debian" sh -c 'cd /check && datamin validate leads-trade-show.csv --policy sales-contacts.yaml --purpose sales --as-of 2026-11-29' \
    > "$work/out.txt" 2> "$work/err.txt"
status=$?
set -e
expect '[ "$status" = 1 ]' "validate exits 1 on the trade-show export (got $status)"
expect 'grep -q "leads-trade-show.csv:5:8: error: field .phone. is not an E.164 phone number" "$work/out.txt"' "validate reports the phone on line 5"
expect '[ "$(wc -l < "$work/out.txt")" = 5 ]' "validate reports 5 findings"

# A named time zone, read from the binary's own data: the root's tzdata is removed first.
rm -rf "$work/debian/usr/share/zoneinfo"
cat > "$work/debian/check/zoned.yaml" <<'EOF'
version: 1
name: zoned
fields:
  id: { type: string, personal: false }
  called_at: { type: datetime, format: "dd-MM-yyyy HH:mm", timezone: Europe/Amsterdam }
purposes:
  support:
    lawful_basis: [contract]
    required: [id, called_at]
    retention: { period: P1D, from: called_at }
EOF
printf 'id,called_at\n1,29-03-2026 02:30\n2,28-11-2026 23:30\n' > "$work/debian/check/calls.csv"
set +e
chroot "$work/debian" sh -c 'cd /check && datamin validate calls.csv --policy zoned.yaml --purpose support --as-of 2026-11-29 --format json' \
    > "$work/zoned.json" 2> "$work/zoned.err"
status=$?
set -e
expect '[ "$status" = 1 ]' "the zoned policy validates (exit 1: record 1 is past its retention; got $status: $(cat "$work/zoned.err"))"
expect 'python3 -c "import json,sys; v=[x for f in json.load(open(sys.argv[1]))[\"files\"] for x in f[\"violations\"]]; sys.exit(0 if [x[\"record\"] for x in v]==[1] and v[0][\"check\"]==\"retention-exceeded\" else 1)" "$work/zoned.json"' \
    "only record 1 is past its retention in Europe/Amsterdam"

# The tarball's binary, copied alone into an empty folder, runs.
mkdir -p "$work/alone"
tar -xzf "$tarball" -C "$work/alone"
cp "$work/alone"/datamin-*/datamin "$work/alone/datamin"
expect '[ "$(cd "$work/alone" && env -i ./datamin --version)" = "$version" ]' "the tarball's binary runs alone"

if [ ${#failures[@]} -gt 0 ]; then
    printf 'release check failed:\n' >&2
    printf -- '- %s\n' "${failures[@]}" >&2
    exit 1
fi
echo "release check: $deb installs and runs in a Debian root without Swift; the tarball's binary runs alone"
