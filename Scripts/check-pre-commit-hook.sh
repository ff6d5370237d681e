#!/usr/bin/env bash
# Shows the pre-commit hooks of this repository working from a scratch git repository:
# a clean import passes, an import with planted violations is blocked.
#
#   Scripts/check-pre-commit-hook.sh
#
# Needs python3 and network access to PyPI (for pre-commit). The first run builds datamin
# in release mode inside pre-commit's cache, which takes a few minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q pre-commit
export PRE_COMMIT_HOME="$work/cache"

git init -q "$work/repo"
cd "$work/repo"
git config user.email hook-check@example.com
git config user.name "hook check"
mkdir -p policies imports
cp "$root/policies/sales-contacts.yaml" policies/
cp "$root/fixtures/leads-clean.csv" imports/
cat > .datamin.yml <<'YAML'
policy: policies/sales-contacts.yaml
inputs:
  - files: "imports/*.csv"
    purpose: sales
YAML
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $(git -C "$root" rev-parse HEAD)
    hooks:
      - id: datamin
      - id: datamin-lint
YAML
git add -A

echo '{"name": "not-an-import", "version": "1.0.0"}' > package.json
git add -A

echo "== a clean import passes, and a staged package.json is not validated"
"$work/venv/bin/pre-commit" run --all-files

echo "== an import with planted violations is blocked"
cp "$root/fixtures/leads-trade-show.csv" imports/
git add -A
if "$work/venv/bin/pre-commit" run --all-files; then
    echo "FAIL: the hook let the planted violations through" >&2
    exit 1
fi
echo "OK: the hooks work"
